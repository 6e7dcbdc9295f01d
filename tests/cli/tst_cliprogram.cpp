// The program as scripts and CI meet it: an unknown command or flag is exit 2 with a usage
// line and never a window, `help` is --help, no locale warning without a locale, the version
// as JSON, and a schemaVersion in every --json output.
#include "catalog/catalog.h"
#include "cli/handoutcommand.h"
#include "common/version.h"
#include "clibinary.h"
#include "clirun.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The environment with no locale at all: no LANG, LANGUAGE or LC_* variable.
QProcessEnvironment withoutLocale(QProcessEnvironment environment)
{
    for (const QString &name : environment.keys()) {
        if (name == QStringLiteral("LANG") || name == QStringLiteral("LANGUAGE") || name.startsWith(QStringLiteral("LC_")))
            environment.remove(name);
    }
    return environment;
}

} // namespace

class TestCliProgram : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QProcessEnvironment hermetic(const QProcessEnvironment &environment) const
    {
        return testing::hermeticEnvironment(environment, m_root.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
        provideHandoutCommand(runHandoutCommand);
        QVERIFY2(QFileInfo(stagecraftBinary()).isExecutable(), qPrintable(stagecraftBinary()));
    }

    void unknownCommandsAndFlagsAreExitTwoWithAUsageLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        const QString program = QStringLiteral("usage: stagecraft COMMAND [ARGS...], a COMMAND of options, generate, estimate, "
                                               "detect, check, handout, help;");
        QTest::addRow("frobnicate") << words("frobnicate") << program;
        QTest::addRow("-V") << words("-V") << program;
        QTest::addRow("--verbose") << words("--verbose") << program;
        QTest::addRow("--json alone") << words("--json") << program;
        QTest::addRow("--version extra") << words("--version extra") << program;
        QTest::addRow("--help --frobnicate") << words("--help --frobnicate") << program;
        QTest::addRow("help frobnicate") << words("help frobnicate") << QStringLiteral("usage: stagecraft help [COMMAND]");
        for (const char *command : {"options", "generate", "estimate", "detect", "check", "handout"}) {
            const QString usage = QStringLiteral("(usage: stagecraft %1 ").arg(QString::fromUtf8(command));
            QTest::addRow("%s --frobnicate", command) << QStringList{QString::fromUtf8(command), QStringLiteral("--frobnicate")} << usage;
            QTest::addRow("%s -V", command) << QStringList{QString::fromUtf8(command), QStringLiteral("-V")} << usage;
        }
        QTest::addRow("generate stray") << words("generate --stack go stray") << QStringLiteral("(usage: stagecraft generate ");
        QTest::addRow("generate --stack") << words("generate --stack") << QStringLiteral("(usage: stagecraft generate ");
        QTest::addRow("detect no DIR") << words("detect") << QStringLiteral("(usage: stagecraft detect DIR");
        QTest::addRow("check two DIRs") << words("check . .") << QStringLiteral("(usage: stagecraft check DIR");
    }

    void unknownCommandsAndFlagsAreExitTwoWithAUsageLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const CliRun r = runCliCapturing(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("stagecraft")), qPrintable(r.err));
        QVERIFY2(r.err.contains(usage), qPrintable(r.err));
    }

    // The program decides before anything graphical loads: without a display nothing aborts,
    // and with one (offscreen) no window opens, or the run would not end.
    void theProgramNeverOpensAWindowForThem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("display");
        QTest::addColumn<QString>("message");
        for (bool display : {false, true}) {
            const char *where = display ? "offscreen" : "no display";
            QTest::addRow("frobnicate, %s", where) << words("frobnicate") << display << QStringLiteral("unknown command 'frobnicate'");
            QTest::addRow("-V, %s", where) << words("-V") << display << QStringLiteral("unknown option '-V'");
            QTest::addRow("generate --frobnicate, %s", where) << words("generate --frobnicate") << display
                                                             << QStringLiteral("unknown option '--frobnicate'");
            QTest::addRow("folder --frobnicate, %s", where) << QStringList{m_root.path(), QStringLiteral("--frobnicate")} << display
                                                           << QStringLiteral("unknown option '--frobnicate'");
            QTest::addRow("--preset without a file, %s", where) << words("--preset") << display << QStringLiteral("--preset needs a file");
            QTest::addRow("two folders, %s", where) << QStringList{m_root.path(), m_root.path()} << display
                                                   << QStringLiteral("only one project folder");
        }
    }

    void theProgramNeverOpensAWindowForThem()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, display);
        QFETCH(QString, message);
        QProcessEnvironment environment = environmentWithoutDisplay();
        if (display)
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const ProcessRun r = runBinary(args, hermetic(environment), {}, 15000);
        QVERIFY2(r.finished, "a window opened");
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message) && r.err.contains(QLatin1String("usage: stagecraft")), qPrintable(r.err));
    }

    void helpIsTheHelp()
    {
        const CliRun help = runCliCapturing(words("--help"));
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("usage: stagecraft")));
        const CliRun command = runCliCapturing(words("help"));
        QCOMPARE(command.code, 0);
        QCOMPARE(command.out, help.out);
        QCOMPARE(runCliCapturing(words("-h")).out, help.out);
        const CliRun generate = runCliCapturing(words("help generate"));
        QCOMPARE(generate.code, 0);
        QCOMPARE(generate.out, runCliCapturing(words("generate --help")).out);
        QVERIFY(generate.out.startsWith(QStringLiteral("usage: stagecraft generate")));
    }

    // A folder called "help" in the working directory does not turn `stagecraft help` into the wizard.
    void helpIsACommandBeforeAFolder()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("help")));
        QVERIFY(QDir::setCurrent(m_root.path()));
        const bool cli = isCliInvocation(words("help"));
        QVERIFY(QDir::setCurrent(previous));
        QVERIFY(cli);
    }

    void theVersionAsJson()
    {
        const CliRun plain = runCliCapturing(words("--version"));
        QCOMPARE(plain.code, 0);
        QCOMPARE(plain.out, QStringLiteral("stagecraft " STAGECRAFT_VERSION "\n"));
        const CliRun r = runCliCapturing(words("--version --json"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const nlohmann::json json = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(json["name"].get<std::string>(), std::string("stagecraft"));
        QCOMPARE(json["version"].get<std::string>(), std::string(STAGECRAFT_VERSION));
        QCOMPARE(json["qtVersion"].get<std::string>(), std::string(qVersion()));
        QCOMPARE(json["schemaVersion"].get<int>(), 1);
        QCOMPARE(runCliCapturing(words("--json --version")).out, r.out);
    }

    void everyJsonOutputHasASchemaVersion_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("key");
        QTest::addRow("version") << words("--version --json") << 0 << QStringLiteral("version");
        QTest::addRow("options") << words("options --json") << 0 << QStringLiteral("stacks");
        QTest::addRow("estimate") << words("estimate --stack go --json") << 0 << QStringLiteral("multiStage");
        QTest::addRow("detect") << QStringList{QStringLiteral("detect"), QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/go-cmd-sum"),
                                               QStringLiteral("--json")}
                                << 0 << QStringLiteral("stack");
        QTest::addRow("check") << QStringList{QStringLiteral("check"), m_root.path(), QStringLiteral("--dockerfile"),
                                              QStringLiteral(STAGECRAFT_TESTS_DIR "/golden/go-defaults/Dockerfile"), QStringLiteral("--json")}
                               << 1 << QStringLiteral("fits");
    }

    void everyJsonOutputHasASchemaVersion()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, key);
        const CliRun r = runCliCapturing(args);
        QCOMPARE(r.code, code);
        const nlohmann::json json = nlohmann::json::parse(r.out.toStdString());
        QVERIFY2(json.contains(key.toStdString()), qPrintable(r.out.left(500)));
        QVERIFY2(json.contains("schemaVersion") && json["schemaVersion"] == 1, qPrintable(r.out.left(500)));
    }

    // Qt prints a four-line warning when the locale is not UTF-8; the program switches the
    // character type quietly first, for the commands and for the wizard.
    void noLocaleWarning_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addRow("nothing set") << QString() << QString();
        QTest::addRow("LANG=C") << QStringLiteral("LANG") << QStringLiteral("C");
        QTest::addRow("LC_ALL=C") << QStringLiteral("LC_ALL") << QStringLiteral("C");
        QTest::addRow("LC_ALL=POSIX") << QStringLiteral("LC_ALL") << QStringLiteral("POSIX");
    }

    void noLocaleWarning()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QProcessEnvironment environment = hermetic(withoutLocale(environmentWithoutDisplay()));
        if (!variable.isEmpty())
            environment.insert(variable, value);
        const ProcessRun version = runBinary(words("--version"), environment);
        QCOMPARE(version.code, 0);
        QCOMPARE(version.err, QString());
        const ProcessRun generate = runBinary(words("generate --stack go --json"), environment);
        QCOMPARE(generate.code, 2);
        QVERIFY2(!generate.err.contains(QLatin1String("locale")), qPrintable(generate.err));
        // Non-ASCII text still reaches the program intact (the character type is UTF-8).
        const ProcessRun label = runBinary({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                            QStringLiteral("--label"), QStringLiteral("title=café")},
                                           environment);
        QCOMPARE(label.code, 0);
        QCOMPARE(label.err, QString());
        QVERIFY2(label.out.contains(QStringLiteral("café")), qPrintable(label.out));

        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("STAGECRAFT_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        const ProcessRun wizard = runBinary({}, environment, {}, 60000);
        QVERIFY(wizard.finished);
        QCOMPARE(wizard.code, 0);
        QVERIFY2(wizard.err.contains(QLatin1String("first paint")), qPrintable(wizard.err));
        QVERIFY2(!wizard.err.contains(QLatin1String("locale")), qPrintable(wizard.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProgram)
#include "tst_cliprogram.moc"
