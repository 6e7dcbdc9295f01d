#pragma once

#include <map>
#include <string>
#include <vector>

namespace stagecraft {

// One Dockerfile instruction as BuildKit's parser sees it: continuation lines joined,
// comments and heredoc bodies left out, flags split from the arguments.
struct ParsedInstruction
{
    int line = 0;                  // 1-based line where it starts
    std::string keyword;           // upper case: "COPY"
    std::string firstLine;         // its first line, trimmed and shortened, for messages
    std::map<std::string, std::vector<std::string>> flags; // "--from=build" -> flags["from"] = {"build"}
    std::vector<std::string> words; // the arguments: the JSON array, or the shell-form words
    std::string text;              // the arguments after the flags as written (shell form)
    bool execForm = false;         // the arguments were a JSON array
    int heredocs = 0;              // `<<EOF` bodies that followed (their text is not kept)
};

struct ParsedDockerfile
{
    std::vector<ParsedInstruction> instructions;
    struct Problem
    {
        int line = 0;
        std::string message;
    };
    std::vector<Problem> problems; // what could not be read (bounds hit, heredoc without end)
};

// Untrusted input: bounded in every dimension; never throws.
struct ParseLimits
{
    std::size_t maxBytes = 1024 * 1024;
    std::size_t maxLines = 200000;
    std::size_t maxInstructions = 10000;
    std::size_t maxWords = 4096;   // per instruction
};

ParsedDockerfile parseDockerfile(const std::string &text, const ParseLimits &limits = {});

// Splits shell-form text into words the way the Dockerfile parser does for COPY/ADD:
// whitespace separated, quotes kept together (and removed).
std::vector<std::string> shellWords(const std::string &text, std::size_t maxWords);

// $VAR, ${VAR}, ${VAR:-default} and ${VAR:+alt} with the values known so far, as ARG and
// ENV substitution works. `resolved` turns false when a variable has no known value.
std::string expandVariables(const std::string &text, const std::map<std::string, std::string> &values, bool &resolved);

} // namespace stagecraft
