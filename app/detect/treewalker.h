#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace stagecraft {

struct TreeWalkOptions
{
    int maxDepth = 8;
    std::size_t maxEntries = 1000000;
    bool skipHeavyDirectories = true;
};

// The files of a folder, relative and '/'-separated, in a stable (sorted) order. Names
// keep the file system's bytes so they can be opened again; output converts them with
// toValidUtf8.
struct TreeIndex
{
    std::vector<std::string> files;
    std::vector<std::string> skippedDirectories; // relative paths of skipped heavy folders
    std::vector<std::string> warnings;
    std::size_t entriesSeen = 0;
    bool cancelled = false;
    bool truncated = false; // maxEntries reached
};

// Walks a folder without following directory symlinks (so loops cannot trap it),
// tolerating unreadable folders and names that are not UTF-8.
TreeIndex walkTree(const std::string &root, const TreeWalkOptions &options,
                   const std::function<void(std::size_t)> &progress,
                   const std::atomic_bool *cancel);

// Bytes from the file system as valid UTF-8; invalid sequences become U+FFFD.
std::string toValidUtf8(const std::string &bytes);

} // namespace stagecraft
