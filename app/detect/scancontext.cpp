#include "detect/scancontext.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace fs = std::filesystem;

namespace stagecraft {

ScanContext::ScanContext(fs::path root, std::string project, TreeIndex tree, DetectionResult &result)
    : m_root(std::move(root)), m_project(std::move(project)), m_tree(std::move(tree)), m_result(result)
{
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
    const fs::path full = m_root / path;
    const fs::file_status status = fs::status(full, ec);
    if (ec || !fs::exists(status))
        return std::nullopt;
    // Opening a FIFO would block forever; anything but a regular file is skipped.
    if (!fs::is_regular_file(status)) {
        warn(path + ": not a regular file; ignored");
        return std::nullopt;
    }
    const auto size = fs::file_size(full, ec);
    if (ec) {
        warn(path + ": cannot read (" + ec.message() + "); ignored");
        return std::nullopt;
    }
    if (size > maxBytes) {
        warn(path + ": larger than " + std::to_string(maxBytes / 1024) + " KiB; ignored");
        return std::nullopt;
    }
    std::ifstream in(full, std::ios::binary);
    if (!in) {
        warn(path + ": cannot read; ignored");
        return std::nullopt;
    }
    std::string text(size, '\0');
    in.read(text.data(), std::streamsize(size));
    if (in.bad()) {
        warn(path + ": cannot read; ignored");
        return std::nullopt;
    }
    text.resize(std::size_t(in.gcount()));
    return text;
}

std::string positionOf(const std::string &text, std::size_t offset)
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
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
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
        warn(path + ": malformed JSON at " + positionOf(*text, offset) + " (" + detail + "); ignored");
    } catch (const std::exception &error) {
        warn(path + ": malformed JSON (" + error.what() + "); ignored");
    }
    return std::nullopt;
}

std::optional<toml::table> ScanContext::readToml(const std::string &path)
{
    const auto text = read(path);
    if (!text)
        return std::nullopt;
#if TOML_EXCEPTIONS
    try {
        return toml::parse(*text, path);
    } catch (const toml::parse_error &error) {
        warn(path + ": malformed TOML at line " + std::to_string(error.source().begin.line) + ", column "
             + std::to_string(error.source().begin.column) + " (" + std::string(error.description())
             + "); ignored");
    }
    return std::nullopt;
#else
    toml::parse_result parsed = toml::parse(*text, path);
    if (!parsed) {
        const auto &error = parsed.error();
        warn(path + ": malformed TOML at line " + std::to_string(error.source().begin.line) + ", column "
             + std::to_string(error.source().begin.column) + " (" + std::string(error.description())
             + "); ignored");
        return std::nullopt;
    }
    return std::move(parsed).table();
#endif
}

void ScanContext::addEvidence(const std::string &file, const std::string &finding, Confidence confidence,
                              const std::string &about)
{
    m_result.evidence.push_back({file, finding, confidence, about});
}

void ScanContext::warn(const std::string &text)
{
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
