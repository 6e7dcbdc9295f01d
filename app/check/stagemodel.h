#pragma once

#include "check/imagefiles.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace stagecraft {

struct DetectionResult;

// What the check knows about one build stage's file system.
struct StageState
{
    std::string name;   // the AS name, lower case; empty without one
    std::string image;  // the base image reference; empty when built FROM an earlier stage
    int baseStage = -1; // the earlier stage it builds on
    ImageFiles imageFiles;
    std::string workdir = "/";
    std::set<std::string> paths;          // absolute paths the Dockerfile put here; folders end in '/'
    std::set<std::string> producedFolders; // folders a command filled (node_modules/, dist/): all inside counts as there
    std::set<std::string> ownedFolders;    // WORKDIR folders: nothing else fills them, so absent there is absent
    std::vector<std::string> unknownRuns;  // "line 12: RUN make ..." whose effects the check cannot tell
    // Files the latest RUN's commands read (absolute path, what reads it): cargo's Cargo.toml.
    std::vector<std::pair<std::string, std::string>> runReads;
    std::map<std::string, std::string> env; // ENV (and ARG with a value)
    // The start of the image: the last exec/shell form and where it was set.
    std::vector<std::string> entrypoint, cmd;
    bool entrypointExec = true, cmdExec = true;
    int entrypointLine = 0, cmdLine = 0;
    std::string entrypointText, cmdText;
    std::vector<std::pair<int, int>> exposed; // (port, line)
    int healthcheckPort = 0, healthcheckLine = 0;
    std::string healthcheckText;
};

enum class Presence { There, Missing, Unknown };

// Whether `path` (absolute, clean) exists in stage `index`, following its base stages.
Presence lookup(const std::vector<StageState> &stages, int index, const std::string &path);

// Records a file or folder (and its parent folders) in a stage.
void addPath(StageState &stage, const std::string &path);

// "/app" + "dist" -> "/app/dist"; absolute paths stay; always clean, folders lose the '/'.
std::string resolvePath(const std::string &workdir, const std::string &path);

// The effects of one RUN's shell text on the stage: installs, `mkdir -p`, `go build -o`, `cargo build`,
// the project's build; anything else is recorded as unknown. `line` and `shown` name it.
void applyRun(StageState &stage, const std::string &shellText, const DetectionResult *project, int line,
              const std::string &shown);

} // namespace stagecraft
