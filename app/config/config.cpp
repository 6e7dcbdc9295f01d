#include "config/config.h"

#include "catalog/catalog.h"
#include "common/printable.h"
#include "common/translated.h"
#include "io/boundedfile.h"

#include <nlohmann/json.hpp>


#include <climits>
#include <set>

namespace stagecraft {

namespace {

// The preset's shape, written as "schemaVersion". Presets from before it carry "format": 1,
// the same shape; a preset without either is read as the current one.
constexpr int PresetSchemaVersion = 1;
constexpr std::size_t MaxPresetBytes = 1024 * 1024;

struct PresetError
{
    std::string message;
};

const nlohmann::json *member(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

void read(const nlohmann::json &object, const char *key, std::string &target)
{
    if (const nlohmann::json *v = member(object, key)) {
        if (!v->is_string())
            throw PresetError{withArgs(coreText("preset", "'%1' must be a string"), {key})};
        target = v->get<std::string>();
    }
}

void read(const nlohmann::json &object, const char *key, bool &target)
{
    if (const nlohmann::json *v = member(object, key)) {
        if (!v->is_boolean())
            throw PresetError{withArgs(coreText("preset", "'%1' must be true or false"), {key})};
        target = v->get<bool>();
    }
}

void read(const nlohmann::json &object, const char *key, int &target)
{
    if (const nlohmann::json *v = member(object, key)) {
        if (!v->is_number_integer() || (v->is_number_unsigned() && v->get<unsigned long long>() > INT_MAX)
            || v->get<long long>() < INT_MIN || v->get<long long>() > INT_MAX)
            throw PresetError{withArgs(coreText("preset", "'%1' must be a whole number"), {key})};
        target = v->get<int>();
    }
}

// `section`: the key of the object inside the preset, or "" for the preset itself.
void rejectUnknownKeys(const nlohmann::json &object, const std::set<std::string> &known, const std::string &section)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.count(it.key()))
            continue;
        if (section.empty())
            throw PresetError{withArgs(coreText("preset", "unknown key '%1'"), {printable(it.key())})};
        throw PresetError{withArgs(coreText("preset", "unknown key '%1' in '%2'"), {printable(it.key()), section})};
    }
}

} // namespace

Config defaultConfig(const StackDefinition &stack)
{
    Config config;
    config.stack = stack.id;
    config.packageManager = stack.defaults.packageManager;
    config.languageVersion = stack.defaults.languageVersion;
    config.base = stack.defaults.base;
    config.port = stack.defaults.port;
    config.startCommand = stack.defaults.startCommand;
    for (const StackOption &option : stack.options)
        config.options[option.id] = option.defaultValue;
    return config;
}

Config switchStack(const Config &config, const StackDefinition &stack)
{
    Config switched = defaultConfig(stack);
    switched.nonRoot = config.nonRoot;
    switched.uid = config.uid;
    switched.gid = config.gid;
    switched.cacheMounts = config.cacheMounts;
    switched.healthcheck = config.healthcheck;
    switched.healthcheckPath = config.healthcheckPath;
    switched.labels = config.labels;
    switched.comments = config.comments;
    return switched;
}

nlohmann::json toJson(const Config &config)
{
    nlohmann::json json{{"schemaVersion", PresetSchemaVersion},
                        {"stack", config.stack},
                        {"packageManager", config.packageManager},
                        {"languageVersion", config.languageVersion},
                        {"base", config.base},
                        {"nonRoot", config.nonRoot},
                        {"uid", config.uid},
                        {"gid", config.gid},
                        {"cacheMounts", config.cacheMounts},
                        {"port", config.port},
                        {"startCommand", config.startCommand},
                        {"healthcheck", config.healthcheck},
                        {"healthcheckPath", config.healthcheckPath},
                        {"labels", {{"enabled", config.labels.enabled},
                                    {"title", config.labels.title},
                                    {"description", config.labels.description},
                                    {"source", config.labels.source},
                                    {"licenses", config.labels.licenses}}},
                        {"options", config.options},
                        {"comments", config.comments}};
    return json;
}

