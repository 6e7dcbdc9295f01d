// Strict reading of a "detect" block (catalog/detectspec.h): every key, reader, pattern,
// confidence, option and base is checked when the template loads, so a typo is an error
// with a JSON pointer instead of a stack no scan ever picks.
#include "catalog/detectspec.h"
#include "catalog/strictobject.h"
#include "common/translated.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace stagecraft {

namespace {

// A pattern is compiled once per template; a bound keeps a hostile template from making
// that (or a match) expensive.
constexpr std::size_t MaxPatternLength = 300;
constexpr std::size_t MaxRules = 64;
constexpr std::size_t MaxPathLength = 200;

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool isWord(const std::string &text)
{
    return !text.empty() && text.size() <= 64 && text[0] >= 'a' && text[0] <= 'z'
        && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

bool isFactId(const std::string &text)
{
    return !text.empty() && text.size() <= 64
        && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
           });
}

// Project-relative, never leaving the project: no absolute path, no "..", a glob only in the
// file name.
void checkPath(const std::string &path, const std::string &pointer)
{
    if (path.empty() || path.size() > MaxPathLength)
        failAt(pointer, coreText("templates", "a file is a non-empty project-relative path of at most 200 characters"));
    if (path[0] == '/' || path.find('\\') != std::string::npos)
        failAt(pointer, coreText("templates", "a file is relative to the project folder ('/'-separated)"));
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        const bool last = end == std::string::npos;
        if (last)
            end = path.size();
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..")
            failAt(pointer, coreText("templates", "a file may not hold empty, '.' or '..' parts"));
        if (!last && part.find_first_of("*?[") != std::string::npos)
            failAt(pointer, coreText("templates", "only the file name may be a pattern"));
        start = end + 1;
    }
}

// std::regex backtracks: a quantified group that itself repeats or alternates ("(a+)+",
// "(a|aa)*") can take exponential time on one hostile line, and a backreference defeats
// any bound. A detection pattern never needs either, so a template holding one is refused
// with the returned reason ("" when the pattern is safe).
std::string riskyPattern(const std::string &pattern)
{
    struct Group
    {
        bool repeats = false;
        bool alternates = false;
    };
    std::vector<Group> groups(1);
    auto isRepeat = [&](std::size_t at) {
        return at < pattern.size() && (pattern[at] == '*' || pattern[at] == '+' || pattern[at] == '{');
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\') {
            if (i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9')
                return coreText("templates", "the pattern holds a backreference, which a detection pattern may not");
            ++i;
        } else if (c == '[') {
            for (++i; i < pattern.size() && pattern[i] != ']'; ++i) {
                if (pattern[i] == '\\')
                    ++i;
            }
        } else if (c == '(') {
            groups.emplace_back();
            if (i + 1 < pattern.size() && pattern[i + 1] == '?')
                i += 2; // (?: (?= (?!
        } else if (c == ')') {
            if (groups.size() < 2)
                return {}; // unbalanced: std::regex refuses it
            const Group group = groups.back();
            groups.pop_back();
            if (isRepeat(i + 1) && (group.repeats || group.alternates))
                return coreText("templates",
                                "the pattern holds a repeated group that repeats or alternates inside (exponential time), which a detection pattern may not");
            groups.back().repeats = groups.back().repeats || group.repeats || isRepeat(i + 1);
        } else if (c == '|') {
            groups.back().alternates = true;
        } else if (c == '*' || c == '+' || c == '{') {
            groups.back().repeats = true;
        }
    }
    return {};
}

// A rule's "file" is one name or a list of them; "from" a list: never empty.
std::vector<std::string> nonEmptyStrings(StrictObject &o, const std::string &key, bool allowSingle)
{
    const nlohmann::json *v = o.value(key);
    if (!v)
        return {};
    if (allowSingle && v->is_string())
        return {v->get<std::string>()};
    if (!v->is_array() || v->empty())
        failAt(o.path(key), allowSingle ? coreText("templates", "expected a string or a non-empty list of strings")
                                        : coreText("templates", "expected a non-empty list of strings"));
    return StrictObject::stringList(*v, o.path(key));
}

const std::vector<std::string> &valueTargets()
{
    static const std::vector<std::string> targets{"languageVersion", "packageManager", "buildCommand", "startCommand",
                                                  "port", "name", "buildOutput", "file", "evidence", "refusal"};
    return targets;
}

