#include "project/fit.h"

#include "dockerfile/document.h"
#include "generate/generator.h"
#include "project/projectscan.h"

namespace stagecraft {

CheckResult checkGenerated(const Generated &generated, const std::string &contextDir, const DetectionResult *project)
{
    CheckInput input;
    input.dockerfile = render(generated.multiStage).text;
    input.contextDir = contextDir;
    input.dockerignore = contextDockerignore(generated);
    input.project = project;
    return checkDockerfile(input);
}

std::string withFindingsAsComments(const std::string &dockerfile, std::vector<CheckFinding> findings)
{
    if (findings.empty())
        return dockerfile;
    // The syntax directive only counts on the first line, before any comment: it stays first.
    const std::string directive = std::string(SyntaxDirective) + '\n';
    const bool hasDirective = dockerfile.compare(0, directive.size(), directive) == 0;
    const std::size_t insertAt = hasDirective ? directive.size() : 0;
    const int directiveLines = hasDirective ? 1 : 0;
    const int added = static_cast<int>(findings.size()) + 2;
    std::string comments = "# stagecraft check: this Dockerfile does not fit the project yet (written anyway):\n";
    for (CheckFinding &finding : findings) {
        if (finding.line > directiveLines)
            finding.line += added;
        comments += "#   " + findingText(finding) + '\n';
    }
    comments += "#\n";
    return dockerfile.substr(0, insertAt) + comments + dockerfile.substr(insertAt);
}

} // namespace stagecraft
