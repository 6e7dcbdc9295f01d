#include "cli/detectcommand.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "project/projectscan.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>

namespace stagecraft {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft detect DIR [--json] [--project PATH]\n\n"
           "Scans a project folder and prints the stack, package manager, language version,\n"
           "build and start commands and port it states, each with its evidence and confidence\n"
           "(certain: a lockfile or setting, likely: a dependency, guess: a default).\n\n"
           "  --json            the result as JSON\n"
           "  --project PATH    scan one project of a monorepo (a path from the projects list)\n";
}

void appendEvidence(QString &report, const DetectionResult &result, const std::string &about)
{
    for (const Evidence &evidence : result.evidence) {
        if (evidence.about != about)
            continue;
        report += QStringLiteral("  %1 %2: %3\n")
                      .arg(printableText(toString(evidence.confidence)).leftJustified(8), printableText(evidence.file), printableText(evidence.finding));
    }
}

void appendConclusion(QString &report, const DetectionResult &result, const char *label, const std::string &about,
                      const std::string &value)
{
    report += QString::fromUtf8(label) + QStringLiteral(": ")
              + (value.empty() ? QStringLiteral("(not found)") : printableText(value)) + QLatin1Char('\n');
    appendEvidence(report, result, about);
}

} // namespace

QString detectionReport(const DetectionResult &result)
{
    QString report;
    appendConclusion(report, result, "stack", "stack",
                     result.stack.empty() ? "none (" + result.reason + ")" : result.stack);
    appendConclusion(report, result, "package manager", "packageManager", result.packageManager);
    appendConclusion(report, result, "language version", "languageVersion", result.languageVersion);
    appendConclusion(report, result, "build command", "buildCommand", result.buildCommand);
    appendConclusion(report, result, "start command", "startCommand", result.startCommand);
    appendConclusion(report, result, "port", "port", result.port > 0 ? std::to_string(result.port) : std::string());
    const auto listed = [](const std::vector<std::string> &items) {
        std::string text;
        for (const std::string &item : items)
            text += (text.empty() ? "" : ", ") + item;
        return text;
    };
    // The project model's facts, shown where the scan established them.
    const auto appendFact = [&](const char *label, const std::string &about, const std::string &value) {
        if (!value.empty())
            appendConclusion(report, result, label, about, value);
    };
    appendFact("cannot generate", "refusal", result.refusal);
    appendFact("files", "files", listed(result.files));
    appendFact("build output", "buildOutput", listed(result.buildOutputs));
    appendFact("start file", "startFile", result.startFile);
    appendFact("listen address", "bind",
               result.bindAddress.empty() && result.bindSetting.empty()
                   ? std::string()
                   : (result.bindAddress.empty() ? "unknown" : result.bindAddress)
                         + (result.bindSetting.empty() ? "" : " (set by " + result.bindSetting + ")"));
    bool other = false;
    for (const Evidence &evidence : result.evidence)
        other = other || evidence.about.empty();
    if (other) {
        report += QStringLiteral("other findings:\n");
        appendEvidence(report, result, std::string());
    }
    if (!result.projects.empty()) {
        report += QStringLiteral("projects:\n");
        for (const DetectedProject &project : result.projects) {
            const std::string kind = project.stack.empty() ? project.language + ", no stack" : project.stack;
            report += QStringLiteral("  %1 (%2%3)\n")
                          .arg(printableText(project.path), printableText(kind),
                               project.name.empty() ? QString() : QStringLiteral(", ") + printableText(project.name));
        }
    }
    if (!result.warnings.empty()) {
        report += QStringLiteral("warnings:\n");
        for (const std::string &warning : result.warnings)
            report += QStringLiteral("  - ") + printableText(warning) + QLatin1Char('\n');
    }
    return report;
}

int runDetectCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed = parseFolderCommand("detect", args, {{"--json"}, {"--project", true}}, printUsage, out, err,
                                                               exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    const QString dir = QString::fromStdString(a.positional().front());
    ScanOptions options;
    if (a.has("--project")) {
        options.project = a.value("--project");
        const QString project = QString::fromStdString(options.project);
        if (QDir::isAbsolutePath(project) || project.split(QLatin1Char('/')).contains(QStringLiteral(".."))
            || !QFileInfo(QDir(dir).filePath(project)).isDir()) {
            err << "stagecraft detect: '" << printableText(options.project) << "' is not a folder inside '" << printableText(a.positional().front()) << "'\n";
            return ExitBadInput;
        }
    }
    ProjectScanOptions scanOptions;
    scanOptions.member = options.project;
    scanOptions.measure = false;
    const Catalog catalog = loadCatalog(err);
    const DetectionResult result = scanAndMeasure(dir.toStdString(), catalog, scanOptions).detection;
    if (a.has("--json"))
        printJson(out, toJson(result));
    else
        out << detectionReport(result);
    return ExitOk;
}

} // namespace stagecraft
