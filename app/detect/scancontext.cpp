#include "detect/scancontext.h"

#include "common/printable.h"
#include "common/translated.h"
#include "io/boundedfile.h"

#include <algorithm>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace stagecraft {

namespace {

bool isInside(const fs::path &path, const fs::path &folder)
{
    const auto [end, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return end == folder.end();
}

// Deeper than any real manifest goes; toml++ recurses once per level of nesting and once
// per part of a dotted key, so a hostile file could otherwise overflow the stack.
constexpr int maxTomlDepth = 64;

// The deepest nesting of arrays and inline tables, or the most parts of one dotted key,
// in TOML text: an over-estimate (dots in numbers count too), never an under-estimate.
// Strings and comments are skipped, since brackets and dots in them mean nothing.
int tomlDepth(const std::string &text)
{
    int deepest = 0, nesting = 0, keyParts = 1;
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '#') {
            while (i < n && text[i] != '\n')
                ++i;
            keyParts = 1;
        } else if ((c == '"' || c == '\'') && text.compare(i, 3, std::string(3, c)) == 0) {
            const auto close = text.find(std::string(3, c), i + 3);
            i = close == std::string::npos ? n : close + 2;
        } else if (c == '"' || c == '\'') {
            for (++i; i < n && text[i] != c && text[i] != '\n'; ++i) {
                if (c == '"' && text[i] == '\\')
                    ++i;
            }
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++nesting);
            keyParts = 1;
        } else if (c == ']' || c == '}') {
            nesting = std::max(0, nesting - 1);
        } else if (c == '.') {
            deepest = std::max(deepest, ++keyParts);
        } else if (c == '=' || c == ',' || c == '\n') {
            keyParts = 1;
        }
    }
    return deepest;
}

