#include "estimate/projectmeasure.h"

#include "common/translated.h"
#include "estimate/bytecount.h"
#include "estimate/dockerignore.h"
#include "estimate/folderwalk.h"
#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace stagecraft {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// A manifest from the project, parsed; discarded JSON when it cannot be read (a FIFO, a
// device, too large) or parsed.
nlohmann::json readManifest(const std::string &path)
{
    const auto text = readBoundedFile(path, {.maxBytes = 4 * 1024 * 1024});
    if (!text)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(text.value(), nullptr, false);
}

// A folder in its own right, not a link to one: Docker sends a link as it is, so nothing
// behind it (`.next -> /`) belongs to the image.
bool isRealFolder(const fs::path &path)
{
    std::error_code ec;
    return fs::is_directory(fs::symlink_status(path, ec));
}

// The project folder, open for the walk; closed when it goes.
class OpenFolder
{
public:
    explicit OpenFolder(const std::string &path, bool followLink = true)
        : m_fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followLink ? 0 : O_NOFOLLOW)))
    {
    }
    ~OpenFolder()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenFolder(const OpenFolder &) = delete;
    OpenFolder &operator=(const OpenFolder &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

std::vector<std::string> dependencyNames(const nlohmann::json &manifest, bool includePeers)
{
    std::vector<std::string> names;
    std::vector<const char *> keys = {"dependencies", "optionalDependencies"};
    if (includePeers)
        keys.push_back("peerDependencies"); // npm 7 and later install peers of what is installed
    for (const char *key : keys) {
        auto it = manifest.find(key);
        if (it == manifest.end() || !it->is_object())
            continue;
        for (auto dep = it->begin(); dep != it->end(); ++dep)
            names.push_back(dep.key());
    }
    return names;
}

bool isInside(const fs::path &path, const fs::path &folder)
{
    auto [a, b] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return a == folder.end();
}

std::string_view lastName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The production/dev split from what the walk recorded of node_modules. Packages are known
// by the device and inode of their folder; Node's lookup is a stat of a path relative to
// the project, and only a package outside node_modules (a workspace link) is looked up by
// its real path.
class ModuleSplit
{
public:
    ModuleSplit(int rootFd, const fs::path &root, const ModuleFolders &modules, std::vector<std::string> *warnings,
                const std::atomic_bool *cancel)
        : m_rootFd(rootFd)
        , m_root(root)
        , m_modules(modules)
        , m_warnings(warnings)
        , m_cancel(cancel)
        , m_production(modules.folders.size(), false)
    {
        for (std::uint32_t i = 0; i < modules.folders.size(); ++i)
            m_byId.emplace(modules.folders[i].id, i);
    }

    NodeModulesSplit split(std::int64_t totalBytes)
    {
        NodeModulesSplit split;
        split.present = true;
        split.totalBytes = totalBytes;
        const nlohmann::json rootManifest = readManifest((m_root / "package.json").string());
        if (!rootManifest.is_object() && m_warnings)
            m_warnings->push_back(coreText("estimate", "package.json is missing or not valid JSON; every installed package counts as dev"));
        if (rootManifest.is_object())
            resolveAll(dependencyNames(rootManifest, false));

        if (m_modules.folders.empty()) // node_modules could not be read
            return split;
        std::vector<bool> listed(m_modules.folders.size(), false);
        buildChildren();
        listPackages(0, 0, listed);
        for (std::uint32_t i = 0; i < listed.size(); ++i) {
            if (listed[i])
                (m_production[i] ? split.productionPackages : split.devPackages).push_back(m_modules.relativePath(i));
        }
        split.productionBytes = productionBytes();
        split.devBytes = split.totalBytes - split.productionBytes;
        std::sort(split.productionPackages.begin(), split.productionPackages.end());
        std::sort(split.devPackages.begin(), split.devPackages.end());
        return split;
    }

private:
    struct Found
    {
        InodeKey id;
        std::string path; // relative to the project
        std::int64_t folder = -1; // in ModuleFolders when the package is below node_modules
    };

    // Node's lookup: from a package folder, try <ancestor>/node_modules/<name> upwards,
    // skipping ancestors that are node_modules folders themselves. Stops at the project
    // root, since nothing above it goes into the image.
    std::optional<Found> resolve(const std::string &from, const std::string &name) const
    {
        std::string dir = from;
        for (;;) {
            const std::string_view dirName = dir.empty() ? std::string_view(m_rootName) : lastName(dir);
            if (dirName != "node_modules") {
                // An absolute name replaces the path, as it does for std::filesystem.
                const std::string candidate = !name.empty() && name[0] == '/'
                    ? name : (dir.empty() ? std::string() : dir + '/') + "node_modules/" + name;
                struct stat st {};
                if (::fstatat(m_rootFd, (candidate + "/package.json").c_str(), &st, 0) == 0
                    && ::fstatat(m_rootFd, candidate.c_str(), &st, 0) == 0) {
                    if (auto found = identify(candidate, InodeKey{st.st_dev, st.st_ino}))
                        return found;
                }
            }
            if (dir.empty())
                return std::nullopt;
            const auto slash = dir.rfind('/');
            dir = slash == std::string::npos ? std::string() : dir.substr(0, slash);
        }
    }

    std::optional<Found> identify(const std::string &candidate, InodeKey id) const
    {
        if (const auto it = m_byId.find(id); it != m_byId.end())
            return Found{id, m_modules.relativePath(it->second), it->second};
        // Outside node_modules: a workspace in the project, or something outside it that
        // is not in the image.
        std::error_code ec;
        const fs::path real = fs::canonical(candidate[0] == '/' ? fs::path(candidate) : m_root / candidate, ec);
        if (ec || !isInside(real, m_root))
            return std::nullopt;
        const std::string relative = fs::relative(real, m_root).generic_string();
        return Found{id, relative == "." ? std::string() : relative, -1};
    }

    void resolveAll(std::vector<std::string> rootNames)
    {
        std::unordered_set<InodeKey, InodeHash> seen;
        std::deque<std::pair<std::string, std::vector<std::string>>> queue;
        queue.emplace_back(std::string(), std::move(rootNames));
        while (!queue.empty() && !cancelled(m_cancel)) {
            auto [from, names] = std::move(queue.front());
            queue.pop_front();
            for (const std::string &name : names) {
                const auto found = resolve(from, name);
                if (!found || !seen.insert(found->id).second)
                    continue;
                if (found->folder >= 0)
                    m_production[found->folder] = true;
                const std::string folder = found->path.empty() ? m_root.string() : (m_root / found->path).string();
                const nlohmann::json manifest = readManifest(folder + "/package.json");
                if (manifest.is_object())
                    queue.emplace_back(found->path, dependencyNames(manifest, true));
                else if (m_warnings)
                    m_warnings->push_back(withArgs(coreText("estimate", "cannot read %1/package.json"),
                                                   {found->path.empty() ? std::string(".") : found->path}));
            }
        }
    }

    void buildChildren()
    {
        m_children.assign(m_modules.folders.size(), {});
        for (std::uint32_t i = 1; i < m_modules.folders.size(); ++i)
            m_children[m_modules.folders[i].parent].push_back(i);
    }

    std::int64_t child(std::uint32_t folder, std::string_view name) const
    {
        for (const std::uint32_t c : m_children[folder]) {
            if (m_modules.name(c) == name)
                return c;
        }
        return -1;
    }

    // Package folders below a node_modules, one level of @scope included: each is a
    // package whether or not anything reaches it. Links are not followed.
    void listPackages(std::uint32_t nodeModules, int depth, std::vector<bool> &listed) const
    {
        for (const std::uint32_t entry : m_children[nodeModules]) {
            const std::string_view name = m_modules.name(entry);
            // .bin, .package-lock.json and caches are no packages; pnpm's .pnpm comes below.
            if (name.empty() || name[0] == '.')
                continue;
            if (name[0] == '@') {
                listPackages(entry, depth, listed);
                continue;
            }
            if (m_modules.folders[entry].hasManifest) {
                listed[entry] = true;
                if (const std::int64_t nested = child(entry, "node_modules"); nested >= 0)
                    listPackages(static_cast<std::uint32_t>(nested), depth + 1, listed);
            }
        }
        // pnpm keeps the real packages in .pnpm/<name>@<version>/node_modules/<name>.
        const std::int64_t pnpm = depth == 0 ? child(nodeModules, ".pnpm") : -1;
        if (pnpm >= 0) {
            for (const std::uint32_t version : m_children[pnpm]) {
                if (const std::int64_t nested = child(version, "node_modules"); nested >= 0)
                    listPackages(static_cast<std::uint32_t>(nested), depth + 1, listed);
            }
        }
    }

    // Each production package's folder without its own node_modules, summed, a hard-linked
    // file once per package. Folders come in walk order, so the packages holding a folder
    // are those holding its parent, less the parent when the folder is the parent's
    // node_modules, plus the folder itself when it is a package.
    std::int64_t productionBytes() const
    {
        const std::size_t n = m_modules.folders.size();
        std::vector<std::vector<std::uint32_t>> holders(n);
        std::int64_t total = 0;
        for (std::uint32_t i = 0; i < n; ++i) {
            const ModuleFolders::Folder &folder = m_modules.folders[i];
            if (i > 0) {
                holders[i] = holders[folder.parent];
                if (m_modules.name(i) == "node_modules")
                    std::erase(holders[i], folder.parent);
            }
            if (m_production[i])
                holders[i].push_back(i);
            for (const std::uint32_t holder : holders[i]) {
                total = addBytes(total, folder.bytes);
                if (holder != i)
                    total = addBytes(total, folder.nodeModulesEntryBytes);
            }
        }
        struct Key
        {
            std::uint32_t holder;
            InodeKey id;
            bool operator==(const Key &) const = default;
        };
        struct KeyHash
        {
            size_t operator()(const Key &k) const { return InodeHash()(k.id) ^ (std::size_t(k.holder) << 7); }
        };
        std::unordered_set<Key, KeyHash> counted;
        for (const ModuleFolders::LinkedFile &file : m_modules.linkedFiles) {
            for (const std::uint32_t holder : holders[file.folder]) {
                if ((holder != file.folder || !file.namedNodeModules) && counted.insert(Key{holder, file.id}).second)
                    total = addBytes(total, file.bytes);
            }
        }
        return total;
    }

    int m_rootFd;
    fs::path m_root;
    std::string m_rootName = m_root.filename().string();
    const ModuleFolders &m_modules;
    std::vector<std::string> *m_warnings;
    const std::atomic_bool *m_cancel;
    std::vector<bool> m_production;
    std::unordered_map<InodeKey, std::uint32_t, InodeHash> m_byId;
    std::vector<std::vector<std::uint32_t>> m_children;
};

// What measureProject and splitNodeModules share: one walk, then the split.
struct Walked
{
    FolderWalkResult walk;
    std::vector<WalkAccount> accounts;
    ModuleFolders modules;
};

enum Account : std::size_t { NodeModules, DotVenv, Venv, Dist, Build, Next, Standalone };

std::vector<WalkAccount> projectAccounts()
{
    std::vector<WalkAccount> accounts(7);
    accounts[NodeModules].path = "node_modules";
    accounts[DotVenv].path = ".venv";
    accounts[Venv].path = "venv";
    accounts[Dist].path = "dist";
    accounts[Build].path = "build";
    accounts[Next].path = ".next";
    accounts[Next].skip = {"cache"}; // Next.js keeps its build cache inside .next; no Dockerfile copies it
    accounts[Standalone].path = ".next/standalone";
    return accounts;
}

constexpr std::size_t NoAccount = std::numeric_limits<std::size_t>::max();
constexpr std::size_t MaxAccounts = 64; // the walk keeps a folder's accounts as bits of a 64-bit word

// The account each stack folder is summed in: a path (with the same skips) another stack
// declared too shares its account. Past the walk's limit a folder is not measured, and the
// measurement says so.
std::vector<std::size_t> addStackFolderAccounts(const std::vector<StackFolder> &folders, std::vector<WalkAccount> &accounts,
                                                std::vector<std::string> &warnings)
{
    std::vector<std::size_t> indices;
    const std::size_t builtIn = accounts.size();
    for (const StackFolder &folder : folders) {
        std::size_t index = NoAccount;
        for (std::size_t i = builtIn; i < accounts.size() && index == NoAccount; ++i) {
            if (accounts[i].path == folder.path && accounts[i].skip == folder.skip)
                index = i;
        }
        if (index == NoAccount && accounts.size() < MaxAccounts) {
            index = accounts.size();
            accounts.emplace_back();
            accounts.back().path = folder.path;
            accounts.back().skip = folder.skip;
        } else if (index == NoAccount) {
            warnings.push_back(withArgs(coreText("estimate", "too many stack folders to measure in one walk; %1 (stack %2) is not measured"),
                                        {folder.path, folder.stack}));
        }
        indices.push_back(index);
    }
    return indices;
}

NodeModulesSplit splitFrom(int rootFd, const std::string &projectFolder, Walked &walked,
                           std::vector<std::string> *warnings, const std::atomic_bool *cancel)
{
    if (!walked.accounts[NodeModules].size.present)
        return {};
    std::error_code ec;
    const fs::path root = fs::canonical(projectFolder, ec);
    if (ec)
        return {};
    return ModuleSplit(rootFd, root, walked.modules, warnings, cancel).split(walked.accounts[NodeModules].size.bytes);
}

} // namespace

