#include "detect/versions.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace stagecraft {

namespace {

bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The first run of digits at or after `from`, and where it ends.
std::string numberAt(const std::string &text, std::size_t &pos)
{
    while (pos < text.size() && !isDigit(text[pos]))
        ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    return text.substr(start, pos - start);
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

} // namespace

std::string reduceNodeVersion(const std::string &text)
{
    const std::string lower = lowered(text);
    // nvm's LTS code names; "lts/*" names no fixed version.
    static const std::map<std::string, std::string> codenames = {
        {"argon", "4"},   {"boron", "6"},   {"carbon", "8"},    {"dubnium", "10"},
        {"erbium", "12"}, {"fermium", "14"}, {"gallium", "16"}, {"hydrogen", "18"},
        {"iron", "20"},   {"jod", "22"},    {"krypton", "24"},
    };
    if (const auto slash = lower.find("lts/"); slash != std::string::npos) {
        std::string name = lower.substr(slash + 4);
        name.erase(std::find_if(name.begin(), name.end(), [](unsigned char c) { return std::isspace(c); }), name.end());
        const auto found = codenames.find(name);
        return found == codenames.end() ? std::string() : found->second;
    }
    std::size_t pos = 0;
    std::string major = numberAt(lower, pos);
    // "0.12" style majors are not a Node anyone builds images for; keep them anyway so
    // the caller can say the version is unsupported.
    major.erase(0, std::min(major.find_first_not_of('0'), major.size() - 1));
    return major;
}

std::string reduceMajorMinor(const std::string &text)
{
    std::size_t pos = 0;
    const std::string major = numberAt(text, pos);
    if (major.empty())
        return {};
    if (pos < text.size() && text[pos] == '.' && pos + 1 < text.size() && isDigit(text[pos + 1])) {
        ++pos;
        return major + '.' + numberAt(text, pos);
    }
    return major;
}

std::string reduceJavaVersion(const std::string &text)
{
    std::string normal = text;
    std::replace(normal.begin(), normal.end(), '_', '.'); // VERSION_1_8 -> VERSION.1.8
    std::size_t pos = 0;
    const std::string major = numberAt(normal, pos);
    if (major == "1" && pos + 1 < normal.size() && normal[pos] == '.') {
        ++pos;
        return numberAt(normal, pos); // 1.8 is Java 8
    }
    return major;
}

std::string reduceDotnetVersion(const std::string &text)
{
    const std::string lower = lowered(text);
    std::string tfm = lower;
    if (tfm.rfind("netcoreapp", 0) == 0)
        tfm = tfm.substr(10);
    else if (tfm.rfind("net", 0) == 0)
        tfm = tfm.substr(3);
    else
        return {};
    // "net48" (no dot) is .NET Framework, which has no Linux images; netstandard is a
    // library target, never an application.
    if (tfm.empty() || !isDigit(tfm[0]) || tfm.find('.') == std::string::npos)
        return {};
    return reduceMajorMinor(tfm);
}

} // namespace stagecraft
