#include "cli/checkcommand.h"

#include "check/buildcheck.h"
#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

namespace stagecraft {

namespace {

constexpr const char *usage = "usage: stagecraft check DIR [--dockerfile FILE] [--json]";

void printUsage(QTextStream &out)
{
    out << usage << "\n\n"
           "Checks a Dockerfile against the project in DIR without building it: every COPY and\n"
           "bind-mount source exists in the build context after .dockerignore, every\n"
           "COPY --from path is produced by its stage, and the final command runs a file that is\n"
           "there, on the port EXPOSE and HEALTHCHECK name, listening on all interfaces.\n"
           "What it cannot prove is listed as unverified.\n\n"
           "  --dockerfile FILE  the Dockerfile to check (default: DIR/Dockerfile)\n"
           "  --json             the result as JSON: {fits, findings, unverified}\n\n"
           "Exit codes: 0 fits, 1 findings, 2 bad input.\n";
}

} // namespace

int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed =
        parseFolderCommand("check", args, {{"--json"}, {"--dockerfile", true}}, printUsage, out, err, exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    const std::string dir = a.positional().front();
    const std::string dockerfilePath = a.has("--dockerfile") ? a.value("--dockerfile") : dir + "/Dockerfile";
    const Outcome<std::string> dockerfile = readBoundedFile(dockerfilePath);
    if (!dockerfile) {
        err << "stagecraft check: " << printableText(dockerfile.error()) << '\n';
        return ExitBadInput;
    }
    const DetectionResult project = scanProject(dir);
    const CheckResult result = checkDockerfile({.dockerfile = dockerfile.value(), .contextDir = dir, .dockerignore = std::nullopt,
                                                .project = &project});
    if (a.has("--json")) {
        printJson(out, toJson(result));
    } else {
        for (const CheckFinding &finding : result.findings)
            out << QString::fromStdString(findingText(finding)) << '\n';
        if (result.findings.empty())
            out << "fits: no findings\n";
        for (const std::string &text : result.unverified)
            out << "unverified: " << printableText(text) << '\n';
    }
    return result.findings.empty() ? ExitOk : ExitFailure;
}

} // namespace stagecraft
