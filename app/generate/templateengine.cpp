#include "generate/templateengine.h"

#include "common/translated.h"

#include <algorithm>
#include <string_view>

namespace stagecraft {

namespace {

bool isNameStart(char c) { return c >= 'a' && c <= 'z'; }
bool isNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

constexpr int MaxVariableNesting = 8;

class Substitution
{
public:
    Substitution(const Scope &scope, std::size_t &budget) : m_scope(scope), m_budget(budget) {}

    const std::string &error() const { return m_error; }

    // Appends `text` to `out` with its variables replaced; false (with error()) on failure.
    bool expandInto(std::string &out, const std::string &text, int depth)
    {
        if (depth > MaxVariableNesting)
            return fail(coreText("generate", "variables refer to each other in a loop"));
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '$' && i + 2 < text.size() && text[i + 1] == '{' && isNameStart(text[i + 2])) {
                std::size_t end = i + 2;
                while (end < text.size() && isNameChar(text[end]))
                    ++end;
                if (end < text.size() && text[end] == '}') {
                    const std::string name = text.substr(i + 2, end - i - 2);
                    const auto it = m_scope.find(name);
                    if (it == m_scope.end())
                        return fail(withArgs(coreText("generate", "unknown variable '${%1}'"), {name}));
                    const bool done = it->second.isTemplateText ? expandInto(out, it->second.text, depth + 1)
                                                                : append(out, it->second.text);
                    if (!done)
                        return false;
                    i = end;
                    continue;
                }
            }
            if (!append(out, std::string_view(&text[i], 1)))
                return false;
        }
        return true;
    }

private:
    bool append(std::string &out, std::string_view piece)
    {
        if (piece.size() > m_budget)
            return fail(coreText("generate", "the expanded Dockerfile would be larger than 1 MiB (variables expand to too much text)"));
        m_budget -= piece.size();
        out += piece;
        return true;
    }

    bool fail(std::string message)
    {
        m_error = std::move(message);
        return false;
    }

    const Scope &m_scope;
    std::size_t &m_budget;
    std::string m_error;
};

} // namespace

bool conditionHolds(const Condition &condition, const Facts &facts)
{
    for (const auto &[key, accepted] : condition) {
        const auto it = facts.find(key);
        const std::string actual = it == facts.end() ? std::string() : it->second;
        if (std::find(accepted.begin(), accepted.end(), actual) == accepted.end())
            return false;
    }
    return true;
}

bool included(const Condition &when, const Condition &unless, const Facts &facts)
{
    return conditionHolds(when, facts) && (unless.empty() || !conditionHolds(unless, facts));
}

Outcome<std::string> substitute(const std::string &text, const Scope &scope, std::size_t &budget)
{
    Substitution substitution(scope, budget);
    std::string out;
    if (!substitution.expandInto(out, text, 0))
        return Outcome<std::string>::failure(substitution.error());
    return Outcome<std::string>::success(std::move(out));
}

} // namespace stagecraft
