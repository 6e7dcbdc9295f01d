#include "cli/cli.h"
#include "cli/arguments.h"
#include "cli/commands.h"

#include "generate/generator.h"

#include <nlohmann/json.hpp>

namespace stagecraft {

namespace {

nlohmann::json ids(const std::vector<Choice> &choices)
{
    nlohmann::json list = nlohmann::json::array();
    for (const Choice &choice : choices)
        list.push_back(choice.id);
    return list;
}

nlohmann::json stackJson(const StackDefinition &stack)
{
    nlohmann::json bases = nlohmann::json::array();
    nlohmann::json unavailable = nlohmann::json::object();
    for (const std::string &base : knownBases()) {
        const std::string reason = baseUnavailableReason(stack, base);
        if (reason.empty())
            bases.push_back(base);
        else
            unavailable[base] = reason;
    }
    // Bases a stack offers but one of its language versions or package managers rules out
    // (Python 3.12 on distroless), so callers iterating the options can skip exactly those.
    nlohmann::json combinations = nlohmann::json::array();
    for (const Choice &version : stack.languageVersions) {
        for (const Choice &manager : stack.packageManagers) {
            for (const auto &base : bases) {
                Config config;
                config.languageVersion = version.id;
                config.packageManager = manager.id;
                config.base = base.get<std::string>();
                if (const std::string reason = baseUnavailableReason(stack, config); !reason.empty())
                    combinations.push_back({{"languageVersion", version.id}, {"packageManager", manager.id}, {"base", config.base}, {"reason", reason}});
            }
        }
    }
    const Config defaults = defaultConfig(stack);
    nlohmann::json options = nlohmann::json::array();
    for (const StackOption &option : stack.options)
        options.push_back({{"id", option.id}, {"label", option.label}, {"default", option.defaultValue}, {"help", option.help},
                           {"pattern", option.pattern}});
    return {{"id", stack.id},
            {"name", stack.name},
            {"packageManagers", ids(stack.packageManagers)},
            {"languageVersions", ids(stack.languageVersions)},
            {"bases", bases},
            {"unavailableBases", unavailable},
            {"unavailableCombinations", combinations},
            {"options", options},
            {"defaults", {{"packageManager", defaults.packageManager},
                          {"languageVersion", defaults.languageVersion},
                          {"base", defaults.base},
                          {"nonRoot", defaults.nonRoot},
                          {"uid", defaults.uid},
                          {"cacheMounts", defaults.cacheMounts},
                          {"port", defaults.port},
                          {"startCommand", defaults.startCommand}}}};
}

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft options [--json]\n\n"
           "Lists every stack with its package managers, language versions, usable bases and defaults.\n\n"
           "  --json            the list as JSON\n";
}

QString joined(const nlohmann::json &list)
{
    QStringList parts;
    for (const auto &item : list)
        parts << printableText(item.get<std::string>());
    return parts.join(QStringLiteral(", "));
}

} // namespace

int runOptionsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Outcome<Arguments> parsed = Arguments::parse(args, {{"--json"}, {"--help"}});
    if (!parsed || !parsed->positional().empty()) {
        reportBadArguments("options", parsed ? "unexpected argument '" + parsed->positional().front() + "'" : parsed.error(),
                           printUsage, err);
        return ExitBadInput;
    }
    if (parsed->has("--help")) {
        printUsage(out);
        return ExitOk;
    }
    const Catalog catalog = loadCatalog(err);
    nlohmann::json stacks = nlohmann::json::array();
    for (const StackDefinition &stack : catalog.stacks())
        stacks.push_back(stackJson(stack));
    if (parsed->has("--json")) {
        printJson(out, {{"stacks", stacks}});
        return ExitOk;
    }
    for (const auto &stack : stacks) {
        out << printableText(stack["id"].get<std::string>()) << "  " << printableText(stack["name"].get<std::string>()) << '\n'
            << "  package managers:  " << joined(stack["packageManagers"]) << '\n'
            << "  language versions: " << joined(stack["languageVersions"]) << '\n'
            << "  bases:             " << joined(stack["bases"]) << '\n';
        for (auto it = stack["unavailableBases"].begin(); it != stack["unavailableBases"].end(); ++it)
            out << "  not " << printableText(it.key()) << ": " << printableText(it->get<std::string>()) << '\n';
        const auto &d = stack["defaults"];
        out << "  defaults:          " << printableText(d["packageManager"].get<std::string>()) << ", "
            << printableText(d["languageVersion"].get<std::string>()) << ", "
            << printableText(d["base"].get<std::string>()) << ", port " << d["port"].get<int>() << '\n';
    }
    return ExitOk;
}

} // namespace stagecraft
