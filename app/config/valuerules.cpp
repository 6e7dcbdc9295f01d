#include "config/valuerules.h"

#include "common/printable.h"

#include <algorithm>

namespace stagecraft {

namespace {

bool isControl(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

} // namespace

bool hasControlCharacter(const std::string &text)
{
    return std::any_of(text.begin(), text.end(), isControl);
}

std::string singleLineProblem(const std::string &what, const std::string &value)
{
    if (value.size() > MaxValueLength)
        return what + " is longer than " + std::to_string(MaxValueLength) + " characters";
    const auto control = std::find_if(value.begin(), value.end(), isControl);
    if (control != value.end())
        return what + " contains a control character (" + printable(std::string(1, *control))
               + "); a value must stay on one line";
    return {};
}

std::string contextPathProblem(const std::string &what, const std::string &value)
{
    if (value.rfind('/', 0) == 0)
        return what + " '" + printable(value) + "' is absolute; it must be relative to the project folder";
    // Lexical normalisation: "a/../b" stays inside, "a/../.." climbs out.
    int depth = 0;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t slash = std::min(value.find('/', start), value.size());
        const std::string part = value.substr(start, slash - start);
        if (part == "..") {
            if (--depth < 0)
                return what + " '" + printable(value) + "' climbs out of the project folder with '..'";
        } else if (!part.empty() && part != ".") {
            ++depth;
        }
        start = slash + 1;
    }
    return {};
}

} // namespace stagecraft
