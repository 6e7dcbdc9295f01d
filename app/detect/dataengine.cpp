#include "detect/dataengine.h"

#include "catalog/catalog.h"
#include "catalog/templatetexts.h"
#include "common/translated.h"
#include "detect/detectors.h"
#include "detect/filereaders.h"
#include "io/boundedfile.h"

#include <fnmatch.h>

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string_view>

namespace stagecraft {

namespace {

const char *const languagesFile = ":/data/languages.json";

std::string joined(const std::string &folder, const std::string &name)
{
    return folder.empty() ? name : folder + '/' + name;
}

std::string parentOf(const std::string &folder)
{
    const auto slash = folder.rfind('/');
    return slash == std::string::npos ? std::string() : folder.substr(0, slash);
}

bool isGlob(const std::string &name)
{
    return name.find_first_of("*?[") != std::string::npos;
}

// Evidence quotes what a file says; a hostile file must not make it a page long.
std::string shortened(const std::string &value)
{
    return value.size() > 100 ? value.substr(0, 100) + "..." : value;
}

using Placeholders = std::initializer_list<std::pair<std::string_view, std::string>>;

// One pass, left to right: text a replacement brings in (project text can look like a
// placeholder) is never expanded again.
std::string substituted(const std::string &text, Placeholders placeholders)
{
    std::string out;
    for (std::size_t at = 0; at < text.size();) {
        const auto match = std::find_if(placeholders.begin(), placeholders.end(), [&](const auto &p) {
            return std::string_view(text).substr(at).starts_with(p.first);
        });
        if (match == placeholders.end()) {
            out += text[at++];
            continue;
        }
        out += match->second;
        at += match->first.size();
    }
    return out;
}

std::string findingText(const std::string &finding, const std::string &value, const std::string &file)
{
    return substituted(finding, {{"{value}", shortened(value)}, {"{file}", file}});
}

bool singleValued(const std::string &set)
{
    return set != "buildOutput" && set != "file" && set != "evidence";
}

std::vector<DetectSpec> loadLanguages()
{
    std::vector<DetectSpec> specs;
    const Outcome<std::string> text = readBoundedFile(languagesFile);
    if (!text)
        return specs;
    // Built-in data: tests/core/tst_detectdata.cpp proves it loads; a broken build has none.
    nlohmann::json json = nlohmann::json::parse(text.value(), nullptr, false);
    // Its findings are read like a template's (resources/translations extracts them).
    translateTemplateTexts(json, languagesFile);
    if (!json.is_object() || !json.contains("languages") || !json["languages"].is_array())
        return specs;
    for (std::size_t i = 0; i < json["languages"].size(); ++i) {
        DetectParseResult parsed = parseDetectSpec(json["languages"][i], "/languages/" + std::to_string(i), nullptr, nullptr);
        if (!parsed.error)
            specs.push_back(std::move(parsed.spec));
    }
    return specs;
}

} // namespace

const std::vector<DetectSpec> &builtInLanguages()
{
    static const std::vector<DetectSpec> languages = loadLanguages();
    return languages;
}

const Catalog &builtInCatalog()
{
    static const Catalog catalog = Catalog::load({":/templates"});
    return catalog;
}

std::vector<DetectEntry> detectEntries(const Catalog &catalog)
{
    std::vector<DetectEntry> entries;
    std::set<std::string> languages;
    for (const StackDefinition &stack : catalog.stacks()) {
        if (stack.detect) {
            entries.push_back({stack.id, &*stack.detect});
            languages.insert(stack.detect->language);
        }
    }
    // A language's own stack takes over its recognition.
    for (const DetectSpec &language : builtInLanguages()) {
        if (!languages.count(language.language))
            entries.push_back({"", &language});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const DetectEntry &a, const DetectEntry &b) {
        if (a.spec->precedence != b.spec->precedence)
            return a.spec->precedence > b.spec->precedence;
        return a.stack < b.stack;
    });
    return entries;
}

DetectEngine::DetectEngine(ScanContext &context)
    : m_context(context)
{
}

std::vector<std::string> DetectEngine::identifyNames(const std::vector<DetectEntry> &entries)
{
    std::vector<std::string> names;
    for (const DetectEntry &entry : entries) {
        for (const DetectRule &rule : entry.spec->identify) {
            if (rule.confidence == Confidence::Guess)
                continue; // app.py alone is a hint, not a manifest worth naming
            for (const std::string &file : rule.files) {
                if (std::find(names.begin(), names.end(), file) == names.end())
                    names.push_back(file);
            }
        }
    }
    return names;
}

