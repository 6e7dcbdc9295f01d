#include "estimate/projectmeasure.h"

#include "estimate/bytecount.h"
#include "estimate/dockerignore.h"
#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <set>
#include <unordered_set>

#include <sys/stat.h>

namespace fs = std::filesystem;

namespace stagecraft {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// directory_iterator's ++ throws on a read error; this stops quietly instead.
template<typename F>
bool forEachEntry(const fs::path &dir, F &&f)
{
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec)
        return false;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec)
            return false;
        if (!f(*it))
            break;
    }
    return !ec;
}

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

// One lstat per entry gives type, size and link count together.
class Sizer
{
public:
    // Returns the bytes the entry adds, or -1 for a folder to descend into.
    std::int64_t entryBytes(const fs::path &path, bool *isDir)
    {
        struct stat st {};
        *isDir = false;
        if (::lstat(path.c_str(), &st) != 0)
            return 0;
        if (S_ISDIR(st.st_mode)) {
            *isDir = true;
            return 0;
        }
        // Docker sends a link as a link: its own size (the target's name), never the target.
        if (S_ISLNK(st.st_mode))
            return static_cast<std::int64_t>(st.st_size);
        if (!S_ISREG(st.st_mode))
            return 0;
        if (st.st_nlink > 1 && !m_seen.insert(InodeKey{st.st_dev, st.st_ino}).second)
            return 0; // BuildKit sends later links to one inode as links, without content
        return static_cast<std::int64_t>(st.st_size);
    }

private:
    std::unordered_set<InodeKey, InodeHash> m_seen;
};

