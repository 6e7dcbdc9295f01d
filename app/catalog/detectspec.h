#pragma once

#include "detect/detection.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace stagecraft {

// How a stack (or a language Stagecraft has no stack for) says a project folder is one of
// its own, and which facts to read from it: the "detect" block of a template, or an entry
// of resources/languages.json. The format is documented in the README ("Your own stacks").

// One rule: a file, a named reader and where in the file the value is. Identify rules
// only ask whether it yields something; value rules `set` a field of the scan result.
struct DetectRule
{
    std::string set; // value rules: languageVersion, packageManager, ..., "fact:ID"
    std::vector<std::string> files; // project-relative; the first that exists is read
    bool up = false;                // look from the project folder up to the scanned folder
    std::string reader = "exists";  // exists, text, regex, json, toml, yaml, ini, xml
    std::string key;
    std::string pattern;
    // Compiled once at load time; searched only through searchLine/findInLines.
    std::shared_ptr<const std::regex> regex;
    std::string value; // a fixed result instead of what was read
    bool all = false;  // every match, joined with `separator`
    std::string separator = ", ";
    bool sorted = false; // with all: the matches in byte order, so the file's order does not matter
    std::string ifFile;     // counts only when this file exists too ...
    std::string unlessFile; // ... and this one does not
    std::string ifFact;     // value rules: counts only when an earlier rule set fact:ID ...
    std::string unlessFact; // ... and did not set this one
    // Refusal rules: the option values that, set by the user, answer the refusal (the
    // template can fit once they are given), e.g. {"springBoot": "false"}.
    std::map<std::string, std::string> answeredBy;
    std::string reduce; // "", majorMinor, major, node, java, dotnet, bun
    Confidence confidence = Confidence::Certain;
    // Evidence text with {value} and {file}; an explicit "" adds no evidence line (an
    // analyser reports it); absent: a default naming the file and value.
    std::optional<std::string> finding;
};

// A base the configuration moves off when a fact holds (cgo needs libc).
struct BaseFallback
{
    std::string fact;
    std::string equals;
    std::vector<std::string> from;
    std::string to;
    std::string because;
};

// Which detected facts pre-fill which configuration fields and template options.
struct DetectPrefill
{
    bool useStartCommand = false; // the project's start command replaces the template's ...
    std::string startPrefix;      // ... when it starts with this ("" = always)
    std::map<std::string, std::string> options; // template option id -> fact id
    std::string startFileOption; // the option that takes the file the start command runs, or ""
    std::vector<BaseFallback> baseFallbacks;
    // A named fitter for what data cannot map (Node start scripts, lockfiles, Next.js
    // output): nodeServer, bunServer, nextjs, staticSite; "" for none.
    std::string fit;
};

struct DetectSpec
{
    std::string language;
    std::string languageName; // "Rust", for the no-stack sentence; defaults to language
    int precedence = 0;       // the highest identified entry wins
    std::vector<DetectRule> identify;
    std::vector<DetectRule> values;
    std::string analyser; // a named deep analysis in app/detect, or ""
    std::string alsoHere; // identified but not chosen: a warning with this hint
    DetectPrefill prefill;
};

// The names "analyser" may take, and the readers and reductions a rule may name.
const std::vector<std::string> &knownAnalysers();
const std::vector<std::string> &knownDetectReaders();
const std::vector<std::string> &knownReductions();
const std::vector<std::string> &knownFitters();

struct DetectParseError
{
    std::string pointer; // below the block's own pointer, e.g. "/detect/values/2/reader"
    std::string message;
};

// Reads a "detect" block strictly. `pointer` is where the block is ("/detect"); with
// `options` and `bases` (a stack's), prefill option ids and base ids are checked against
// them. Returns the spec or the first error.
struct DetectParseResult
{
    DetectSpec spec;
    std::optional<DetectParseError> error;
};
DetectParseResult parseDetectSpec(const nlohmann::json &json, const std::string &pointer,
                                  const std::vector<std::string> *optionIds, const std::vector<std::string> *baseIds);

} // namespace stagecraft
