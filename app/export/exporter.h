#pragma once

#include "common/outcome.h"

#include <string>
#include <vector>

namespace stagecraft {

// What to do when a file already exists and differs from the new content. It is data, one
// per file, so the wizard's per-file question and the command line mean the same thing.
enum class WhenDifferent
{
    Refuse,     // write nothing at all: the whole write fails before any file changes
    Replace,    // write it; the old file (or link) is kept as NAME.stagecraft-backup
    Keep,       // leave the existing file as it is; this file is not written
    WriteAsNew, // leave the existing file; write the new content beside it as NAME.new
};

struct ExportFile
{
    std::string name;    // a plain file name inside the target folder, e.g. "Dockerfile"
    std::string content;
    WhenDifferent whenDifferent = WhenDifferent::Refuse;
};

// One file of a write, by its full path: files of one write may sit in different folders
// (a Dockerfile and a preset saved elsewhere).
struct FileWrite
{
    std::string path;
    std::string content;
    WhenDifferent whenDifferent = WhenDifferent::Refuse;
};

// Where WhenDifferent::WriteAsNew puts the new content: NAME.new, in the same folder.
std::string newVersionPath(const std::string &path);

// What writing a file would do, so the UI can show a diff and ask before overwriting.
struct PlannedWrite
{
    std::string path;
    bool exists = false;           // a file or a link (even a dangling one) has this name
    bool isLink = false;           // a symbolic link: never followed, never read; replaced by a file
    bool identical = false;        // the file already holds exactly this content
    std::string existingContent;   // for the diff (empty when there is no file or only a link)
    std::string backupPath;        // where the old file would be kept (empty when nothing to keep)
};

struct ExportResult
{
    std::vector<std::string> written;
    std::vector<std::string> backups;   // old files kept next to the new ones
    std::vector<std::string> unchanged; // already identical, not touched
    std::vector<std::string> kept;      // differing existing files left as they were (Keep, WriteAsNew)
};

// Looks at every target without changing anything. Fails when a target's folder is
// missing, a target is a folder, a pipe or a device, an existing file cannot be read
// (at most 16 MiB is compared), or two files name the same target.
Outcome<std::vector<PlannedWrite>> planWrites(const std::vector<FileWrite> &files);

// Writes every file or none. An existing different file (or a link) is handled as its
// `whenDifferent` says: Refuse fails the whole write; Replace first keeps it as
// NAME.stagecraft-backup (-2, -3, ...), never replacing an earlier backup, a link kept as
// the link itself; Keep leaves it; WriteAsNew leaves it and writes NAME.new under the same
// rules (an existing different NAME.new is replaced, keeping its backup). Every new content
// is written to a temporary file in its target's folder before anything is replaced, then
// renamed over the target's name, so a link's target is never opened for writing and a
// failure (a full disk) leaves every file as it was.
Outcome<ExportResult> writeFiles(const std::vector<FileWrite> &files);
// The same choice for every file: Replace when `overwrite`, else Refuse (--force).
Outcome<ExportResult> writeFiles(const std::vector<FileWrite> &files, bool overwrite);

// The full paths of files named relative to `folder`, with their choices.
std::vector<FileWrite> filesInFolder(const std::string &folder, const std::vector<ExportFile> &files);

// planWrites and writeFiles for files named relative to one folder, which must exist. A
// name that is not a plain file name ("", ".", "..", or one holding a '/') is refused, so
// nothing is ever written outside the folder.
Outcome<std::vector<PlannedWrite>> planExport(const std::string &folder, const std::vector<ExportFile> &files);
Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files);
Outcome<ExportResult> exportFiles(const std::string &folder, const std::vector<ExportFile> &files, bool overwrite);

} // namespace stagecraft
