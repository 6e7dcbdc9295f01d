#include "config/valuerules.h"

#include "common/printable.h"
#include "common/translated.h"

#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace stagecraft {

bool hasControlCharacter(const std::string &text)
{
    // printable() changes exactly the control characters and the bytes that are not UTF-8.
    return !isPrintable(text);
}

std::string singleLineProblem(const std::string &what, const std::string &value)
{
    if (value.size() > MaxValueLength)
        return withArgs(coreText("values", "%1 is longer than %2 characters"), {what, std::to_string(MaxValueLength)});
    if (hasControlCharacter(value))
        return withArgs(coreText("values", "%1 contains a control character or bytes that are not UTF-8 ('%2'); a value must be one line of text"),
                        {what, printable(value.substr(0, 80))});
    return {};
}

std::string contextPathProblem(const std::string &what, const std::string &value)
{
    if (value.rfind('/', 0) == 0)
        return withArgs(coreText("values", "%1 '%2' is absolute; it must be relative to the project folder"), {what, printable(value)});
    // Lexical normalisation: "a/../b" stays inside, "a/../.." climbs out.
    int depth = 0;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t slash = std::min(value.find('/', start), value.size());
        const std::string part = value.substr(start, slash - start);
        if (part == "..") {
            if (--depth < 0)
                return withArgs(coreText("values", "%1 '%2' climbs out of the project folder with '..'"), {what, printable(value)});
        } else if (!part.empty() && part != ".") {
            ++depth;
        }
        start = slash + 1;
    }
    return {};
}

namespace {

// Compiling a pattern, and PCRE2's JIT on its first match, cost far more than a match: a
// handful of option patterns are checked on every load and every generate, so each thread
// keeps them compiled (a bounded set: user templates can bring any number).
const QRegularExpression &compiledWholePattern(const std::string &pattern)
{
    constexpr std::size_t MaxKeptPatterns = 256;
    thread_local std::unordered_map<std::string, QRegularExpression> compiled;
    if (compiled.size() >= MaxKeptPatterns && !compiled.count(pattern))
        compiled.clear();
    const auto [it, added] = compiled.try_emplace(pattern);
    if (added)
        it->second = QRegularExpression(QRegularExpression::anchoredPattern(QString::fromStdString(pattern)));
    return it->second;
}

} // namespace

bool matchesWholePattern(const std::string &pattern, const std::string &value)
{
    if (value.size() > MaxValueLength)
        return false;
    const QRegularExpression &expression = compiledWholePattern(pattern);
    return expression.isValid() && expression.match(QString::fromStdString(value)).hasMatch();
}

std::string wholePatternProblem(const std::string &pattern)
{
    // The pattern as written, not the anchored one matchesWholePattern keeps: wrapped in
    // \A(?:...)\z, "a)|(.*" is valid and matches anything.
    const QRegularExpression expression(QString::fromStdString(pattern));
    return expression.isValid() ? std::string() : expression.errorString().toStdString();
}

Outcome<int> parseWholeNumber(const std::string &what, const std::string &text)
{
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range)
        return Outcome<int>::failure(withArgs(coreText("values", "%1 %2 is out of range"), {what, printable(text)}));
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return Outcome<int>::failure(withArgs(coreText("values", "%1 needs a whole number, not '%2'"), {what, printable(text)}));
    if (value < 0 || value > 2147483647)
        return Outcome<int>::failure(withArgs(coreText("values", "%1 %2 is out of range"), {what, text}));
    return Outcome<int>::success(static_cast<int>(value));
}

} // namespace stagecraft
