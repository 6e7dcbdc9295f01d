#include "cli/configflags.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "config/valuerules.h"
#include "generate/generator.h"

#include <QFileInfo>

#include <map>

namespace stagecraft {

namespace {

Outcome<int> parseNumber(const std::string &flag, const std::string &text)
{
    return parseWholeNumber(flag, text);
}

// The --option KEY=VALUE flags, a later one for the same key winning.
Outcome<std::map<std::string, std::string>> optionFlags(const Arguments &a)
{
    std::map<std::string, std::string> options;
    for (const std::string &option : a.values("--option")) {
        const std::size_t eq = option.find('=');
        if (eq == std::string::npos || eq == 0)
            return Outcome<std::map<std::string, std::string>>::failure("--option takes KEY=VALUE, e.g. mainPackage=./cmd/server");
        options[option.substr(0, eq)] = option.substr(eq + 1);
    }
    return Outcome<std::map<std::string, std::string>>::success(std::move(options));
}

std::vector<Arguments::Spec> commandSpecs(std::vector<Arguments::Spec> extra)
{
    std::vector<Arguments::Spec> specs = configFlagSpecs();
    specs.insert(specs.end(), extra.begin(), extra.end());
    specs.push_back({"--help"});
    return specs;
}

} // namespace

const std::vector<Arguments::Spec> &configFlagSpecs()
{
    static const std::vector<Arguments::Spec> specs{
        {"--preset", true, false},         {"--stack", true, false},         {"--package-manager", true, false},
        {"--language-version", true, false}, {"--base", true, false},        {"--non-root", false, false},
        {"--no-non-root", false, false},   {"--uid", true, false},           {"--gid", true, false},
        {"--cache-mounts", false, false},  {"--no-cache-mounts", false, false}, {"--port", true, false},
        {"--start-command", true, false},  {"--healthcheck", false, false},  {"--no-healthcheck", false, false},
        {"--healthcheck-path", true, false}, {"--label", true, true},        {"--option", true, true},
        {"--comments", false, false},      {"--no-comments", false, false},
    };
    return specs;
}

std::optional<Arguments> parseConfigCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> extra,
                                            void (*usage)(QTextStream &), QTextStream &out, QTextStream &err, int &exitCode)
{
    Outcome<Arguments> parsed = Arguments::parse(args, commandSpecs(std::move(extra)));
    if (!parsed) {
        reportBadArguments(command, parsed.error(), usage, err);
        exitCode = ExitBadInput;
        return std::nullopt;
    }
    if (parsed->has("--help")) {
        usage(out);
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (!parsed->positional().empty()) {
        reportBadArguments(command, "unexpected argument '" + parsed->positional().front() + "'", usage, err);
        exitCode = ExitBadInput;
        return std::nullopt;
    }
    return std::move(parsed).value();
}

Outcome<CommandConfig> configFromCommandLine(const Arguments &parsed, const Catalog &catalog, bool measure,
                                             std::vector<std::string> *notes)
{
    using Result = Outcome<CommandConfig>;
    if (!parsed.has("--project")) {
        Outcome<Config> config = configFromArguments(parsed, catalog);
        if (!config)
            return Result::failure(config.error());
        return Result::success({std::move(config).value(), std::nullopt});
    }
    const std::string dir = parsed.value("--project");
    if (!QFileInfo(QString::fromStdString(dir)).isDir())
        return Result::failure("--project: '" + dir + "' is not a directory");
    if (parsed.has("--preset"))
        return Result::failure("--project and --preset both give the starting configuration; use one");
    ProjectScanOptions options;
    options.measure = measure;
    if (parsed.has("--start-command"))
        options.startCommand = parsed.value("--start-command");
    if (Outcome<std::map<std::string, std::string>> chosen = optionFlags(parsed))
        options.chosenOptions = std::move(chosen).value();
    ProjectScan scan = scanAndMeasure(dir, catalog, options);
    const Config *start = nullptr;
    if (!scan.config) {
        if (!parsed.has("--stack"))
            // A recognised stack that does not fit says why; only an unknown one needs --stack.
            return Result::failure("--project " + dir + ": " + scan.refusal
                                   + (scan.detection.stack.empty() ? "; choose a stack with --stack ID" : ""));
        notes->push_back("the project scan gives no configuration (" + scan.refusal + "); using --stack");
    } else if (parsed.has("--stack") && parsed.value("--stack") != scan.config->stack) {
        notes->push_back("--stack " + parsed.value("--stack") + " replaces the scanned stack " + scan.config->stack
                         + "; the scan's other findings are not used");
    } else {
        start = &*scan.config;
        notes->insert(notes->end(), scan.notes.begin(), scan.notes.end());
        for (const std::string &warning : scan.detection.warnings)
            notes->push_back("project scan: " + warning);
    }
    Outcome<Config> config = configFromArguments(parsed, catalog, start);
    if (!config)
        return Result::failure(config.error());
    return Result::success({std::move(config).value(), std::move(scan)});
}

std::optional<CommandConfig> resolveCommandConfig(const char *command, const Arguments &parsed, const Catalog &catalog,
                                                  bool measure, QTextStream &err)
{
    std::vector<std::string> notes;
    Outcome<CommandConfig> config = configFromCommandLine(parsed, catalog, measure, &notes);
    for (const std::string &note : notes)
        err << "note: " << printableText(note) << '\n';
    if (!config) {
        err << "stagecraft " << command << ": " << printableText(config.error()) << '\n';
        return std::nullopt;
    }
    return std::move(config).value();
}

const char *configFlagsHelp()
{
    return "  --preset FILE               start from a preset file (flags override it)\n"
           "  --stack ID                  node, nextjs, go, python, ... (see 'stagecraft options')\n"
           "  --package-manager PM        e.g. npm, pnpm, yarn, yarn-berry, bun, pip, poetry, uv\n"
           "  --language-version V        e.g. 22, 1.23, 3.13\n"
           "  --base B                    alpine | slim | distroless | scratch\n"
           "  --non-root | --no-non-root  run the final stage as an unprivileged user (default on)\n"
           "  --uid N, --gid N            the user's ids (default 10001)\n"
           "  --cache-mounts | --no-cache-mounts\n"
           "                              BuildKit cache mounts for package managers (default on)\n"
           "  --port N                    the port the app listens on (EXPOSE)\n"
           "  --start-command CMD         the command that starts the app (exec form)\n"
           "  --healthcheck | --no-healthcheck, --healthcheck-path PATH\n"
           "  --label KEY=VALUE           OCI label: title, description, source or licenses\n"
           "  --option KEY=VALUE          a stack option, e.g. mainPackage=./cmd/server (go)\n"
           "  --comments | --no-comments  write each line's explanation as a comment above it (default off)\n";
}

Outcome<Config> configFromArguments(const Arguments &a, const Catalog &catalog, const Config *start)
{
    using Result = Outcome<Config>;
    Config config = start ? *start : Config{};
    if (!start && a.has("--preset")) {
        Outcome<Config> preset = loadPreset(a.value("--preset"), catalog);
        if (!preset)
            return preset;
        config = preset.value();
    }
    if (a.has("--stack")) {
        const StackDefinition *stack = catalog.find(a.value("--stack"));
        if (!stack)
            return Result::failure("unknown stack '" + a.value("--stack") + "' (see 'stagecraft options')");
        if (config.stack != stack->id)
            config = config.stack.empty() ? defaultConfig(*stack) : switchStack(config, *stack);
    }
    if (config.stack.empty())
        return Result::failure("choose a stack with --stack ID or --preset FILE (see 'stagecraft options')");

    if (a.has("--package-manager"))
        config.packageManager = a.value("--package-manager");
    if (a.has("--language-version"))
        config.languageVersion = a.value("--language-version");
    if (a.has("--base"))
        config.base = a.value("--base");
    if (const std::string last = a.lastOf("--non-root", "--no-non-root"); !last.empty())
        config.nonRoot = last == "--non-root";
    if (const std::string last = a.lastOf("--cache-mounts", "--no-cache-mounts"); !last.empty())
        config.cacheMounts = last == "--cache-mounts";
    if (const std::string last = a.lastOf("--healthcheck", "--no-healthcheck"); !last.empty())
        config.healthcheck = last == "--healthcheck";
    if (const std::string last = a.lastOf("--comments", "--no-comments"); !last.empty())
        config.comments = last == "--comments";
    for (const char *flag : {"--uid", "--gid", "--port"}) {
        if (!a.has(flag))
            continue;
        Outcome<int> number = parseNumber(flag, a.value(flag));
        if (!number)
            return Result::failure(number.error());
        (std::string(flag) == "--uid" ? config.uid : std::string(flag) == "--gid" ? config.gid : config.port) = number.value();
    }
    if (a.has("--uid") && !a.has("--gid"))
        config.gid = config.uid;
    if (a.has("--start-command"))
        config.startCommand = a.value("--start-command");
    if (a.has("--healthcheck-path"))
        config.healthcheckPath = a.value("--healthcheck-path");
    for (const std::string &label : a.values("--label")) {
        const std::size_t eq = label.find('=');
        const std::string key = label.substr(0, eq);
        const std::string value = eq == std::string::npos ? std::string() : label.substr(eq + 1);
        std::string *target = key == "title" ? &config.labels.title
                            : key == "description" ? &config.labels.description
                            : key == "source" ? &config.labels.source
                            : key == "licenses" ? &config.labels.licenses : nullptr;
        if (!target || eq == std::string::npos)
            return Result::failure("--label takes title=..., description=..., source=... or licenses=...");
        *target = value;
        config.labels.enabled = true;
    }
    Outcome<std::map<std::string, std::string>> chosen = optionFlags(a);
    if (!chosen)
        return Result::failure(chosen.error());
    for (const auto &[id, value] : chosen.value())
        config.options[id] = value;
    if (const std::string problem = validateConfig(catalog, config); !problem.empty())
        return Result::failure(problem);
    // A start command asked for on the command line that the image would never run is a
    // mistake to report, not to drop; one carried by a preset or the scan is just unused.
    if (a.has("--start-command")) {
        if (const Unavailable unused = startCommandBlock(*catalog.find(config.stack), config); unused.option)
            return Result::failure("--start-command has no effect with " + unused.option->id + "=" + optionValue(*unused.option, config)
                                   + ": " + unused.reason);
    }
    return Result::success(std::move(config));
}

} // namespace stagecraft
