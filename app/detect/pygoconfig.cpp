#include "detect/pygoconfig.h"

#include "catalog/stackdefinition.h"
#include "common/printable.h"
#include "common/translated.h"

#include <algorithm>

namespace stagecraft {

namespace {

void note(std::vector<std::string> *notes, std::string text)
{
    if (notes)
        notes->push_back(std::move(text));
}

void pythonNotes(const DetectionResult &result, const Config &config, std::vector<std::string> *notes)
{
    const auto requirements = result.options.find("requirements");
    const bool pyproject = std::find(result.files.begin(), result.files.end(), "pyproject.toml") != result.files.end();
    if (config.packageManager == "pip" && requirements != result.options.end() && requirements->second == "false" && pyproject)
        note(notes, coreText("scan", "pip installs requirements.txt and the project has none, so no dependencies are installed: export them to requirements.txt"));
    if (result.startCommand.empty())
        note(notes, withArgs(coreText("scan", "could not tell how the app starts; the template runs \"%1\": set --start-command"),
                             {config.startCommand}));
    if (result.bindAddress == "127.0.0.1" && result.bindSetting.empty())
        note(notes, result.startFile.empty()
                        ? coreText("scan", "the app listens on loopback only; make it listen on 0.0.0.0 or the container is unreachable")
                        : withArgs(coreText("scan", "%1 listens on loopback only; make it listen on 0.0.0.0 or the container is unreachable"),
                                   {printable(result.startFile)}));
    const auto wsgi = result.options.find("wsgiModule");
    if (wsgi != result.options.end() && result.options.count("collectStatic") == 0)
        note(notes, coreText("scan", "Django settings set no STATIC_ROOT, so the image does not run collectstatic"));
}

void goNotes(const DetectionResult &result, const Config &config, std::vector<std::string> *notes)
{
    if (!result.options.count("mainPackage") && result.mainPackages.size() > 1) {
        const auto main = config.options.find("mainPackage");
        note(notes, withArgs(coreText("scan", "several main packages; choose one (mainPackage), the template builds %1"),
                             {main == config.options.end() ? std::string() : main->second}));
    }
    if (result.bindAddress == "127.0.0.1")
        note(notes, result.startFile.empty()
                        ? withArgs(coreText("scan", "the program listens on loopback only; listen on \":%1\" (no host) or the container is unreachable"),
                                   {std::to_string(config.port)})
                        : withArgs(coreText("scan", "%1 listens on loopback only; listen on \":%2\" (no host) or the container is unreachable"),
                                   {printable(result.startFile), std::to_string(config.port)}));
}

} // namespace

void applyAnalyserNotes(const DetectionResult &result, const StackDefinition &stack, const Config &config,
                        std::vector<std::string> *notes)
{
    const std::string analyser = stack.detect ? stack.detect->analyser : std::string();
    if (analyser == "python")
        pythonNotes(result, config, notes);
    else if (analyser == "go")
        goNotes(result, config, notes);
}

} // namespace stagecraft
