#pragma once

#include "catalog/detectspec.h"
#include "estimate/stackfolder.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// A data-level condition: every key must match (packageManager, languageVersion, base,
// nonRoot, cacheMounts, healthcheck, labels, a stack option id or a fact of a choice). A list
// value matches any of its entries. The loader checks every value against what the key can be.
using Condition = std::map<std::string, std::vector<std::string>>;

using Variables = std::map<std::string, std::string>;

// A line of text that is there only when its conditions hold: a continuation line of an
// instruction's arguments, or a .dockerignore line.
struct ConditionalLine
{
    std::string line;
    Condition when;
    Condition unless;
};

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
    std::vector<ConditionalLine> argumentLines;
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
    // Capabilities conditions can test by name, e.g. bundlesYarn on a Node.js version: "true"
    // or "false", or a word. Every choice of a list has every fact the list declares (the
    // loader fills a missing boolean with "false" and a missing word with "").
    std::map<std::string, std::string> facts;
    std::map<std::string, std::string> programPaths; // start program -> absolute path in this base
    // Bases only. The base runs as this built-in user whatever is chosen (distroless
    // :nonroot is 65532); 0 when the user is the wizard's choice.
    int fixedUser = 0;
    std::string healthcheckUnavailable; // non-empty: the base cannot probe the app, and why
    std::map<std::string, std::string> unavailableOptions; // option id -> why this base cannot honour a value other than the default
    // Language versions and package managers only: base id -> why this choice rules it out.
    std::map<std::string, std::string> unavailableBases;
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
    // A toggle only: switched on, it leaves the image nothing to probe the app with (deno
    // compile ships no deno), and this says why; a healthcheck is then refused.
    std::string healthcheckUnavailable;
    // A toggle only: switched on, the image starts something else (a compiled executable),
    // and this says why the start command has no effect.
    std::string startCommandUnused;
    // A toggle only: "true"/"false" -> the start command the image must run with that value
    // (Next.js: standalone output starts server.js, without it next start); the user's start
    // command is then not used.
    std::map<std::string, std::string> startCommands;
    bool isPath() const { return kind == Kind::Path; }
    bool isToggle() const { return kind == Kind::Toggle; }
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
    // User and group ids the stack's images already hold (the node images' node user is 1000),
    // and who holds them: creating a user with one of them fails the build.
    std::vector<int> reservedIds;
    std::string reservedIdsOwner;
    Variables vars;
    std::vector<StageTemplate> stages;
    std::vector<StageTemplate> singleStage;
    std::vector<ConditionalLine> dockerignore;
    // How a project scan recognises this stack and what it reads (the "detect" block);
    // without one, the scan never picks the stack.
    std::optional<DetectSpec> detect;
    // Folders the stack's build leaves in a project, measured to price its layers (the
    // "measure" block).
    std::vector<StackFolder> measuredFolders;

    const Choice *languageVersion(const std::string &choiceId) const;
    const Choice *packageManager(const std::string &choiceId) const;
    const Choice *base(const std::string &choiceId) const;
    const StackOption *option(const std::string &choiceId) const;
};

// Every base flavour the product knows, in the order the UI offers them.
const std::vector<std::string> &knownBases();

} // namespace stagecraft