Outcome<Config> configFromJson(const nlohmann::json &json, const Config &start)
{
    try {
        if (!json.is_object())
            throw PresetError{coreText("preset", "a preset is a JSON object")};
        // The version first: a newer preset's new keys are not this version's mistakes.
        if (json.contains("format") && json.contains("schemaVersion"))
            throw PresetError{coreText("preset", "give 'schemaVersion' or the older 'format', not both")};
        const std::string versionKey = json.contains("format") ? "format" : "schemaVersion";
        int version = PresetSchemaVersion;
        read(json, versionKey.c_str(), version);
        if (version > PresetSchemaVersion)
            throw PresetError{withArgs(coreText("preset", "'%1' %2 is newer than this stagecraft reads (%3); update stagecraft to use this preset"),
                                       {versionKey, std::to_string(version), std::to_string(PresetSchemaVersion)})};
        if (version < 1)
            throw PresetError{withArgs(coreText("preset", "'%1' %2 is not a preset version (this stagecraft reads 1 to %3)"),
                                       {versionKey, std::to_string(version), std::to_string(PresetSchemaVersion)})};
        rejectUnknownKeys(json, {"schemaVersion", "format", "stack", "packageManager", "languageVersion", "base", "nonRoot", "uid", "gid",
                                 "cacheMounts", "port", "startCommand", "healthcheck", "healthcheckPath", "labels", "options",
                                 "comments"},
                          "");
        Config config = start;
        read(json, "stack", config.stack);
        read(json, "packageManager", config.packageManager);
        read(json, "languageVersion", config.languageVersion);
        read(json, "base", config.base);
        read(json, "nonRoot", config.nonRoot);
        read(json, "uid", config.uid);
        read(json, "gid", config.gid);
        read(json, "cacheMounts", config.cacheMounts);
        read(json, "port", config.port);
        read(json, "startCommand", config.startCommand);
        read(json, "healthcheck", config.healthcheck);
        read(json, "healthcheckPath", config.healthcheckPath);
        read(json, "comments", config.comments);
        if (const nlohmann::json *labels = member(json, "labels")) {
            if (!labels->is_object())
                throw PresetError{coreText("preset", "'labels' must be an object")};
            rejectUnknownKeys(*labels, {"enabled", "title", "description", "source", "licenses"}, "labels");
            read(*labels, "enabled", config.labels.enabled);
            read(*labels, "title", config.labels.title);
            read(*labels, "description", config.labels.description);
            read(*labels, "source", config.labels.source);
            read(*labels, "licenses", config.labels.licenses);
        }
        if (const nlohmann::json *options = member(json, "options")) {
            if (!options->is_object())
                throw PresetError{coreText("preset", "'options' must be an object of strings")};
            for (auto it = options->begin(); it != options->end(); ++it) {
                if (!it->is_string())
                    throw PresetError{withArgs(coreText("preset", "option '%1' must be a string"), {printable(it.key())})};
                config.options[it.key()] = it->get<std::string>();
            }
        }
        return Outcome<Config>::success(std::move(config));
    } catch (const PresetError &error) {
        return Outcome<Config>::failure(error.message);
    } catch (const nlohmann::json::exception &error) {
        return Outcome<Config>::failure(withArgs(coreText("preset", "a value has the wrong type (%1)"), {error.what()}));
    }
}

Outcome<Config> loadPreset(const std::string &path, const Catalog &catalog)
{
    const std::string where = printable(path);
    const Outcome<std::string> bytes = readBoundedFile(path, {.maxBytes = MaxPresetBytes});
    if (!bytes) {
        // The reader's message starts with the path, which this one names first already.
        const std::string reason = bytes.error().rfind(path + ": ", 0) == 0 ? bytes.error().substr(path.size() + 2) : bytes.error();
        return Outcome<Config>::failure(withArgs(coreText("preset", "%1: cannot read the preset: %2"), {where, printable(reason)}));
    }
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.value());
    } catch (const nlohmann::json::parse_error &error) {
        return Outcome<Config>::failure(withArgs(coreText("preset", "%1: not valid JSON (byte %2)"), {where, std::to_string(error.byte)}));
    } catch (const nlohmann::json::exception &) {
        // A number too large for a double (1E400) is out_of_range, not a parse_error.
        return Outcome<Config>::failure(withArgs(coreText("preset", "%1: not valid JSON (a number out of range)"), {where}));
    }
    const auto stackId = json.is_object() ? json.find("stack") : json.end();
    if (stackId == json.end() || !stackId->is_string())
        return Outcome<Config>::failure(withArgs(coreText("preset", "%1: a preset names its stack (\"stack\": \"node\")"), {where}));
    const StackDefinition *stack = catalog.find(stackId->get<std::string>());
    if (!stack)
        return Outcome<Config>::failure(withArgs(coreText("preset", "%1: unknown stack '%2'"), {where, printable(stackId->get<std::string>())}));
    Outcome<Config> config = configFromJson(json, defaultConfig(*stack));
    if (!config)
        return Outcome<Config>::failure(where + ": " + printable(config.error()));
    return config;
}

std::string presetText(const Config &config)
{
    return toJson(config).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

} // namespace stagecraft
