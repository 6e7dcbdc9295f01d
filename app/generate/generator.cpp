#include "generate/generator.h"

#include "common/printable.h"
#include "common/translated.h"
#include "config/servers.h"
#include "config/startcommand.h"
#include "config/valuerules.h"
#include "generate/templateengine.h"

#include <algorithm>
#include <string_view>

namespace stagecraft {

namespace {

const char *flag(bool value) { return value ? "true" : "false"; }

// An option the config does not name (a preset saved before the option existed) counts
// as its default, in conditions as in text (scopeFor).
Facts factsFor(const StackDefinition &stack, const Config &config)
{
    Facts facts{{"packageManager", config.packageManager},
                {"languageVersion", config.languageVersion},
                {"base", config.base},
                {"nonRoot", flag(config.nonRoot)},
                {"cacheMounts", flag(config.cacheMounts)},
                {"healthcheck", flag(config.healthcheck)},
                {"labels", flag(config.labels.enabled)},
                // The stack's own port: what its image already listens on (PHP-FPM's 9000).
                {"defaultPort", flag(config.port == stack.defaults.port)}};
    for (const StackOption &option : stack.options)
        facts[option.id] = option.defaultValue;
    for (const auto &[id, value] : config.options)
        facts[id] = value;
    for (const Choice *choice : {stack.languageVersion(config.languageVersion), stack.packageManager(config.packageManager),
                                 stack.base(config.base)}) {
        if (!choice)
            continue;
        for (const auto &[name, value] : choice->facts)
            facts[name] = value;
    }
    return facts;
}

// Later sources win: built-ins, then the stack, the language version, the package
// manager and the base, so a base can refine what a package manager set. Only the stack's
// and the choices' vars are template text; everything else is inserted as it is.
Scope scopeFor(const StackDefinition &stack, const Config &config, const std::vector<std::string> &startArgv)
{
    const auto verbatim = [](std::string text) { return Variable{std::move(text), false}; };
    Scope scope{{"stack", verbatim(stack.id)},
                {"packageManager", verbatim(config.packageManager)},
                {"languageVersion", verbatim(config.languageVersion)},
                {"base", verbatim(config.base)},
                {"port", verbatim(std::to_string(config.port))},
                {"uid", verbatim(std::to_string(config.uid))},
                {"gid", verbatim(std::to_string(config.gid))},
                {"healthcheckPath", verbatim(config.healthcheckPath)},
                {"labelTitle", verbatim(config.labels.title)},
                {"labelDescription", verbatim(config.labels.description)},
                {"labelSource", verbatim(config.labels.source)},
                {"labelLicenses", verbatim(config.labels.licenses)}};
    for (const StackOption &option : stack.options) {
        scope[option.id] = verbatim(optionValue(option, config));
    }
    const Choice *version = stack.languageVersion(config.languageVersion);
    const Choice *manager = stack.packageManager(config.packageManager);
    const Choice *base = stack.base(config.base);
    for (const Variables *layer : {&stack.vars, &version->vars, &manager->vars, &base->vars}) {
        for (const auto &[name, value] : *layer)
            scope[name] = Variable{value, true};
    }
    std::vector<std::string> argv = startArgv;
    // The single-stage variant runs on the stack's full image, not on the chosen base, so
    // it needs the command as the user wrote it, without the base's program paths.
    scope["startExecPlain"] = verbatim(execForm(argv));
    const auto mapped = base->programPaths.find(argv.front());
    if (mapped != base->programPaths.end())
        argv.front() = mapped->second;
    scope["startExec"] = verbatim(execForm(argv));
    return scope;
}

std::string mountFlag(const std::map<std::string, std::string> &fields)
{
    static const char *order[] = {"type", "id", "from", "source", "target", "sharing", "uid", "gid", "mode", "env"};
    std::string out = "--mount=";
    bool first = true;
    for (const char *key : order) {
        const auto it = fields.find(key);
        if (it == fields.end())
            continue;
        if (!first)
            out += ',';
        out += std::string(key) + '=' + it->second;
        first = false;
    }
    return out;
}

class Expander
{
public:
    Expander(const StackDefinition &stack, const Facts &facts, const Scope &scope)
        : m_stack(stack), m_facts(facts), m_scope(scope)
    {
    }

