// The man page and the shell completions describe the command line its --help describes:
// every command has its section in the page and is completed, and every flag a command's
// --help offers is defined in the page (in its section, or among the configuration flags
// its section refers to) and completed by bash (run), zsh and fish (read) for that command.
#include "cli/handoutcommand.h"
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

using Flags = QSet<QString>;

QString packagingFile(const char *name)
{
    QFile file(QStringLiteral(STAGECRAFT_SOURCE_DIR "/packaging/") + QString::fromUtf8(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString help(const QStringList &args)
{
    const CliRun r = runCliCapturing(args);
    return r.code == 0 ? r.out : QString();
}

// The commands `stagecraft --help` lists, under "commands:".
QStringList helpCommands(const QString &text)
{
    QStringList commands;
    bool inList = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line == QStringLiteral("commands:"))
            inList = true;
        else if (inList && line.isEmpty())
            break;
        else if (inList)
            commands << line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    }
    return commands;
}

const QRegularExpression FlagPattern(QStringLiteral(R"((?<![\w-])(--?[a-zA-Z][a-zA-Z0-9-]*))"));

Flags flagsIn(const QString &text)
{
    Flags flags;
    for (const QRegularExpressionMatch &match : FlagPattern.globalMatch(text))
        flags << match.captured(1);
    return flags;
}

// The flags a --help text offers: those on its usage line and on its option lines (a line
// whose text starts with '-'); prose may name other programs' flags.
Flags helpFlags(const QString &text)
{
    Flags flags;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 || lines[i].trimmed().startsWith(QLatin1Char('-')))
            flags += flagsIn(lines[i]);
    }
    return flags;
}

// The page's source with font changes and quotes dropped and \- read as -.
QString manText(QString page)
{
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    return page.replace(QStringLiteral("\\-"), QStringLiteral("-")).remove(font).remove(QLatin1Char('"'));
}

// The lines of the page from the heading ".SH NAME" or ".SS NAME" to the next heading.
QString manSection(const QString &page, const QString &heading)
{
    QStringList section;
    bool inside = false;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral(".SH ")) || line.startsWith(QStringLiteral(".SS "))) {
            if (inside)
                break;
            inside = line.mid(4).trimmed() == heading;
        } else if (inside) {
            section << line;
        }
    }
    return section.join(QLatin1Char('\n'));
}

// The flags a section defines: those in the term after each .TP.
Flags manTerms(const QString &section)
{
    Flags flags;
    const QStringList lines = section.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].startsWith(QStringLiteral(".TP")))
            flags += flagsIn(lines[i + 1]);
    }
    return flags;
}

// What the page lacks, one entry per command or flag: "COMMAND: --flag" or "COMMAND".
QStringList missingFromMan(const QString &source)
{
    const QString page = manText(source);
    QStringList missing;
    const Flags configuration = manTerms(manSection(page, QStringLiteral("CONFIGURATION FLAGS")));
    for (const QString &flag : helpFlags(help({QStringLiteral("--help")})) - manTerms(manSection(page, QStringLiteral("OPTIONS"))))
        missing << QStringLiteral("stagecraft: ") + flag;
    for (const QString &command : helpCommands(help({QStringLiteral("--help")}))) {
        const QString section = manSection(page, command);
        if (section.isEmpty()) {
            missing << command;
            continue;
        }
        if (command == QStringLiteral("help"))
            continue; // `stagecraft help --help` is the program's own help, checked above
        Flags defined = manTerms(section);
        if (section.contains(QStringLiteral("CONFIGURATION FLAGS")))
            defined += configuration;
        for (const QString &flag : helpFlags(help({command, QStringLiteral("--help")})) - defined)
            missing << command + QStringLiteral(": ") + flag;
    }
    missing.sort();
    return missing;
}

// What bash's completion offers after `stagecraft WORDS...`, the last word being completed.
Flags bashCompletions(const QStringList &words)
{
    QString quoted;
    for (const QString &word : words)
        quoted += QStringLiteral(" '") + word + QLatin1Char('\'');
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"), QStringLiteral("source '" STAGECRAFT_SOURCE_DIR "/packaging/completions/stagecraft.bash'; "
                                                     "COMP_WORDS=(stagecraft%1); COMP_CWORD=%2; _stagecraft stagecraft; "
                                                     "printf '%s\\n' \"${COMPREPLY[@]}\"")
                                          .arg(quoted)
                                          .arg(words.size())});
    if (!bash.waitForFinished(20000) || bash.exitCode() != 0)
        return {QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError())};
    const QStringList lines = QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return Flags(lines.begin(), lines.end());
}

// The fish completion's flags per command ("" for the program's own), read from its lines:
// each names its commands in its condition and its flag with -l or -s.
QMap<QString, Flags> fishFlags(const QString &script)
{
    static const QRegularExpression command(QStringLiteral(R"(__fish_seen_subcommand_from ([a-z ]+))"));
    static const QRegularExpression flag(QStringLiteral(R"( -([ls]) ([a-zA-Z][a-zA-Z0-9-]*))"));
    QMap<QString, Flags> flags;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("complete ")))
            continue;
        QStringList owners;
        if (line.contains(QStringLiteral("__fish_use_subcommand")))
            owners << QString();
        else if (const QRegularExpressionMatch match = command.match(line); match.hasMatch())
            owners = match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QRegularExpressionMatch &match : flag.globalMatch(line)) {
            const QString name = (match.captured(1) == QStringLiteral("l") ? QStringLiteral("--") : QStringLiteral("-")) + match.captured(2);
            for (const QString &owner : owners)
                flags[owner] << name;
        }
    }
    return flags;
}

