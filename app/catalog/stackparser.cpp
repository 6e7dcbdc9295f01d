// Strict reading of a stack template: every key is consumed or reported, with the JSON
// pointer of the offending value, so a typo in a user's template is found at load time.
#include "catalog/catalog.h"
#include "catalog/strictobject.h"
#include "catalog/templatecompose.h"
#include "common/printable.h"
#include "common/translated.h"
#include "config/config.h"
#include "config/startcommand.h"
#include "config/valuerules.h"
#include "dockerfile/document.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <vector>

namespace stagecraft {

namespace {

constexpr int MaxTemplateDepth = 16;
constexpr std::size_t MaxNameLength = 64;

// Refuses control characters in every key and string of the file before anything reads
// it: template text is copied into Dockerfile lines (from, platform, flags, stage names,
// variables, choice ids), and no line may carry a line break or an escape sequence. The
// walk also bounds the nesting, which no valid template comes near.
// The pointer is spelled out only for an error: this walk visits every value of every
// template at each start.
std::string pointerTo(const std::vector<std::string> &path)
{
    std::string pointer;
    for (const std::string &part : path)
        pointer += "/" + part;
    return pointer;
}

// What is wrong with the text in `json`, and where: the path is built on the way back from
// the problem, so a clean template (every one read) costs no path at all.
struct TextProblem
{
    std::vector<std::string> reversedPath;
    std::string problem;
};

TextProblem controlCharacter()
{
    return {{}, coreText("templates", "contains a control character; template text must stay on one line")};
}

std::optional<TextProblem> textProblem(const nlohmann::json &json, int depth)
{
    if (depth > MaxTemplateDepth)
        return TextProblem{{}, withArgs(coreText("templates", "nested deeper than %1 levels"), {std::to_string(MaxTemplateDepth)})};
    if (json.is_string())
        return hasControlCharacter(json.get_ref<const std::string &>()) ? std::optional(controlCharacter()) : std::nullopt;
    if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            std::optional<TextProblem> found = hasControlCharacter(it.key()) ? controlCharacter() : textProblem(it.value(), depth + 1);
            if (found) {
                found->reversedPath.push_back(it.key());
                return found;
            }
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i) {
            if (std::optional<TextProblem> found = textProblem(json[i], depth + 1)) {
                found->reversedPath.push_back(std::to_string(i));
                return found;
            }
        }
    }
    return std::nullopt;
}

void checkText(const nlohmann::json &json)
{
    if (std::optional<TextProblem> found = textProblem(json, 0)) {
        std::reverse(found->reversedPath.begin(), found->reversedPath.end());
        throw TemplateError{pointerTo(found->reversedPath), found->problem};
    }
}

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isLowerOrDigit(char c) { return isLower(c) || (c >= '0' && c <= '9'); }

// At most MaxNameLength characters: the first passes `first`, every other one `rest`.
template<typename First, typename Rest>
bool isName(const std::string &text, First first, Rest rest)
{
    return !text.empty() && text.size() <= MaxNameLength && first(text.front()) && std::all_of(text.begin() + 1, text.end(), rest);
}

const std::set<std::string> &conditionKeys()
{
    static const std::set<std::string> keys{"packageManager", "languageVersion", "base", "nonRoot",
                                            "cacheMounts", "healthcheck", "labels", "defaultPort"};
    return keys;
}

std::string quoted(const std::string &value) { return "\"" + value + "\""; }

// What each condition key can be, from the stack read so far: a condition value that can
// never match is a mistake in the file, reported where it is written.
class ConditionCheck
{
public:
    explicit ConditionCheck(const StackDefinition &stack)
        : m_stack(stack)
    {
    }

    void addFact(const std::string &name, std::set<std::string> values) { m_facts[name] = std::move(values); }
    bool knows(const std::string &key) const
    {
        return conditionKeys().count(key) || m_stack.option(key) || m_facts.count(key);
    }