    std::string error() const { return m_error; }

    Document expand(const std::vector<StageTemplate> &templates, const std::string &pointer)
    {
        Document document;
        for (std::size_t s = 0; s < templates.size() && m_error.empty(); ++s) {
            const StageTemplate &st = templates[s];
            if (!included(st.when, st.unless, m_facts))
                continue;
            const std::string where = pointer + "/" + std::to_string(s);
            Stage stage;
            stage.name = st.name;
            stage.baseImage = text(st.from, where + "/from");
            stage.platform = text(st.platform, where + "/platform");
            stage.explanation = text(st.explanation, where + "/explain");
            for (std::size_t i = 0; i < st.instructions.size() && m_error.empty(); ++i) {
                const InstructionTemplate &it = st.instructions[i];
                if (included(it.when, it.unless, m_facts))
                    stage.instructions.push_back(instruction(it, where + "/instructions/" + std::to_string(i)));
            }
            document.stages.push_back(std::move(stage));
        }
        return document;
    }

private:
    std::string text(const std::string &raw, const std::string &where)
    {
        if (!m_error.empty())
            return {};
        Outcome<std::string> value = substitute(raw, m_scope, m_budget);
        if (!value) {
            m_error = m_stack.sourceFile + ": " + where + ": " + value.error();
            return {};
        }
        return value.value();
    }

    Instruction instruction(const InstructionTemplate &t, const std::string &where)
    {
        Instruction out;
        out.keyword = t.keyword;
        out.holds = t.holds;
        out.explanation = text(t.explanation, where + "/explain");
        for (std::size_t m = 0; m < t.mounts.size(); ++m) {
            const MountTemplate &mount = t.mounts[m];
            if (!included(mount.when, mount.unless, m_facts))
                continue;
            std::map<std::string, std::string> fields;
            for (const auto &[key, value] : mount.fields)
                fields[key] = text(value, where + "/mounts/" + std::to_string(m) + "/" + key);
            out.flags.push_back(mountFlag(fields));
        }
        for (std::size_t f = 0; f < t.flags.size(); ++f) {
            if (conditionHolds(t.flags[f].second, m_facts))
                out.flags.push_back(text(t.flags[f].first, where + "/flags/" + std::to_string(f)));
        }
        for (std::size_t a = 0; a < t.argumentLines.size(); ++a) {
            const ConditionalLine &line = t.argumentLines[a];
            if (included(line.when, line.unless, m_facts))
                out.argumentLines.push_back(text(line.line, where + "/arguments/" + std::to_string(a)));
        }
        if (!t.exec.empty()) {
            std::vector<std::string> argv;
            for (std::size_t e = 0; e < t.exec.size(); ++e)
                argv.push_back(text(t.exec[e], where + "/exec/" + std::to_string(e)));
            if (out.argumentLines.empty())
                out.argumentLines.push_back(execForm(argv));
            else
                out.argumentLines.back() += ' ' + execForm(argv);
        }
        return out;
    }