// The 1-based line and column of a 0-based byte offset in text.
std::pair<std::size_t, std::size_t> lineAndColumn(const std::string &text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

ScanContext::ScanContext(fs::path root, std::string project, TreeIndex tree, DetectionResult &result)
    : m_root(std::move(root)), m_project(std::move(project)), m_tree(std::move(tree)), m_result(result)
{
    std::error_code ec;
    m_canonicalRoot = fs::canonical(m_root, ec);
}

std::string ScanContext::inProject(const std::string &name) const
{
    return m_project.empty() ? name : m_project + '/' + name;
}

bool ScanContext::isFile(const std::string &path) const
{
    std::error_code ec;
    return fs::is_regular_file(m_root / path, ec);
}

bool ScanContext::isNonEmptyDirectory(const std::string &path) const
{
    std::error_code ec;
    if (!fs::is_directory(m_root / path, ec) || fs::is_symlink(m_root / path, ec))
        return false;
    const fs::directory_iterator first(m_root / path, fs::directory_options::skip_permission_denied, ec);
    return !ec && first != fs::directory_iterator();
}

std::string ScanContext::findUp(const std::string &name) const
{
    std::string dir = m_project;
    for (;;) {
        const std::string candidate = dir.empty() ? name : dir + '/' + name;
        if (isFile(candidate))
            return candidate;
        if (dir.empty())
            return {};
        const auto slash = dir.rfind('/');
        dir = slash == std::string::npos ? std::string() : dir.substr(0, slash);
    }
}

std::vector<std::string> ScanContext::projectFiles() const
{
    if (m_project.empty())
        return m_tree.files;
    const std::string prefix = m_project + '/';
    std::vector<std::string> files;
    for (const auto &file : m_tree.files) {
        if (file.rfind(prefix, 0) == 0)
            files.push_back(file);
    }
    return files;
}

std::optional<std::string> ScanContext::read(const std::string &path, std::size_t maxBytes)
{
    std::error_code ec;
    // A cloned repository can hold `.nvmrc -> /etc/os-release`: what a link resolves to
    // must still be inside the folder, or the scan would print other people's files.
    const fs::path resolved = fs::canonical(m_root / path, ec);
    if (ec) {
        if (ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
            warn(withArgs(coreText("scan", "%1: cannot read (%2); ignored"), {path, ec.message()}));
        return std::nullopt;
    }
    if (!isInside(resolved, m_canonicalRoot)) {
        warn(withArgs(coreText("scan", "%1: a link to outside the folder; ignored"), {path}));
        return std::nullopt;
    }
    auto text = readBoundedFile(resolved.string(), {.maxBytes = maxBytes, .missingIsSilent = true});
    if (!text) {
        // The reader names the file by the path it was given; the scan names it by its path
        // in the folder.
        std::string reason = text.error();
        if (reason.rfind(resolved.string(), 0) == 0)
            reason = path + reason.substr(resolved.string().size());
        if (!reason.empty())
            warn(withArgs(coreText("scan", "%1; ignored"), {reason}));
        return std::nullopt;
    }
    return std::move(text).value();
}

std::string positionOf(const std::string &text, std::size_t offset)
{
    const auto [line, column] = lineAndColumn(text, offset);
    return withArgs(coreText("scan", "line %1, column %2"), {std::to_string(line), std::to_string(column)});
}

std::optional<nlohmann::json> ScanContext::readJson(const std::string &path, bool allowComments)
{
    const auto text = read(path);
    if (!text)
        return std::nullopt;
    try {
        return nlohmann::json::parse(*text, nullptr, true, allowComments);
    } catch (const nlohmann::json::parse_error &error) {
        // error.byte is 1-based and points just past the offending character.
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        std::string detail = error.what();
        if (const auto colon = detail.rfind(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        const auto [line, column] = lineAndColumn(*text, offset);
        warn(withArgs(coreText("scan", "%1: malformed JSON at line %2, column %3 (%4); ignored"),
                      {path, std::to_string(line), std::to_string(column), detail}));
    } catch (const std::exception &error) {
        warn(withArgs(coreText("scan", "%1: malformed JSON (%2); ignored"), {path, error.what()}));
    }
    return std::nullopt;
}

std::optional<toml::table> ScanContext::readToml(const std::string &path)
{
    const auto text = read(path);
    if (!text)
        return std::nullopt;
    if (tomlDepth(*text) > maxTomlDepth) {
        warn(withArgs(coreText("scan", "%1: nested deeper than %2 levels; ignored"), {path, std::to_string(maxTomlDepth)}));
        return std::nullopt;
    }
#if TOML_EXCEPTIONS
    try {
        return toml::parse(*text, path);
    } catch (const toml::parse_error &error) {
        warn(withArgs(coreText("scan", "%1: malformed TOML at line %2, column %3 (%4); ignored"),
                      {path, std::to_string(error.source().begin.line), std::to_string(error.source().begin.column),
                       error.description()}));
    }
    return std::nullopt;
#else
    toml::parse_result parsed = toml::parse(*text, path);
    if (!parsed) {
        const auto &error = parsed.error();
        warn(withArgs(coreText("scan", "%1: malformed TOML at line %2, column %3 (%4); ignored"),
                      {path, std::to_string(error.source().begin.line), std::to_string(error.source().begin.column),
                       error.description()}));
        return std::nullopt;
    }
    return std::move(parsed).table();
#endif
}

void ScanContext::addEvidence(const std::string &file, const std::string &finding, Confidence confidence,
                              const std::string &about)
{
    m_result.evidence.push_back({printable(file), printable(finding), confidence, about});
}

void ScanContext::warn(const std::string &rawText)
{
    if (m_quiet)
        return;
    // Warnings quote file names and content: escaped here once, so none can forge a line.
    const std::string text = printable(rawText);
    if (std::find(m_result.warnings.begin(), m_result.warnings.end(), text) == m_result.warnings.end())
        m_result.warnings.push_back(text);
}

bool ScanContext::setOnce(std::string &field, const std::string &value, const std::string &file,
                          const std::string &finding, Confidence confidence)
{
    if (!field.empty() || value.empty())
        return false;
    field = value;
    // The field is one of the result's own members; its address names it.
    const char *about = &field == &m_result.packageManager ? "packageManager"
                      : &field == &m_result.languageVersion ? "languageVersion"
                      : &field == &m_result.buildCommand ? "buildCommand"
                      : &field == &m_result.startCommand ? "startCommand"
                      : &field == &m_result.stack ? "stack" : "";
    addEvidence(file, finding, confidence, about);
    return true;
}

void ScanContext::setPort(int port, const std::string &file, const std::string &finding, Confidence confidence)
{
    if (m_result.port != 0 || port <= 0 || port > 65535)
        return;
    m_result.port = port;
    m_result.portIsGuess = confidence == Confidence::Guess;
    addEvidence(file, finding, confidence, "port");
}

} // namespace stagecraft
