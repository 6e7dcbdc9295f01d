#include "estimate/folderwalk.h"

#include "common/translated.h"
#include "estimate/bytecount.h"

#include <algorithm>
#include <cerrno>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stagecraft {

std::string ModuleFolders::relativePath(std::uint32_t folder) const
{
    std::vector<std::uint32_t> chain{folder};
    while (chain.back() != 0)
        chain.push_back(folders[chain.back()].parent);
    std::string path;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!path.empty())
            path += '/';
        path += name(*it);
    }
    return path;
}

namespace {

// Folders this deep are no longer held open while their sub-folders are walked; they are
// reached by their path from the root instead, so a hostile depth cannot use up descriptors.
constexpr int MaxHeldFolders = 256;

struct Entry
{
    std::uint32_t offset; // of the NUL-terminated name in the folder's `names`
    std::uint32_t length;
    unsigned char type;
};

// Reads a folder's names whole (as fts does), so the descriptor is free once they are in.
// False on a read error; the names read until then are kept.
bool readEntries(int fd, std::vector<Entry> &entries, std::string &names)
{
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return false;
    DIR *dir = ::fdopendir(copy);
    if (!dir) {
        ::close(copy);
        return false;
    }
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        const std::string_view view(name);
        entries.push_back(Entry{static_cast<std::uint32_t>(names.size()), static_cast<std::uint32_t>(view.size()),
                                entry->d_type});
        names.append(view);
        names.push_back('\0');
    }
    const bool ok = errno == 0;
    ::closedir(dir);
    return ok;
}

class Walker
{
public:
    Walker(int rootFd, const FolderWalkRequest &request)
        : m_rootFd(rootFd)
        , m_request(request)
    {
    }

    FolderWalkResult run()
    {
        const int fd = ::fcntl(m_rootFd, F_DUPFD_CLOEXEC, 0);
        std::uint64_t accounts = 0;
        if (m_request.accounts) {
            for (std::size_t i = 0; i < m_request.accounts->size(); ++i) {
                if ((*m_request.accounts)[i].path.empty()) {
                    accounts |= std::uint64_t(1) << i;
                    (*m_request.accounts)[i].size.present = true;
                }
            }
        }
        DockerIgnore::Position root;
        if (m_request.ignore) {
            root = m_request.ignore->root();
            m_result.context.present = true;
        }
        if (fd < 0) {
            warnUnreadable(m_request.ignore != nullptr);
            return m_result;
        }
        folder(fd, Frame{m_request.ignore ? &root : nullptr, accounts, -1}, 0);
        return m_result;
    }

private:
    struct Frame
    {
        const DockerIgnore::Position *position; // null when the context does not reach here
        std::uint64_t accounts;                 // bit i: account i holds this folder
        std::int64_t module;                    // index in ModuleFolders, -1 outside node_modules
    };

    bool cancelled() const { return m_request.cancel && m_request.cancel->load(std::memory_order_relaxed); }

    void warnUnreadable(bool inContext)
    {
        if (inContext && m_request.warnings)
            m_request.warnings->push_back(withArgs(coreText("estimate", "cannot read folder '%1'"),
                                                   {m_path.empty() ? std::string(".") : m_path}));
    }

    // Bytes a file adds to one sum, counting a hard-linked file once per sum.
    static std::int64_t once(std::unordered_set<InodeKey, InodeHash> &seen, const struct stat &st, std::int64_t bytes,
                             bool linked)
    {
        return linked && !seen.insert(InodeKey{st.st_dev, st.st_ino}).second ? 0 : bytes;
    }

