#pragma once

#include "common/outcome.h"

#include <cstddef>
#include <string>

namespace stagecraft {

// The one way the core reads a file it did not write itself (presets, templates, the size
// dataset, project manifests, an existing file before a diff). Every input is treated as
// hostile: only a regular file is read (a FIFO or device is refused without blocking on
// it), the size is capped while reading rather than trusted from stat, and every error
// names the path. Qt resource paths (":/...") are read through QFile with the same cap.
struct ReadLimits
{
    std::size_t maxBytes = 1024 * 1024;
    // When true, a missing file is a failure whose error() is empty, so callers that treat
    // "absent" as normal can tell it apart from "present but unreadable".
    bool missingIsSilent = false;
};

Outcome<std::string> readBoundedFile(const std::string &path, ReadLimits limits = {});

// True when `path` names a regular file without following a final symlink to elsewhere
// (lstat): what a walker inside a project may open.
bool isPlainRegularFile(const std::string &path);

} // namespace stagecraft