DetectRule parseRule(const nlohmann::json &json, const std::string &pointer, bool identify)
{
    StrictObject o(json, pointer);
    DetectRule rule;
    rule.set = o.string("set", !identify);
    if (identify && o.value("set"))
        failAt(o.path("set"), coreText("templates", "identify rules set nothing; use \"values\""));
    if (!identify && !contains(valueTargets(), rule.set)
        && !(rule.set.rfind("fact:", 0) == 0 && isFactId(rule.set.substr(5))))
        failAt(o.path("set"),
               withArgs(coreText("templates",
                                 "\"%1\" is not languageVersion, packageManager, buildCommand, startCommand, port, name, buildOutput, file, evidence, refusal or fact:ID"),
                        {rule.set}));
    rule.files = nonEmptyStrings(o, "file", true);
    if (rule.files.empty())
        failAt(pointer, withArgs(coreText("templates", "missing key '%1'"), {"file"}));
    for (std::size_t i = 0; i < rule.files.size(); ++i)
        checkPath(rule.files[i], json.at("file").is_string() ? o.path("file") : o.path("file") + "/" + std::to_string(i));
    rule.up = o.boolean("up");
    if (const std::string reader = o.string("reader"); !reader.empty())
        rule.reader = reader;
    if (!contains(knownDetectReaders(), rule.reader))
        failAt(o.path("reader"), withArgs(coreText("templates", "unknown reader \"%1\" (exists, text, regex, json, toml, yaml, ini, xml)"), {rule.reader}));
    rule.key = o.string("key");
    const bool keyed = rule.reader == "json" || rule.reader == "toml" || rule.reader == "yaml" || rule.reader == "ini"
        || rule.reader == "xml";
    if (keyed && rule.key.empty() && rule.reader != "json")
        failAt(pointer, withArgs(coreText("templates", "the %1 reader needs a \"key\""), {rule.reader}));
    if (!keyed && !rule.key.empty())
        failAt(o.path("key"), withArgs(coreText("templates", "the %1 reader takes no \"key\""), {rule.reader}));
    if (rule.reader == "json" && !rule.key.empty() && rule.key[0] != '/')
        failAt(o.path("key"), coreText("templates", "the json reader's key is a JSON pointer (\"/require/php\")"));
    rule.pattern = o.string("pattern");
    if (rule.reader == "regex" && rule.pattern.empty())
        failAt(pointer, coreText("templates", "the regex reader needs a \"pattern\""));
    if (!rule.pattern.empty()) {
        if (rule.pattern.size() > MaxPatternLength)
            failAt(o.path("pattern"), coreText("templates", "a pattern is at most 300 characters"));
        if (const std::string risk = riskyPattern(rule.pattern); !risk.empty())
            failAt(o.path("pattern"), risk);
        try {
            rule.regex = std::make_shared<const std::regex>(rule.pattern, std::regex::ECMAScript);
        } catch (const std::regex_error &error) {
            failAt(o.path("pattern"), withArgs(coreText("templates", "not a valid regular expression: %1"), {error.what()}));
        }
    }
    rule.value = o.string("value");
    rule.all = o.boolean("all");
    if (o.value("separator"))
        rule.separator = o.string("separator");
    rule.sorted = o.boolean("sorted");
    if ((o.value("separator") || rule.sorted) && !rule.all)
        failAt(pointer, coreText("templates", "\"separator\" and \"sorted\" need \"all\": true"));
    rule.ifFile = o.string("ifFile");
    if (o.value("ifFile"))
        checkPath(rule.ifFile, o.path("ifFile"));
    rule.unlessFile = o.string("unlessFile");
    if (o.value("unlessFile"))
        checkPath(rule.unlessFile, o.path("unlessFile"));
    for (const auto &[key, fact] : {std::pair<const char *, std::string *>{"ifFact", &rule.ifFact},
                                    std::pair<const char *, std::string *>{"unlessFact", &rule.unlessFact}}) {
        if (!o.value(key))
            continue;
        *fact = o.string(key);
        if (identify)
            failAt(o.path(key), coreText("templates", "an identify rule runs before any fact is read; use \"ifFile\" or \"unlessFile\""));
        if (!isFactId(*fact))
            failAt(o.path(key), withArgs(coreText("templates", "\"%1\" is not a fact id (letters, digits and _)"), {*fact}));
    }
    if (const nlohmann::json *answers = o.value("answeredBy")) {
        if (rule.set != "refusal")
            failAt(o.path("answeredBy"), coreText("templates", "only a refusal rule is answered by options"));
        if (!answers->is_object() || answers->empty())
            failAt(o.path("answeredBy"), coreText("templates", "expected an object: option id -> the value that answers the refusal"));
        for (auto it = answers->begin(); it != answers->end(); ++it) {
            if (!it->is_string())
                failAt(o.path("answeredBy") + "/" + it.key(), coreText("templates", "expected the option's value"));
            rule.answeredBy[it.key()] = it->get<std::string>();
        }
    }
    // A refusal is the reason the stack's template cannot fit the project: a sentence the
    // rule states, never text read from the project.
    if (rule.set == "refusal" && rule.value.empty())
        failAt(pointer, coreText("templates", "a refusal rule states its reason in \"value\""));
    if (rule.set == "refusal" && (rule.value.find("{value}") != std::string::npos || rule.value.find("{stem}") != std::string::npos))
        failAt(o.path("value"), coreText("templates", "a refusal's reason is the template's own text: no {value} or {stem} from the project"));
    rule.reduce = o.string("reduce");
    if (!rule.reduce.empty() && !contains(knownReductions(), rule.reduce))
        failAt(o.path("reduce"), withArgs(coreText("templates", "unknown reduce \"%1\" (majorMinor, major, node, java, dotnet, bun)"), {rule.reduce}));
    const std::string confidence = o.string("confidence");
    if (confidence == "likely")
        rule.confidence = Confidence::Likely;
    else if (confidence == "guess")
        rule.confidence = Confidence::Guess;
    else if (!confidence.empty() && confidence != "certain")
        failAt(o.path("confidence"), coreText("templates", "confidence is \"certain\", \"likely\" or \"guess\""));
    if (o.value("finding"))
        rule.finding = o.string("finding");
    if (rule.finding && rule.finding->size() > 200)
        failAt(o.path("finding"), coreText("templates", "a finding is at most 200 characters"));
    if (rule.set == "port" && !rule.value.empty()
        && (rule.value.size() > 5 || rule.value.find_first_not_of("0123456789") != std::string::npos
            || std::stoi(rule.value) < 1 || std::stoi(rule.value) > 65535))
        failAt(o.path("value"), coreText("templates", "a port is a number from 1 to 65535"));
    o.finish();
    return rule;
}

