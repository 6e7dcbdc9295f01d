#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/configflags.h"
#include "cli/detectcommand.h"

#include "export/exporter.h"
#include "generate/generator.h"

#include <QFileInfo>

namespace stagecraft {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft generate [FLAGS] [--single-stage] [--output DIR [--force]] [--save-preset FILE]\n\n"
           "Prints the Dockerfile for a configuration, or writes DIR/Dockerfile and DIR/.dockerignore.\n"
           "Existing files are never replaced unless --force, and then the old file is kept as\n"
           "NAME.stagecraft-backup next to it.\n\n"
        << configFlagsHelp()
        << "  --single-stage              the naive single-stage variant (the 'before' picture)\n"
           "  --output DIR                write the files into DIR instead of printing\n"
           "  --force                     replace existing files (keeping backups)\n"
           "  --save-preset FILE          also write the effective configuration as a preset\n"
           "  --project DIR               start from what a scan of DIR finds (flags override it)\n";
}

} // namespace

int runGenerateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const std::vector<Arguments::Spec> extra{{"--single-stage"}, {"--output", true}, {"--force"}, {"--save-preset", true}, {"--project", true}};
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed = parseConfigCommand("generate", args, extra, printUsage, out, err, exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    const Catalog catalog = loadCatalog(err);
    const std::optional<Config> config = resolveCommandConfig("generate", args, a, extra, catalog, err);
    if (!config)
        return ExitBadInput;
    if (a.has("--output") && !QFileInfo(QString::fromStdString(a.value("--output"))).isDir()) {
        err << "stagecraft generate: --output " << QString::fromStdString(a.value("--output")) << " is not an existing folder\n";
        return ExitBadInput;
    }
    Outcome<Generated> generated = generate(catalog, config.value());
    if (!generated) {
        err << "stagecraft generate: " << QString::fromStdString(generated.error()) << '\n';
        return ExitFailure;
    }
    const Document &document = a.has("--single-stage") ? generated->singleStage : generated->multiStage;
    const std::string dockerfile = render(document).text;
    for (const std::string &note : generated->notes)
        err << "note: " << QString::fromStdString(note) << '\n';

    // The preset is written only once the command is sure to succeed: a refused
    // overwrite or a failed write leaves nothing behind.
    const auto savePresetIfAsked = [&]() {
        if (!a.has("--save-preset"))
            return true;
        Outcome<bool> saved = savePreset(a.value("--save-preset"), config.value());
        if (!saved)
            err << "stagecraft generate: " << QString::fromStdString(saved.error()) << '\n';
        return saved.ok();
    };
    if (!a.has("--output")) {
        if (!savePresetIfAsked())
            return ExitFailure;
        out << QString::fromStdString(dockerfile);
        return ExitOk;
    }
    const std::string folder = a.value("--output");
    const std::vector<ExportFile> files{{"Dockerfile", dockerfile}, {".dockerignore", generated->dockerignore}};
    Outcome<std::vector<PlannedWrite>> plan = planExport(folder, files);
    if (!plan) {
        err << "stagecraft generate: " << QString::fromStdString(plan.error()) << '\n';
        return ExitFailure;
    }
    if (!a.has("--force")) {
        for (const PlannedWrite &entry : plan.value()) {
            if (entry.exists && !entry.identical) {
                err << "stagecraft generate: " << QString::fromStdString(entry.path)
                    << " already exists; nothing was written (use --force to replace it, keeping a backup)\n";
                return ExitBadInput;
            }
        }
    }
    Outcome<ExportResult> result = exportFiles(folder, files, a.has("--force"));
    if (!result) {
        err << "stagecraft generate: " << QString::fromStdString(result.error()) << '\n';
        return ExitFailure;
    }
    if (!savePresetIfAsked())
        return ExitFailure;
    for (const std::string &path : result->written)
        out << "wrote " << QString::fromStdString(path) << '\n';
    for (const std::string &path : result->unchanged)
        out << "unchanged " << QString::fromStdString(path) << '\n';
    for (const std::string &path : result->backups)
        out << "kept the previous file as " << QString::fromStdString(path) << '\n';
    return ExitOk;
}

} // namespace stagecraft
