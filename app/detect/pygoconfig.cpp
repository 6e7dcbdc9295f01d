#include "detect/pygoconfig.h"

#include "catalog/stackdefinition.h"
#include "common/printable.h"
#include "config/valuerules.h"

#include <algorithm>

namespace stagecraft {

namespace {

void note(std::vector<std::string> *notes, std::string text)
{
    if (notes)
        notes->push_back(std::move(text));
}

// Copies a scan fact into a template option the template declares, when the value fits it.
void copyOption(const DetectionResult &result, const StackDefinition &stack, Config &config, const std::string &id,
                std::vector<std::string> *notes)
{
    const auto fact = result.options.find(id);
    const StackOption *option = stack.option(id);
    if (fact == result.options.end() || !option)
        return;
    if (!option->pattern.empty() && !matchesWholePattern(option->pattern, fact->second)) {
        note(notes, "the project's " + option->label + " \"" + printable(fact->second) + "\" does not fit the "
                        + stack.name + " template; keeping \"" + config.options[id] + "\"");
        return;
    }
    config.options[id] = fact->second;
}

void applyPython(const DetectionResult &result, const StackDefinition &stack, Config &config,
                 std::vector<std::string> *notes)
{
    for (const char *id : {"requirements", "installProject", "collectStatic", "staticRoot"})
        copyOption(result, stack, config, id, notes);
    const auto requirements = result.options.find("requirements");
    const bool pyproject = std::find(result.files.begin(), result.files.end(), "pyproject.toml") != result.files.end();
    if (config.packageManager == "pip" && requirements != result.options.end() && requirements->second == "false" && pyproject)
        note(notes, "pip installs requirements.txt and the project has none, so no dependencies are installed: export "
                    "them to requirements.txt");
    if (!result.startCommand.empty())
        config.startCommand = result.startCommand; // the generator binds known servers to all interfaces
    else
        note(notes, "could not tell how the app starts; the template runs \"" + config.startCommand
                        + "\": set --start-command");
    if (result.bindAddress == "127.0.0.1" && result.bindSetting.empty())
        note(notes, (result.startFile.empty() ? std::string("the app") : printable(result.startFile))
                        + " listens on loopback only; make it listen on 0.0.0.0 or the container is unreachable");
    const auto wsgi = result.options.find("wsgiModule");
    if (wsgi != result.options.end() && result.options.count("collectStatic") == 0)
        note(notes, "Django settings set no STATIC_ROOT, so the image does not run collectstatic");
}

void applyGo(const DetectionResult &result, const StackDefinition &stack, Config &config, std::vector<std::string> *notes)
{
    copyOption(result, stack, config, "goSum", notes);
    // cgo moving off scratch and distroless happens with the main package in configFromDetection.
    copyOption(result, stack, config, "cgo", notes);
    if (result.bindAddress == "127.0.0.1")
        note(notes, (result.startFile.empty() ? std::string("the program") : printable(result.startFile))
                        + " listens on loopback only; listen on \":" + std::to_string(config.port)
                        + "\" (no host) or the container is unreachable");
}

} // namespace

void applyPythonGoFacts(const DetectionResult &result, const StackDefinition &stack, Config &config,
                        std::vector<std::string> *notes)
{
    if (result.stack == "python")
        applyPython(result, stack, config, notes);
    else if (result.stack == "go")
        applyGo(result, stack, config, notes);
}

} // namespace stagecraft
