#include "detect/nodeframeworks.h"

#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <regex>
#include <sstream>

namespace stagecraft {

namespace {

using json = nlohmann::json;

// Reads one entry's fields, recording the first problem with its path.
class EntryReader
{
public:
    EntryReader(const json &entry, std::string where) : m_entry(entry), m_where(std::move(where)) {}

    std::string text(const char *key, bool required)
    {
        const auto found = m_entry.find(key);
        if (found == m_entry.end()) {
            if (required)
                fail(key, "missing");
            return {};
        }
        if (!found->is_string()) {
            fail(key, "must be a string");
            return {};
        }
        return found->get<std::string>();
    }

    std::string oneOf(const char *key, std::initializer_list<const char *> allowed)
    {
        const std::string value = text(key, true);
        for (const char *candidate : allowed) {
            if (value == candidate)
                return value;
        }
        std::string list;
        for (const char *candidate : allowed)
            list += (list.empty() ? "" : ", ") + std::string(candidate);
        fail(key, "\"" + value + "\" is not one of " + list);
        return {};
    }

    std::vector<std::string> texts(const char *key, bool required)
    {
        std::vector<std::string> out;
        const auto found = m_entry.find(key);
        if (found == m_entry.end()) {
            if (required)
                fail(key, "missing");
            return out;
        }
        if (!found->is_array()) {
            fail(key, "must be an array of strings");
            return out;
        }
        for (std::size_t i = 0; i < found->size(); ++i) {
            const json &item = (*found)[i];
            if (!item.is_string() || item.get<std::string>().empty()) {
                fail(std::string(key) + "[" + std::to_string(i) + "]", "must be a non-empty string");
                return {};
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    int number(const char *key)
    {
        const auto found = m_entry.find(key);
        if (found == m_entry.end() || !found->is_number_integer() || found->get<long long>() < 0
            || found->get<long long>() > 65535) {
            fail(key, "must be a port number (0 for none)");
            return 0;
        }
        return found->get<int>();
    }

    const json *object(const char *key)
    {
        const auto found = m_entry.find(key);
        if (found == m_entry.end() || !found->is_object()) {
            fail(key, "must be an object");
            return nullptr;
        }
        return &*found;
    }

    void fail(const std::string &key, const std::string &problem)
    {
        if (m_error.empty())
            m_error = m_where + "." + key + ": " + problem;
    }

    const std::string &error() const { return m_error; }

private:
    const json &m_entry;
    std::string m_where;
    std::string m_error;
};

Outcome<NodeFramework> parseEntry(const json &entry, const std::string &where)
{
    if (!entry.is_object())
        return Outcome<NodeFramework>::failure(where + ": must be an object");
    EntryReader read(entry, where);
    NodeFramework framework;
    framework.id = read.text("id", true);
    framework.name = read.text("name", true);
    framework.dependencies = read.texts("dependencies", true);
    if (read.error().empty() && framework.dependencies.empty())
        read.fail("dependencies", "names no package");
    framework.adapter = read.text("adapter", false);
    framework.buildScriptRuns = read.text("buildScriptRuns", false);
    framework.configFiles = read.texts("configFiles", false);
    framework.configPattern = read.text("configPattern", false);
    if (!framework.configPattern.empty()) {
        if (framework.configFiles.empty())
            read.fail("configPattern", "needs configFiles to match against");
        try {
            std::regex check(framework.configPattern);
        } catch (const std::regex_error &) {
            read.fail("configPattern", "not a valid regular expression");
        }
    }
    framework.stack = read.oneOf("stack", {"node", "nextjs", "static"});
    framework.output = read.text("output", true);
    framework.start = read.text("start", framework.stack != "static");
    framework.devCommands = read.texts("devCommands", true);
    framework.port = read.number("port");
    if (const json *bind = read.object("bind")) {
        EntryReader bindRead(*bind, where + ".bind");
        framework.bindAddress = bindRead.oneOf("address", {"0.0.0.0", "127.0.0.1", ""});
        framework.bindSetting = bindRead.text("setting", true);
        if (!bindRead.error().empty())
            return Outcome<NodeFramework>::failure(bindRead.error());
        const std::string &setting = framework.bindSetting;
        if (!setting.empty() && setting.rfind("env:", 0) != 0 && setting.rfind("flag:", 0) != 0)
            read.fail("bind.setting", "\"" + setting + "\" is neither env:NAME nor flag:-x");
    }
    framework.layout = read.oneOf("layout", {"app", "output"});
    framework.explain = read.text("explain", true);
    if (framework.stack == "static") {
        framework.outputDir = read.text("outputDir", true);
        framework.spaFallback = read.oneOf("spaFallback", {"true", "false"});
    } else if (framework.port == 0) {
        read.fail("port", "a server framework needs its default port");
    }
    if (!read.error().empty())
        return Outcome<NodeFramework>::failure(read.error());
    return Outcome<NodeFramework>::success(std::move(framework));
}

std::vector<std::string> wordsOf(const std::string &text)
{
    std::vector<std::string> words;
    std::istringstream stream(text);
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

} // namespace

Outcome<std::vector<NodeFramework>> parseNodeFrameworks(const std::string &text)
{
    using Result = Outcome<std::vector<NodeFramework>>;
    const json root = json::parse(text, nullptr, false);
    if (root.is_discarded())
        return Result::failure("not valid JSON");
    if (!root.is_object() || !root.contains("frameworks") || !root["frameworks"].is_array())
        return Result::failure("frameworks: missing, or not an array");
    std::vector<NodeFramework> table;
    const json &entries = root["frameworks"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string where = "frameworks[" + std::to_string(i) + "]";
        Outcome<NodeFramework> entry = parseEntry(entries[i], where);
        if (!entry)
            return Result::failure(entry.error());
        for (const NodeFramework &earlier : table) {
            if (earlier.id == entry->id)
                return Result::failure(where + ".id: \"" + entry->id + "\" is used twice");
        }
        table.push_back(std::move(entry).value());
    }
    return Result::success(std::move(table));
}

const std::vector<NodeFramework> &nodeFrameworks()
{
    static const std::vector<NodeFramework> table = [] {
        const Outcome<std::string> text = readBoundedFile(":/data/node-frameworks.json");
        if (!text)
            return std::vector<NodeFramework>();
        Outcome<std::vector<NodeFramework>> parsed = parseNodeFrameworks(text.value());
        return parsed ? std::move(parsed).value() : std::vector<NodeFramework>();
    }();
    return table;
}

bool runsDevServer(const NodeFramework &framework, const std::string &script)
{
    const std::vector<std::string> words = wordsOf(script);
    for (const std::string &command : framework.devCommands) {
        const std::vector<std::string> dev = wordsOf(command);
        if (dev.empty() || words.size() < dev.size() || !std::equal(dev.begin(), dev.end(), words.begin()))
            continue;
        if (std::all_of(words.begin() + static_cast<std::ptrdiff_t>(dev.size()), words.end(),
                        [](const std::string &word) { return word.rfind("-", 0) == 0; }))
            return true;
    }
    return false;
}

} // namespace stagecraft