    // Takes `fd` and closes it.
    void folder(int fd, const Frame &frame, int depth)
    {
        std::vector<Entry> entries;
        std::string names;
        const bool readable = readEntries(fd, entries, names);
        if (!readable)
            warnUnreadable(frame.position != nullptr);
        // Deep folders let go of their descriptor and look entries up from the root.
        const bool held = depth < MaxHeldFolders;
        if (!held) {
            ::close(fd);
            fd = -1;
        }
        const std::size_t base = m_path.size();
        // Accounts that leave some entries of this very folder out.
        std::uint64_t skipping = 0;
        if (m_request.accounts) {
            for (std::size_t i = 0; i < m_request.accounts->size(); ++i) {
                const WalkAccount &account = (*m_request.accounts)[i];
                if ((frame.accounts >> i & 1) && !account.skip.empty() && account.path == m_path)
                    skipping |= std::uint64_t(1) << i;
            }
        }
        for (const Entry &entry : entries) {
            if (cancelled()) {
                m_result.stopped = true;
                break;
            }
            const char *name = names.data() + entry.offset;
            const std::string_view nameView(name, entry.length);
            m_path.resize(base);
            if (base > 0)
                m_path += '/';
            m_path += nameView;
            const int lookupFd = held ? fd : m_rootFd;
            const char *lookupName = held ? name : m_path.c_str();

            struct stat st {};
            bool haveStat = false;
            bool isDir = entry.type == DT_DIR;
            if (!isDir) {
                haveStat = ::fstatat(lookupFd, lookupName, &st, AT_SYMLINK_NOFOLLOW) == 0;
                isDir = haveStat && S_ISDIR(st.st_mode);
            }
            std::uint64_t accounts = frame.accounts;
            for (std::size_t i = 0; skipping && i < m_request.accounts->size(); ++i) {
                const auto &skip = (*m_request.accounts)[i].skip;
                if ((skipping >> i & 1) && std::find(skip.begin(), skip.end(), nameView) != skip.end())
                    accounts &= ~(std::uint64_t(1) << i);
            }
            if (frame.module >= 0 && nameView == "package.json") {
                struct stat target {};
                const bool isLink = haveStat && S_ISLNK(st.st_mode);
                m_request.modules->folders[frame.module].hasManifest
                    = !isLink || ::fstatat(lookupFd, lookupName, &target, 0) == 0;
            }

            bool excluded = false;
            DockerIgnore::Position entered;
            if (frame.position)
                excluded = m_request.ignore->excludesEntry(*frame.position, m_path, nameView, m_scratch,
                                                           isDir ? &entered : nullptr);
            if (isDir) {
                enter(fd, lookupName, frame, accounts, excluded, std::move(entered), depth);
                if (m_result.stopped)
                    break;
                continue;
            }

            // Docker sends a link as a link: its own size (the target's name), never the target.
            std::int64_t bytes = 0;
            bool linked = false;
            if (haveStat && S_ISLNK(st.st_mode)) {
                bytes = static_cast<std::int64_t>(st.st_size);
            } else if (haveStat && S_ISREG(st.st_mode)) {
                bytes = static_cast<std::int64_t>(st.st_size);
                // BuildKit sends later links to one inode as links, without content.
                linked = st.st_nlink > 1;
            }
            if (frame.position && !excluded && !keep(bytes, st, linked))
                break;
            for (std::size_t i = 0; accounts >> i; ++i) {
                if (accounts >> i & 1) {
                    WalkAccount &account = (*m_request.accounts)[i];
                    account.size.bytes = addBytes(account.size.bytes, once(account.seen, st, bytes, linked));
                    ++account.size.files;
                }
            }
            if (frame.module >= 0) {
                ModuleFolders &modules = *m_request.modules;
                const bool namedNodeModules = nameView == "node_modules";
                auto &folder = modules.folders[frame.module];
                if (linked)
                    modules.linkedFiles.push_back({static_cast<std::uint32_t>(frame.module),
                                                   InodeKey{st.st_dev, st.st_ino}, bytes, namedNodeModules});
                else if (namedNodeModules)
                    folder.nodeModulesEntryBytes = addBytes(folder.nodeModulesEntryBytes, bytes);
                else
                    folder.bytes = addBytes(folder.bytes, bytes);
            }
        }
        m_path.resize(base);
        if (fd >= 0)
            ::close(fd);
    }

    // Counts a file the context keeps; false when the walk has to stop.
    bool keep(std::int64_t bytes, const struct stat &st, bool linked)
    {
        const MeasureOptions *options = m_request.options;
        if (options && options->keptFiles) {
            if (options->keptFiles->size() >= options->maxKeptFiles) {
                m_result.stopped = true;
                return false;
            }
            options->keptFiles->push_back(m_path);
        }
        m_result.context.bytes = addBytes(m_result.context.bytes, once(m_contextSeen, st, bytes, linked));
        ++m_result.context.files;
        if (options && options->progress && m_result.context.files % 4096 == 0)
            options->progress(m_result.context.files);
        return true;
    }

    // A sub-folder, at m_path: walked when the context, an account or node_modules needs it.
    void enter(int fd, const char *lookupName, const Frame &frame, std::uint64_t accounts, bool excluded,
               DockerIgnore::Position entered, int depth)
    {
        const bool contextEnters = frame.position && (!excluded || m_request.ignore->walksInto(m_path));
        std::uint64_t starting = 0;
        bool leadsToAccount = false;
        if (m_request.accounts && depth < 2) {
            for (std::size_t i = 0; i < m_request.accounts->size(); ++i) {
                const std::string &path = (*m_request.accounts)[i].path;
                if (path == m_path)
                    starting |= std::uint64_t(1) << i;
                else if (path.size() > m_path.size() && path.compare(0, m_path.size(), m_path) == 0
                         && path[m_path.size()] == '/')
                    leadsToAccount = true;
            }
        }
        const bool startsModules = m_request.modules && frame.module < 0 && m_path == "node_modules";
        const bool inModules = frame.module >= 0 || startsModules;
        if (!contextEnters && !accounts && !starting && !leadsToAccount && !inModules)
            return;
        // A real folder is present even when it cannot be read.
        for (std::size_t i = 0; starting >> i; ++i) {
            if (starting >> i & 1)
                (*m_request.accounts)[i].size.present = true;
        }
        const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        const int child = fd >= 0 ? ::openat(fd, lookupName, flags) : ::openat(m_rootFd, m_path.c_str(), flags);
        if (child < 0) {
            warnUnreadable(contextEnters);
            return;
        }
        std::int64_t module = -1;
        if (inModules) {
            ModuleFolders &modules = *m_request.modules;
            struct stat st {};
            ::fstat(child, &st);
            const std::string_view name = std::string_view(m_path).substr(m_path.rfind('/') + 1);
            ModuleFolders::Folder folder;
            folder.parent = startsModules ? 0 : static_cast<std::uint32_t>(frame.module);
            folder.nameOffset = static_cast<std::uint32_t>(modules.names.size());
            folder.nameLength = static_cast<std::uint32_t>(name.size());
            folder.id = InodeKey{st.st_dev, st.st_ino};
            modules.names.append(name);
            module = static_cast<std::int64_t>(modules.folders.size());
            modules.folders.push_back(folder);
        }
        folder(child, Frame{contextEnters ? &entered : nullptr, accounts | starting, module}, depth + 1);
    }

    int m_rootFd;
    const FolderWalkRequest &m_request;
    FolderWalkResult m_result;
    std::string m_path; // of the entry at hand, relative to the root
    DockerIgnore::Scratch m_scratch;
    std::unordered_set<InodeKey, InodeHash> m_contextSeen;
};

} // namespace

FolderWalkResult walkFolder(int rootFd, const FolderWalkRequest &request)
{
    return Walker(rootFd, request).run();
}

} // namespace stagecraft