// A manifest from the project, parsed; discarded JSON when it cannot be read (a FIFO, a
// device, too large) or parsed.
nlohmann::json readManifest(const fs::path &path)
{
    const auto text = readBoundedFile(path.string(), {.maxBytes = 4 * 1024 * 1024});
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

struct ContextWalk
{
    const DockerIgnore &ignore;
    const MeasureOptions &options;
    Sizer sizer;
    FolderSize result;
    std::vector<std::string> *warnings = nullptr;
    bool stopped = false;

    // `matches`: which .dockerignore lines match `rel` or a folder above it, so each
    // entry is matched once whatever its depth.
    void walk(const fs::path &dir, const std::string &rel, const DockerIgnore::PathMatches &matches)
    {
        const bool readable = forEachEntry(dir, [&](const fs::directory_entry &entry) {
            if (cancelled(options.cancel)) {
                stopped = true;
                return false;
            }
            const std::string name = entry.path().filename().string();
            const std::string path = rel.empty() ? name : rel + '/' + name;
            bool isDir = false;
            const std::int64_t bytes = sizer.entryBytes(entry.path(), &isDir);
            const DockerIgnore::PathMatches entryMatches = ignore.matchesWithParents(path, matches);
            const bool excluded = ignore.excludedBy(entryMatches);
            if (isDir) {
                if (!excluded || ignore.walksInto(path))
                    walk(entry.path(), path, entryMatches);
                return !stopped;
            }
            if (excluded)
                return true;
            if (options.keptFiles) {
                if (options.keptFiles->size() >= options.maxKeptFiles) {
                    stopped = true;
                    return false;
                }
                options.keptFiles->push_back(path);
            }
            result.bytes = addBytes(result.bytes, bytes);
            ++result.files;
            if (options.progress && result.files % 4096 == 0)
                options.progress(result.files);
            return true;
        });
        if (!readable && !stopped && warnings)
            warnings->push_back("cannot read folder '" + (rel.empty() ? std::string(".") : rel) + "'");
    }
};

// Node's lookup: from a package folder, try <ancestor>/node_modules/<name> upwards,
// skipping ancestors that are node_modules folders themselves. Stops at the project root,
// since nothing above it goes into the image.
std::optional<fs::path> resolvePackage(const fs::path &from, const std::string &name, const fs::path &root)
{
    for (fs::path dir = from;; dir = dir.parent_path()) {
        if (dir.filename() != "node_modules") {
            const fs::path candidate = dir / "node_modules" / name;
            std::error_code ec;
            if (fs::exists(candidate / "package.json", ec)) {
                const fs::path real = fs::canonical(candidate, ec);
                if (!ec)
                    return real;
            }
        }
        if (dir == root || !dir.has_parent_path() || dir.parent_path() == dir)
            return std::nullopt;
    }
}

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

std::string relativeTo(const fs::path &path, const fs::path &root)
{
    return fs::relative(path, root).generic_string();
}

// Package folders below node_modules, one level of @scope included: each is a package
// whether or not anything reaches it.
void listPackages(const fs::path &nodeModules, std::vector<fs::path> &out, int depth = 0)
{
    forEachEntry(nodeModules, [&](const fs::directory_entry &entry) {
        const std::string name = entry.path().filename().string();
        std::error_code ec;
        // .bin, .package-lock.json and caches are no packages; pnpm's .pnpm comes below.
        if (name.empty() || name[0] == '.' || entry.is_symlink(ec) || !entry.is_directory(ec))
            return true;
        if (name[0] == '@') {
            listPackages(entry.path(), out, depth);
            return true;
        }
        if (fs::exists(entry.path() / "package.json", ec)) {
            out.push_back(entry.path());
            if (fs::is_directory(entry.path() / "node_modules", ec))
                listPackages(entry.path() / "node_modules", out, depth + 1);
        }
        return true;
    });
    // pnpm keeps the real packages in .pnpm/<name>@<version>/node_modules/<name>.
    const fs::path pnpm = nodeModules / ".pnpm";
    std::error_code ec;
    if (depth == 0 && fs::is_directory(pnpm, ec)) {
        forEachEntry(pnpm, [&](const fs::directory_entry &entry) {
            std::error_code typeEc;
            if (entry.is_directory(typeEc) && fs::is_directory(entry.path() / "node_modules", typeEc))
                listPackages(entry.path() / "node_modules", out, depth + 1);
            return true;
        });
    }
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
    FolderSize size;
    if (!isRealFolder(folder))
        return size;
    size.present = true;
    Sizer sizer;
    std::deque<fs::path> pending{fs::path(folder)};
    bool top = true;
    while (!pending.empty()) {
        const fs::path dir = pending.front();
        pending.pop_front();
        forEachEntry(dir, [&](const fs::directory_entry &entry) {
            if (cancelled(cancel))
                return false;
            if (top && std::find(skipChildren.begin(), skipChildren.end(), entry.path().filename().string())
                           != skipChildren.end())
                return true;
            bool isDir = false;
            const std::int64_t bytes = sizer.entryBytes(entry.path(), &isDir);
            if (isDir) {
                pending.push_back(entry.path());
            } else {
                size.bytes = addBytes(size.bytes, bytes);
                ++size.files;
            }
            return true;
        });
        if (cancelled(cancel))
            return size;
        top = false;
    }
    return size;
}

Outcome<FolderSize> measureContext(const std::string &folder, const std::string &dockerignoreText,
                                   const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<FolderSize>::failure("'" + folder + "' is not a readable folder");
    auto ignore = DockerIgnore::parse(dockerignoreText);
    if (!ignore)
        return Outcome<FolderSize>::failure(".dockerignore " + ignore.error());
    ContextWalk walk{ignore.value(), options, {}, {}, nullptr, false};
    walk.result.present = true;
    walk.walk(fs::path(folder), {}, {});
    return Outcome<FolderSize>::success(walk.result);
}

NodeModulesSplit splitNodeModules(const std::string &projectFolder, std::vector<std::string> *warnings,
                                  const std::atomic_bool *cancel)
{
    NodeModulesSplit split;
    std::error_code ec;
    const fs::path root = fs::canonical(projectFolder, ec);
    if (ec)
        return split;
    const fs::path nodeModules = root / "node_modules";
    if (!isRealFolder(nodeModules))
        return split;
    split.present = true;

    const nlohmann::json rootManifest = readManifest(root / "package.json");
    if (!rootManifest.is_object()) {
        if (warnings)
            warnings->push_back("package.json is missing or not valid JSON; every installed package counts as dev");
    }

    std::set<fs::path> production;
    std::deque<std::pair<fs::path, std::vector<std::string>>> queue;
    if (rootManifest.is_object())
        queue.emplace_back(root, dependencyNames(rootManifest, false));
    while (!queue.empty() && !cancelled(cancel)) {
        auto [from, names] = std::move(queue.front());
        queue.pop_front();
        for (const std::string &name : names) {
            const auto resolved = resolvePackage(from, name, root);
            // A package linked from outside the project is not in the image; nothing there is read.
            if (!resolved || !isInside(*resolved, root) || !production.insert(*resolved).second)
                continue;
            const nlohmann::json manifest = readManifest(*resolved / "package.json");
            if (manifest.is_object())
                queue.emplace_back(*resolved, dependencyNames(manifest, true));
            else if (warnings)
                warnings->push_back("cannot read " + relativeTo(*resolved, root) + "/package.json");
        }
    }

    split.totalBytes = measureFolder(nodeModules.string(), cancel).bytes;
    std::vector<fs::path> all;
    listPackages(nodeModules, all);
    std::set<fs::path> seen;
    for (const fs::path &package : all) {
        const fs::path real = fs::canonical(package, ec);
        if (ec || !seen.insert(real).second)
            continue;
        const std::string rel = relativeTo(real, root);
        if (production.count(real))
            split.productionPackages.push_back(rel);
        else
            split.devPackages.push_back(rel);
    }
    for (const fs::path &package : production) {
        // Workspace links point outside node_modules: their files are in the context already.
        if (!isInside(package, nodeModules))
            continue;
        split.productionBytes = addBytes(split.productionBytes,
                                         measureFolder(package.string(), cancel, {"node_modules"}).bytes);
    }
    split.devBytes = split.totalBytes - split.productionBytes;
    std::sort(split.productionPackages.begin(), split.productionPackages.end());
    std::sort(split.devPackages.begin(), split.devPackages.end());
    return split;
}

Outcome<ProjectMeasurement> measureProject(const std::string &folder, const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<ProjectMeasurement>::failure("'" + folder + "' is not a readable folder");
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
        return Outcome<ProjectMeasurement>::failure(".dockerignore " + ignore.error());
    ContextWalk walk{ignore.value(), options, {}, {}, &m.warnings, false};
    walk.result.present = true;
    walk.walk(root, {}, {});
    m.context = walk.result;
    if (walk.stopped) {
        m.cancelled = true;
        return Outcome<ProjectMeasurement>::success(std::move(m));
    }

    m.nodeModules = splitNodeModules(folder, &m.warnings, options.cancel);

    for (const char *venv : {".venv", "venv"}) {
        if (fs::exists(root / venv / "pyvenv.cfg", ec)) {
            m.virtualEnv = NamedSize{venv, measureFolder((root / venv).string(), options.cancel)};
            break;
        }
    }
    for (const char *output : {"dist", "build", ".next"}) {
        // Next.js keeps its build cache inside .next; no Dockerfile copies it.
        const std::vector<std::string> skip = std::string(output) == ".next" ? std::vector<std::string>{"cache"}
                                                                              : std::vector<std::string>{};
        FolderSize size = measureFolder((root / output).string(), options.cancel, skip);
        if (size.present)
            m.buildOutputs.push_back(NamedSize{output, size});
    }
    const FolderSize standalone = isRealFolder(root / ".next")
        ? measureFolder((root / ".next" / "standalone").string(), options.cancel) : FolderSize{};
    if (standalone.present)
        m.nextStandalone = NamedSize{".next/standalone", standalone};
    m.cancelled = cancelled(options.cancel);
    return Outcome<ProjectMeasurement>::success(std::move(m));
}

} // namespace stagecraft