    const StackDefinition &m_stack;
    const Facts &m_facts;
    const Scope &m_scope;
    std::size_t m_budget = MaxExpandedBytes; // shared by both documents: together they stay below it
    std::string m_error;
};

// OCI labels mean the same for every stack, so they are added here rather than in each
// template: metadata only, placed just before the start command of the final stage.
void addLabels(Document &document, const OciLabels &labels)
{
    if (!labels.enabled || document.stages.empty())
        return;
    Instruction label;
    label.keyword = "LABEL";
    label.explanation = "OCI image labels: registries and scanners read the title, source repository and licence from them.";
    const std::pair<const char *, const std::string *> entries[] = {{"title", &labels.title},
                                                                    {"description", &labels.description},
                                                                    {"source", &labels.source},
                                                                    {"licenses", &labels.licenses}};
    for (const auto &[key, value] : entries) {
        if (!value->empty())
            label.argumentLines.push_back(std::string("org.opencontainers.image.") + key + "=\"" + *value + "\"");
    }
    if (label.argumentLines.empty())
        return;
    std::vector<Instruction> &instructions = document.stages.back().instructions;
    auto position = instructions.end();
    while (position != instructions.begin()
           && ((position - 1)->keyword == "CMD" || (position - 1)->keyword == "ENTRYPOINT" || (position - 1)->keyword == "HEALTHCHECK"))
        --position;
    instructions.insert(position, std::move(label));
}

std::string dockerignoreFor(const StackDefinition &stack, const Facts &facts)
{
    std::string out = "# Keeps the build context small and secrets out of the image.\n"
                      "# Generated by Stagecraft for the " + stack.name + " stack.\n";
    for (const ConditionalLine &line : stack.dockerignore) {
        if (included(line.when, line.unless, facts))
            out += line.line + '\n';
    }
    return out;
}

// Ids the stack's images already use (the node images' 'node' user is 1000): creating a
// user or group with one of them fails the build.
std::string takenIdProblem(const StackDefinition &stack, const char *what, int value)
{
    if (std::find(stack.reservedIds.begin(), stack.reservedIds.end(), value) == stack.reservedIds.end())
        return {};
    const std::string owner = stack.reservedIdsOwner.empty() ? coreText("generate", "the base image") : stack.reservedIdsOwner;
    return withArgs(coreText("generate", "%1 %2 is taken by %3; choose another (the default is 10001)"), {what, std::to_string(value), owner});
}

// URL path characters only: the path lands inside a quoted string of a probe command
// (wget's URL, a JavaScript or Python string literal), so no quote can be allowed.
std::string healthcheckPathProblem(const std::string &path)
{
    if (const std::string problem = singleLineProblem(coreText("generate", "the healthcheck path"), path); !problem.empty())
        return problem;
    const auto urlPathCharacter = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
               || std::string_view("._~/?=&%-").find(c) != std::string_view::npos;
    };
    if (path.empty() || path.front() != '/' || !std::all_of(path.begin(), path.end(), urlPathCharacter))
        return coreText("generate", "the healthcheck path must start with '/' and hold only URL path characters");
    return {};
}

std::string optionValueProblem(const StackOption &option, const std::string &value)
{
    if (const std::string problem = singleLineProblem(option.label, value); !problem.empty())
        return problem;
    // A heredoc opener would turn the template's next lines into the body of a RUN, dropping
    // instructions such as USER: no option value may start one, whatever its pattern allows.
    if (value.find("<<") != std::string::npos)
        return withArgs(coreText("generate", "%1 '%2' contains '<<', which would start a heredoc"), {option.label, printable(value)});
    if (!option.pattern.empty() && !matchesWholePattern(option.pattern, value))
        return withArgs(coreText("generate", "%1 '%2' is not valid: %3"),
                        {option.label, printable(value),
                         option.help.empty() ? withArgs(coreText("generate", "it does not match %1"), {option.pattern}) : option.help});
    if (option.isToggle() && value != "true" && value != "false")
        return withArgs(coreText("generate", "%1 is \"true\" or \"false\", not '%2'"), {option.label, printable(value)});
    if (option.isPath()) {
        if (const std::string problem = contextPathProblem(option.label, value); !problem.empty())
            return problem;
    }
    return {};
}

} // namespace

std::string baseUnavailableReason(const StackDefinition &stack, const std::string &baseId)
{
    const Choice *base = stack.base(baseId);
    if (!base)
        return withArgs(coreText("generate", "%1 has no '%2' runtime base"), {stack.name, baseId});
    return base->unsupported;
}

