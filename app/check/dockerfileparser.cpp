#include "check/dockerfileparser.h"

#include "common/translated.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace stagecraft {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::string trim(const std::string &text)
{
    std::size_t begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::string upper(std::string text)
{
    for (char &c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::vector<std::string> splitLines(const std::string &text, std::size_t maxLines, bool &truncated)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        if (lines.size() >= maxLines) {
            truncated = true;
            break;
        }
        const std::size_t end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

// "# escape=`" at the top of the file; other directives (syntax, check) change nothing here.
char readDirectives(const std::vector<std::string> &lines, std::size_t &next)
{
    char escape = '\\';
    while (next < lines.size()) {
        const std::string line = trim(lines[next]);
        if (line.empty() || line[0] != '#')
            break;
        const std::string body = trim(line.substr(1));
        const auto equals = body.find('=');
        if (equals == std::string::npos)
            break;
        const std::string key = upper(trim(body.substr(0, equals)));
        if (key.empty() || key.find_first_of(" \t") != std::string::npos)
            break;
        const std::string value = trim(body.substr(equals + 1));
        if (key == "ESCAPE" && (value == "`" || value == "\\"))
            escape = value[0];
        ++next;
    }
    return escape;
}

// The heredoc words in `text` ("<<EOF", "<<-'EOF'"): each body follows the instruction.
struct Heredoc
{
    std::string word;
    bool stripTabs = false;
};

std::vector<Heredoc> heredocsIn(const std::string &text)
{
    std::vector<Heredoc> found;
    std::size_t at = 0;
    while ((at = text.find("<<", at)) != std::string::npos && found.size() < 64) {
        std::size_t i = at + 2;
        Heredoc heredoc;
        if (i < text.size() && text[i] == '-') {
            heredoc.stripTabs = true;
            ++i;
        }
        char quote = 0;
        if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
            quote = text[i];
            ++i;
        }
        const std::size_t wordStart = i;
        while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
            ++i;
        if (i > wordStart && (!quote || (i < text.size() && text[i] == quote))) {
            heredoc.word = text.substr(wordStart, i - wordStart);
            found.push_back(heredoc);
        }
        at = i > at + 2 ? i : at + 2;
    }
    return found;
}

} // namespace

std::vector<std::string> shellWords(const std::string &text, std::size_t maxWords)
{
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    char quote = 0;
    for (std::size_t i = 0; i < text.size() && words.size() < maxWords; ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else
                word += c;
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            inWord = true;
        } else if (isSpace(c)) {
            if (inWord)
                words.push_back(std::move(word));
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord && words.size() < maxWords)
        words.push_back(std::move(word));
    return words;
}

ParsedDockerfile parseDockerfile(const std::string &text, const ParseLimits &limits)
{
    ParsedDockerfile parsed;
    if (text.size() > limits.maxBytes) {
        parsed.problems.push_back({0, withArgs(coreText("check", "the Dockerfile is larger than %1 KiB; it was not read"),
                                               {std::to_string(limits.maxBytes / 1024)})});
        return parsed;
    }
    bool truncated = false;
    const std::vector<std::string> lines = splitLines(text, limits.maxLines, truncated);
    if (truncated)
        parsed.problems.push_back({0, withArgs(coreText("check", "the Dockerfile has more than %1 lines; only those were read"),
                                               {std::to_string(limits.maxLines)})});
    std::size_t next = 0;
    const char escape = readDirectives(lines, next);
    while (next < lines.size()) {
        const std::string first = trim(lines[next]);
        if (first.empty() || first[0] == '#') {
            ++next;
            continue;
        }
        if (parsed.instructions.size() >= limits.maxInstructions) {
            parsed.problems.push_back({static_cast<int>(next + 1),
                                       withArgs(coreText("check", "more than %1 instructions; the rest was not read"),
                                                {std::to_string(limits.maxInstructions)})});
            break;
        }
        ParsedInstruction instruction;
        instruction.line = static_cast<int>(next + 1);
        instruction.firstLine = first.substr(0, 100);
        std::string logical;
        while (next < lines.size()) {
            std::string line = lines[next++];
            while (!line.empty() && isSpace(line.back()))
                line.pop_back();
            if (line.empty() || line.back() != escape) {
                logical += line;
                break;
            }
            line.pop_back();
            logical += line;
            // Comment and empty lines inside a continuation are dropped, as BuildKit does.
            while (next < lines.size()) {
                const std::string peek = trim(lines[next]);
                if (!peek.empty() && peek[0] != '#')
                    break;
                ++next;
            }
        }
        logical = trim(logical);
        const auto space = std::find_if(logical.begin(), logical.end(), isSpace) - logical.begin();
        instruction.keyword = upper(logical.substr(0, static_cast<std::size_t>(space)));
        std::string rest = trim(logical.substr(static_cast<std::size_t>(space)));
        if (instruction.keyword == "RUN" || instruction.keyword == "COPY" || instruction.keyword == "ADD") {
            for (const Heredoc &heredoc : heredocsIn(rest)) {
                ++instruction.heredocs;
                bool ended = false;
                while (next < lines.size() && !ended) {
                    std::string body = lines[next++];
                    if (heredoc.stripTabs)
                        body.erase(0, body.find_first_not_of('\t') == std::string::npos ? body.size()
                                                                                          : body.find_first_not_of('\t'));
                    ended = body == heredoc.word;
                }
                if (!ended) {
                    parsed.problems.push_back({instruction.line, withArgs(coreText("check", "the heredoc <<%1 never ends"),
                                                                          {heredoc.word})});
                    break;
                }
            }
        }
        while (rest.rfind("--", 0) == 0) {
            const std::size_t end = static_cast<std::size_t>(std::find_if(rest.begin(), rest.end(), isSpace) - rest.begin());
            const std::string flag = rest.substr(2, end - 2);
            const auto equals = flag.find('=');
            instruction.flags[flag.substr(0, equals)].push_back(equals == std::string::npos ? std::string()
                                                                                            : flag.substr(equals + 1));
            rest = trim(rest.substr(end));
        }
        instruction.text = rest;
        if (!rest.empty() && rest.front() == '[') {
            const nlohmann::json array = nlohmann::json::parse(rest, nullptr, false);
            if (array.is_array() && std::all_of(array.begin(), array.end(), [](const auto &v) { return v.is_string(); })) {
                instruction.execForm = true;
                for (const auto &value : array) {
                    if (instruction.words.size() >= limits.maxWords)
                        break;
                    instruction.words.push_back(value.template get<std::string>());
                }
            }
        }
        if (!instruction.execForm)
            instruction.words = shellWords(rest, limits.maxWords);
        parsed.instructions.push_back(std::move(instruction));
    }
    return parsed;
}

std::string expandVariables(const std::string &text, const std::map<std::string, std::string> &env, bool &resolved)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '$' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        std::string name, fallback;
        char op = 0;
        std::size_t end = i + 1;
        if (text[end] == '{') {
            const auto close = text.find('}', end);
            if (close == std::string::npos) {
                out += text.substr(i);
                resolved = false;
                break;
            }
            std::string inner = text.substr(end + 1, close - end - 1);
            const auto colon = inner.find(':');
            if (colon != std::string::npos && colon + 1 < inner.size() && (inner[colon + 1] == '-' || inner[colon + 1] == '+')) {
                op = inner[colon + 1];
                fallback = inner.substr(colon + 2);
                inner.erase(colon);
            }
            name = inner;
            end = close + 1;
        } else {
            while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
                ++end;
            name = text.substr(i + 1, end - i - 1);
            if (name.empty()) {
                out += '$';
                continue;
            }
        }
        const auto it = env.find(name);
        if (op == '-')
            out += it != env.end() && !it->second.empty() ? it->second : fallback;
        else if (op == '+')
            out += it != env.end() && !it->second.empty() ? fallback : std::string();
        else if (it != env.end())
            out += it->second;
        else
            resolved = false;
        i = end - 1;
    }
    return out;
}

} // namespace stagecraft
