// The command line's own input and output under hostile conditions: a stdout that cannot be
// written, arguments and paths carrying newlines and terminal escapes, and a mistyped
// command on a machine without a display.
#include "catalog/catalog.h"
#include "clibinary.h"
#include "clirun.h"

#include <QDir>
#include <QIODevice>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;

namespace {

// A device whose every write fails, like a full disk behind stdout.
class FailingDevice : public QIODevice
{
public:
    FailingDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

const QString Escapes = QStringLiteral("x\n\x1b[2J");

void verifyOneEscapedLine(const QString &err)
{
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.endsWith(QLatin1Char('\n')), qPrintable(err));
    QVERIFY2(!err.contains(QChar(0x1b)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("x\\n\\x1b[2J")), qPrintable(err));
}

} // namespace

class TestHostileCliIo : public QObject
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
        QVERIFY2(QFileInfo(testing::stagecraftBinary()).isExecutable(), qPrintable(testing::stagecraftBinary()));
    }

    void aStdoutThatFailsIsAFailure_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go")};
        QTest::addRow("options") << QStringList{QStringLiteral("options"), QStringLiteral("--json")};
        QTest::addRow("estimate") << QStringList{QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("go")};
        QTest::addRow("help") << QStringList{QStringLiteral("--help")};
    }

    void aStdoutThatFailsIsAFailure()
    {
        QFETCH(QStringList, args);
        FailingDevice device;
        QTextStream out(&device);
        QString errText;
        QTextStream err(&errText);
        QCOMPARE(runCli(args, out, err), 1);
        err.flush();
        // Notes may come first; the failure is the last line.
        QVERIFY2(errText.endsWith(QStringLiteral("stagecraft: cannot write to standard output\n")), qPrintable(errText));
    }

    void devFullAsStdoutExitsWithOne()
    {
        const testing::ProcessRun r = testing::runBinary({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go")},
                                                         hermetic(QProcessEnvironment::systemEnvironment()), QStringLiteral("/dev/full"));
        QVERIFY(r.finished);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write to standard output")), qPrintable(r.err));
    }

    void untrustedTextIsEscapedInMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString missing = m_root.filePath(QStringLiteral("missing-")) + Escapes;
        QTest::addRow("stack") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"), Escapes};
        QTest::addRow("unknown command") << QStringList{Escapes};
        QTest::addRow("unknown flag") << QStringList{QStringLiteral("generate"), QStringLiteral("--") + Escapes};
        QTest::addRow("stray argument") << QStringList{QStringLiteral("estimate"), Escapes};
        QTest::addRow("preset path") << QStringList{QStringLiteral("generate"), QStringLiteral("--preset"), missing};
        QTest::addRow("output folder") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                                      QStringLiteral("--output"), missing};
        QTest::addRow("port") << QStringList{QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                             QStringLiteral("--port"), Escapes};
        QTest::addRow("detect folder") << QStringList{QStringLiteral("detect"), missing};
        QTest::addRow("project folder") << QStringList{QStringLiteral("estimate"), QStringLiteral("--project"), missing};
        QTest::addRow("options argument") << QStringList{QStringLiteral("options"), Escapes};
    }

    void untrustedTextIsEscapedInMessages()
    {
        QFETCH(QStringList, args);
        const testing::CliRun r = testing::runCliCapturing(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        verifyOneEscapedLine(r.err);
    }

    void aMistypedCommandWithoutADisplayIsACliError()
    {
        const testing::ProcessRun r = testing::runBinary({QStringLiteral("genrate"), QStringLiteral("--stack"), QStringLiteral("go")},
                                                         hermetic(testing::environmentWithoutDisplay()));
        QVERIFY(r.finished);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("stagecraft: unknown command 'genrate' (usage: stagecraft COMMAND [ARGS...], a COMMAND of "
                                       "options, generate, estimate, detect, check, handout, help; or stagecraft [--preset FILE] "
                                       "[PROJECT_DIR]; see 'stagecraft --help')\n"));
    }

    void aMistypedCommandIsACliErrorEvenWithADisplay()
    {
        // Decided before any window could open: the offscreen platform would happily start one.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const testing::ProcessRun r = testing::runBinary({QStringLiteral("genrate")}, hermetic(environment), {}, 15000);
        QVERIFY2(r.finished, "a mistyped command opened the wizard");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'genrate'")), qPrintable(r.err));
    }

    void theWizardWithoutADisplayExitsWithOneLine()
    {
        const testing::ProcessRun r = testing::runBinary({m_root.path()}, hermetic(testing::environmentWithoutDisplay()));
        QVERIFY(r.finished);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("stagecraft: cannot open the wizard")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileCliIo)
#include "tst_hostilecliio.moc"