std::string baseUnavailableReason(const StackDefinition &stack, const Config &config)
{
    if (std::string reason = baseUnavailableReason(stack, config.base); !reason.empty())
        return reason;
    for (const Choice *choice : {stack.languageVersion(config.languageVersion), stack.packageManager(config.packageManager)}) {
        if (!choice)
            continue;
        const auto it = choice->unavailableBases.find(config.base);
        if (it != choice->unavailableBases.end() && !it->second.empty())
            return it->second;
    }
    // A base can rule out an option it has no means to honour (distroless: runtime
    // packages without a package manager; Alpine: PHP's Apache server). Only a value
    // other than the option's default is ruled out, so the defaults stay usable.
    const Choice *base = stack.base(config.base);
    for (const auto &[id, value] : config.options) {
        const StackOption *option = stack.option(id);
        if (value.empty() || value == "false" || (option && value == option->defaultValue))
            continue;
        const auto it = base->unavailableOptions.find(id);
        if (it != base->unavailableOptions.end() && !it->second.empty())
            return it->second;
    }
    return {};
}

std::string optionValue(const StackOption &option, const Config &config)
{
    const auto set = config.options.find(option.id);
    return set != config.options.end() ? set->second : option.defaultValue;
}

namespace {

// The first toggle that is on and whose `reason` member is set.
Unavailable ruledOutByToggle(const StackDefinition &stack, const Config &config, std::string StackOption::*reason)
{
    for (const StackOption &option : stack.options) {
        if ((option.*reason).empty())
            continue;
        if (optionValue(option, config) == "true")
            return {option.*reason, &option};
    }
    return {};
}

} // namespace

Unavailable healthcheckBlock(const StackDefinition &stack, const Config &config)
{
    if (const Choice *base = stack.base(config.base); base && !base->healthcheckUnavailable.empty())
        return {base->healthcheckUnavailable, nullptr};
    return ruledOutByToggle(stack, config, &StackOption::healthcheckUnavailable);
}

namespace {

const StackOption *startCommandOption(const StackDefinition &stack, const Config &config, std::string *command)
{
    for (const StackOption &option : stack.options) {
        const auto found = option.startCommands.find(optionValue(option, config));
        if (found != option.startCommands.end()) {
            *command = found->second;
            return &option;
        }
    }
    return nullptr;
}

} // namespace

Unavailable startCommandBlock(const StackDefinition &stack, const Config &config)
{
    if (Unavailable unused = ruledOutByToggle(stack, config, &StackOption::startCommandUnused); unused.option)
        return unused;
    std::string command;
    if (const StackOption *option = startCommandOption(stack, config, &command))
        return {withArgs(coreText("generate", "the image starts %1"), {command}), option};
    return {};
}

std::string effectiveStartCommand(const StackDefinition &stack, const Config &config)
{
    std::string command;
    return startCommandOption(stack, config, &command) ? command : config.startCommand;
}

