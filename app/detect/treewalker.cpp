#include "detect/treewalker.h"

#include "common/translated.h"
#include "detect/detection.h"

#include <QString>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace stagecraft {

const std::vector<std::string> &heavyDirectoryNames()
{
    // Dependency caches, build output and tool state: never where a project states itself,
    // and often most of the files on disk.
    static const std::vector<std::string> names = {
        "node_modules", ".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "target",
        "dist", "build", "out", ".next", ".nuxt", ".turbo", ".cache", "vendor", ".tox",
        ".mypy_cache", ".pytest_cache", ".gradle", ".idea", ".vscode", "bin", "obj",
        ".yarn", ".pnpm-store", "coverage", ".terraform",
    };
    return names;
}

std::string toValidUtf8(const std::string &bytes)
{
    for (unsigned char c : bytes) {
        if (c >= 0x80) // only non-ASCII names pay for the round trip
            return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).toStdString();
    }
    return bytes;
}

namespace {

class Walker
{
public:
    Walker(const TreeWalkOptions &options, const std::function<void(std::size_t)> &progress,
           const std::atomic_bool *cancel)
        : m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }

    void walk(const fs::path &dir, const std::string &relative, int depth)
    {
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            if (!relative.empty())
                m_index.warnings.push_back(withArgs(coreText("scan", "%1: cannot read folder (%2)"), {toValidUtf8(relative), ec.message()}));
            return;
        }
        std::vector<std::pair<std::string, bool>> entries; // name, is a real directory
        for (fs::directory_iterator end; it != end; it.increment(ec)) {
            if (ec || stopped())
                break;
            ++m_index.entriesSeen;
            if (m_index.entriesSeen % 512 == 0 && m_progress)
                m_progress(m_index.entriesSeen);
            if (m_index.entriesSeen >= m_options.maxEntries) {
                m_index.truncated = true;
                break;
            }
            // symlink_status: a link to a folder is never entered, which rules out loops.
            const fs::file_status status = it->symlink_status(ec);
            if (ec) {
                ec.clear();
                continue;
            }
            const std::string name = it->path().filename().string();
            if (fs::is_directory(status))
                entries.emplace_back(name, true);
            else if (fs::is_regular_file(status) || fs::is_symlink(status))
                entries.emplace_back(name, false);
        }
        std::sort(entries.begin(), entries.end());
        for (const auto &[name, isDir] : entries) {
            if (stopped())
                return;
            const std::string rel = relative.empty() ? name : relative + '/' + name;
            if (!isDir) {
                m_index.files.push_back(rel);
                continue;
            }
            if (m_options.skipHeavyDirectories && isHeavy(name)) {
                m_index.skippedDirectories.push_back(rel);
                continue;
            }
            if (depth < m_options.maxDepth)
                walk(dir / name, rel, depth + 1);
        }
    }

    TreeIndex take() { return std::move(m_index); }

private:
    bool stopped()
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            m_index.cancelled = true;
        return m_index.cancelled || m_index.truncated;
    }

    static bool isHeavy(const std::string &name)
    {
        const auto &heavy = heavyDirectoryNames();
        return std::find(heavy.begin(), heavy.end(), name) != heavy.end()
            || (name.size() > 1 && name[0] == '.' && name != ".github");
    }

    const TreeWalkOptions &m_options;
    const std::function<void(std::size_t)> &m_progress;
    const std::atomic_bool *m_cancel;
    TreeIndex m_index;
};

} // namespace

TreeIndex walkTree(const std::string &root, const TreeWalkOptions &options,
                   const std::function<void(std::size_t)> &progress, const std::atomic_bool *cancel)
{
    Walker walker(options, progress, cancel);
    walker.walk(fs::path(root), std::string(), 0);
    TreeIndex index = walker.take();
    if (progress)
        progress(index.entriesSeen);
    return index;
}

} // namespace stagecraft