// The root-relative file a rule reads in `folder`, or "" when none of its names exists.
std::string DetectEngine::resolve(const DetectRule &rule, const std::string &folder) const
{
    for (const std::string &name : rule.files) {
        std::string dir = folder;
        while (true) {
            if (isGlob(name)) {
                // The walk's file list, so a glob never lists a folder itself.
                const std::string subdir = directoryOf(joined(dir, name));
                const std::string pattern = fileNameOf(name);
                for (const std::string &file : m_context.tree().files) {
                    if (directoryOf(file) == subdir && fnmatch(pattern.c_str(), fileNameOf(file).c_str(), 0) == 0
                        && m_context.isFile(file))
                        return file;
                }
            } else if (m_context.isFile(joined(dir, name))) {
                return joined(dir, name);
            }
            if (!rule.up || dir.empty())
                break;
            dir = parentOf(dir);
        }
    }
    return {};
}

bool DetectEngine::conditionsHold(const DetectRule &rule, const std::string &folder) const
{
    if (!rule.ifFile.empty() && !m_context.isFile(joined(folder, rule.ifFile)))
        return false;
    return rule.unlessFile.empty() || !m_context.isFile(joined(folder, rule.unlessFile));
}

const std::optional<std::string> &DetectEngine::text(const std::string &path, bool quiet)
{
    if (quiet) {
        // Not cached: a warning this read swallowed must come when the values read it.
        m_none = m_context.read(path);
        return m_none;
    }
    auto it = m_texts.find(path);
    if (it == m_texts.end())
        it = m_texts.emplace(path, m_context.read(path)).first;
    return it->second;
}

std::vector<std::string> DetectEngine::readValues(const DetectRule &rule, const std::string &path, bool quiet)
{
    const std::string &reader = rule.reader;
    if (reader == "exists")
        return {"true"};
    if (reader == "json" || reader == "toml") {
        if (reader == "json") {
            auto it = m_json.find(path);
            std::optional<nlohmann::json> quietCopy;
            const std::optional<nlohmann::json> *document = nullptr;
            if (quiet) {
                quietCopy = m_context.readJson(path);
                document = &quietCopy;
            } else {
                if (it == m_json.end())
                    it = m_json.emplace(path, m_context.readJson(path)).first;
                document = &it->second;
            }
            // A name is text: a manifest whose "name" is a number names nothing.
            return *document ? jsonValues(**document, rule.key, rule.set == "name") : std::vector<std::string>{};
        }
        auto it = m_toml.find(path);
        std::optional<toml::table> quietCopy;
        const std::optional<toml::table> *document = nullptr;
        if (quiet) {
            quietCopy = m_context.readToml(path);
            document = &quietCopy;
        } else {
            if (it == m_toml.end())
                it = m_toml.emplace(path, m_context.readToml(path)).first;
            document = &it->second;
        }
        return *document ? tomlValues(**document, rule.key) : std::vector<std::string>{};
    }
    const std::optional<std::string> &content = text(path, quiet);
    if (!content)
        return {};
    if (reader == "text") {
        const std::string line = firstLine(content->substr(0, 4096));
        return line.empty() ? std::vector<std::string>{} : std::vector<std::string>{line};
    }
    if (reader == "regex") {
        std::vector<std::string> hits;
        std::size_t start = 0;
        while (start <= content->size() && hits.size() < (rule.all ? MaxReaderValues : 1)) {
            std::size_t end = content->find('\n', start);
            if (end == std::string::npos)
                end = content->size();
            if (end - start <= maxSearchedLine) {
                std::string found = searchLine(content->substr(start, end - start), *rule.regex);
                if (!found.empty())
                    hits.push_back(std::move(found));
            }
            start = end + 1;
        }
        return hits;
    }
    if (reader == "yaml")
        return yamlValues(*content, rule.key);
    if (reader == "ini")
        return iniValues(*content, rule.key);
    XmlValues xml = xmlValues(*content, rule.key);
    if (!xml.problem.empty() && !quiet)
        m_context.warn(withArgs(coreText("scan", "%1: malformed XML at line %2, column %3 (%4); ignored"),
                                {path, std::to_string(xml.line), std::to_string(xml.column), xml.error}));
    return std::move(xml.values);
}

// The value a rule yields for the root-relative `path`, before reduction in *raw.
std::optional<std::string> DetectEngine::ruleValue(const DetectRule &rule, const std::string &path, bool quiet,
                                                   std::string *raw)
{
    std::vector<std::string> values = readValues(rule, path, quiet);
    if (rule.regex && rule.reader != "regex") {
        std::vector<std::string> kept;
        for (const std::string &value : values) {
            std::string found = searchLine(value, *rule.regex);
            if (!found.empty())
                kept.push_back(std::move(found));
        }
        values = std::move(kept);
    }
    values.erase(std::remove_if(values.begin(), values.end(), [](const std::string &v) { return trimmed(v).empty(); }),
                 values.end());
    if (values.empty())
        return std::nullopt;
    std::string value;
    if (rule.all) {
        if (rule.sorted)
            std::sort(values.begin(), values.end());
        for (const std::string &v : values)
            value += (value.empty() ? "" : rule.separator) + v;
    } else {
        value = values.front();
    }
    *raw = value;
    if (rule.value.empty())
        return value;
    // A fixed value may name what was read ({value}) and the file's name without its
    // extension ({stem}): .NET's app host is named after its project file.
    const std::string name = fileNameOf(path);
    const std::string stem = name.substr(0, name.rfind('.') == 0 ? name.size() : name.rfind('.'));
    return substituted(rule.value, {{"{value}", value}, {"{stem}", stem}});
}