    // Empty when `value` can match `key`.
    std::string problem(const std::string &key, const std::string &value) const
    {
        const auto among = [&](const std::vector<Choice> &choices) {
            return std::any_of(choices.begin(), choices.end(), [&](const Choice &c) { return c.id == value; });
        };
        if (key == "packageManager")
            return among(m_stack.packageManagers) ? std::string()
                                                  : withArgs(coreText("templates", "\"%1\" is not a package manager of this stack"), {value});
        if (key == "languageVersion")
            return among(m_stack.languageVersions) ? std::string()
                                                   : withArgs(coreText("templates", "\"%1\" is not a language version of this stack"), {value});
        if (key == "base")
            return among(m_stack.bases) ? std::string() : withArgs(coreText("templates", "\"%1\" is not a base of this stack"), {value});
        if (conditionKeys().count(key))
            return value == "true" || value == "false" ? std::string()
                                                       : withArgs(coreText("templates", "%1 is true or false, not \"%2\""), {key, value});
        if (const StackOption *option = m_stack.option(key)) {
            if (option->isToggle() && value != "true" && value != "false")
                return withArgs(coreText("templates", "the toggle option '%1' is \"true\" or \"false\", not \"%2\""), {key, value});
            if (!option->pattern.empty() && !matchesWholePattern(option->pattern, value))
                return withArgs(coreText("templates", "\"%1\" can never be a value of the option '%2' (%3)"), {value, key, option->pattern});
            return {};
        }
        const std::set<std::string> &values = m_facts.at(key);
        if (values.count(value))
            return {};
        std::string known;
        for (const std::string &v : values)
            known += (known.empty() ? "" : ", ") + quoted(v);
        return withArgs(coreText("templates", "\"%1\" is not a value of the fact '%2' (%3)"), {value, key, known});
    }

private:
    const StackDefinition &m_stack;
    std::map<std::string, std::set<std::string>> m_facts;
};

Condition parseCondition(StrictObject &reader, const std::string &key, const ConditionCheck &check)
{
    Condition condition;
    const nlohmann::json *v = reader.value(key);
    if (!v)
        return condition;
    if (!v->is_object())
        throw TemplateError{reader.path(key), coreText("templates", "expected an object of conditions")};
    for (auto it = v->begin(); it != v->end(); ++it) {
        const std::string pointer = reader.path(key) + "/" + it.key();
        if (!check.knows(it.key()))
            throw TemplateError{pointer, withArgs(coreText("templates", "unknown condition '%1'"), {it.key()})};
        std::vector<std::string> values;
        if (it->is_boolean())
            values.push_back(it->get<bool>() ? "true" : "false");
        else if (it->is_string())
            values.push_back(it->get<std::string>());
        else
            values = StrictObject::stringList(*it, pointer);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (const std::string problem = check.problem(it.key(), values[i]); !problem.empty())
                throw TemplateError{it->is_array() ? pointer + "/" + std::to_string(i) : pointer, problem};
        }
        condition[it.key()] = values;
    }
    return condition;
}

// A string, or {"line": ..., "when": ..., "unless": ...}.
ConditionalLine parseConditionalLine(const nlohmann::json &json, const std::string &pointer, const ConditionCheck &check)
{
    if (json.is_string())
        return {json.get<std::string>(), {}, {}};
    if (!json.is_object())
        throw TemplateError{pointer, coreText("templates", "expected a string or {\"line\": ..., \"when\": ...}")};
    StrictObject r(json, pointer);
    ConditionalLine line;
    line.line = r.string("line", true);
    line.when = parseCondition(r, "when", check);
    line.unless = parseCondition(r, "unless", check);
    r.finish();
    return line;
}

const std::set<std::string> &holdsVocabulary()
{
    static const std::set<std::string> words{Holds::Nothing, Holds::SystemPackages, Holds::Dependencies,
                                             Holds::AllDependencies, Holds::Sources, Holds::BuildOutput,
                                             Holds::Application, Holds::PackageCache, Holds::RuntimeFiles,
                                             Holds::User};
    return words;
}

