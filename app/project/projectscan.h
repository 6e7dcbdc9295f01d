#pragma once

#include "catalog/catalog.h"
#include "common/outcome.h"
#include "config/config.h"
#include "detect/detection.h"
#include "estimate/projectmeasure.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

struct Generated;

// Everything one look at a project folder yields: the project model (what it is, which
// files it has, how it builds, starts and listens), the configuration that follows, and
// what it weighs. Plain data so the work can run on any thread. The wizard and every CLI
// command get it from scanAndMeasure(), so they agree on the same folder.
struct ProjectScan
{
    std::string folder;               // the folder chosen
    std::string projectFolder;        // the build context: folder, or its monorepo member
    DetectionResult detection;
    std::optional<Config> config;     // empty when no stack fits (refusal says why)
    std::string refusal;              // why the scan gives no config, one line (configFromDetection's reason)
    bool stackStartsOwnServer = false; // the config's stack serves the project itself: no start command or port to ask for
    std::vector<std::string> notes;   // adjustments the user should know about
    std::optional<ProjectMeasurement> measurement;
    // The .dockerignore the measurement applied (see contextDockerignore()).
    std::string measuredDockerignore;
    std::string measurementError;
    // The stack folders the measurement looked for: every stack's in the catalog, so the
    // estimate finds its own folders whichever stack is chosen later.
    std::vector<StackFolder> stackFolders;
    bool cancelled = false;
};

struct ProjectScanOptions
{
    std::string member;    // a monorepo member relative to the folder, "" for the folder itself
    bool measure = true;   // also measure the build context (the slow part)
    // The user's start command (`--start-command`): it replaces the one the project states,
    // so the fit follows it, and a project that states none can still be fitted.
    std::string startCommand;
    // The option values the user set (`--option`, or the wizard's answer to a refusal). When
    // they answer the scan's refusal (the refusal rule's answeredBy), the reason becomes a
    // note and the scan's other findings (wrapper, versions, ports) are kept; the config
    // takes these values for the options its stack has.
    std::map<std::string, std::string> chosenOptions;
    std::function<void(std::int64_t files)> progress;
    const std::atomic_bool *cancel = nullptr; // stops both walks when it turns true
};

// Scans the folder, derives the starting configuration, and measures the build context
// as the generated .dockerignore for that configuration leaves it.
ProjectScan scanAndMeasure(const std::string &folder, const Catalog &catalog, const ProjectScanOptions &options = {});

// The .dockerignore that shapes the build context of a generated Dockerfile: the one
// generated with it, because export writes both (the project's own is kept as a backup).
// Measurement and the build check both use it.
const std::string &contextDockerignore(const Generated &generated);

// The scan's measurement when it was taken with `generated`'s .dockerignore; otherwise the
// context is measured again (synchronously: callers on the GUI thread use a worker). An
// error leaves the measurement out.
std::optional<ProjectMeasurement> measurementFor(const ProjectScan &scan, const Generated &generated,
                                                 std::vector<std::string> *warnings = nullptr);

} // namespace stagecraft
