#include "detect/detectors.h"

#include <cctype>

namespace stagecraft {

std::string trimmed(const std::string &text)
{
    std::size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    return text.substr(begin, end - begin);
}

std::string searchLine(const std::string &line, const std::regex &pattern)
{
    if (line.size() > maxSearchedLine)
        return {};
    std::smatch match;
    if (!std::regex_search(line, match, pattern))
        return {};
    return match.size() > 1 ? match[1].str() : match[0].str();
}

std::string findInLines(const std::string &text, const std::regex &pattern)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        // Minified bundles have megabyte lines; copying them only to skip them is waste.
        if (end - start <= maxSearchedLine) {
            const std::string found = searchLine(text.substr(start, end - start), pattern);
            if (!found.empty())
                return found;
        }
        start = end + 1;
    }
    return {};
}

int portInSource(const std::string &text)
{
    static const std::vector<std::regex> patterns = {
        std::regex(R"(process\.env\.PORT\s*(?:\|\||\?\?)\s*['"]?(\d{2,5}))"),
        std::regex(R"(\.listen\(\s*(\d{2,5})\b)"),
        std::regex(R"(\b(?:const|let|var)\s+(?:PORT|port)\s*(?::\s*\w+\s*)?=\s*(\d{2,5})\b)"),
        std::regex(R"(getenv\(\s*['"]PORT['"]\s*,\s*['"]?(\d{2,5}))"),
        std::regex(R"(\bport\s*=\s*(\d{2,5})\b)"),
        std::regex(R"re(ListenAndServe(?:TLS)?\(\s*"[\w.]*:(\d{2,5})")re"),
        std::regex(R"re(\.(?:Run|Listen|Start)\(\s*"[\w.]*:(\d{2,5})")re"),
        std::regex(R"re(\bAddr:\s*"[\w.]*:(\d{2,5})")re"),
        // Bun.serve({ port: 3000, ... }) and `export default { port: 3000, fetch }`.
        std::regex(R"(^\s*port\s*:\s*(\d{2,5})\s*,?\s*$)"),
        std::regex(R"(Bun\.serve\(\s*\{[^}]*\bport\s*:\s*(\d{2,5})\b)"),
    };
    for (const auto &pattern : patterns) {
        const std::string found = findInLines(text, pattern);
        if (!found.empty())
            return std::stoi(found);
    }
    return 0;
}

std::string firstLine(const std::string &text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = trimmed(text.substr(start, end - start));
        if (!line.empty() && line[0] != '#')
            return line;
        start = end + 1;
    }
    return {};
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string fileNameOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace stagecraft
