#pragma once

#include "catalog/catalog.h"
#include "common/outcome.h"
#include "config/config.h"
#include "detect/detection.h"
#include "estimate/projectmeasure.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// Everything one look at a project folder yields: what it is, the configuration that
// follows, and what it weighs. Plain data so the work can run on any thread.
struct ProjectScan
{
    std::string folder;
    DetectionResult detection;
    std::optional<Config> config;     // empty when no stack fits (detection.reason says why)
    std::vector<std::string> notes;   // adjustments the user should know about
    std::optional<ProjectMeasurement> measurement;
    std::string measurementError;
    bool cancelled = false;
};

// Scans `folder` (or its monorepo member `member`), derives the starting configuration,
// and measures the build context with the project's .dockerignore, or the one Stagecraft
// would write. `progress` receives the files seen so far; `cancel` stops both walks.
ProjectScan scanAndMeasure(const std::string &folder, const std::string &member, const Catalog &catalog,
                           const std::function<void(std::int64_t)> &progress, const std::atomic_bool *cancel);

} // namespace stagecraft
