#include "project/openquestions.h"

#include "common/translated.h"

#include <QtGlobal>

namespace stagecraft {

std::vector<OpenQuestion> openQuestions(const ProjectScan &scan)
{
    std::vector<OpenQuestion> questions;
    if (!scan.config)
        return questions;
    const DetectionResult &found = scan.detection;
    if (found.startCommand.empty() && !scan.stackStartsOwnServer)
        questions.push_back({"startCommand", coreText("openquestions", "the start command"), "--start-command CMD", QT_TRANSLATE_NOOP("WizardStepName", "Runtime")});
    if (found.port <= 0 && !scan.stackStartsOwnServer)
        questions.push_back({"port", coreText("openquestions", "the port the app listens on"), "--port N", QT_TRANSLATE_NOOP("WizardStepName", "Runtime")});
    if (found.mainPackages.size() > 1 && !found.options.count("mainPackage"))
        questions.push_back({"option:mainPackage", coreText("openquestions", "which main package to build"), "--option mainPackage=PATH",
                             QT_TRANSLATE_NOOP("WizardStepName", "Stack")});
    return questions;
}

} // namespace stagecraft
