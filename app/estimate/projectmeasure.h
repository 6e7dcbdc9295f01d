#pragma once

#include "common/outcome.h"
#include "estimate/stackfolder.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// Bytes as they would sit in an image layer: the sum of regular file sizes; a symbolic
// link counts as itself (the length of its target's name; Docker never follows it, nor
// does the walk), folders count as nothing, a hard-linked file counts once. Sums stop at
// the largest int64 instead of overflowing.
struct FolderSize
{
    bool present = false;
    std::int64_t bytes = 0;
    std::int64_t files = 0;
};

// node_modules split by reachability: what `dependencies` (with their optional and peer
// dependencies, transitively) pull in is production; everything else is dev or tooling.
struct NodeModulesSplit
{
    bool present = false;
    std::int64_t totalBytes = 0;
    std::int64_t productionBytes = 0;
    std::int64_t devBytes = 0; // totalBytes - productionBytes: dev packages, .bin, caches
    std::vector<std::string> productionPackages; // paths relative to the project, sorted
    std::vector<std::string> devPackages;
};

struct NamedSize
{
    std::string path; // relative to the project
    FolderSize size;
};

struct MeasuredStackFolder
{
    StackFolder folder;
    FolderSize size;
};

struct ProjectMeasurement
{
    std::string folder;
    FolderSize context;                 // what `COPY . .` gets, after .dockerignore
    NodeModulesSplit nodeModules;
    std::optional<NamedSize> virtualEnv; // .venv or venv (a folder with pyvenv.cfg)
    std::vector<NamedSize> buildOutputs; // dist, build, .next (without its cache)
    std::optional<NamedSize> nextStandalone; // .next/standalone, what Next.js ships
    std::vector<MeasuredStackFolder> stackFolders; // the requested stack folders the project holds
    std::vector<std::string> warnings;  // unreadable folders, a broken package.json, ...
    bool cancelled = false;

    std::int64_t buildOutputBytes() const;
};

struct MeasureOptions
{
    // The .dockerignore to apply; without one, the project's own file (if any).
    std::optional<std::string> dockerignore;
    // Stack folders to measure in the same walk (every stack's, so a later stack choice
    // finds its own); a path requested twice is walked once.
    std::vector<StackFolder> stackFolders;
    // Called now and then from the measuring thread with the files seen so far.
    std::function<void(std::int64_t files)> progress;
    // Checked between files; when it turns true the walk stops and `cancelled` is set.
    const std::atomic_bool *cancel = nullptr;
    // measureContext() only: receives the path of every file the context keeps (relative,
    // '/'-separated), at most `maxKeptFiles` of them. The build check lists the context
    // this way, skipping excluded folders as BuildKit does instead of walking them.
    std::vector<std::string> *keptFiles = nullptr;
    std::size_t maxKeptFiles = 200000;
};

// Measures a project folder without changing anything in it. Plain functions, no
// QObject: safe to run on a worker thread. Fails only when the folder is not readable or
// the .dockerignore is malformed.
Outcome<ProjectMeasurement> measureProject(const std::string &folder, const MeasureOptions &options = {});

// The pieces, for callers that need one number.
Outcome<FolderSize> measureContext(const std::string &folder, const std::string &dockerignoreText,
                                   const MeasureOptions &options = {});
NodeModulesSplit splitNodeModules(const std::string &projectFolder, std::vector<std::string> *warnings = nullptr,
                                  const std::atomic_bool *cancel = nullptr);
FolderSize measureFolder(const std::string &folder, const std::atomic_bool *cancel = nullptr,
                         const std::vector<std::string> &skipChildren = {});

} // namespace stagecraft
