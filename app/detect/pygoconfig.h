#pragma once

#include "config/config.h"
#include "detect/detection.h"

#include <string>
#include <vector>

namespace stagecraft {

struct StackDefinition;

// The Python and Go part of configFromDetection: the project's own start command (the
// generator binds known servers to all interfaces on the configured port), the toggles for files that exist (go.sum, requirements.txt), installing
// the project, Django's collectstatic, and cgo moving off bases without glibc. Appends one
// line to `notes` (optional) per adjustment the user should know about. Other stacks: no-op.
void applyPythonGoFacts(const DetectionResult &result, const StackDefinition &stack, Config &config,
                        std::vector<std::string> *notes);

} // namespace stagecraft
