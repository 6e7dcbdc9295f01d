#include "cli/cli.h"

#include "cli/checkcommand.h"
#include "cli/commands.h"
#include "cli/estimatecommand.h"
#include "cli/detectcommand.h"
#include "common/printable.h"
#include "common/version.h"

#include <QFileInfo>

#include <array>

namespace stagecraft {

namespace {

CommandRunner handoutRunner = nullptr;

int runHandout(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (handoutRunner)
        return handoutRunner(args, out, err);
    err << "stagecraft handout: the handout needs the wizard module stagecraft-wizard.so, which could not be loaded\n";
    return ExitFailure;
}

const auto &commands()
{
    static const std::array table{
        Command{"options", "list stacks, package managers, versions and bases (--json for scripts)", runOptionsCommand},
        Command{"generate", "write a Dockerfile for a configuration (stdout, or --output DIR)", runGenerateCommand},
        Command{"estimate", "image sizes, single-stage vs multi-stage, layer by layer (--json)", runEstimateCommand},
        Command{"detect", "scan a project folder: stack, versions, commands, port, with evidence", runDetectCommand},
        Command{"check", "check a Dockerfile against its project without building (--json)", runCheckCommand},
        Command{"handout", "an HTML handout: both Dockerfiles highlighted and explained, the size chart", runHandout},
    };
    return table;
}

void printHelp(QTextStream &out)
{
    out << "usage: stagecraft [--preset FILE | PROJECT_DIR]     open the wizard\n"
           "       stagecraft COMMAND [ARGS...]                 run a command\n\n"
           "commands:\n";
    for (const Command &command : commands())
        out << "  " << QString::fromUtf8(command.name).leftJustified(10) << QString::fromUtf8(command.summary) << '\n';
    out << "\n'stagecraft COMMAND --help' describes a command. Exit codes: 0 done, 1 failed, 2 bad input.\n";
}

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args.first() == QStringLiteral("--help") || args.first() == QStringLiteral("-h")) {
        printHelp(out);
        return ExitOk;
    }
    if (args.first() == QStringLiteral("--version")) {
        out << "stagecraft " << STAGECRAFT_VERSION << '\n';
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (args.first() == QString::fromUtf8(command.name))
            return command.run(args.mid(1), out, err);
    }
    err << "stagecraft: unknown command '" << printableText(args.first().toStdString()) << "' (see 'stagecraft --help')\n";
    return ExitBadInput;
}

} // namespace

void provideHandoutCommand(CommandRunner runner)
{
    handoutRunner = runner;
}

QString printableText(const std::string &untrusted)
{
    return QString::fromStdString(printable(untrusted));
}

std::optional<Arguments> parseFolderCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> specs,
                                            void (*usage)(QTextStream &), const char *usageLine, QTextStream &out,
                                            QTextStream &err, int &exitCode)
{
    specs.push_back({"--help"});
    Outcome<Arguments> parsed = Arguments::parse(args, specs);
    exitCode = ExitBadInput;
    if (!parsed) {
        err << "stagecraft " << command << ": " << printableText(parsed.error()) << '\n';
        return std::nullopt;
    }
    if (parsed->has("--help")) {
        usage(out);
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (parsed->positional().size() != 1) {
        err << "stagecraft " << command << ": " << (parsed->positional().empty() ? "missing DIR" : "expected one DIR") << " ("
            << usageLine << ")\n";
        return std::nullopt;
    }
    const std::string &dir = parsed->positional().front();
    if (!QFileInfo(QString::fromStdString(dir)).isDir()) {
        err << "stagecraft " << command << ": '" << printableText(dir) << "' is not a directory\n";
        return std::nullopt;
    }
    return std::move(parsed).value();
}

Catalog loadCatalog(QTextStream &err)
{
    Catalog catalog = Catalog::loadDefault();
    for (const LoadIssue &issue : catalog.issues())
        err << "stagecraft: " << printableText(issue.toString()) << '\n';
    return catalog;
}

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    // A command wins over a folder of the same name in the current directory.
    for (const Command &command : commands()) {
        if (first == QString::fromUtf8(command.name))
            return true;
    }
    const bool opensWizard = first == QStringLiteral("--preset") || first.startsWith(QStringLiteral("--preset="))
                             || QFileInfo(first).isDir();
    return !opensWizard;
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const int code = runCommand(args, out, err);
    out.flush();
    if (out.status() != QTextStream::Ok) {
        err << "stagecraft: cannot write to standard output\n";
        return ExitFailure;
    }
    return code;
}

} // namespace stagecraft
