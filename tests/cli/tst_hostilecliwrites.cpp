// `generate --output` and `--save-preset` in hostile folders: links in place of the files,
// dangling links, a FIFO as the existing Dockerfile, a preset target that cannot be written.
// Files outside the chosen folder never change, and a refused write writes nothing.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "clibinary.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

using Run = testing::CliRun;

Run generate(QStringList args)
{
    args.prepend(QStringLiteral("generate"));
    return testing::runCliCapturing(args);
}

} // namespace

class TestHostileCliWrites : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_folder;  // the folder given to --output
    QString m_outside; // a neighbour holding files that must never change
    QString m_victim;  // a file in m_outside

    const QStringList m_node{QStringLiteral("--stack"), QStringLiteral("node")};

    QString inFolder(const char *name) const { return m_folder + QLatin1Char('/') + QLatin1String(name); }

    void verifyOutsideUntouched(const QStringList &expected = {QStringLiteral("victim")})
    {
        QCOMPARE(entries(m_outside), expected);
        QCOMPARE(readFile(m_victim), QByteArray("precious\n"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void init()
    {
        static int n = 0;
        ++n;
        m_folder = m_root.filePath(QStringLiteral("project%1").arg(n));
        m_outside = m_root.filePath(QStringLiteral("outside%1").arg(n));
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(QDir().mkpath(m_outside));
        m_victim = m_outside + QStringLiteral("/victim");
        writeFile(m_victim, "precious\n");
    }

    void linkedOutputFilesAreReplacedNotWrittenThrough()
    {
        QVERIFY(QFile::link(m_victim, inFolder("Dockerfile")));
        QVERIFY(QFile::link(m_victim, inFolder(".dockerignore")));

        const Run refused = generate(m_node + QStringList{QStringLiteral("--output"), m_folder});
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
        verifyOutsideUntouched();

        const Run forced = generate(m_node + QStringList{QStringLiteral("--output"), m_folder, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        verifyOutsideUntouched();
        QVERIFY(!QFileInfo(inFolder("Dockerfile")).isSymLink());
        QVERIFY(readFile(inFolder("Dockerfile")).startsWith("# syntax=docker/dockerfile:1\n"));
        QVERIFY(!QFileInfo(inFolder(".dockerignore")).isSymLink());
        // The backups are the links themselves.
        QCOMPARE(QFileInfo(inFolder("Dockerfile.stagecraft-backup")).symLinkTarget(), m_victim);
        QCOMPARE(QFileInfo(inFolder(".dockerignore.stagecraft-backup")).symLinkTarget(), m_victim);
    }

    void aDanglingLinkCreatesNothingOutside()
    {
        const QString target = m_outside + QStringLiteral("/created-through-link");
        QVERIFY(QFile::link(target, inFolder("Dockerfile")));
        const Run r = generate(m_node + QStringList{QStringLiteral("--output"), m_folder});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        verifyOutsideUntouched();
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral("Dockerfile")});

        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--output"), m_folder, QStringLiteral("--force")}).code, 0);
        verifyOutsideUntouched();
    }

    void outputGivenThroughALinkOrDotsStaysInThatFolder()
    {
        // The folder itself may be a link or contain "..": that is the user's choice.
        const QString linkedFolder = m_root.filePath(QStringLiteral("linked-%1").arg(QFileInfo(m_folder).fileName()));
        QVERIFY(QFile::link(m_folder, linkedFolder));
        QVERIFY(QFile::link(m_victim, inFolder(".dockerignore")));
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--output"), linkedFolder, QStringLiteral("--force")}).code, 0);
        const QString dotted = m_outside + QStringLiteral("/../") + QFileInfo(m_folder).fileName();
        writeFile(inFolder("Dockerfile"), "FROM old\n");
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--output"), dotted, QStringLiteral("--force"),
                                               QStringLiteral("--port"), QStringLiteral("8123")}).code, 0);
        QVERIFY(readFile(inFolder("Dockerfile")).contains("EXPOSE 8123\n"));
        QVERIFY(!QFileInfo(inFolder(".dockerignore")).isSymLink());
        verifyOutsideUntouched();
    }

    void savePresetNeverReplacesAFileWithoutForce()
    {
        const QString preset = inFolder("team.json");
        writeFile(preset, "{\"stack\": \"go\"}\n");
        const Run refused = generate(m_node + QStringList{QStringLiteral("--save-preset"), preset});
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.out, QString()); // not even the Dockerfile on stdout
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
        QCOMPARE(readFile(preset), QByteArray("{\"stack\": \"go\"}\n"));

        const Run forced = generate(m_node + QStringList{QStringLiteral("--save-preset"), preset, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QVERIFY(readFile(preset).contains("\"stack\": \"node\""));
        QCOMPARE(readFile(inFolder("team.json.stagecraft-backup")), QByteArray("{\"stack\": \"go\"}\n"));

        // Saving the same preset again changes nothing and needs no --force.
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--save-preset"), preset}).code, 0);
        QCOMPARE(QDir(m_folder).entryList({QStringLiteral("team.json*")}, QDir::Files | QDir::System).size(), 2);
    }

    void savePresetNeverWritesThroughALink()
    {
        const QString preset = inFolder("team.json");
        QVERIFY(QFile::link(m_victim, preset));
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--save-preset"), preset}).code, 2);
        verifyOutsideUntouched();
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--save-preset"), preset, QStringLiteral("--force")}).code, 0);
        verifyOutsideUntouched();
        QVERIFY(!QFileInfo(preset).isSymLink());
        QVERIFY(readFile(preset).contains("\"stack\": \"node\""));

        const QString dangling = inFolder("dangling.json");
        QVERIFY(QFile::link(m_outside + QStringLiteral("/new.json"), dangling));
        QCOMPARE(generate(m_node + QStringList{QStringLiteral("--save-preset"), dangling}).code, 2);
        verifyOutsideUntouched();
    }

    void aPresetThatCannotBeSavedStopsTheOutputToo()
    {
        const QString preset = m_outside + QStringLiteral("/missing-folder/team.json");
        const Run r = generate(m_node + QStringList{QStringLiteral("--output"), m_folder, QStringLiteral("--save-preset"), preset});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QCOMPARE(entries(m_folder), QStringList());
        verifyOutsideUntouched();
    }

    void anExistingPresetStopsTheOutputToo()
    {
        const QString preset = m_outside + QStringLiteral("/victim");
        const Run r = generate(m_node + QStringList{QStringLiteral("--output"), m_folder, QStringLiteral("--save-preset"), preset});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(entries(m_folder), QStringList());
        verifyOutsideUntouched();
    }

    void savePresetOntoTheDockerfileIsRefused()
    {
        const Run r = generate(m_node + QStringList{QStringLiteral("--output"), m_folder, QStringLiteral("--save-preset"),
                                                    inFolder("Dockerfile"), QStringLiteral("--force")});
        QCOMPARE(r.code, 2);
        QCOMPARE(entries(m_folder), QStringList());
    }

    void aFifoAsExistingDockerfileDoesNotHang()
    {
        QCOMPARE(::mkfifo(QFile::encodeName(inFolder("Dockerfile")).constData(), 0600), 0);
        const QProcessEnvironment environment = testing::hermeticEnvironment(QProcessEnvironment::systemEnvironment(), m_root.path());
        const testing::ProcessRun r = testing::runBinary(
            {QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"), m_folder,
             QStringLiteral("--force")},
            environment, {}, 15000);
        QVERIFY2(r.finished, "generate blocked on a FIFO");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral("Dockerfile")});
    }
};

QTEST_GUILESS_MAIN(TestHostileCliWrites)
#include "tst_hostilecliwrites.moc"
