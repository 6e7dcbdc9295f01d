#pragma once

#include "common/outcome.h"
#include "dockerfile/document.h"

#include <string>

namespace stagecraft {

// Reads any Dockerfile (the user's own, or another generator's) into the document model
// the size estimator prices, so a foreign file is measured by the same rules as ours.
// What each RUN/COPY/ADD layer holds is told from its command: a package install
// (production only when a flag or NODE_ENV=production says so, and after a prune), the
// project's build, system packages, the sources. A COPY --from of a stage's whole
// working folder carries everything that stage holds, so it becomes one layer per part.
// Untrusted text: the bounded parser reads it; a file without FROM is an error.
Outcome<Document> readDockerfileForEstimate(const std::string &text);

} // namespace stagecraft