std::vector<ConfigProblem> configProblems(const Catalog &catalog, const Config &config)
{
    std::vector<ConfigProblem> problems;
    const auto add = [&problems](ConfigField field, std::string message, std::string option = {}) {
        if (!message.empty())
            problems.push_back({field, std::move(option), std::move(message)});
    };
    const StackDefinition *stack = catalog.find(config.stack);
    if (!stack) {
        add(ConfigField::Stack, withArgs(coreText("generate", "unknown stack '%1'"), {printable(config.stack)}));
        return problems;
    }
    if (!stack->packageManager(config.packageManager))
        add(ConfigField::PackageManager, withArgs(coreText("generate", "unknown package manager '%1' for %2"), {printable(config.packageManager), stack->name}));
    if (!stack->languageVersion(config.languageVersion))
        add(ConfigField::LanguageVersion,
            withArgs(coreText("generate", "unsupported language version '%1' for %2"), {printable(config.languageVersion), stack->name}));
    const auto &bases = knownBases();
    if (std::find(bases.begin(), bases.end(), config.base) == bases.end())
        add(ConfigField::Base, withArgs(coreText("generate", "unknown base '%1' (choose alpine, slim, distroless or scratch)"), {printable(config.base)}));
    else if (const std::string reason = baseUnavailableReason(*stack, config); !reason.empty())
        add(ConfigField::Base, withArgs(coreText("generate", "%1 cannot use the %2 base: %3"), {stack->name, config.base, reason}));
    if (config.port < 1 || config.port > 65535)
        add(ConfigField::Port, withArgs(coreText("generate", "port %1 is outside 1-65535"), {std::to_string(config.port)}));
    const bool uidInRange = config.uid >= 1 && config.uid <= MaxUid;
    const bool gidInRange = config.gid >= 1 && config.gid <= MaxUid;
    if (!uidInRange)
        add(ConfigField::Uid, withArgs(coreText("generate", "uid %1 is outside 1-%2"), {std::to_string(config.uid), std::to_string(MaxUid)}));
    if (!gidInRange)
        add(ConfigField::Gid, withArgs(coreText("generate", "gid %1 is outside 1-%2"), {std::to_string(config.gid), std::to_string(MaxUid)}));
    if (config.nonRoot) {
        if (uidInRange)
            add(ConfigField::Uid, takenIdProblem(*stack, "uid", config.uid));
        if (gidInRange)
            add(ConfigField::Gid, takenIdProblem(*stack, "gid", config.gid));
    }
    // Every value is checked for where it lands even when its feature is off: a preset
    // can switch the feature on later, and a value can reach other lines.
    if (const std::string problem = singleLineProblem(coreText("generate", "the start command"), config.startCommand); !problem.empty())
        add(ConfigField::StartCommand, problem);
    else if (Outcome<std::vector<std::string>> argv = splitStartCommand(config.startCommand); !argv)
        add(ConfigField::StartCommand, argv.error());
    add(ConfigField::HealthcheckPath, healthcheckPathProblem(config.healthcheckPath));
    if (config.healthcheck) {
        if (const Unavailable block = healthcheckBlock(*stack, config); block.option)
            add(ConfigField::Healthcheck, withArgs(coreText("generate", "no healthcheck with %1=true: %2"), {block.option->id, block.reason}));
        else if (!block.reason.empty())
            add(ConfigField::Healthcheck, withArgs(coreText("generate", "no healthcheck on the %1 base: %2"), {config.base, block.reason}));
    }
    for (const auto &[id, value] : config.options) {
        const StackOption *option = stack->option(id);
        if (!option)
            add(ConfigField::Option, withArgs(coreText("generate", "unknown option '%1' for %2"), {printable(id), stack->name}), id);
        else
            add(ConfigField::Option, optionValueProblem(*option, value), id);
    }
    const std::pair<ConfigField, const std::string *> labels[] = {{ConfigField::LabelTitle, &config.labels.title},
                                                                  {ConfigField::LabelDescription, &config.labels.description},
                                                                  {ConfigField::LabelSource, &config.labels.source},
                                                                  {ConfigField::LabelLicenses, &config.labels.licenses}};
    for (const auto &[field, value] : labels) {
        if (const std::string problem = singleLineProblem(coreText("generate", "a label value"), *value); !problem.empty())
            add(field, problem);
        else if (value->find_first_of("\"\\$`") != std::string::npos)
            add(field, coreText("generate", "label values cannot contain quotes, backslashes, '$', '`' or line breaks"));
    }
    return problems;
}

std::string validateConfig(const Catalog &catalog, const Config &config)
{
    const std::vector<ConfigProblem> problems = configProblems(catalog, config);
    return problems.empty() ? std::string() : problems.front().message;
}

