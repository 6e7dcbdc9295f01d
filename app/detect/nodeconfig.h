#pragma once

#include "config/config.h"
#include "detect/detection.h"

#include <string>
#include <vector>

namespace stagecraft {

struct StackDefinition;

// The Node.js and Next.js part of configFromDetection: fits `config` (already holding the
// stack's defaults and the scan's package manager, version and port) to what the project
// has: its own start command in exec-ready form, the build or its absence, the lockfile
// and settings files that exist, the listen address. Returns why the templates cannot
// build or start this project, one line with what to do, or "" when they can. A static
// site built with Node.js gets its output folder and SPA fallback. Other stacks are left alone.
std::string fitNodeProject(const DetectionResult &result, const StackDefinition &stack, Config &config,
                           std::vector<std::string> *notes);

} // namespace stagecraft