InstructionTemplate parseInstruction(const nlohmann::json &json, const std::string &pointer, const ConditionCheck &check)
{
    StrictObject r(json, pointer);
    InstructionTemplate t;
    t.keyword = r.string("instruction", true);
    if (!isName(t.keyword, isUpper, isUpper))
        throw TemplateError{r.path("instruction"), coreText("templates", "an instruction is written in upper case, e.g. \"RUN\"")};
    if (t.keyword == "FROM")
        throw TemplateError{r.path("instruction"), coreText("templates", "FROM comes from the stage's \"from\", not an instruction")};
    r.forEach("flags", [&](const nlohmann::json &flag, const std::string &p) {
        if (flag.is_string()) {
            t.flags.emplace_back(flag.get<std::string>(), Condition{});
            return;
        }
        StrictObject fr(flag, p);
        std::string text = fr.string("flag", true);
        Condition when = parseCondition(fr, "when", check);
        fr.finish();
        t.flags.emplace_back(std::move(text), std::move(when));
    });
    r.forEach("mounts", [&](const nlohmann::json &mount, const std::string &p) {
        StrictObject mr(mount, p);
        MountTemplate m;
        m.when = parseCondition(mr, "when", check);
        m.unless = parseCondition(mr, "unless", check);
        for (const char *field : {"type", "source", "target", "id", "sharing", "from", "uid", "gid", "mode", "env"}) {
            std::string value = mr.string(field);
            if (!value.empty())
                m.fields[field] = value;
        }
        mr.finish();
        if (!m.fields.count("type") || !m.fields.count("target"))
            throw TemplateError{p, coreText("templates", "a mount needs at least \"type\" and \"target\"")};
        t.mounts.push_back(std::move(m));
    });
    if (const nlohmann::json *arguments = r.value("arguments")) {
        if (arguments->is_string()) {
            t.argumentLines.push_back({arguments->get<std::string>(), {}, {}});
        } else if (arguments->is_array()) {
            for (std::size_t i = 0; i < arguments->size(); ++i)
                t.argumentLines.push_back(parseConditionalLine((*arguments)[i], r.path("arguments") + "/" + std::to_string(i), check));
        } else {
            throw TemplateError{r.path("arguments"), coreText("templates", "expected a list of strings")};
        }
    }
    t.exec = r.strings("exec");
    t.explanation = r.string("explain", true);
    t.holds = r.string("holds");
    if (!holdsVocabulary().count(t.holds))
        throw TemplateError{r.path("holds"), withArgs(coreText("templates", "unknown layer content '%1'"), {t.holds})};
    t.when = parseCondition(r, "when", check);
    t.unless = parseCondition(r, "unless", check);
    r.finish();
    return t;
}

StageTemplate parseStage(const nlohmann::json &json, const std::string &pointer, const ConditionCheck &check)
{
    StrictObject r(json, pointer);
    StageTemplate s;
    s.name = r.string("name");
    if (!s.name.empty() && !isName(s.name, isLower, [](char c) { return isLowerOrDigit(c) || c == '_' || c == '.' || c == '-'; }))
        throw TemplateError{r.path("name"), coreText("templates", "stage names are lower case (BuildKit's StageNameCasing), at most 64 characters")};
    if (s.name == "scratch" || s.name == "context")
        throw TemplateError{r.path("name"), withArgs(coreText("templates", "'%1' is a reserved stage name"), {s.name})};
    s.from = r.string("from", true);
    s.platform = r.string("platform");
    s.explanation = r.string("explain", true);
    s.when = parseCondition(r, "when", check);
    s.unless = parseCondition(r, "unless", check);
    r.forEach("instructions", [&](const nlohmann::json &i, const std::string &p) {
        s.instructions.push_back(parseInstruction(i, p, check));
    });
    r.finish();
    return s;
}

enum class ChoiceList { LanguageVersions, PackageManagers, Bases };