std::string renderedLineProblem(const Document &document)
{
    const RenderedDockerfile rendered = render(document);
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = rendered.text.find('\n'); end != std::string::npos; end = rendered.text.find('\n', start)) {
        lines.push_back(rendered.text.substr(start, end - start));
        start = end + 1;
    }
    if (start != rendered.text.size() || lines.size() != rendered.lines.size())
        return coreText("generate", "a value broke a line of the Dockerfile");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (hasControlCharacter(lines[i]))
            return withArgs(coreText("generate", "line %1 holds a control character"), {std::to_string(i + 1)});
        // Only the renderer continues an instruction: a line ends in a backslash exactly
        // when the next line belongs to the same instruction.
        const LineOrigin origin = rendered.lines[i];
        const bool continued = origin.instruction >= 0 && i + 1 < lines.size() && rendered.lines[i + 1] == origin;
        const bool endsInBackslash = !lines[i].empty() && lines[i].back() == '\\';
        if (continued != endsInBackslash)
            return continued ? withArgs(coreText("generate", "line %1 lost its continuation"), {std::to_string(i + 1)})
                             : withArgs(coreText("generate", "line %1 ends in a backslash that joins the next line"),
                                        {std::to_string(i + 1)});
    }
    return {};
}

Outcome<Generated> generate(const Catalog &catalog, const Config &config)
{
    if (const std::string problem = validateConfig(catalog, config); !problem.empty())
        return Outcome<Generated>::failure(problem);
    const StackDefinition &stack = *catalog.find(config.stack);
    // A known server gets the configured port and all interfaces in its own flags, so
    // EXPOSE, HEALTHCHECK and CMD name the same port and the app is reachable.
    const std::vector<std::string> argv
        = withPortAndHost(splitStartCommand(effectiveStartCommand(stack, config)).value(), config.port, "0.0.0.0");
    const Facts facts = factsFor(stack, config);
    const Scope scope = scopeFor(stack, config, argv);

    Expander expander(stack, facts, scope);
    Generated generated;
    generated.multiStage = expander.expand(stack.stages, "/stages");
    generated.singleStage = expander.expand(stack.singleStage, "/singleStage");
    if (!expander.error().empty())
        return Outcome<Generated>::failure(withArgs(coreText("generate", "template error: %1"), {printable(expander.error())}));
    addLabels(generated.multiStage, config.labels);
    addLabels(generated.singleStage, config.labels);
    // Defence in depth: whatever slipped past the checks above never becomes output.
    for (const Document *document : {&generated.multiStage, &generated.singleStage}) {
        if (const std::string problem = renderedLineProblem(*document); !problem.empty())
            return Outcome<Generated>::failure(withArgs(coreText("generate", "template error: %1: %2"),
                                                        {printable(stack.sourceFile), problem}));
    }
    generated.dockerignore = dockerignoreFor(stack, facts);
    // A base with a fixed user (distroless :nonroot) runs as that user whatever was chosen:
    // its only root variant is the untagged ':latest', which no pinned Dockerfile should use.
    const int fixed = stack.base(config.base)->fixedUser;
    const bool fixedUser = fixed != 0;
    const std::string fixedId = std::to_string(fixed);
    // Said only to someone who chose ids: the defaults carry no intent to overrule.
    const bool idsChosen = config.uid != Config{}.uid || config.gid != Config{}.gid;
    if (fixedUser && config.nonRoot && idsChosen && config.uid != fixed)
        generated.notes.push_back(withArgs(coreText("generate", "The %1 base runs as its built-in unprivileged user %2:%2; "
                                                                "the uid and gid settings apply to the other bases."),
                                           {config.base, fixedId}));
    if (fixedUser && !config.nonRoot)
        generated.notes.push_back(withArgs(coreText("generate", "The %1 base always runs as its built-in unprivileged user %2; "
                                                                "choose another base to run as root."),
                                           {config.base, fixedId}));
    if (config.nonRoot && config.port < 1024)
        generated.notes.push_back(withArgs(coreText("generate", "Port %1 is below 1024: a non-root process cannot listen on it unless the "
                                                                "container gets CAP_NET_BIND_SERVICE. Prefer a port from 1024 up."),
                                           {std::to_string(config.port)}));
    if (!config.nonRoot && !fixedUser)
        generated.notes.push_back(coreText("generate", "The container runs as root: a process that escapes the app owns the container."));
    return Outcome<Generated>::success(std::move(generated));
}

} // namespace stagecraft
