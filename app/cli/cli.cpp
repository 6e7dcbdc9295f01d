#include "cli/cli.h"

#include "cli/checkcommand.h"
#include "cli/commands.h"
#include "cli/estimatecommand.h"
#include "cli/detectcommand.h"
#include "common/printable.h"
#include "common/version.h"

#include <nlohmann/json.hpp>

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
        Command{"generate", "write a Dockerfile for a configuration (stdout, or --output DIR; --check for CI)", runGenerateCommand},
        Command{"estimate", "image sizes, single-stage vs multi-stage, layer by layer (--json)", runEstimateCommand},
        Command{"detect", "scan a project folder: stack, versions, commands, port, with evidence", runDetectCommand},
        Command{"check", "check a Dockerfile against its project without building (--json)", runCheckCommand},
        Command{"handout", "an HTML handout: both Dockerfiles highlighted and explained, the size chart", runHandout},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QString::fromUtf8(command.name))
            return &command;
    }
    return nullptr;
}

constexpr const char *HelpCommand = "help";

void printHelp(QTextStream &out)
{
    out << "usage: stagecraft [--preset FILE] [PROJECT_DIR]     open the wizard\n"
           "       stagecraft COMMAND [ARGS...]                 run a command (never opens a window)\n"
           "       stagecraft --version [--json] | --help\n\n"
           "commands:\n";
    for (const Command &command : commands())
        out << "  " << QString::fromUtf8(command.name).leftJustified(10) << QString::fromUtf8(command.summary) << '\n';
    out << "  " << QString::fromUtf8(HelpCommand).leftJustified(10) << "this text; 'stagecraft help COMMAND' is 'stagecraft COMMAND --help'\n\n"
           "options:\n"
           "  --preset FILE   open the wizard with a preset (the JSON file generate saves)\n"
           "  --version       the program's version (--json: as JSON)\n"
           "  --help, -h      this text\n\n"
           "'stagecraft COMMAND --help' describes a command. Exit codes: 0 done, 1 failed, 2 bad input.\n";
}

// The line every unknown command or top-level option ends with.
QString programUsage()
{
    QStringList names;
    for (const Command &command : commands())
        names << QString::fromUtf8(command.name);
    names << QString::fromUtf8(HelpCommand);
    return QStringLiteral("usage: stagecraft COMMAND [ARGS...], a COMMAND of %1; or stagecraft [--preset FILE] [PROJECT_DIR]; "
                          "see 'stagecraft --help'")
        .arg(names.join(QStringLiteral(", ")));
}

int printVersion(const Arguments &arguments, QTextStream &out)
{
    if (arguments.has("--json")) {
        printJson(out, {{"name", "stagecraft"}, {"version", STAGECRAFT_VERSION}, {"qtVersion", qVersion()}});
        return ExitOk;
    }
    out << "stagecraft " << STAGECRAFT_VERSION << '\n';
    return ExitOk;
}

// `stagecraft --help`, `--version [--json]`: the program's own flags, read as strictly as
// every command's.
int runProgramOptions(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Outcome<Arguments> parsed = Arguments::parse(args, {{"--help"}, {"-h"}, {"--version"}, {"--json"}});
    QString problem;
    if (!parsed)
        problem = printableText(parsed.error());
    else if (!parsed->positional().empty())
        problem = QStringLiteral("unexpected argument '%1'").arg(printableText(parsed->positional().front()));
    else if (parsed->has("--help") || parsed->has("-h")) {
        printHelp(out);
        return ExitOk;
    } else if (parsed->has("--version"))
        return printVersion(parsed.value(), out);
    else
        problem = QStringLiteral("--json goes with --version or a command");
    err << "stagecraft: " << problem << " (" << programUsage() << ")\n";
    return ExitBadInput;
}

int runHelpCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args == QStringList{QStringLiteral("--help")}) {
        printHelp(out);
        return ExitOk;
    }
    const Command *command = args.size() == 1 ? findCommand(args.first()) : nullptr;
    if (!command) {
        err << "stagecraft help: " << (args.size() == 1 ? QStringLiteral("unknown command '%1'").arg(printableText(args.first().toStdString()))
                                                         : QStringLiteral("give one command"))
            << " (usage: stagecraft help [COMMAND])\n";
        return ExitBadInput;
    }
    return command->run({QStringLiteral("--help")}, out, err);
}

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty()) {
        printHelp(out);
        return ExitOk;
    }
    const QString &first = args.first();
    if (first == QString::fromUtf8(HelpCommand))
        return runHelpCommand(args.mid(1), out, err);
    if (first.startsWith(QLatin1Char('-')))
        return runProgramOptions(args, out, err);
    if (const Command *command = findCommand(first))
        return command->run(args.mid(1), out, err);
    err << "stagecraft: unknown command '" << printableText(first.toStdString()) << "' (" << programUsage() << ")\n";
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

void printJson(QTextStream &out, nlohmann::json json)
{
    json["schemaVersion"] = JsonSchemaVersion;
    out << QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
}

void reportBadArguments(const char *command, const std::string &problem, void (*usage)(QTextStream &), QTextStream &err)
{
    QString text;
    QTextStream stream(&text);
    usage(stream);
    stream.flush();
    err << "stagecraft " << command << ": " << printableText(problem) << " (" << text.section(QLatin1Char('\n'), 0, 0) << ")\n";
}

std::optional<Arguments> parseFolderCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> specs,
                                            void (*usage)(QTextStream &), QTextStream &out, QTextStream &err, int &exitCode)
{
    specs.push_back({"--help"});
    Outcome<Arguments> parsed = Arguments::parse(args, specs);
    exitCode = ExitBadInput;
    if (!parsed) {
        reportBadArguments(command, parsed.error(), usage, err);
        return std::nullopt;
    }
    if (parsed->has("--help")) {
        usage(out);
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (parsed->positional().size() != 1) {
        reportBadArguments(command, parsed->positional().empty() ? "missing DIR" : "expected one DIR", usage, err);
        return std::nullopt;
    }
    const std::string &dir = parsed->positional().front();
    if (!QFileInfo(QString::fromStdString(dir)).isDir()) {
        err << "stagecraft " << command << ": '" << printableText(dir) << "' is not a directory\n";
        return std::nullopt;
    }
    return std::move(parsed).value();
}

namespace {

Catalog reported(Catalog catalog, QTextStream &err)
{
    for (const LoadIssue &issue : catalog.issues())
        err << "stagecraft: " << printableText(issue.toString()) << '\n';
    return catalog;
}

} // namespace

Catalog loadCatalog(QTextStream &err)
{
    return reported(Catalog::loadDefault(), err);
}

Catalog loadCatalog(const Arguments &configuration, QTextStream &err)
{
    if (configuration.has("--stack") && !configuration.has("--preset") && !configuration.has("--project"))
        return reported(Catalog::loadDefaultFor(configuration.value("--stack")), err);
    return loadCatalog(err);
}

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    // A command wins over a folder of the same name in the current directory.
    if (first == QString::fromUtf8(HelpCommand) || findCommand(first))
        return true;
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
