#include "generate/templateengine.h"

#include <algorithm>

namespace stagecraft {

namespace {

bool isNameStart(char c) { return c >= 'a' && c <= 'z'; }
bool isNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

Outcome<std::string> substituteAtDepth(const std::string &text, const Variables &variables, int depth)
{
    if (depth > 8)
        return Outcome<std::string>::failure("variables refer to each other in a loop");
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '$' && i + 2 < text.size() && text[i + 1] == '{' && isNameStart(text[i + 2])) {
            std::size_t end = i + 2;
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            if (end < text.size() && text[end] == '}') {
                const std::string name = text.substr(i + 2, end - i - 2);
                const auto it = variables.find(name);
                if (it == variables.end())
                    return Outcome<std::string>::failure("unknown variable '${" + name + "}'");
                Outcome<std::string> value = substituteAtDepth(it->second, variables, depth + 1);
                if (!value)
                    return value;
                out += value.value();
                i = end;
                continue;
            }
        }
        out += text[i];
    }
    return Outcome<std::string>::success(std::move(out));
}

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

Outcome<std::string> substitute(const std::string &text, const Variables &variables)
{
    return substituteAtDepth(text, variables, 0);
}

} // namespace stagecraft
