#pragma once

#include "detect/detection.h"
#include "detect/treewalker.h"

#include <nlohmann/json.hpp>
#include <toml++/toml.hpp>

#include <filesystem>
#include <optional>
#include <string>

class QXmlStreamReader;

namespace stagecraft {

// What every detector shares: the folder, the project inside it, the file list and the
// result being built. Paths given to it are relative to the folder ("root-relative").
// Internal to app/detect.
class ScanContext
{
public:
    ScanContext(std::filesystem::path root, std::string project, TreeIndex tree, DetectionResult &result);

    const std::filesystem::path &root() const { return m_root; }
    // The project folder relative to root, "" for root itself.
    const std::string &project() const { return m_project; }
    const TreeIndex &tree() const { return m_tree; }
    DetectionResult &result() { return m_result; }

    // A project-relative name as a root-relative path ("package.json" -> "apps/web/package.json").
    std::string inProject(const std::string &name) const;
    // True when the root-relative path is a regular file (a FIFO or a folder is not).
    bool isFile(const std::string &path) const;
    // A folder with at least one entry, looked at directly (the walk skips folders such as .yarn).
    bool isNonEmptyDirectory(const std::string &path) const;
    // The nearest of `name` from the project folder up to root (workspace lockfiles live at
    // the top), root-relative, or "" when there is none.
    std::string findUp(const std::string &name) const;
    // Root-relative files inside the project (from the walk), in sorted order.
    std::vector<std::string> projectFiles() const;

    // Reads a root-relative file through readBoundedFile; a missing file is nullopt without
    // a warning, an unreadable or oversized one, or a link resolving outside the folder, is
    // nullopt with a warning.
    std::optional<std::string> read(const std::string &path, std::size_t maxBytes = 4 * 1024 * 1024);
    // Parsed files; malformed ones give a warning naming file, line and column.
    std::optional<nlohmann::json> readJson(const std::string &path, bool allowComments = false);
    std::optional<toml::table> readToml(const std::string &path);

    void addEvidence(const std::string &file, const std::string &finding, Confidence confidence,
                     const std::string &about = {});
    void warn(const std::string &text);
    // While quiet, warnings are dropped: detection reads manifests to identify a folder, and
    // only the reads that fill the result report a broken one.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    // Sets a field once: the first (strongest) finding wins; later ones are ignored.
    bool setOnce(std::string &field, const std::string &value, const std::string &file,
                 const std::string &finding, Confidence confidence);
    void setPort(int port, const std::string &file, const std::string &finding, Confidence confidence);

private:
    std::filesystem::path m_root;
    std::filesystem::path m_canonicalRoot; // what every file read must resolve inside
    std::string m_project;
    TreeIndex m_tree;
    DetectionResult &m_result;
    bool m_quiet = false;
};

// The "line L, column C" of a 0-based byte offset in text.
std::string positionOf(const std::string &text, std::size_t offset);

} // namespace stagecraft
