// `stagecraft generate --check`, the CI drift check: it compares the Dockerfile and
// .dockerignore on disk with what the same command would write, prints the difference as
// the wizard's unified diff, writes nothing, and exits 0 (same), 1 (different) or 2 (bad input).
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "clirun.h"
#include "export/textdiff.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#include <sys/stat.h>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

const QStringList Go{QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go")};

CliRun generateInto(const QString &dir, QStringList extra = {})
{
    return runCliCapturing(Go + QStringList{QStringLiteral("--output"), dir} + extra);
}

CliRun checkIn(const QString &dir, QStringList extra = {})
{
    return runCliCapturing(Go + QStringList{QStringLiteral("--output"), dir, QStringLiteral("--check")} + extra);
}

// Every file in `dir` with its content: what "nothing was written" is compared against.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        files[info.fileName()] = info.isSymLink() ? ("link to " + info.symLinkTarget().toUtf8()) : readFile(info.filePath());
    return files;
}

} // namespace

class TestGenerateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void filesAsGeneratedAreUpToDate()
    {
        QTemporaryDir dir;
        QCOMPARE(generateInto(dir.path()).code, 0);
        const auto before = snapshot(dir.path());
        const CliRun r = checkIn(dir.path());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("up to date: %1/Dockerfile\nup to date: %1/.dockerignore\n").arg(dir.path()));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void aChangedDockerfileIsTheDiffAndExitOne()
    {
        QTemporaryDir dir;
        QCOMPARE(generateInto(dir.path()).code, 0);
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        const QByteArray generated = readFile(path);
        QByteArray edited = generated;
        edited.replace("EXPOSE 8080", "EXPOSE 9090");
        QVERIFY(edited != generated);
        writeFile(path, edited);
        const auto before = snapshot(dir.path());

        const CliRun r = checkIn(dir.path());
        QCOMPARE(r.code, 1);
        // The wizard's diff, from the file on disk to the file the command would write.
        const std::string diff = unifiedDiff(edited.toStdString(), generated.toStdString(), path.toStdString(),
                                             path.toStdString() + " (generated)");
        QCOMPARE(r.out, QString::fromStdString(diff) + QStringLiteral("up to date: %1/.dockerignore\n").arg(dir.path()));
        QVERIFY(r.out.contains(QStringLiteral("\n-EXPOSE 9090\n+EXPOSE 8080\n")));
        QCOMPARE(r.err, QStringLiteral("stagecraft generate: %1 differs from what this configuration generates\n").arg(path));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void missingFilesDifferFromNothing()
    {
        QTemporaryDir dir;
        const CliRun r = checkIn(dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("--- /dev/null\n+++ %1/Dockerfile (generated)\n@@ -0,0 +1,").arg(dir.path())),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("+++ %1/.dockerignore (generated)\n").arg(dir.path())));
        QVERIFY(r.err.contains(QStringLiteral("Dockerfile, %1/.dockerignore differ").arg(dir.path())));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void comparesWhatThePresetGenerates()
    {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("team.json"));
        QCOMPARE(runCliCapturing(Go + QStringList{QStringLiteral("--port"), QStringLiteral("9000"), QStringLiteral("--save-preset"), preset}).code, 0);
        const QString out = dir.filePath(QStringLiteral("app"));
        QVERIFY(QDir().mkpath(out));
        const QStringList fromPreset{QStringLiteral("generate"), QStringLiteral("--preset"), preset, QStringLiteral("--output"), out};
        QCOMPARE(runCliCapturing(fromPreset).code, 0);
        QCOMPARE(runCliCapturing(fromPreset + QStringList{QStringLiteral("--check")}).code, 0);
        // A flag on top of the preset is another configuration: the files on disk drift from it.
        const CliRun other = runCliCapturing(fromPreset + QStringList{QStringLiteral("--port"), QStringLiteral("9001"), QStringLiteral("--check")});
        QCOMPARE(other.code, 1);
        QVERIFY2(other.out.contains(QStringLiteral("\n-EXPOSE 9000\n+EXPOSE 9001\n")), qPrintable(other.out));
    }

    void comparesWhatTheProjectGenerates()
    {
        QTemporaryDir dir;
        std::filesystem::copy(STAGECRAFT_TESTS_DIR "/fixtures/projects/go-cmd-sum", dir.path().toStdString(),
                              std::filesystem::copy_options::recursive);
        const QStringList project{QStringLiteral("generate"), QStringLiteral("--project"), dir.path()};
        const CliRun written = runCliCapturing(project + QStringList{QStringLiteral("--output"), dir.path()});
        QVERIFY2(written.code == 0, qPrintable(written.err));
        // Without --output the project's own folder is compared.
        const CliRun same = runCliCapturing(project + QStringList{QStringLiteral("--check")});
        QVERIFY2(same.code == 0, qPrintable(same.out + same.err));
        writeFile(dir.filePath(QStringLiteral(".dockerignore")), "node_modules\n");
        const CliRun drifted = runCliCapturing(project + QStringList{QStringLiteral("--check")});
        QCOMPARE(drifted.code, 1);
        QVERIFY2(drifted.out.startsWith(QStringLiteral("up to date: %1/Dockerfile\n--- %1/.dockerignore\n").arg(dir.path())),
                 qPrintable(drifted.out));
        QCOMPARE(readFile(dir.filePath(QStringLiteral(".dockerignore"))), QByteArray("node_modules\n"));
    }

    void badInputIsExitTwoWithNothingWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no folder") << (Go + QStringList{QStringLiteral("--check")}) << QStringLiteral("give one");
        QTest::addRow("--force") << QStringList{QStringLiteral("--force")} << QStringLiteral("leave out --force");
        QTest::addRow("--save-preset") << QStringList{QStringLiteral("--save-preset"), QStringLiteral("p.json")}
                                       << QStringLiteral("leave out --save-preset");
        QTest::addRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << QStringLiteral("outside 1-65535");
        QTest::addRow("missing folder") << (Go + QStringList{QStringLiteral("--output"), QStringLiteral("/nonexistent/x"), QStringLiteral("--check")})
                                        << QStringLiteral("is not an existing folder");
    }

    void badInputIsExitTwoWithNothingWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QStringList full = args.first() == QStringLiteral("generate") ? args : Go + QStringList{QStringLiteral("--output"), dir.path(), QStringLiteral("--check")} + args;
        const CliRun r = runCliCapturing(full);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // The folder is hostile input: its text is escaped in the diff, a link is reported and
    // never followed, a FIFO is refused without blocking.
    void aHostileFolderIsReadSafely()
    {
        QTemporaryDir dir;
        QCOMPARE(generateInto(dir.path()).code, 0);
        const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(dockerfile, readFile(dockerfile) + "RUN echo \x1b[2J\r\n");
        const CliRun escaped = checkIn(dir.path());
        QCOMPARE(escaped.code, 1);
        QVERIFY2(!escaped.out.contains(QChar(0x1b)) && !escaped.out.contains(QLatin1Char('\r')), qPrintable(escaped.out));
        QVERIFY2(escaped.out.contains(QStringLiteral("-RUN echo \\x1b[2J\\r\n")), qPrintable(escaped.out));

        QTemporaryDir elsewhere;
        const QString secret = elsewhere.filePath(QStringLiteral("secret"));
        writeFile(secret, "do not read me\n");
        QVERIFY(QFile::remove(dockerfile));
        QVERIFY(QFile::link(secret, dockerfile));
        const CliRun linked = checkIn(dir.path());
        QCOMPARE(linked.code, 1);
        QVERIFY2(linked.out.contains(QStringLiteral("--- %1 (a symbolic link)\n").arg(dockerfile)), qPrintable(linked.out));
        QVERIFY(!linked.out.contains(QLatin1String("do not read me")));
        QVERIFY(QFileInfo(dockerfile).isSymLink());

        QVERIFY(QFile::remove(dockerfile));
        QCOMPARE(mkfifo(dockerfile.toLocal8Bit().constData(), 0600), 0);
        const CliRun fifo = checkIn(dir.path());
        QCOMPARE(fifo.code, 2);
        QCOMPARE(fifo.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestGenerateCheck)
#include "tst_generatecheck.moc"