std::vector<DetectRule> parseRules(const nlohmann::json *json, const std::string &pointer, bool identify)
{
    std::vector<DetectRule> rules;
    if (!json)
        return rules;
    if (!json->is_array())
        failAt(pointer, coreText("templates", "expected a list of rules"));
    if (json->size() > MaxRules)
        failAt(pointer, coreText("templates", "at most 64 rules"));
    for (std::size_t i = 0; i < json->size(); ++i)
        rules.push_back(parseRule((*json)[i], pointer + "/" + std::to_string(i), identify));
    return rules;
}

DetectPrefill parsePrefill(const nlohmann::json &json, const std::string &pointer,
                           const std::vector<std::string> *optionIds, const std::vector<std::string> *baseIds)
{
    StrictObject o(json, pointer);
    DetectPrefill prefill;
    if (const nlohmann::json *start = o.value("startCommand")) {
        StrictObject s(*start, o.path("startCommand"));
        prefill.useStartCommand = true;
        prefill.startPrefix = s.string("prefix", true);
        s.finish();
    }
    if (const nlohmann::json *options = o.value("options")) {
        if (!options->is_object())
            failAt(o.path("options"), coreText("templates", "expected an object: option id -> fact id"));
        for (auto it = options->begin(); it != options->end(); ++it) {
            const std::string where = o.path("options") + "/" + it.key();
            if (!it->is_string() || !isFactId(it->get<std::string>()))
                failAt(where, coreText("templates", "expected a fact id (letters, digits, '_')"));
            if (!optionIds || !contains(*optionIds, it.key()))
                failAt(where, withArgs(coreText("templates", "unknown option id '%1'"), {it.key()}));
            prefill.options[it.key()] = it->get<std::string>();
        }
    }
    prefill.startFileOption = o.string("startFile");
    if (o.value("startFile") && (!optionIds || !contains(*optionIds, prefill.startFileOption)))
        failAt(o.path("startFile"), withArgs(coreText("templates", "unknown option id '%1'"), {prefill.startFileOption}));
    prefill.fit = o.string("fit");
    if (o.value("fit") && !contains(knownFitters(), prefill.fit))
        failAt(o.path("fit"), withArgs(coreText("templates", "unknown fit \"%1\" (nodeServer, bunServer, nextjs, staticSite)"), {prefill.fit}));
    if (const nlohmann::json *fallbacks = o.value("baseFallback")) {
        if (!fallbacks->is_array())
            failAt(o.path("baseFallback"), coreText("templates", "expected a list"));
        for (std::size_t i = 0; i < fallbacks->size(); ++i) {
            const std::string where = o.path("baseFallback") + "/" + std::to_string(i);
            StrictObject f((*fallbacks)[i], where);
            BaseFallback fallback;
            fallback.fact = f.string("fact", true);
            fallback.equals = f.string("equals", true);
            fallback.from = nonEmptyStrings(f, "from", false);
            fallback.to = f.string("to", true);
            fallback.because = f.string("because", true);
            f.finish();
            if (!isFactId(fallback.fact))
                failAt(where + "/fact", coreText("templates", "expected a fact id (letters, digits, '_')"));
            for (std::size_t b = 0; b < fallback.from.size(); ++b) {
                if (!baseIds || !contains(*baseIds, fallback.from[b]))
                    failAt(where + "/from/" + std::to_string(b), withArgs(coreText("templates", "\"%1\" is not a base of this stack"), {fallback.from[b]}));
            }
            if (!baseIds || !contains(*baseIds, fallback.to))
                failAt(where + "/to", withArgs(coreText("templates", "\"%1\" is not a base of this stack"), {fallback.to}));
            prefill.baseFallbacks.push_back(std::move(fallback));
        }
    }
    o.finish();
    return prefill;
}

} // namespace

