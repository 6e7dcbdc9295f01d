#include "cli/handoutcommand.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/configflags.h"
#include "cli/estimatecommand.h"
#include "export/exporter.h"
#include "handout/handout.h"

#include <KSyntaxHighlighting/Repository>

#include <QFileInfo>

namespace stagecraft {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft handout [FLAGS] [--project DIR] [--output FILE [--force]]\n\n"
           "Writes a handout for a class: one self-contained HTML page (no scripts, fonts or images\n"
           "from elsewhere) with the multi-stage and the single-stage Dockerfile, highlighted, every\n"
           "instruction explained, and the size chart. It prints on A4, each Dockerfile on pages of\n"
           "its own. Printed to standard output unless --output is given; an existing different FILE\n"
           "is replaced only with --force, and then kept as FILE.stagecraft-backup.\n\n"
        << configFlagsHelp()
        << "  --project DIR               start from what a scan of DIR finds (flags override it) and\n"
           "                              measure the project for the size chart\n"
           "  --output FILE               write the page into FILE instead of printing it\n"
           "  --force                     replace an existing FILE (keeping a backup)\n";
}

} // namespace

int runHandoutCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const std::vector<Arguments::Spec> extra{{"--project", true}, {"--output", true}, {"--force"}};
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed = parseConfigCommand("handout", args, extra, printUsage, out, err, exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    const std::string target = a.value("--output");
    if (a.has("--output") && QFileInfo(QString::fromStdString(target)).isDir()) {
        err << "stagecraft handout: --output " << printableText(target) << " is a folder; give a file name such as "
            << printableText(target) << "/handout.html\n";
        return ExitBadInput;
    }
    const Catalog catalog = loadCatalog(a, err);
    const std::optional<CommandConfig> resolved = resolveCommandConfig("handout", a, catalog, true, err);
    if (!resolved)
        return ExitBadInput;
    const Outcome<Generated> generated = generate(catalog, resolved->config);
    if (!generated) { // a template error: the template is input too
        err << "stagecraft handout: " << printableText(generated.error()) << '\n';
        return ExitBadInput;
    }
    const std::optional<CommandSizes> sizes = sizesForCommand("handout", *resolved, generated.value(), err);
    if (!sizes)
        return ExitBadInput;
    for (const std::string &warning : sizes->estimate.warnings)
        err << "stagecraft handout: warning: " << printableText(warning) << '\n';

    KSyntaxHighlighting::Repository repository;
    const std::string html = handoutHtml(catalog, resolved->config, generated.value(), sizes->estimate, repository);
    if (!a.has("--output")) {
        out << QString::fromStdString(html);
        return ExitOk;
    }
    const std::vector<FileWrite> files{{target, html}};
    const Outcome<std::vector<PlannedWrite>> plan = planWrites(files);
    if (!plan) {
        err << "stagecraft handout: " << printableText(plan.error()) << "; nothing was written\n";
        return ExitBadInput;
    }
    const PlannedWrite &entry = plan.value().front();
    if (entry.exists && !entry.identical && !a.has("--force")) {
        err << "stagecraft handout: " << printableText(entry.path)
            << " already exists; nothing was written (use --force to replace it, keeping a backup)\n";
        return ExitBadInput;
    }
    const Outcome<ExportResult> written = writeFiles(files, a.has("--force"));
    if (!written) {
        err << "stagecraft handout: " << printableText(written.error()) << '\n';
        return ExitFailure;
    }
    for (const std::string &path : written->written)
        out << "wrote " << printableText(path) << '\n';
    for (const std::string &path : written->unchanged)
        out << "unchanged " << printableText(path) << '\n';
    for (const std::string &path : written->backups)
        out << "kept the previous file as " << printableText(path) << '\n';
    return ExitOk;
}

} // namespace stagecraft