bool isFactName(const std::string &name)
{
    return isName(name, isLower, [](char c) { return isLowerOrDigit(c) || isUpper(c); });
}

Choice parseChoice(const nlohmann::json &json, const std::string &pointer, ChoiceList list)
{
    StrictObject r(json, pointer);
    Choice c;
    c.id = r.string("id", true);
    c.name = r.string("name");
    if (c.name.empty())
        c.name = c.id;
    c.description = r.string("description");
    c.unsupported = r.string("unsupported");
    c.vars = r.stringMap("vars");
    c.programPaths = r.stringMap("programPaths");
    if (const nlohmann::json *facts = r.value("facts")) {
        if (!facts->is_object())
            throw TemplateError{r.path("facts"), coreText("templates", "expected an object of facts (true, false or a word)")};
        for (auto it = facts->begin(); it != facts->end(); ++it) {
            const std::string at = r.path("facts") + "/" + it.key();
            if (!isFactName(it.key()))
                throw TemplateError{at, coreText("templates", "a fact is named in lower camel case, e.g. bundlesYarn")};
            if (it->is_boolean())
                c.facts[it.key()] = it->get<bool>() ? "true" : "false";
            else if (it->is_string() && it->get_ref<const std::string &>() != "true" && it->get_ref<const std::string &>() != "false")
                c.facts[it.key()] = it->get<std::string>();
            else
                throw TemplateError{at, coreText("templates", "a fact is true, false or a word (a string other than \"true\" and \"false\")")};
        }
    }
    if (list == ChoiceList::Bases) {
        c.fixedUser = r.integer("fixedUser", 0);
        if (r.has("fixedUser") && (c.fixedUser < 1 || c.fixedUser > MaxUid))
            throw TemplateError{r.path("fixedUser"), withArgs(coreText("templates", "a fixed user is a uid from 1 to %1"), {std::to_string(MaxUid)})};
        c.healthcheckUnavailable = r.string("healthcheckUnavailable");
        c.unavailableOptions = r.stringMap("unavailableOptions");
    } else {
        c.unavailableBases = r.stringMap("unavailableBases");
    }
    r.finish();
    return c;
}

// Every choice of the list gets every fact the list declares: a boolean fact it does not
// state is false, a word it does not state is "". A fact is a boolean everywhere or a word
// everywhere.
void completeFacts(std::vector<Choice> &choices, const std::string &pointer, ConditionCheck &check)
{
    std::map<std::string, bool> isBoolean;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        for (const auto &[name, value] : choices[i].facts) {
            const bool boolean = value == "true" || value == "false";
            const auto [known, added] = isBoolean.emplace(name, boolean);
            if (!added && known->second != boolean)
                throw TemplateError{pointer + "/" + std::to_string(i) + "/facts/" + name,
                                    withArgs(coreText("templates", "the fact '%1' is true or false on one choice and a word on another"), {name})};
        }
    }
    for (const auto &[name, boolean] : isBoolean) {
        if (check.knows(name))
            throw TemplateError{pointer, withArgs(coreText("templates", "the fact '%1' has the name of another condition"), {name})};
        std::set<std::string> values;
        for (Choice &choice : choices)
            values.insert(choice.facts.try_emplace(name, boolean ? "false" : "").first->second);
        check.addFact(name, std::move(values));
    }
}

std::vector<Choice> parseChoices(StrictObject &r, const std::string &key, ChoiceList list)
{
    std::vector<Choice> out;
    std::set<std::string> ids;
    r.forEach(key, [&](const nlohmann::json &c, const std::string &p) {
        Choice choice = parseChoice(c, p, list);
        if (!ids.insert(choice.id).second)
            throw TemplateError{p, withArgs(coreText("templates", "duplicate id '%1'"), {choice.id})};
        out.push_back(std::move(choice));
    });
    if (out.empty())
        throw TemplateError{r.path(key), coreText("templates", "needs at least one entry")};
    return out;
}

