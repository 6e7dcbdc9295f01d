// Strict reading of a stack template: every key is consumed or reported, with the JSON
// pointer of the offending value, so a typo in a user's template is found at load time.
#include "catalog/catalog.h"
#include "common/printable.h"
#include "config/valuerules.h"
#include "dockerfile/document.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace stagecraft {

namespace {

struct ParseError
{
    std::string pointer;
    std::string message;
};

constexpr int MaxTemplateDepth = 16;
constexpr std::size_t MaxNameLength = 64;

// Refuses control characters in every key and string of the file before anything reads
// it: template text is copied into Dockerfile lines (from, platform, flags, stage names,
// variables, choice ids), and no line may carry a line break or an escape sequence. The
// walk also bounds the nesting, which no valid template comes near.
void checkText(const nlohmann::json &json, const std::string &pointer, int depth)
{
    if (depth > MaxTemplateDepth)
        throw ParseError{pointer, "nested deeper than " + std::to_string(MaxTemplateDepth) + " levels"};
    const auto check = [](const std::string &text, const std::string &where) {
        if (hasControlCharacter(text))
            throw ParseError{where, "contains a control character; template text must stay on one line"};
    };
    if (json.is_string()) {
        check(json.get_ref<const std::string &>(), pointer);
    } else if (json.is_object()) {
        for (auto it = json.begin(); it != json.end(); ++it) {
            check(it.key(), pointer + "/" + it.key());
            checkText(it.value(), pointer + "/" + it.key(), depth + 1);
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i)
            checkText(json[i], pointer + "/" + std::to_string(i), depth + 1);
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

class Reader
{
public:
    Reader(const nlohmann::json &json, std::string pointer)
        : m_json(json), m_pointer(std::move(pointer))
    {
        if (!m_json.is_object())
            throw ParseError{m_pointer, "expected an object"};
    }

    // Call after reading: any key nobody asked for is a mistake in the file.
    void finish() const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!m_seen.count(it.key()))
                throw ParseError{m_pointer, "unknown key '" + it.key() + "'"};
        }
    }

    bool has(const std::string &key) const { return m_json.contains(key); }
    std::string path(const std::string &key) const { return m_pointer + "/" + key; }

    const nlohmann::json *value(const std::string &key)
    {
        m_seen.insert(key);
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }

    std::string string(const std::string &key, bool required = false)
    {
        const nlohmann::json *v = value(key);
        if (!v) {
            if (required)
                throw ParseError{m_pointer, "missing key '" + key + "'"};
            return {};
        }
        if (!v->is_string())
            throw ParseError{path(key), "expected a string"};
        return v->get<std::string>();
    }

    bool boolean(const std::string &key, bool fallback)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return fallback;
        if (!v->is_boolean())
            throw ParseError{path(key), "expected true or false"};
        return v->get<bool>();
    }

    int integer(const std::string &key, int fallback)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return fallback;
        if (!v->is_number_integer())
            throw ParseError{path(key), "expected an integer"};
        return v->get<int>();
    }

    // A string, or a list of strings (one per rendered line).
    std::vector<std::string> lines(const std::string &key)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return {};
        if (v->is_string())
            return {v->get<std::string>()};
        return stringList(*v, path(key));
    }

    std::vector<std::string> strings(const std::string &key)
    {
        const nlohmann::json *v = value(key);
        return v ? stringList(*v, path(key)) : std::vector<std::string>{};
    }

    static std::vector<std::string> stringList(const nlohmann::json &v, const std::string &pointer)
    {
        if (!v.is_array())
            throw ParseError{pointer, "expected a list of strings"};
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string())
                throw ParseError{pointer + "/" + std::to_string(i), "expected a string"};
            out.push_back(v[i].get<std::string>());
        }
        return out;
    }

    std::map<std::string, std::string> stringMap(const std::string &key)
    {
        const nlohmann::json *v = value(key);
        std::map<std::string, std::string> out;
        if (!v)
            return out;
        if (!v->is_object())
            throw ParseError{path(key), "expected an object of strings"};
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (!it->is_string())
                throw ParseError{path(key) + "/" + it.key(), "expected a string"};
            out[it.key()] = it->get<std::string>();
        }
        return out;
    }

    template<typename F>
    void forEach(const std::string &key, F &&each)
    {
        const nlohmann::json *v = value(key);
        if (!v)
            return;
        if (!v->is_array())
            throw ParseError{path(key), "expected a list"};
        for (std::size_t i = 0; i < v->size(); ++i)
            each((*v)[i], path(key) + "/" + std::to_string(i));
    }

