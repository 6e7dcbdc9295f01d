#pragma once

#include "config/config.h"
#include "detect/detection.h"

#include <string>
#include <vector>

namespace stagecraft {

struct StackDefinition;

// What the Python and Go analysers found that the user should hear about once the
// configuration is pre-filled (the prefill itself is the stack's detection data): no start
// command found, loopback-only servers, no STATIC_ROOT, several main packages. Chosen by
// the stack's "analyser"; appends one line per finding to `notes` (optional).
void applyAnalyserNotes(const DetectionResult &result, const StackDefinition &stack, const Config &config,
                        std::vector<std::string> *notes);

} // namespace stagecraft
