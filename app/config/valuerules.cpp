#include "config/valuerules.h"

#include "common/printable.h"

#include <QRegularExpression>

#include <algorithm>
#include <charconv>

namespace stagecraft {

bool hasControlCharacter(const std::string &text)
{
    // printable() changes exactly the control characters and the bytes that are not UTF-8.
    return !isPrintable(text);
}

std::string singleLineProblem(const std::string &what, const std::string &value)
{
    if (value.size() > MaxValueLength)
        return what + " is longer than " + std::to_string(MaxValueLength) + " characters";
    if (hasControlCharacter(value))
        return what + " contains a control character or bytes that are not UTF-8 ('" + printable(value.substr(0, 80))
               + "'); a value must be one line of text";
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

bool matchesWholePattern(const std::string &pattern, const std::string &value)
{
    if (value.size() > MaxValueLength)
        return false;
    const QRegularExpression expression(QRegularExpression::anchoredPattern(QString::fromStdString(pattern)));
    return expression.isValid() && expression.match(QString::fromStdString(value)).hasMatch();
}

Outcome<int> parseWholeNumber(const std::string &what, const std::string &text)
{
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        return Outcome<int>::failure(what + " " + printable(text) + " is out of range");
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return Outcome<int>::failure(what + " needs a whole number, not '" + printable(text) + "'");
    if (value < 0 || value > 2147483647)
        return Outcome<int>::failure(what + " " + text + " is out of range");
    return Outcome<int>::success(static_cast<int>(value));
}

} // namespace stagecraft