std::int64_t ProjectMeasurement::buildOutputBytes() const
{
    std::int64_t total = 0;
    for (const NamedSize &output : buildOutputs)
        total = addBytes(total, output.size.bytes);
    return total;
}

FolderSize measureFolder(const std::string &folder, const std::atomic_bool *cancel,
                         const std::vector<std::string> &skipChildren)
{
    if (!isRealFolder(folder))
        return {};
    const OpenFolder open(folder, false);
    if (open.fd() < 0)
        return FolderSize{true, 0, 0};
    std::vector<WalkAccount> accounts(1);
    accounts[0].skip = skipChildren;
    walkFolder(open.fd(), FolderWalkRequest{.accounts = &accounts, .cancel = cancel});
    return accounts[0].size;
}

Outcome<FolderSize> measureContext(const std::string &folder, const std::string &dockerignoreText,
                                   const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<FolderSize>::failure(withArgs(coreText("estimate", "'%1' is not a readable folder"), {folder}));
    auto ignore = DockerIgnore::parse(dockerignoreText);
    if (!ignore)
        return Outcome<FolderSize>::failure(withArgs(coreText("estimate", ".dockerignore %1"), {ignore.error()}));
    const OpenFolder open(folder);
    if (open.fd() < 0)
        return Outcome<FolderSize>::failure(withArgs(coreText("estimate", "'%1' is not a readable folder"), {folder}));
    const FolderWalkResult walked = walkFolder(open.fd(), FolderWalkRequest{.ignore = &ignore.value(),
                                                                            .options = &options,
                                                                            .cancel = options.cancel});
    return Outcome<FolderSize>::success(walked.context);
}

