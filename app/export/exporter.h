#pragma once

#include "common/outcome.h"

#include <string>
#include <vector>

namespace stagecraft {

struct ExportFile
{
    std::string name;    // relative to the target folder, e.g. "Dockerfile"
    std::string content;
};

// What writing a file would do, so the UI can show a diff and ask before overwriting.
struct PlannedWrite
{
    std::string path;
    bool exists = false;
    bool identical = false;        // the file already holds exactly this content
    std::string existingContent;   // for the diff (empty when the file does not exist)
    std::string backupPath;        // where the old file would be kept (empty when nothing to keep)
};

struct ExportResult
{
    std::vector<std::string> written;
    std::vector<std::string> backups;   // old files kept next to the new ones
    std::vector<std::string> unchanged; // already identical, not touched
};

// Looks at the folder without changing anything.
Outcome<std::vector<PlannedWrite>> planExport(const std::string &folder, const std::vector<ExportFile> &files);

// Writes every file atomically. An existing different file is refused unless `overwrite`;
// with `overwrite` it is first copied to a backup that never replaces an earlier backup.
// When anything fails, nothing of the user's is lost and no file is half-written.
Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files, bool overwrite);

} // namespace stagecraft
