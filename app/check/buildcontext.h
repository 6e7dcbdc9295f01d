#pragma once

#include "common/outcome.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace stagecraft {

// What a build context sends to the builder: the folder's files after .dockerignore,
// relative and '/'-separated. Links are listed, never followed.
struct BuildContext
{
    std::set<std::string> files;
    std::set<std::string> folders; // every folder holding a sent file, with a trailing '/'
    bool truncated = false;        // the walk stopped at its bound; absent paths are then unverified

    // `path` (relative, clean) is a sent file or folder.
    bool has(const std::string &path) const;
    // Sent files `pattern` matches, itself or through a parent folder (Go filepath.Match syntax).
    std::vector<std::string> matching(const std::string &pattern, std::size_t limit) const;
};

// Fails only when the folder cannot be read or the .dockerignore is malformed. With no
// text given, the folder's own .dockerignore applies.
Outcome<BuildContext> readBuildContext(const std::string &folder, const std::optional<std::string> &dockerignore);

// Whether `path` has a wildcard Docker expands (*, ?, [).
bool hasWildcard(const std::string &path);

} // namespace stagecraft