const std::vector<std::string> &knownAnalysers()
{
    static const std::vector<std::string> names{"node", "python", "go"};
    return names;
}

const std::vector<std::string> &knownDetectReaders()
{
    static const std::vector<std::string> names{"exists", "text", "regex", "json", "toml", "yaml", "ini", "xml"};
    return names;
}

const std::vector<std::string> &knownFitters()
{
    static const std::vector<std::string> names{"nodeServer", "bunServer", "nextjs", "staticSite"};
    return names;
}

const std::vector<std::string> &knownReductions()
{
    static const std::vector<std::string> names{"majorMinor", "major", "node", "java", "dotnet", "bun"};
    return names;
}

DetectParseResult parseDetectSpec(const nlohmann::json &json, const std::string &pointer,
                                  const std::vector<std::string> *optionIds, const std::vector<std::string> *baseIds)
{
    DetectParseResult result;
    try {
        StrictObject o(json, pointer);
        DetectSpec &spec = result.spec;
        spec.language = o.string("language", true);
        if (!isWord(spec.language))
            failAt(o.path("language"), coreText("templates", "a language is lower case letters, digits and '-'"));
        spec.languageName = o.string("languageName");
        if (spec.languageName.empty())
            spec.languageName = spec.language;
        const nlohmann::json *precedence = o.value("precedence");
        if (!precedence)
            failAt(pointer, withArgs(coreText("templates", "missing key '%1'"), {"precedence"}));
        if (!precedence->is_number_integer() || precedence->get<long long>() < 0 || precedence->get<long long>() > 1000)
            failAt(o.path("precedence"), coreText("templates", "precedence is an integer from 0 to 1000"));
        spec.precedence = precedence->get<int>();
        spec.identify = parseRules(o.value("identify"), o.path("identify"), true);
        if (spec.identify.empty())
            failAt(o.path("identify"), coreText("templates", "needs at least one rule"));
        spec.values = parseRules(o.value("values"), o.path("values"), false);
        for (std::size_t i = 0; i < spec.values.size(); ++i) {
            for (const auto &[option, value] : spec.values[i].answeredBy) {
                if (!optionIds || !contains(*optionIds, option))
                    failAt(o.path("values") + "/" + std::to_string(i) + "/answeredBy/" + option,
                           withArgs(coreText("templates", "unknown option id '%1'"), {option}));
            }
        }
        spec.analyser = o.string("analyser");
        if (o.value("analyser") && !contains(knownAnalysers(), spec.analyser))
            failAt(o.path("analyser"), withArgs(coreText("templates", "unknown analyser \"%1\" (node, python, go)"), {spec.analyser}));
        spec.alsoHere = o.string("alsoHere");
        if (const nlohmann::json *prefill = o.value("prefill"))
            spec.prefill = parsePrefill(*prefill, o.path("prefill"), optionIds, baseIds);
        o.finish();
    } catch (const TemplateError &failure) {
        result.error = DetectParseError{failure.pointer, failure.message};
    }
    return result;
}

} // namespace stagecraft