QStringList sorted(const Flags &flags)
{
    QStringList list(flags.begin(), flags.end());
    list.sort();
    return list;
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

    QStringList m_commands;

    // A command's flags as its --help offers them, --help itself included.
    Flags commandFlags(const QString &command) const
    {
        return helpFlags(help({command, QStringLiteral("--help")})) + Flags{QStringLiteral("--help")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        provideHandoutCommand(runHandoutCommand);
        m_commands = helpCommands(help({QStringLiteral("--help")}));
        // What the checks below compare against is really there.
        QCOMPARE(m_commands, (QStringList{QStringLiteral("options"), QStringLiteral("generate"), QStringLiteral("estimate"),
                                          QStringLiteral("detect"), QStringLiteral("check"), QStringLiteral("handout"),
                                          QStringLiteral("help")}));
        QVERIFY(commandFlags(QStringLiteral("generate")).size() > 25);
        QVERIFY(commandFlags(QStringLiteral("generate")).contains(QStringLiteral("--check")));
        QCOMPARE(sorted(helpFlags(help({QStringLiteral("--help")}))),
                 (QStringList{QStringLiteral("--help"), QStringLiteral("--json"), QStringLiteral("--preset"), QStringLiteral("--version"),
                              QStringLiteral("-h")}));
    }

    void theManPageHasEveryCommandAndFlag()
    {
        const QString page = packagingFile("man/stagecraft.1");
        QVERIFY(!page.isEmpty());
        const QStringList missing = missingFromMan(page);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    // The check above fails when the page lacks a flag or a command.
    void aFlagOrCommandMissingFromThePageIsFound()
    {
        const QString page = packagingFile("man/stagecraft.1");
        QString withoutCheck = page;
        withoutCheck.replace(QStringLiteral(".TP\n.B \\-\\-check\n"), QStringLiteral(".PP\n"));
        QVERIFY(withoutCheck != page);
        QCOMPARE(missingFromMan(withoutCheck).join(QStringLiteral(", ")), QStringLiteral("generate: --check"));
        QString withoutPort = page;
        withoutPort.replace(QStringLiteral(".BI \\-\\-port \" N\"\n"), QStringLiteral("The port.\n"));
        QVERIFY(withoutPort != page);
        QCOMPARE(missingFromMan(withoutPort).join(QStringLiteral(", ")),
                 QStringLiteral("estimate: --port, generate: --port, handout: --port"));
        QString withoutDetect = page;
        withoutDetect.replace(QStringLiteral(".SS detect\n"), QStringLiteral(".PP\n"));
        QVERIFY(missingFromMan(withoutDetect).contains(QStringLiteral("detect")));
    }

    void bashCompletesEveryCommandAndFlag()
    {
        const Flags commands = bashCompletions({QString()});
        for (const QString &command : m_commands)
            QVERIFY2(commands.contains(command), qPrintable(command));
        QCOMPARE(sorted(bashCompletions({QStringLiteral("-")})), sorted(helpFlags(help({QStringLiteral("--help")}))));
        for (const QString &command : m_commands) {
            if (command == QStringLiteral("help"))
                continue;
            QCOMPARE(sorted(bashCompletions({command, QStringLiteral("-")})), sorted(commandFlags(command)));
        }
        QCOMPARE(sorted(bashCompletions({QStringLiteral("generate"), QStringLiteral("--base"), QString()})),
                 (QStringList{QStringLiteral("alpine"), QStringLiteral("distroless"), QStringLiteral("scratch"), QStringLiteral("slim")}));
    }

    void fishCompletesEveryCommandAndFlag()
    {
        const QString script = packagingFile("completions/stagecraft.fish");
        const QMap<QString, Flags> flags = fishFlags(script);
        QCOMPARE(sorted(flags.value(QString())), sorted(helpFlags(help({QStringLiteral("--help")}))));
        for (const QString &command : m_commands) {
            QVERIFY2(script.contains(QStringLiteral("__fish_use_subcommand -a %1 ").arg(command)), qPrintable(command));
            if (command != QStringLiteral("help"))
                QCOMPARE(sorted(flags.value(command)), sorted(commandFlags(command)));
        }
    }

    void zshNamesEveryCommandAndFlag()
    {
        const QString script = packagingFile("completions/_stagecraft");
        QVERIFY(script.startsWith(QStringLiteral("#compdef stagecraft\n")));
        const Flags named = flagsIn(script);
        for (const QString &command : m_commands) {
            QVERIFY2(script.contains(QStringLiteral("'%1:").arg(command)), qPrintable(command));
            QVERIFY2(script.contains(QStringLiteral("\n        %1)\n").arg(command)), qPrintable(command));
            const Flags missing = (command == QStringLiteral("help") ? Flags{} : commandFlags(command)) - named;
            QVERIFY2(missing.isEmpty(), qPrintable(command + QStringLiteral(": ") + sorted(missing).join(u' ')));
        }
        QVERIFY((helpFlags(help({QStringLiteral("--help")})) - named).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