private:
    const nlohmann::json &m_json;
    std::string m_pointer;
    std::set<std::string> m_seen;
};

const std::set<std::string> &conditionKeys()
{
    static const std::set<std::string> keys{"packageManager", "languageVersion", "base", "nonRoot",
                                            "cacheMounts", "healthcheck", "labels"};
    return keys;
}

Condition parseCondition(Reader &reader, const std::string &key, const std::set<std::string> &optionIds)
{
    Condition condition;
    const nlohmann::json *v = reader.value(key);
    if (!v)
        return condition;
    if (!v->is_object())
        throw ParseError{reader.path(key), "expected an object of conditions"};
    for (auto it = v->begin(); it != v->end(); ++it) {
        const std::string pointer = reader.path(key) + "/" + it.key();
        if (!conditionKeys().count(it.key()) && !optionIds.count(it.key()))
            throw ParseError{pointer, "unknown condition '" + it.key() + "'"};
        std::vector<std::string> values;
        if (it->is_boolean())
            values.push_back(it->get<bool>() ? "true" : "false");
        else if (it->is_string())
            values.push_back(it->get<std::string>());
        else
            values = Reader::stringList(*it, pointer);
        condition[it.key()] = values;
    }
    return condition;
}

const std::set<std::string> &holdsVocabulary()
{
    static const std::set<std::string> words{Holds::Nothing, Holds::SystemPackages, Holds::Dependencies,
                                             Holds::AllDependencies, Holds::Sources, Holds::BuildOutput,
                                             Holds::Application, Holds::PackageCache, Holds::RuntimeFiles,
                                             Holds::User};
    return words;
}

InstructionTemplate parseInstruction(const nlohmann::json &json, const std::string &pointer,
                                     const std::set<std::string> &optionIds)
{
    Reader r(json, pointer);
    InstructionTemplate t;
    t.keyword = r.string("instruction", true);
    if (!isName(t.keyword, isUpper, isUpper))
        throw ParseError{r.path("instruction"), "an instruction is written in upper case, e.g. \"RUN\""};
    if (t.keyword == "FROM")
        throw ParseError{r.path("instruction"), "FROM comes from the stage's \"from\", not an instruction"};
    r.forEach("flags", [&](const nlohmann::json &flag, const std::string &p) {
        if (flag.is_string()) {
            t.flags.emplace_back(flag.get<std::string>(), Condition{});
            return;
        }
        Reader fr(flag, p);
        std::string text = fr.string("flag", true);
        Condition when = parseCondition(fr, "when", optionIds);
        fr.finish();
        t.flags.emplace_back(std::move(text), std::move(when));
    });
    r.forEach("mounts", [&](const nlohmann::json &mount, const std::string &p) {
        Reader mr(mount, p);
        MountTemplate m;
        m.when = parseCondition(mr, "when", optionIds);
        m.unless = parseCondition(mr, "unless", optionIds);
        for (const char *field : {"type", "source", "target", "id", "sharing", "from", "uid", "gid", "mode", "env"}) {
            std::string value = mr.string(field);
            if (!value.empty())
                m.fields[field] = value;
        }
        mr.finish();
        if (!m.fields.count("type") || !m.fields.count("target"))
            throw ParseError{p, "a mount needs at least \"type\" and \"target\""};
        t.mounts.push_back(std::move(m));
    });
    t.argumentLines = r.lines("arguments");
    t.exec = r.strings("exec");
    t.explanation = r.string("explain", true);
    t.holds = r.string("holds");
    if (!holdsVocabulary().count(t.holds))
        throw ParseError{r.path("holds"), "unknown layer content '" + t.holds + "'"};
    t.when = parseCondition(r, "when", optionIds);
    t.unless = parseCondition(r, "unless", optionIds);
    r.finish();
    return t;
}

