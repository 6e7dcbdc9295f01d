#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/configflags.h"
#include "cli/detectcommand.h"

#include "dockerfile/annotate.h"
#include "export/exporter.h"
#include "export/textdiff.h"
#include "generate/generator.h"
#include "project/fit.h"
#include "project/openquestions.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

#include <algorithm>

namespace stagecraft {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft generate [FLAGS] [--single-stage] [--output DIR [--force] | --check] [--save-preset FILE]\n\n"
           "Prints the Dockerfile for a configuration, or writes DIR/Dockerfile and DIR/.dockerignore.\n"
           "Existing files are never replaced unless --force, and then the old file is kept as\n"
           "NAME.stagecraft-backup next to it.\n\n"
        << configFlagsHelp()
        << "  --single-stage              the naive single-stage variant (the 'before' picture)\n"
           "  --output DIR                write the files into DIR instead of printing\n"
           "  --force                     replace existing files (keeping backups)\n"
           "  --save-preset FILE          also write the effective configuration as a preset\n"
           "  --project DIR               start from what a scan of DIR finds (flags override it); the\n"
           "                              result is checked against DIR and refused when it does not fit\n"
           "  --write-anyway              with --project: write a Dockerfile that does not fit, with the\n"
           "                              check's findings as comments at its top\n"
           "  --check                     write nothing: compare the Dockerfile and .dockerignore in the\n"
           "                              --output DIR (default: the --project DIR) with what would be\n"
           "                              written, print the difference as a unified diff, and exit 1\n"
           "                              when they differ, 0 when they are the same (for CI)\n";
}

// `--check`: the files `--output` would write, compared with the ones on disk. Nothing is
// written; the differences are printed as unified diffs (text from the folder escaped).
int checkWrittenFiles(const std::vector<FileWrite> &files, QTextStream &out, QTextStream &err)
{
    const Outcome<std::vector<PlannedWrite>> plan = planWrites(files);
    if (!plan) {
        err << "stagecraft generate: " << printableText(plan.error()) << '\n';
        return ExitBadInput;
    }
    QStringList differing;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const PlannedWrite &entry = plan.value()[i];
        if (entry.identical) {
            out << "up to date: " << printableText(entry.path) << '\n';
            continue;
        }
        differing << printableText(entry.path);
        const std::string before = entry.exists && !entry.isLink ? entry.existingContent : std::string();
        const std::string beforeName = !entry.exists ? "/dev/null" : entry.path + (entry.isLink ? " (a symbolic link)" : "");
        const std::string diff = unifiedDiff(before, files[i].content, beforeName, entry.path + " (generated)");
        for (std::size_t start = 0; start < diff.size();) {
            const std::size_t end = std::min(diff.find('\n', start), diff.size());
            out << printableText(diff.substr(start, end - start)) << '\n';
            start = end + 1;
        }
    }
    if (differing.isEmpty())
        return ExitOk;
    err << "stagecraft generate: " << differing.join(QStringLiteral(", "))
        << (differing.size() == 1 ? " differs" : " differ") << " from what this configuration generates\n";
    return ExitFailure;
}

bool hasOption(const Arguments &arguments, const std::string &id)
{
    for (const std::string &option : arguments.values("--option")) {
        if (option.substr(0, option.find('=')) == id)
            return true;
    }
    return false;
}

} // namespace

int runGenerateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const std::vector<Arguments::Spec> extra{{"--single-stage"}, {"--output", true}, {"--force"}, {"--save-preset", true}, {"--project", true}, {"--write-anyway"}, {"--check"}};
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed = parseConfigCommand("generate", args, extra, printUsage, out, err, exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    if (a.has("--check")) {
        const char *conflict = a.has("--force") ? "--force" : a.has("--save-preset") ? "--save-preset" : nullptr;
        if (conflict || (!a.has("--output") && !a.has("--project"))) {
            reportBadArguments("generate",
                               conflict ? std::string("--check writes nothing; leave out ") + conflict
                                        : "--check compares the files in --output DIR or --project DIR: give one",
                               printUsage, err);
            return ExitBadInput;
        }
    }
    const Catalog catalog = loadCatalog(a, err);
    const std::optional<CommandConfig> resolved = resolveCommandConfig("generate", a, catalog, false, err);
    if (!resolved)
        return ExitBadInput;
    const std::optional<Config> config = resolved->config;
    if (resolved->scan && resolved->scan->config && config->stack == resolved->scan->config->stack) {
        // A default standing in for what the scan could not find may not start the app.
        std::string unanswered;
        for (const OpenQuestion &question : openQuestions(*resolved->scan)) {
            const bool answered = question.setting == "startCommand" ? a.has("--start-command")
                                : question.setting == "port"         ? a.has("--port")
                                                                     : hasOption(a, question.setting.substr(question.setting.find(':') + 1));
            if (!answered)
                unanswered += (unanswered.empty() ? "" : "; ") + ("the scan could not tell " + question.label + ": give " + question.flag);
        }
        if (!unanswered.empty()) {
            err << "stagecraft generate: " << printableText(unanswered) << '\n';
            return ExitBadInput;
        }
    }
    if (a.has("--output") && !QFileInfo(QString::fromStdString(a.value("--output"))).isDir()) {
        err << "stagecraft generate: --output " << printableText(a.value("--output")) << " is not an existing folder\n";
        return ExitBadInput;
    }
    Outcome<Generated> generated = generate(catalog, config.value());
    if (!generated) { // a template error: the template is input too
        err << "stagecraft generate: " << printableText(generated.error()) << '\n';
        return ExitBadInput;
    }
    const Document &document = a.has("--single-stage") ? generated->singleStage : generated->multiStage;
    const AnnotatedDockerfile annotated = annotate(document);
    std::string dockerfile = dockerfileText(document, config->comments);
    for (const std::string &note : generated->notes)
        err << "note: " << printableText(note) << '\n';

    if (resolved->scan && !a.has("--single-stage")) {
        // Never hand out a file the check knows cannot build or start this project.
        const ProjectScan &scan = *resolved->scan;
        const bool exportedElsewhere = a.has("--output")
            && QFileInfo(QString::fromStdString(a.value("--output"))).canonicalFilePath()
                   != QFileInfo(QString::fromStdString(scan.projectFolder)).canonicalFilePath();
        const std::string context = exportedElsewhere ? a.value("--output") : scan.projectFolder;
        const CheckResult check = checkGenerated(generated.value(), context, exportedElsewhere ? nullptr : &scan.detection);
        for (const CheckFinding &finding : check.findings)
            err << "stagecraft generate: " << printableText(findingText(finding)) << '\n';
        if (!check.findings.empty() && !a.has("--write-anyway")) {
            err << "stagecraft generate: the Dockerfile does not fit " << printableText(context)
                << "; nothing was written (--write-anyway writes it with these findings as comments)\n";
            return ExitBadInput;
        }
        std::vector<CheckFinding> findings = check.findings;
        if (config->comments) {
            // The check read the file without the explanations: its line numbers move with them.
            for (CheckFinding &finding : findings) {
                if (finding.line > 0 && finding.line <= static_cast<int>(annotated.lineOf.size()))
                    finding.line = annotated.lineOf[static_cast<std::size_t>(finding.line - 1)] + 1;
            }
        }
        dockerfile = withFindingsAsComments(dockerfile, findings);
    }

    // Every file of the command (the Dockerfile, its .dockerignore, the preset) is checked
    // before any is written, and they are written together or not at all.
    std::vector<FileWrite> files;
    if (a.has("--check"))
        return checkWrittenFiles(filesInFolder(a.has("--output") ? a.value("--output") : resolved->scan->projectFolder,
                                               {{"Dockerfile", dockerfile}, {".dockerignore", generated->dockerignore}}),
                                 out, err);
    if (a.has("--output"))
        files = filesInFolder(a.value("--output"), {{"Dockerfile", dockerfile}, {".dockerignore", generated->dockerignore}});
    if (a.has("--save-preset"))
        files.push_back({a.value("--save-preset"), presetText(config.value())});
    ExportResult result;
    if (!files.empty()) {
        Outcome<std::vector<PlannedWrite>> plan = planWrites(files);
        if (!plan) {
            err << "stagecraft generate: " << printableText(plan.error()) << "; nothing was written\n";
            return ExitBadInput;
        }
        for (const PlannedWrite &entry : plan.value()) {
            if (entry.exists && !entry.identical && !a.has("--force")) {
                err << "stagecraft generate: " << printableText(entry.path)
                    << " already exists; nothing was written (use --force to replace it, keeping a backup)\n";
                return ExitBadInput;
            }
        }
        Outcome<ExportResult> written = writeFiles(files, a.has("--force"));
        if (!written) {
            err << "stagecraft generate: " << printableText(written.error()) << '\n';
            return ExitFailure;
        }
        result = std::move(written).value();
    }
    if (!a.has("--output")) {
        out << QString::fromStdString(dockerfile);
        return ExitOk;
    }
    for (const std::string &path : result.written)
        out << "wrote " << printableText(path) << '\n';
    for (const std::string &path : result.unchanged)
        out << "unchanged " << printableText(path) << '\n';
    for (const std::string &path : result.backups)
        out << "kept the previous file as " << printableText(path) << '\n';
    return ExitOk;
}

} // namespace stagecraft
