#include "detect/configfromdetection.h"

#include "catalog/catalog.h"
#include "common/printable.h"
#include "common/translated.h"
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
        note(notes, withArgs(coreText("scan", "the project's %1 \"%2\" does not fit the %3 template; keeping \"%4\""),
                             {option->label, printable(value), stack.name, config.options[id]}));
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
        return Outcome<Config>::failure(result.reason.empty() ? coreText("scan", "the scan found no stack") : result.reason);
    const StackDefinition *stack = catalog.find(result.stack);
    if (!stack)
        return Outcome<Config>::failure(withArgs(coreText("scan", "the scan found a %1 project but no %1 template is installed"),
                                                 {result.stack}));
    if (!result.refusal.empty())
        return Outcome<Config>::failure(result.refusal);
    Config config = defaultConfig(*stack);

    if (!result.packageManager.empty()) {
        if (stack->packageManager(result.packageManager))
            config.packageManager = result.packageManager;
        else
            note(notes, withArgs(coreText("scan", "the %1 template has no package manager %2; using %3"),
                                 {stack->name, result.packageManager, config.packageManager}));
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
                note(notes, withArgs(coreText("scan", "the project states version %1; the %2 template offers %3 as the nearest"),
                                     {result.languageVersion, stack->name, chosen}));
            config.languageVersion = chosen;
        }
    }
    if (result.port > 0)
        config.port = result.port;

    // What the stack's detection data says goes where: the start command where the template
    // runs it as is, facts into options, and a base the facts rule out.
    if (stack->detect) {
        const DetectPrefill &prefill = stack->detect->prefill;
        if (prefill.useStartCommand && !result.startCommand.empty()
            && result.startCommand.rfind(prefill.startPrefix, 0) == 0)
            config.startCommand = result.startCommand;
        for (const auto &[option, fact] : prefill.options) {
            if (const auto found = result.options.find(fact); found != result.options.end())
                setOption(config, *stack, option, found->second, notes);
        }
        if (!prefill.startFileOption.empty() && !result.startFile.empty())
            setOption(config, *stack, prefill.startFileOption, result.startFile, notes);
        for (const BaseFallback &fallback : prefill.baseFallbacks) {
            const auto fact = result.options.find(fallback.fact);
            if (fact == result.options.end() || fact->second != fallback.equals
                || std::find(fallback.from.begin(), fallback.from.end(), config.base) == fallback.from.end())
                continue;
            const Choice *to = stack->base(fallback.to);
            if (to && to->unsupported.empty()) {
                note(notes, withArgs(coreText("scan", "%1: base %2 instead of %3"), {fallback.because, fallback.to, config.base}));
                config.base = fallback.to;
            }
        }
    }

    if (std::string problem = fitNodeProject(result, *stack, config, notes); !problem.empty())
        return Outcome<Config>::failure(problem);
    applyAnalyserNotes(result, *stack, config, notes);
    return Outcome<Config>::success(std::move(config));
}

} // namespace stagecraft