NodeModulesSplit splitNodeModules(const std::string &projectFolder, std::vector<std::string> *warnings,
                                  const std::atomic_bool *cancel)
{
    const OpenFolder open(projectFolder);
    if (open.fd() < 0)
        return {};
    Walked walked;
    walked.accounts = projectAccounts();
    walked.accounts.resize(NodeModules + 1);
    walkFolder(open.fd(), FolderWalkRequest{.accounts = &walked.accounts, .modules = &walked.modules, .cancel = cancel});
    return splitFrom(open.fd(), projectFolder, walked, warnings, cancel);
}

Outcome<ProjectMeasurement> measureProject(const std::string &folder, const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<ProjectMeasurement>::failure(withArgs(coreText("estimate", "'%1' is not a readable folder"), {folder}));
    const fs::path root(folder);
    ProjectMeasurement m;
    m.folder = folder;

    std::string ignoreText;
    if (options.dockerignore) {
        ignoreText = *options.dockerignore;
    } else {
        auto text = readBoundedFile((root / ".dockerignore").string(), {.maxBytes = 1024 * 1024, .missingIsSilent = true});
        if (!text && !text.error().empty())
            return Outcome<ProjectMeasurement>::failure(text.error());
        if (text)
            ignoreText = std::move(text).value();
    }
    auto ignore = DockerIgnore::parse(ignoreText);
    if (!ignore)
        return Outcome<ProjectMeasurement>::failure(withArgs(coreText("estimate", ".dockerignore %1"), {ignore.error()}));
    const OpenFolder open(folder);
    if (open.fd() < 0)
        return Outcome<ProjectMeasurement>::failure(withArgs(coreText("estimate", "'%1' is not a readable folder"), {folder}));

    // One walk: the context, node_modules, virtual environments and build outputs together.
    Walked walked;
    walked.accounts = projectAccounts();
    const std::vector<std::size_t> stackAccounts = addStackFolderAccounts(options.stackFolders, walked.accounts, m.warnings);
    walked.walk = walkFolder(open.fd(), FolderWalkRequest{.ignore = &ignore.value(),
                                                          .options = &options,
                                                          .accounts = &walked.accounts,
                                                          .modules = &walked.modules,
                                                          .warnings = &m.warnings,
                                                          .cancel = options.cancel});
    m.context = walked.walk.context;
    if (walked.walk.stopped) {
        m.cancelled = true;
        return Outcome<ProjectMeasurement>::success(std::move(m));
    }

    m.nodeModules = splitFrom(open.fd(), folder, walked, &m.warnings, options.cancel);

    for (const Account venv : {DotVenv, Venv}) {
        const std::string &name = walked.accounts[venv].path;
        if (fs::exists(root / name / "pyvenv.cfg", ec)) {
            m.virtualEnv = NamedSize{name, walked.accounts[venv].size};
            break;
        }
    }
    for (const Account output : {Dist, Build, Next}) {
        if (walked.accounts[output].size.present)
            m.buildOutputs.push_back(NamedSize{walked.accounts[output].path, walked.accounts[output].size});
    }
    if (walked.accounts[Next].size.present && walked.accounts[Standalone].size.present)
        m.nextStandalone = NamedSize{walked.accounts[Standalone].path, walked.accounts[Standalone].size};
    for (std::size_t i = 0; i < stackAccounts.size(); ++i) {
        if (stackAccounts[i] != NoAccount && walked.accounts[stackAccounts[i]].size.present)
            m.stackFolders.push_back(MeasuredStackFolder{options.stackFolders[i], walked.accounts[stackAccounts[i]].size});
    }
    m.cancelled = cancelled(options.cancel);
    return Outcome<ProjectMeasurement>::success(std::move(m));
}

} // namespace stagecraft
