#pragma once

#include "check/buildcheck.h"
#include "detect/detection.h"

#include <string>
#include <vector>

namespace stagecraft {

struct Generated;

// The build check of a generated Dockerfile against the folder it is exported to, with the
// .dockerignore exported beside it and the scan's model of that folder (or none, when the
// folder was not scanned). The CLI and the wizard both ask this.
CheckResult checkGenerated(const Generated &generated, const std::string &contextDir, const DetectionResult *project);

// The Dockerfile with the findings as comments after the parser directive, for a file
// written anyway: whoever opens it sees what does not fit, and each finding's line number
// is the line in this text.
std::string withFindingsAsComments(const std::string &dockerfile, std::vector<CheckFinding> findings);

} // namespace stagecraft
