#include "cli/detectcommand.h"

#include "cli/arguments.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "detect/configfromdetection.h"

#include <set>

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
    const Outcome<Arguments> parsed = Arguments::parse(args, {{"--json"}, {"--project", true}, {"--help"}});
    if (!parsed) {
        err << "stagecraft detect: " << printableText(parsed.error()) << '\n';
        return ExitBadInput;
    }
    const Arguments &a = parsed.value();
    if (a.has("--help")) {
        printUsage(out);
        return ExitOk;
    }
    if (a.positional().size() != 1) {
        err << "stagecraft detect: " << (a.positional().empty() ? "missing DIR" : "expected one DIR")
            << " (usage: stagecraft detect DIR [--json] [--project PATH])\n";
        return ExitBadInput;
    }
    const QString dir = QString::fromStdString(a.positional().front());
    if (!QFileInfo(dir).isDir()) {
        err << "stagecraft detect: '" << printableText(a.positional().front()) << "' is not a directory\n";
        return ExitBadInput;
    }
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
    const DetectionResult result = scanProject(dir.toStdString(), options);
    if (a.has("--json"))
        out << QString::fromStdString(toJson(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
    else
        out << detectionReport(result);
    return ExitOk;
}

Outcome<QStringList> projectStartFlags(const Arguments &given, const Catalog &catalog, std::vector<std::string> *notes)
{
    const std::string dir = given.value("--project");
    if (!QFileInfo(QString::fromStdString(dir)).isDir())
        return Outcome<QStringList>::failure("--project: '" + dir + "' is not a directory");
    if (given.has("--preset"))
        return Outcome<QStringList>::failure("--project and --preset both give the starting configuration; use one");
    const DetectionResult result = scanProject(dir);
    std::vector<std::string> scanNotes;
    const Outcome<Config> config = configFromDetection(result, catalog, &scanNotes);
    if (!config) {
        if (!given.has("--stack"))
            return Outcome<QStringList>::failure("--project " + dir + ": " + config.error() + "; choose a stack with --stack ID");
        notes->push_back("the project scan found no stack (" + config.error() + "); using --stack");
        return Outcome<QStringList>::success({});
    }
    if (given.has("--stack") && given.value("--stack") != config->stack) {
        notes->push_back("--stack " + given.value("--stack") + " replaces the scanned stack " + config->stack
                         + "; the scan's other findings are not used");
        return Outcome<QStringList>::success({});
    }
    notes->insert(notes->end(), scanNotes.begin(), scanNotes.end());
    for (const std::string &warning : result.warnings)
        notes->push_back("project scan: " + warning);

    QStringList flags;
    auto add = [&](const char *flag, const std::string &value) {
        if (!given.has(flag))
            flags << QString::fromUtf8(flag) << QString::fromStdString(value);
    };
    add("--stack", config->stack);
    add("--package-manager", config->packageManager);
    add("--language-version", config->languageVersion);
    add("--base", config->base);
    add("--port", std::to_string(config->port));
    add("--start-command", config->startCommand);
    std::set<std::string> givenOptions;
    for (const std::string &option : given.values("--option"))
        givenOptions.insert(option.substr(0, option.find('=')));
    for (const auto &[key, value] : config->options) {
        if (!givenOptions.count(key))
            flags << QStringLiteral("--option") << QString::fromStdString(key + '=' + value);
    }
    return Outcome<QStringList>::success(flags);
}

} // namespace stagecraft