StageTemplate parseStage(const nlohmann::json &json, const std::string &pointer, const std::set<std::string> &optionIds)
{
    Reader r(json, pointer);
    StageTemplate s;
    s.name = r.string("name");
    if (!s.name.empty() && !isName(s.name, isLower, [](char c) { return isLowerOrDigit(c) || c == '_' || c == '.' || c == '-'; }))
        throw ParseError{r.path("name"), "stage names are lower case (BuildKit's StageNameCasing), at most 64 characters"};
    if (s.name == "scratch" || s.name == "context")
        throw ParseError{r.path("name"), "'" + s.name + "' is a reserved stage name"};
    s.from = r.string("from", true);
    s.platform = r.string("platform");
    s.explanation = r.string("explain", true);
    s.when = parseCondition(r, "when", optionIds);
    s.unless = parseCondition(r, "unless", optionIds);
    r.forEach("instructions", [&](const nlohmann::json &i, const std::string &p) {
        s.instructions.push_back(parseInstruction(i, p, optionIds));
    });
    r.finish();
    return s;
}

Choice parseChoice(const nlohmann::json &json, const std::string &pointer)
{
    Reader r(json, pointer);
    Choice c;
    c.id = r.string("id", true);
    c.name = r.string("name");
    if (c.name.empty())
        c.name = c.id;
    c.description = r.string("description");
    c.unsupported = r.string("unsupported");
    c.vars = r.stringMap("vars");
    c.programPaths = r.stringMap("programPaths");
    r.finish();
    return c;
}

std::vector<Choice> parseChoices(Reader &r, const std::string &key)
{
    std::vector<Choice> out;
    std::set<std::string> ids;
    r.forEach(key, [&](const nlohmann::json &c, const std::string &p) {
        Choice choice = parseChoice(c, p);
        if (!ids.insert(choice.id).second)
            throw ParseError{p, "duplicate id '" + choice.id + "'"};
        out.push_back(std::move(choice));
    });
    if (out.empty())
        throw ParseError{r.path(key), "needs at least one entry"};
    return out;
}

