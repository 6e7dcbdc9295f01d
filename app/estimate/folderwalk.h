#pragma once

#include "estimate/dockerignore.h"
#include "estimate/projectmeasure.h"

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace stagecraft {

struct InodeKey
{
    dev_t dev;
    ino_t ino;
    bool operator==(const InodeKey &) const = default;
};

struct InodeHash
{
    size_t operator()(const InodeKey &k) const { return std::hash<ino_t>()(k.ino) ^ (std::hash<dev_t>()(k.dev) << 1); }
};

// A folder below the project whose files are summed apart from the context: node_modules,
// a virtual environment, a build output. FolderSize rules, with its own hard-link count.
struct WalkAccount
{
    std::string path;               // relative to the walk's root, '/'-separated; "" is the root
    std::vector<std::string> skip;  // entries directly inside `path` left out ("cache" in .next)
    FolderSize size;                // present once the walk entered `path` as a real folder
    std::unordered_set<InodeKey, InodeHash> seen;
};

// The folders below node_modules as the walk met them, so the production/dev split needs no
// second walk: package lookups become lookups in this table.
struct ModuleFolders
{
    struct Folder
    {
        std::uint32_t parent = 0;     // the node_modules folder itself is its own parent
        std::uint32_t nameOffset = 0; // into `names`
        std::uint32_t nameLength = 0;
        InodeKey id{};
        bool hasManifest = false;     // a package.json is there (a link to one counts if it resolves)
        std::int64_t bytes = 0;       // of its non-folder entries, except those below
        std::int64_t nodeModulesEntryBytes = 0; // of a non-folder entry named node_modules
    };
    // A file with more than one link: counted once per package folder that holds it.
    struct LinkedFile
    {
        std::uint32_t folder;
        InodeKey id;
        std::int64_t bytes;
        bool namedNodeModules;
    };
    std::vector<Folder> folders; // in walk order: a folder comes before what it holds
    std::vector<LinkedFile> linkedFiles;
    std::string names;

    std::string_view name(std::uint32_t folder) const
    {
        return std::string_view(names).substr(folders[folder].nameOffset, folders[folder].nameLength);
    }
    std::string relativePath(std::uint32_t folder) const; // "node_modules/a/node_modules/b"
};

// One walk of a project by descriptors (openat, fstatat on names, never a path from the
// root), never following a link. It measures the build context through the .dockerignore
// (when `ignore` is set), every account, and records node_modules when `modules` is set.
struct FolderWalkRequest
{
    const DockerIgnore *ignore = nullptr;
    const MeasureOptions *options = nullptr; // progress, cancel and kept files of the context
    std::vector<WalkAccount> *accounts = nullptr;
    ModuleFolders *modules = nullptr;        // node_modules below the root
    std::vector<std::string> *warnings = nullptr;
    const std::atomic_bool *cancel = nullptr;
};

struct FolderWalkResult
{
    FolderSize context;
    bool stopped = false; // cancelled, or the kept-file list was full
};

// `rootFd` is an open folder; it stays open.
FolderWalkResult walkFolder(int rootFd, const FolderWalkRequest &request);

} // namespace stagecraft