// Templates written before these were declared fields kept them in "vars"; such a file
// still loads, with the variable read as the field it stands for (the field wins).
void readLegacyControlVariables(StackDefinition &s)
{
    const auto take = [](const Variables &vars, const std::string &name) {
        const auto it = vars.find(name);
        return it == vars.end() ? std::string() : it->second;
    };
    if (s.reservedIds.empty()) {
        const std::string ids = take(s.vars, "reservedIds");
        for (std::size_t start = 0; !ids.empty() && start <= ids.size();) {
            const std::size_t comma = ids.find(',', start);
            const Outcome<int> id = parseWholeNumber("a reserved id", ids.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (id)
                s.reservedIds.push_back(id.value());
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        if (s.reservedIdsOwner.empty())
            s.reservedIdsOwner = take(s.vars, "reservedIdsOwner");
    }
    for (Choice &base : s.bases) {
        if (base.fixedUser == 0) {
            if (const Outcome<int> uid = parseWholeNumber("a fixed user", take(base.vars, "fixedUser")); uid && uid.value() > 0)
                base.fixedUser = uid.value();
        }
        if (base.healthcheckUnavailable.empty())
            base.healthcheckUnavailable = take(base.vars, "healthcheckUnavailable");
        for (const StackOption &option : s.options) {
            if (const std::string reason = take(base.vars, option.id + "Unavailable"); !reason.empty())
                base.unavailableOptions.try_emplace(option.id, reason);
        }
    }
    for (std::vector<Choice> *list : {&s.languageVersions, &s.packageManagers}) {
        for (Choice &choice : *list) {
            for (const Choice &base : s.bases) {
                if (const std::string reason = take(choice.vars, base.id + "Unavailable"); !reason.empty())
                    choice.unavailableBases.try_emplace(base.id, reason);
            }
        }
    }
}

void checkRefusals(const StackDefinition &s)
{
    const std::pair<const std::vector<Choice> *, const char *> lists[] = {{&s.languageVersions, "/languageVersions/"},
                                                                          {&s.packageManagers, "/packageManagers/"},
                                                                          {&s.bases, "/bases/"}};
    for (const auto &[list, key] : lists) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Choice &choice = (*list)[i];
            for (const auto &[base, reason] : choice.unavailableBases) {
                if (!s.base(base))
                    throw TemplateError{key + std::to_string(i) + "/unavailableBases/" + base,
                                        withArgs(coreText("templates", "\"%1\" is not a base of this stack"), {base})};
            }
            for (const auto &[option, reason] : choice.unavailableOptions) {
                if (!s.option(option))
                    throw TemplateError{key + std::to_string(i) + "/unavailableOptions/" + option,
                                        withArgs(coreText("templates", "\"%1\" is not an option of this stack"), {option})};
            }
        }
    }
}

void parseReservedIds(StrictObject &r, StackDefinition &s)
{
    const nlohmann::json *v = r.value("reservedIds");
    if (!v)
        return;
    StrictObject rr(*v, "/reservedIds");
    rr.forEach("ids", [&](const nlohmann::json &id, const std::string &p) {
        if (!id.is_number_integer() || id.get<long long>() < 0 || id.get<long long>() > MaxUid)
            throw TemplateError{p, withArgs(coreText("templates", "an id is a whole number from 0 to %1"), {std::to_string(MaxUid)})};
        s.reservedIds.push_back(id.get<int>());
    });
    s.reservedIdsOwner = rr.string("owner", true);
    rr.finish();
    if (s.reservedIds.empty())
        throw TemplateError{"/reservedIds/ids", coreText("templates", "needs at least one id")};
}

// One name of a folder path: no separators, no "." or "..", nothing a shell or glob reads.
bool isFolderName(const std::string &name)
{
    return !name.empty() && name.size() <= 64 && name != "." && name != ".."
           && std::all_of(name.begin(), name.end(), [](char c) {
                  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
              });
}