std::optional<DetectMatch> DetectEngine::identify(const DetectSpec &spec, const std::string &folder)
{
    for (const DetectRule &rule : spec.identify) {
        if (!conditionsHold(rule, folder))
            continue;
        const std::string path = resolve(rule, folder);
        if (path.empty())
            continue;
        std::string raw;
        m_context.setQuiet(true);
        const bool found = ruleValue(rule, path, true, &raw).has_value();
        m_context.setQuiet(false);
        if (!found)
            continue;
        DetectMatch match;
        match.file = path;
        match.confidence = rule.confidence;
        match.reportFinding = !rule.finding || !rule.finding->empty();
        match.finding = findingText(rule.finding.value_or("{file}"), raw, fileNameOf(path));
        return match;
    }
    return std::nullopt;
}

void DetectEngine::applyValues(const DetectSpec &spec)
{
    DetectionResult &result = m_context.result();
    const std::string &project = m_context.project();
    std::set<std::string> done;
    for (const DetectRule &rule : spec.values) {
        if (singleValued(rule.set) && done.count(rule.set))
            continue;
        if (rule.set == "name" || !conditionsHold(rule, project))
            continue;
        // Facts are set in rule order, so a rule sees only those of the rules before it.
        if ((!rule.ifFact.empty() && !result.options.count(rule.ifFact))
            || (!rule.unlessFact.empty() && result.options.count(rule.unlessFact)))
            continue;
        const std::string path = resolve(rule, project);
        if (path.empty())
            continue;
        std::string raw;
        const std::optional<std::string> read = ruleValue(rule, path, false, &raw);
        if (!read)
            continue;
        const std::string value = rule.reduce.empty() ? *read : reduceVersion(rule.reduce, *read);
        if (value.empty())
            continue;
        const std::string defaultFinding = rule.key.empty() ? std::string("{file}") : rule.key + " {value}";
        const std::string finding = findingText(rule.finding.value_or(defaultFinding), raw, fileNameOf(path));
        const bool report = !rule.finding || !rule.finding->empty();
        auto evidence = [&](const std::string &about) {
            if (report)
                m_context.addEvidence(path, finding, rule.confidence, about);
        };
        if (rule.set == "languageVersion" || rule.set == "packageManager" || rule.set == "buildCommand"
            || rule.set == "startCommand") {
            std::string &field = rule.set == "languageVersion" ? result.languageVersion
                               : rule.set == "packageManager"  ? result.packageManager
                               : rule.set == "buildCommand"    ? result.buildCommand
                                                               : result.startCommand;
            if (!field.empty()) {
                done.insert(rule.set);
                continue;
            }
            field = value;
            evidence(rule.set);
        } else if (rule.set == "port") {
            if (value.size() > 5 || value.find_first_not_of("0123456789") != std::string::npos)
                continue;
            const int port = std::stoi(value);
            if (port < 1 || port > 65535 || result.port != 0) {
                done.insert(rule.set);
                continue;
            }
            if (report)
                m_context.setPort(port, path, finding, rule.confidence);
            else
                result.port = port, result.portIsGuess = rule.confidence == Confidence::Guess;
        } else if (rule.set == "buildOutput") {
            const std::string folder = value.back() == '/' ? value : value + '/';
            if (std::find(result.buildOutputs.begin(), result.buildOutputs.end(), folder) == result.buildOutputs.end())
                result.buildOutputs.push_back(folder);
            evidence("buildOutput");
        } else if (rule.set == "file") {
            const std::string prefix = project.empty() ? std::string() : project + '/';
            if (path.rfind(prefix, 0) == 0) {
                const std::string name = path.substr(prefix.size());
                if (std::find(result.files.begin(), result.files.end(), name) == result.files.end())
                    result.files.insert(std::upper_bound(result.files.begin(), result.files.end(), name), name);
            }
            evidence("files");
        } else if (rule.set == "evidence") {
            evidence("");
        } else if (rule.set == "refusal") {
            result.refusal = value;
            result.refusalAnsweredBy = rule.answeredBy;
            evidence("refusal");
        } else { // fact:ID
            const std::string id = rule.set.substr(5);
            if (result.options.count(id)) {
                done.insert(rule.set);
                continue;
            }
            result.options[id] = value;
            evidence("");
        }
        done.insert(rule.set);
    }
}

std::string DetectEngine::name(const DetectSpec &spec, const std::string &folder)
{
    for (const DetectRule &rule : spec.values) {
        if (rule.set != "name" || !conditionsHold(rule, folder))
            continue;
        const std::string path = resolve(rule, folder);
        std::string raw;
        if (path.empty())
            continue;
        if (const auto value = ruleValue(rule, path, false, &raw))
            return *value;
    }
    return {};
}

} // namespace stagecraft
