#pragma once

#include "project/projectscan.h"

#include <string>
#include <vector>

namespace stagecraft {

// A setting a Dockerfile depends on that the scan could not establish from the project.
// Taking the template's default instead would build something that may not start, so the
// user is asked: the CLI wants the flag, the wizard names the step.
struct OpenQuestion
{
    std::string setting; // "startCommand", "port", "option:<id>"
    std::string label;   // "the start command", in the user's language (coreText)
    std::string flag;    // "--start-command CMD"
    std::string step;    // the wizard step that sets it: "Runtime", "Stack" (English; the window translates it, context "WizardStepName")
    bool operator==(const OpenQuestion &) const = default;
};

// What the scan left open for its configuration; empty when it has none (no stack fits).
std::vector<OpenQuestion> openQuestions(const ProjectScan &scan);

} // namespace stagecraft