void parseMeasuredFolders(StrictObject &r, StackDefinition &s)
{
    r.forEach("measure", [&](const nlohmann::json &m, const std::string &p) {
        StrictObject mr(m, p);
        StackFolder folder;
        folder.stack = s.id;
        folder.path = mr.string("folder", true);
        folder.holds = mr.string("holds", true);
        folder.what = mr.string("what", true);
        folder.skip = mr.strings("skip");
        mr.finish();
        std::vector<std::string> names;
        std::size_t start = 0;
        for (std::size_t slash; (slash = folder.path.find('/', start)) != std::string::npos; start = slash + 1)
            names.push_back(folder.path.substr(start, slash - start));
        names.push_back(folder.path.substr(start));
        if (names.size() > static_cast<std::size_t>(MaxStackFolderDepth)
            || !std::all_of(names.begin(), names.end(), isFolderName))
            throw TemplateError{p + "/folder",
                                coreText("templates", "a folder in the project, one or two names deep (\"vendor\", \"target/release\"), without \".\" or \"..\"")};
        if (folder.holds != Holds::Dependencies && folder.holds != Holds::AllDependencies && folder.holds != Holds::BuildOutput)
            throw TemplateError{p + "/holds", coreText("templates", "a measured folder holds \"dependencies\", \"allDependencies\" or \"buildOutput\"")};
        for (std::size_t i = 0; i < folder.skip.size(); ++i) {
            if (!isFolderName(folder.skip[i]))
                throw TemplateError{p + "/skip/" + std::to_string(i), coreText("templates", "a name directly inside the folder")};
        }
        if (std::any_of(s.measuredFolders.begin(), s.measuredFolders.end(),
                        [&](const StackFolder &other) { return other.path == folder.path; }))
            throw TemplateError{p + "/folder", withArgs(coreText("templates", "'%1' is declared twice"), {folder.path})};
        s.measuredFolders.push_back(std::move(folder));
    });
    if (s.measuredFolders.size() > MaxStackFoldersPerStack)
        throw TemplateError{"/measure", withArgs(coreText("templates", "at most %1 folders"), {std::to_string(MaxStackFoldersPerStack)})};
}

