#include "config/startcommand.h"

#include "common/translated.h"
#include "config/valuerules.h"

#include <nlohmann/json.hpp>

namespace stagecraft {

Outcome<std::vector<std::string>> splitStartCommand(const std::string &command)
{
    using Result = Outcome<std::vector<std::string>>;
    // Exec form is a JSON array: every word must be text that JSON can hold, on one line.
    if (hasControlCharacter(command))
        return Result::failure(coreText("values", "the start command must be one line of text (no control characters, UTF-8 only)"));
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    char quote = 0;
    for (std::size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (quote == '\'') {
            if (c == '\'')
                quote = 0;
            else
                word += c;
            continue;
        }
        if (quote == '"') {
            if (c == '"') {
                quote = 0;
            } else if (c == '\\' && i + 1 < command.size() && std::string("\"\\").find(command[i + 1]) != std::string::npos) {
                word += command[++i];
            } else if (c == '$' || c == '`') {
                return Result::failure(
                    withArgs(coreText("values", "the start command uses shell expansion ('%1'), which exec form does not perform; write the value itself"),
                             {std::string(1, c)}));
            } else {
                word += c;
            }
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (inWord) {
                words.push_back(word);
                word.clear();
                inWord = false;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            inWord = true;
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= command.size())
                return Result::failure(coreText("values", "the start command ends with a lone backslash"));
            word += command[++i];
            inWord = true;
            continue;
        }
        if (std::string("|&;<>()`$*?[]{}~#").find(c) != std::string::npos)
            return Result::failure(withArgs(
                coreText("values",
                         "the start command contains '%1', which only a shell understands; exec form runs the program directly (wrap the logic in a script, or quote the character)"),
                {std::string(1, c)}));
        word += c;
        inWord = true;
    }
    if (quote)
        return Result::failure(coreText("values", "the start command has an unclosed quote"));
    if (inWord)
        words.push_back(word);
    if (words.empty())
        return Result::failure(coreText("values", "the start command is empty"));
    return Result::success(std::move(words));
}

std::string execForm(const std::vector<std::string> &argv)
{
    std::string out = "[";
    for (std::size_t i = 0; i < argv.size(); ++i) {
        if (i > 0)
            out += ", ";
        // Never throws: splitStartCommand admits only UTF-8; anything else is replaced.
        out += nlohmann::json(argv[i]).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return out + "]";
}

} // namespace stagecraft
