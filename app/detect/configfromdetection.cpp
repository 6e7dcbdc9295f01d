#include "detect/configfromdetection.h"

#include "catalog/catalog.h"
#include "common/printable.h"
#include "config/valuerules.h"
#include "detect/detectors.h"
#include "detect/nodeconfig.h"
#include "detect/pygoconfig.h"

#include <algorithm>
#include <cstdlib>

namespace stagecraft {

namespace {

std::vector<int> numbers(const std::string &version)
{
    std::vector<int> parts;
    std::size_t start = 0;
    while (start < version.size()) {
        std::size_t end = version.find('.', start);
        if (end == std::string::npos)
            end = version.size();
        parts.push_back(std::atoi(version.substr(start, end - start).c_str()));
        start = end + 1;
    }
    return parts;
}

void note(std::vector<std::string> *notes, std::string text)
{
    if (notes)
        notes->push_back(std::move(text));
}

void setOption(Config &config, const StackDefinition &stack, const std::string &id, const std::string &value,
               std::vector<std::string> *notes)
{
    const StackOption *option = stack.option(id);
    if (!option)
        return;
    if (!option->pattern.empty() && !matchesWholePattern(option->pattern, value)) {
        note(notes, "the project's " + option->label + " \"" + printable(value) + "\" does not fit the " + stack.name
                        + " template; keeping \"" + config.options[id] + "\"");
        return;
    }
    config.options[id] = value;
}

} // namespace

std::string nearestVersion(const std::string &wanted, const std::vector<std::string> &choices)
{
    if (choices.empty())
        return {};
    std::vector<std::string> sorted = choices;
    std::sort(sorted.begin(), sorted.end(),
              [](const std::string &a, const std::string &b) { return numbers(a) < numbers(b); });
    const std::vector<int> target = numbers(wanted);
    for (const auto &choice : sorted) {
        if (numbers(choice) >= target)
            return choice;
    }
    return sorted.back();
}

Outcome<Config> configFromDetection(const DetectionResult &result, const Catalog &catalog, std::vector<std::string> *notes)
{
    if (result.stack.empty())
        return Outcome<Config>::failure(result.reason.empty() ? std::string("the scan found no stack") : result.reason);
    const StackDefinition *stack = catalog.find(result.stack);
    if (!stack)
        return Outcome<Config>::failure("the scan found a " + result.stack + " project but no " + result.stack
                                        + " template is installed");
    Config config = defaultConfig(*stack);

    if (!result.packageManager.empty()) {
        if (stack->packageManager(result.packageManager))
            config.packageManager = result.packageManager;
        else
            note(notes, "the " + stack->name + " template has no package manager " + result.packageManager
                            + "; using " + config.packageManager);
    }
    if (!result.languageVersion.empty()) {
        std::vector<std::string> offered;
        for (const Choice &choice : stack->languageVersions) {
            if (choice.unsupported.empty())
                offered.push_back(choice.id);
        }
        const std::string chosen = nearestVersion(result.languageVersion, offered);
        if (!chosen.empty()) {
            if (chosen != result.languageVersion)
                note(notes, "the project states version " + result.languageVersion + "; the " + stack->name
                                + " template offers " + chosen + " as the nearest");
            config.languageVersion = chosen;
        }
    }
    if (result.port > 0)
        config.port = result.port;

    // A start command replaces the template's only where the template runs it as is:
    // Node templates exec `node FILE`; Go's binary path is the template's own.
    if (!result.startCommand.empty()) {
        const bool nodeLike = result.stack == "node" || result.stack == "nextjs";
        if (result.stack == "python" || result.stack == "ruby" || (nodeLike && result.startCommand.rfind("node ", 0) == 0))
            config.startCommand = result.startCommand;
    }

    if (result.stack == "go") {
        if (const auto main = result.options.find("mainPackage"); main != result.options.end())
            setOption(config, *stack, "mainPackage", main->second, notes);
        else if (result.mainPackages.size() > 1)
            note(notes, "several main packages; choose one (mainPackage), the template builds "
                            + config.options["mainPackage"]);
        if (result.options.count("cgo") && (config.base == "scratch" || config.base == "distroless")) {
            const Choice *slim = stack->base("slim");
            if (slim && slim->unsupported.empty()) {
                note(notes, "the project uses cgo, which needs libc: base slim instead of " + config.base);
                config.base = "slim";
            }
        }
    }
    // PHP: the framework's layout and the extensions composer.json requires. Ruby: Rails or
    // Rack, and the Rails steps the Gemfile allows.
    if (result.stack == "php" || result.stack == "ruby") {
        for (const char *id : {"framework", "extensions", "bootsnap", "assetsPrecompile"}) {
            if (const auto found = result.options.find(id); found != result.options.end())
                setOption(config, *stack, id, found->second, notes);
        }
    }
    if (std::string problem = fitNodeProject(result, *stack, config, notes); !problem.empty())
        return Outcome<Config>::failure(problem);
    applyPythonGoFacts(result, *stack, config, notes);
    return Outcome<Config>::success(std::move(config));
}

} // namespace stagecraft