StackDefinition parse(const nlohmann::json &json)
{
    checkText(json);
    StrictObject r(json, "");
    StackDefinition s;
    ConditionCheck check(s);
    s.id = r.string("id", true);
    if (!isName(s.id, isLower, [](char c) { return isLowerOrDigit(c) || c == '-'; }))
        throw TemplateError{"/id", coreText("templates", "a stack id is lower case letters, digits and '-', at most 64 characters")};
    s.name = r.string("name", true);
    s.description = r.string("description");
    s.startsOwnServer = r.boolean("startsOwnServer", false);
    s.languageVersions = parseChoices(r, "languageVersions", ChoiceList::LanguageVersions);
    s.packageManagers = parseChoices(r, "packageManagers", ChoiceList::PackageManagers);
    s.bases = parseChoices(r, "bases", ChoiceList::Bases);
    for (std::size_t i = 0; i < s.bases.size(); ++i) {
        const auto &known = knownBases();
        if (std::find(known.begin(), known.end(), s.bases[i].id) == known.end())
            throw TemplateError{"/bases/" + std::to_string(i) + "/id",
                                withArgs(coreText("templates", "unknown base '%1' (alpine, slim, distroless, scratch)"), {s.bases[i].id})};
    }
    r.forEach("options", [&](const nlohmann::json &o, const std::string &p) {
        StrictObject orr(o, p);
        StackOption option;
        option.id = orr.string("id", true);
        option.label = orr.string("label", true);
        option.help = orr.string("help");
        option.defaultValue = orr.string("default");
        option.pattern = orr.string("pattern");
        option.healthcheckUnavailable = orr.string("healthcheckUnavailable");
        option.startCommandUnused = orr.string("startCommandUnused");
        if (const nlohmann::json *commands = orr.value("startCommands")) {
            if (!commands->is_object())
                throw TemplateError{orr.path("startCommands"), coreText("templates", "expected an object: \"true\" or \"false\" -> start command")};
            for (auto it = commands->begin(); it != commands->end(); ++it) {
                const std::string where = orr.path("startCommands") + "/" + it.key();
                if (it.key() != "true" && it.key() != "false")
                    throw TemplateError{where, coreText("templates", "a toggle's value is \"true\" or \"false\"")};
                if (!it->is_string())
                    throw TemplateError{where, coreText("templates", "expected a start command")};
                const std::string command = it->get<std::string>();
                if (const std::string problem = singleLineProblem(coreText("templates", "the start command"), command); !problem.empty())
                    throw TemplateError{where, problem};
                if (const Outcome<std::vector<std::string>> argv = splitStartCommand(command); !argv)
                    throw TemplateError{where, argv.error()};
                option.startCommands[it.key()] = command;
            }
        }
        const std::string kind = orr.string("kind");
        orr.finish();
        if (conditionKeys().count(option.id) || option.id == "include" || option.id == "extends" || s.option(option.id))
            throw TemplateError{p + "/id", withArgs(coreText("templates", "'%1' is taken: a condition, \"include\", \"extends\" or another option"), {option.id})};
        if (kind != "" && kind != "text" && kind != "path" && kind != "toggle")
            throw TemplateError{p + "/kind", coreText("templates", "an option's kind is \"text\", \"path\" or \"toggle\"")};
        option.kind = kind == "path" ? StackOption::Kind::Path : kind == "toggle" ? StackOption::Kind::Toggle : StackOption::Kind::Text;
        if (option.isToggle() && option.defaultValue != "true" && option.defaultValue != "false")
            throw TemplateError{p + "/default", coreText("templates", "a toggle option's default is \"true\" or \"false\"")};
        if (!option.healthcheckUnavailable.empty() && !option.isToggle())
            throw TemplateError{p + "/healthcheckUnavailable", coreText("templates", "only a toggle option rules out the healthcheck")};
        if (!option.startCommandUnused.empty() && !option.isToggle())
            throw TemplateError{p + "/startCommandUnused", coreText("templates", "only a toggle option replaces the start command")};
        if (!option.startCommands.empty() && !option.isToggle())
            throw TemplateError{p + "/startCommands", coreText("templates", "only a toggle option sets the start command")};
        if (!option.pattern.empty()) {
            if (const std::string problem = wholePatternProblem(option.pattern); !problem.empty())
                throw TemplateError{p + "/pattern", withArgs(coreText("templates", "not a valid regular expression: %1"), {problem})};
        }
        s.options.push_back(std::move(option));
    });
    completeFacts(s.languageVersions, "/languageVersions", check);
    completeFacts(s.packageManagers, "/packageManagers", check);
    completeFacts(s.bases, "/bases", check);
    {
        const nlohmann::json *d = r.value("defaults");
        if (!d)
            throw TemplateError{"", withArgs(coreText("templates", "missing key '%1'"), {"defaults"})};
        StrictObject dr(*d, "/defaults");
        s.defaults.packageManager = dr.string("packageManager", true);
        s.defaults.languageVersion = dr.string("languageVersion", true);
        s.defaults.base = dr.string("base", true);
        s.defaults.port = dr.integer("port", 8080);
        s.defaults.startCommand = dr.string("startCommand", true);
        dr.finish();
        if (!s.packageManager(s.defaults.packageManager))
            throw TemplateError{"/defaults/packageManager", coreText("templates", "not one of the stack's package managers")};
        if (!s.languageVersion(s.defaults.languageVersion))
            throw TemplateError{"/defaults/languageVersion", coreText("templates", "not one of the stack's language versions")};
        const Choice *base = s.base(s.defaults.base);
        if (!base || !base->unsupported.empty())
            throw TemplateError{"/defaults/base", coreText("templates", "not a supported base of the stack")};
    }
    parseReservedIds(r, s);
    s.vars = r.stringMap("vars");
    readLegacyControlVariables(s);
    checkRefusals(s);
    r.forEach("stages", [&](const nlohmann::json &st, const std::string &p) { s.stages.push_back(parseStage(st, p, check)); });
    r.forEach("singleStage", [&](const nlohmann::json &st, const std::string &p) { s.singleStage.push_back(parseStage(st, p, check)); });
    if (s.stages.empty())
        throw TemplateError{"/stages", coreText("templates", "needs at least one stage")};
    if (s.singleStage.size() != 1)
        throw TemplateError{"/singleStage", coreText("templates", "holds exactly one stage: the naive single-stage build")};
    r.forEach("dockerignore", [&](const nlohmann::json &line, const std::string &p) {
        s.dockerignore.push_back(parseConditionalLine(line, p, check));
    });
    if (const nlohmann::json *detect = r.value("detect")) {
        std::vector<std::string> optionIds, baseIds;
        for (const StackOption &option : s.options)
            optionIds.push_back(option.id);
        for (const Choice &base : s.bases)
            baseIds.push_back(base.id);
        DetectParseResult parsed = parseDetectSpec(*detect, "/detect", &optionIds, &baseIds);
        if (parsed.error)
            throw TemplateError{parsed.error->pointer, parsed.error->message};
        s.detect = std::move(parsed.spec);
        // The wizard offers a refusal's answer as a button: a value the option can never take
        // would offer a button whose every press is refused.
        for (std::size_t i = 0; i < s.detect->values.size(); ++i) {
            for (const auto &[option, value] : s.detect->values[i].answeredBy) {
                if (const std::string problem = check.problem(option, value); !problem.empty())
                    throw TemplateError{"/detect/values/" + std::to_string(i) + "/answeredBy/" + option, problem};
            }
        }
    }
    parseMeasuredFolders(r, s);
    r.finish();
    return s;
}

} // namespace

