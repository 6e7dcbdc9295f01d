#include "project/openquestions.h"

namespace stagecraft {

std::vector<OpenQuestion> openQuestions(const ProjectScan &scan)
{
    std::vector<OpenQuestion> questions;
    if (!scan.config)
        return questions;
    const DetectionResult &found = scan.detection;
    if (found.startCommand.empty() && !scan.stackStartsOwnServer)
        questions.push_back({"startCommand", "the start command", "--start-command CMD", "Runtime"});
    if (found.port <= 0 && !scan.stackStartsOwnServer)
        questions.push_back({"port", "the port the app listens on", "--port N", "Runtime"});
    if (found.mainPackages.size() > 1 && !found.options.count("mainPackage"))
        questions.push_back({"option:mainPackage", "which main package to build", "--option mainPackage=PATH", "Stack"});
    return questions;
}

} // namespace stagecraft