StackDefinition parse(const nlohmann::json &json)
{
    checkText(json, "", 0);
    Reader r(json, "");
    StackDefinition s;
    s.id = r.string("id", true);
    if (!isName(s.id, isLower, [](char c) { return isLowerOrDigit(c) || c == '-'; }))
        throw ParseError{"/id", "a stack id is lower case letters, digits and '-', at most 64 characters"};
    s.name = r.string("name", true);
    s.description = r.string("description");
    s.startsOwnServer = r.boolean("startsOwnServer", false);
    s.languageVersions = parseChoices(r, "languageVersions");
    s.packageManagers = parseChoices(r, "packageManagers");
    s.bases = parseChoices(r, "bases");
    for (std::size_t i = 0; i < s.bases.size(); ++i) {
        const auto &known = knownBases();
        if (std::find(known.begin(), known.end(), s.bases[i].id) == known.end())
            throw ParseError{"/bases/" + std::to_string(i) + "/id", "unknown base '" + s.bases[i].id + "' (alpine, slim, distroless, scratch)"};
    }
    std::set<std::string> optionIds;
    r.forEach("options", [&](const nlohmann::json &o, const std::string &p) {
        Reader orr(o, p);
        StackOption option;
        option.id = orr.string("id", true);
        option.label = orr.string("label", true);
        option.help = orr.string("help");
        option.defaultValue = orr.string("default");
        option.pattern = orr.string("pattern");
        const std::string kind = orr.string("kind");
        orr.finish();
        if (kind != "" && kind != "text" && kind != "path" && kind != "toggle")
            throw ParseError{p + "/kind", "an option's kind is \"text\", \"path\" or \"toggle\""};
        option.kind = kind == "path" ? StackOption::Kind::Path : kind == "toggle" ? StackOption::Kind::Toggle : StackOption::Kind::Text;
        if (option.isToggle() && option.defaultValue != "true" && option.defaultValue != "false")
            throw ParseError{p + "/default", "a toggle option's default is \"true\" or \"false\""};
        if (!option.pattern.empty()) {
            const QRegularExpression check(QString::fromStdString(option.pattern));
            if (!check.isValid())
                throw ParseError{p + "/pattern", "not a valid regular expression: " + check.errorString().toStdString()};
        }
        optionIds.insert(option.id);
        s.options.push_back(std::move(option));
    });
    {
        const nlohmann::json *d = r.value("defaults");
        if (!d)
            throw ParseError{"", "missing key 'defaults'"};
        Reader dr(*d, "/defaults");
        s.defaults.packageManager = dr.string("packageManager", true);
        s.defaults.languageVersion = dr.string("languageVersion", true);
        s.defaults.base = dr.string("base", true);
        s.defaults.port = dr.integer("port", 8080);
        s.defaults.startCommand = dr.string("startCommand", true);
        dr.finish();
        if (!s.packageManager(s.defaults.packageManager))
            throw ParseError{"/defaults/packageManager", "not one of the stack's package managers"};
        if (!s.languageVersion(s.defaults.languageVersion))
            throw ParseError{"/defaults/languageVersion", "not one of the stack's language versions"};
        const Choice *base = s.base(s.defaults.base);
        if (!base || !base->unsupported.empty())
            throw ParseError{"/defaults/base", "not a supported base of the stack"};
    }
    s.vars = r.stringMap("vars");
    r.forEach("stages", [&](const nlohmann::json &st, const std::string &p) { s.stages.push_back(parseStage(st, p, optionIds)); });
    r.forEach("singleStage", [&](const nlohmann::json &st, const std::string &p) { s.singleStage.push_back(parseStage(st, p, optionIds)); });
    if (s.stages.empty())
        throw ParseError{"/stages", "needs at least one stage"};
    if (s.singleStage.size() != 1)
        throw ParseError{"/singleStage", "holds exactly one stage: the naive single-stage build"};
    r.forEach("dockerignore", [&](const nlohmann::json &line, const std::string &p) {
        if (line.is_string()) {
            s.dockerignore.push_back({line.get<std::string>(), {}, {}});
            return;
        }
        Reader lr(line, p);
        DockerignoreLine entry;
        entry.line = lr.string("line", true);
        entry.when = parseCondition(lr, "when", optionIds);
        entry.unless = parseCondition(lr, "unless", optionIds);
        lr.finish();
        s.dockerignore.push_back(std::move(entry));
    });
    r.finish();
    return s;
}

} // namespace

Outcome<StackDefinition> parseStack(const nlohmann::json &json, const std::string &file, LoadIssue *issue)
{
    try {
        StackDefinition stack = parse(json);
        stack.sourceFile = file;
        return Outcome<StackDefinition>::success(std::move(stack));
    } catch (const ParseError &error) {
        LoadIssue found{file, error.pointer.empty() ? "/" : error.pointer, error.message};
        if (issue)
            *issue = found;
        return Outcome<StackDefinition>::failure(found.toString());
    } catch (const nlohmann::json::exception &error) {
        LoadIssue found{file, "/", error.what()};
        if (issue)
            *issue = found;
        return Outcome<StackDefinition>::failure(found.toString());
    }
}

Outcome<StackDefinition> parseStackText(const std::string &text, const std::string &file, LoadIssue *issue)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &error) {
        *issue = {file, "/", "not valid JSON at byte " + std::to_string(error.byte)};
        return Outcome<StackDefinition>::failure(issue->message);
    } catch (const nlohmann::json::exception &) {
        // A number too large for a double (1E400) is out_of_range, not a parse_error.
        *issue = {file, "/", "not valid JSON (a number out of range)"};
        return Outcome<StackDefinition>::failure(issue->message);
    }
    return parseStack(json, file, issue);
}

} // namespace stagecraft