namespace {

Outcome<StackDefinition> failed(LoadIssue found, LoadIssue *issue)
{
    if (issue)
        *issue = found;
    return Outcome<StackDefinition>::failure(found.toString());
}

// Parses a composed template; an error is reported in the file that holds the offending value.
Outcome<StackDefinition> parseComposed(const nlohmann::json &json, const std::string &file,
                                       const std::vector<TemplateOrigin> &origins, LoadIssue *issue)
{
    try {
        StackDefinition stack = parse(json);
        stack.sourceFile = file;
        return Outcome<StackDefinition>::success(std::move(stack));
    } catch (const TemplateError &error) {
        const TemplateOrigin origin = originOf(origins, error.pointer);
        const std::string pointer = pointerInFile(file, origin.file, origin.pointer);
        return failed({file, pointer.empty() ? "/" : pointer, error.message}, issue);
    } catch (const nlohmann::json::exception &error) {
        return failed({file, "/", error.what()}, issue);
    }
}

} // namespace

Outcome<StackDefinition> parseStack(const nlohmann::json &json, const std::string &file, LoadIssue *issue)
{
    return parseComposed(json, file, {}, issue);
}

Outcome<StackDefinition> parseStackText(const std::string &text, const std::string &file, LoadIssue *issue,
                                        const std::vector<std::string> &searchFolders)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &error) {
        LoadIssue found{file, "/", withArgs(coreText("templates", "not valid JSON at byte %1"), {std::to_string(error.byte)})};
        failed(found, issue);
        return Outcome<StackDefinition>::failure(found.message);
    } catch (const nlohmann::json::exception &) {
        // A number too large for a double (1E400) is out_of_range, not a parse_error.
        LoadIssue found{file, "/", coreText("templates", "not valid JSON (a number out of range)")};
        failed(found, issue);
        return Outcome<StackDefinition>::failure(found.message);
    }
    const CompositionResult composed = composeTemplate(std::move(json), file, searchFolders);
    if (composed.error)
        return failed({file, pointerInFile(file, composed.error->file, composed.error->pointer), composed.error->message}, issue);
    return parseComposed(composed.composed.json, file, composed.composed.origins, issue);
}

} // namespace stagecraft
