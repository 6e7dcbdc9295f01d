#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace stagecraft {

// A data-level condition: every key must match (packageManager, languageVersion, base,
// nonRoot, cacheMounts, healthcheck, labels, or a stack option id). A list value
// matches any of its entries.
using Condition = std::map<std::string, std::vector<std::string>>;

using Variables = std::map<std::string, std::string>;

struct MountTemplate
{
    std::map<std::string, std::string> fields; // type, source, target, id, sharing, from, ...
    Condition when;
    Condition unless;
};

struct InstructionTemplate
{
    std::string keyword;
    std::vector<std::pair<std::string, Condition>> flags; // flag text and its condition
    std::vector<MountTemplate> mounts;
    std::vector<std::string> argumentLines;
    std::vector<std::string> exec; // JSON-array form, appended after argumentLines (e.g. HEALTHCHECK CMD [...])
    std::string explanation;
    std::string holds;
    Condition when;
    Condition unless;
};

struct StageTemplate
{
    std::string name;
    std::string from;
    std::string platform;
    std::string explanation;
    Condition when;
    Condition unless;
    std::vector<InstructionTemplate> instructions;
};

struct Choice
{
    std::string id;
    std::string name;        // shown to the user
    std::string description; // one sentence: what this choice trades
    std::string unsupported; // non-empty: the stack cannot use this choice, and why
    Variables vars;
    std::map<std::string, std::string> programPaths; // start program -> absolute path in this base
};

struct StackOption
{
    std::string id;
    std::string label;
    std::string help;
    std::string defaultValue;
    std::string pattern; // a regular expression (PCRE2) the value must match in full
    // "kind" in the template: "text"; "path", relative to the build context and never
    // leaving it; or "toggle", exactly "true" or "false" (a fact such as "the project has
    // a go.sum", shown as a check box).
    enum class Kind { Text, Path, Toggle };
    Kind kind = Kind::Text;
    bool isPath() const { return kind == Kind::Path; }
    bool isToggle() const { return kind == Kind::Toggle; }
};

struct DockerignoreLine
{
    std::string line;
    Condition when;
    Condition unless;
};

struct StackDefaults
{
    std::string packageManager;
    std::string languageVersion;
    std::string base;
    int port = 8080;
    std::string startCommand;
};

// One stack as its template file describes it. Plain data; the generator interprets it.
struct StackDefinition
{
    std::string id;
    std::string name;
    std::string description;
    // The template starts a server of its own (the static stack's web server) with its
    // default command and port, so a project scan never has to find them.
    bool startsOwnServer = false;
    std::string sourceFile; // where it was loaded from, for messages
    std::vector<Choice> languageVersions;
    std::vector<Choice> packageManagers;
    std::vector<Choice> bases;
    std::vector<StackOption> options;
    StackDefaults defaults;
    Variables vars;
    std::vector<StageTemplate> stages;
    std::vector<StageTemplate> singleStage;
    std::vector<DockerignoreLine> dockerignore;

    const Choice *languageVersion(const std::string &choiceId) const;
    const Choice *packageManager(const std::string &choiceId) const;
    const Choice *base(const std::string &choiceId) const;
    const StackOption *option(const std::string &choiceId) const;
};

// Every base flavour the product knows, in the order the UI offers them.
const std::vector<std::string> &knownBases();

} // namespace stagecraft
