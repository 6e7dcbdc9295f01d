// `stagecraft handout`: the page on standard output or in a file, with generate's rules for
// an existing file, and every bad input as one line and exit 2 with nothing written.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/handoutcommand.h"
#include "clirun.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

CliRun handout(QStringList args)
{
    args.prepend(QStringLiteral("handout"));
    return runCliCapturing(args);
}

} // namespace

class TestHandoutCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What the stagecraft program does after loading the wizard module.
        provideHandoutCommand(runHandoutCommand);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void printsThePage()
    {
        const CliRun run = handout({QStringLiteral("--stack"), QStringLiteral("go")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(run.out.trimmed().endsWith(QStringLiteral("</html>")));
        QVERIFY(run.out.contains(QStringLiteral("<section class=\"variant multi-stage\">")));
        QVERIFY(run.out.contains(QStringLiteral("<section class=\"variant single-stage\">")));
        QVERIFY(run.out.contains(QStringLiteral("<svg class=\"size-chart\"")));
        QVERIFY(run.out.contains(QStringLiteral("@page { size: A4;")));
    }

    void valuesInTheCodeAreEscaped()
    {
        const CliRun run = handout({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--label"),
                                    QStringLiteral("title=<script>alert(1)</script>")});
        QCOMPARE(run.code, 0);
        QVERIFY(!run.out.contains(QStringLiteral("<script")));
        QVERIFY(run.out.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    void aMeasuredProjectDrawsSolidLayers()
    {
        const QString project = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/node-plain");
        const CliRun run = handout({QStringLiteral("--project"), project});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("solid: measured in your project")));
    }

    void writesTheFileWithGeneratesRules()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("handout.html"));
        const CliRun first = handout({QStringLiteral("--stack"), QStringLiteral("python"), QStringLiteral("--output"), file});
        QCOMPARE(first.code, 0);
        QCOMPARE(first.out, QStringLiteral("wrote %1\n").arg(file));
        const QByteArray written = readFile(file);
        QVERIFY(written.startsWith("<!DOCTYPE html>"));
        QCOMPARE(written, handout({QStringLiteral("--stack"), QStringLiteral("python")}).out.toUtf8());

        const CliRun again = handout({QStringLiteral("--stack"), QStringLiteral("python"), QStringLiteral("--output"), file});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QStringLiteral("unchanged %1\n").arg(file));

        // Another page is refused without --force, and kept as a backup with it.
        const CliRun refused = handout({QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"), file});
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.out, QString());
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists; nothing was written")), qPrintable(refused.err));
        QCOMPARE(readFile(file), written);
        const CliRun forced = handout({QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"), file,
                                       QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QCOMPARE(readFile(file + QStringLiteral(".stagecraft-backup")), written);
        QVERIFY(readFile(file) != written);
    }

    void badInputIsOneLineAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown stack") << QStringList{QStringLiteral("--stack"), QStringLiteral("cobol")}
                                       << QStringLiteral("unknown stack 'cobol'");
        QTest::addRow("no stack") << QStringList{} << QStringLiteral("choose a stack");
        QTest::addRow("unknown flag") << QStringList{QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--pdf")}
                                      << QStringLiteral("--pdf");
        QTest::addRow("stray argument") << QStringList{QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("out.html")}
                                        << QStringLiteral("unexpected argument 'out.html'");
        QTest::addRow("bad port") << QStringList{QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--port"),
                                                 QStringLiteral("99999")}
                                  << QStringLiteral("port 99999 is outside 1-65535");
        QTest::addRow("output is a folder") << QStringList{QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"),
                                                           QStringLiteral("@DIR@")}
                                            << QStringLiteral("is a folder");
        QTest::addRow("output in a missing folder")
            << QStringList{QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"), QStringLiteral("@DIR@/no/such/h.html")}
            << QStringLiteral("nothing was written");
        QTest::addRow("missing preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("@DIR@/none.json")}
                                        << QStringLiteral("cannot read the preset");
        QTest::addRow("project is not a folder") << QStringList{QStringLiteral("--project"), QStringLiteral("@DIR@/none")}
                                                 << QStringLiteral("is not a directory");
    }

    void badInputIsOneLineAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        for (QString &arg : args)
            arg.replace(QStringLiteral("@DIR@"), dir.path());
        const CliRun run = handout(args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("stagecraft handout: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void helpAndTheCommandList()
    {
        const CliRun help = handout({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("usage: stagecraft handout")));
        QVERIFY(help.out.contains(QStringLiteral("--comments")));
        const CliRun all = runCliCapturing({QStringLiteral("--help")});
        QVERIFY(all.out.contains(QStringLiteral("  handout   ")));
    }
};

QTEST_GUILESS_MAIN(TestHandoutCommand)
#include "tst_handoutcommand.moc"
