// The exporter against hostile folders: links in place of the files it writes, a FIFO or a
// device as an existing file, and a write that fails half-way. Nothing outside the folder
// may change, and a failed export changes nothing at all.
#include "../support/testfiles.h"
#include "export/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <future>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QStringList sortedEntries(const QString &folder)
{
    QStringList names = entries(folder);
    names.sort(Qt::CaseSensitive);
    return names;
}

bool isLinkTo(const QString &path, const QString &target)
{
    const QFileInfo info(path);
    return info.isSymLink() && info.symLinkTarget() == QFileInfo(target).absoluteFilePath();
}

const std::vector<ExportFile> Files{{"Dockerfile", "FROM scratch\n"}, {".dockerignore", ".git\n"}};

} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_folder;  // the folder the user chose
    QString m_outside; // a neighbour that must never change

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        ++n;
        m_folder = m_root.filePath(QStringLiteral("project%1").arg(n));
        m_outside = m_root.filePath(QStringLiteral("outside%1").arg(n));
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(QDir().mkpath(m_outside));
    }

    void aLinkIsReplacedByAFileAndItsTargetIsNeverWritten()
    {
        const QString target = m_outside + QStringLiteral("/victim");
        writeFile(target, "precious\n");
        QVERIFY(QFile::link(target, m_folder + QStringLiteral("/Dockerfile")));
        QVERIFY(QFile::link(target, m_folder + QStringLiteral("/.dockerignore")));

        const Outcome<ExportResult> refused = exportFiles(m_folder.toStdString(), Files, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().find("already exists") != std::string::npos, refused.error().c_str());
        QCOMPARE(readFile(target), QByteArray("precious\n"));

        const Outcome<ExportResult> forced = exportFiles(m_folder.toStdString(), Files, true);
        QVERIFY2(forced.ok(), forced.error().c_str());
        QCOMPARE(readFile(target), QByteArray("precious\n"));
        QCOMPARE(entries(m_outside), QStringList{QStringLiteral("victim")});
        const QFileInfo dockerfile(m_folder + QStringLiteral("/Dockerfile"));
        QVERIFY(!dockerfile.isSymLink());
        QCOMPARE(readFile(dockerfile.filePath()), QByteArray("FROM scratch\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/.dockerignore")), QByteArray(".git\n"));
        // The backup is the link itself, still pointing where it did.
        QVERIFY(isLinkTo(m_folder + QStringLiteral("/Dockerfile.stagecraft-backup"), target));
        QVERIFY(isLinkTo(m_folder + QStringLiteral("/.dockerignore.stagecraft-backup"), target));
        QCOMPARE(forced->backups.size(), std::size_t(2));
    }

    void nothingIsCreatedThroughADanglingLink()
    {
        const QString target = m_outside + QStringLiteral("/created");
        QVERIFY(QFile::link(target, m_folder + QStringLiteral("/Dockerfile")));

        const Outcome<std::vector<PlannedWrite>> plan = planExport(m_folder.toStdString(), Files);
        QVERIFY2(plan.ok(), plan.error().c_str());
        QVERIFY(plan.value()[0].exists);
        QVERIFY(plan.value()[0].isLink);

        QVERIFY(!exportFiles(m_folder.toStdString(), Files, false).ok());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo(m_folder + QStringLiteral("/.dockerignore")).exists());

        const Outcome<ExportResult> forced = exportFiles(m_folder.toStdString(), Files, true);
        QVERIFY2(forced.ok(), forced.error().c_str());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(entries(m_outside), QStringList());
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile")), QByteArray("FROM scratch\n"));
        QVERIFY(QFileInfo(m_folder + QStringLiteral("/Dockerfile.stagecraft-backup")).isSymLink());
    }

    void aBackupNameTakenByADanglingLinkIsNotReused()
    {
        writeFile(m_folder + QStringLiteral("/Dockerfile"), "FROM old\n");
        const QString target = m_outside + QStringLiteral("/backup-target");
        QVERIFY(QFile::link(target, m_folder + QStringLiteral("/Dockerfile.stagecraft-backup")));
        const Outcome<ExportResult> forced = exportFiles(m_folder.toStdString(), Files, true);
        QVERIFY2(forced.ok(), forced.error().c_str());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile.stagecraft-backup-2")), QByteArray("FROM old\n"));
    }

    void aFifoAsExistingFileIsRefusedWithoutBlocking()
    {
        const QString fifo = m_folder + QStringLiteral("/Dockerfile");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::future<Outcome<ExportResult>> future
            = std::async(std::launch::async, [folder = m_folder.toStdString()] { return exportFiles(folder, Files, true); });
        const bool finished = future.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
        if (!finished) {
            // Let the blocked reader go, so a regression fails instead of hanging the test.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
        const Outcome<ExportResult> result = future.get();
        QVERIFY2(finished, "the export blocked on a FIFO");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("not a regular file") != std::string::npos, result.error().c_str());
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral("Dockerfile")});
    }

    void aLinkToADeviceIsNotRead()
    {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_folder + QStringLiteral("/Dockerfile")));
        const Outcome<std::vector<PlannedWrite>> plan = planExport(m_folder.toStdString(), Files);
        QVERIFY2(plan.ok(), plan.error().c_str());
        QVERIFY(plan.value()[0].isLink);
        QCOMPARE(plan.value()[0].existingContent, std::string());
        QVERIFY(exportFiles(m_folder.toStdString(), Files, true).ok());
        QVERIFY(QFileInfo(m_folder + QStringLiteral("/Dockerfile.stagecraft-backup")).isSymLink());
    }

    void aWriteFailingHalfWayChangesNothing()
    {
        // A per-file size limit stands in for a full disk: the small Dockerfile fits, the large
        // .dockerignore does not.
        writeFile(m_folder + QStringLiteral("/Dockerfile"), "FROM old\n");
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n"}, {".dockerignore", std::string(64 * 1024, '#')}};
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &previous), 0);
        rlimit limited = previous;
        limited.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files, true);
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("nothing was changed") != std::string::npos, result.error().c_str());
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral("Dockerfile")});
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile")), QByteArray("FROM old\n"));
    }

    void filesInDifferentFoldersAreWrittenTogether()
    {
        const std::vector<FileWrite> writes{{(m_folder + QStringLiteral("/Dockerfile")).toStdString(), "FROM scratch\n"},
                                            {(m_outside + QStringLiteral("/preset.json")).toStdString(), "{}\n"}};
        const Outcome<ExportResult> result = writeFiles(writes, false);
        QVERIFY2(result.ok(), result.error().c_str());
        QCOMPARE(readFile(m_outside + QStringLiteral("/preset.json")), QByteArray("{}\n"));
        QCOMPARE(result->written.size(), std::size_t(2));
    }

    void theSameTargetTwiceIsRefused()
    {
        const std::string path = (m_folder + QStringLiteral("/Dockerfile")).toStdString();
        const Outcome<ExportResult> result = writeFiles({{path, "a\n"}, {path, "b\n"}}, true);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("more than once") != std::string::npos, result.error().c_str());
        QCOMPARE(entries(m_folder), QStringList());
    }

    // One choice per differing file: keeping one never stops the others.
    void keepLeavesOneFileAndWritesTheOthers()
    {
        writeFile(m_folder + QStringLiteral("/Dockerfile"), "FROM mine\n");
        writeFile(m_folder + QStringLiteral("/.dockerignore"), "mine\n");
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n", WhenDifferent::Keep},
                                            {".dockerignore", ".git\n", WhenDifferent::Replace}};
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files);
        QVERIFY2(result.ok(), result.error().c_str());
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile")), QByteArray("FROM mine\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/.dockerignore")), QByteArray(".git\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/.dockerignore.stagecraft-backup")), QByteArray("mine\n"));
        QCOMPARE(sortedEntries(m_folder), (QStringList{QStringLiteral(".dockerignore"), QStringLiteral(".dockerignore.stagecraft-backup"),
                                                 QStringLiteral("Dockerfile")}));
        QCOMPARE(result->kept, std::vector<std::string>{(m_folder + QStringLiteral("/Dockerfile")).toStdString()});
        QCOMPARE(result->written, std::vector<std::string>{(m_folder + QStringLiteral("/.dockerignore")).toStdString()});
    }

    void writeAsNewLeavesTheFileAndWritesBesideIt()
    {
        writeFile(m_folder + QStringLiteral("/Dockerfile"), "FROM mine\n");
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n", WhenDifferent::WriteAsNew},
                                            {".dockerignore", ".git\n", WhenDifferent::WriteAsNew}};
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files);
        QVERIFY2(result.ok(), result.error().c_str());
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile")), QByteArray("FROM mine\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile.new")), QByteArray("FROM scratch\n"));
        // A file that did not exist is simply written: there is nothing to keep.
        QCOMPARE(readFile(m_folder + QStringLiteral("/.dockerignore")), QByteArray(".git\n"));
        QCOMPARE(sortedEntries(m_folder), (QStringList{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"), QStringLiteral("Dockerfile.new")}));
        QCOMPARE(result->kept, std::vector<std::string>{(m_folder + QStringLiteral("/Dockerfile")).toStdString()});
    }

    // NAME.new follows the same rules as any target: an older one is kept, a link is replaced.
    void anExistingNewFileIsBackedUpAndALinkNeverWrittenThrough()
    {
        writeFile(m_folder + QStringLiteral("/Dockerfile"), "FROM mine\n");
        writeFile(m_folder + QStringLiteral("/Dockerfile.new"), "FROM older\n");
        const QString target = m_outside + QStringLiteral("/victim");
        writeFile(target, "precious\n");
        writeFile(m_folder + QStringLiteral("/.dockerignore"), "mine\n");
        QVERIFY(QFile::link(target, m_folder + QStringLiteral("/.dockerignore.new")));
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n", WhenDifferent::WriteAsNew},
                                            {".dockerignore", ".git\n", WhenDifferent::WriteAsNew}};
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files);
        QVERIFY2(result.ok(), result.error().c_str());
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile.new")), QByteArray("FROM scratch\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/Dockerfile.new.stagecraft-backup")), QByteArray("FROM older\n"));
        QCOMPARE(readFile(target), QByteArray("precious\n"));
        QVERIFY(!QFileInfo(m_folder + QStringLiteral("/.dockerignore.new")).isSymLink());
        QCOMPARE(readFile(m_folder + QStringLiteral("/.dockerignore.new")), QByteArray(".git\n"));
        QVERIFY(isLinkTo(m_folder + QStringLiteral("/.dockerignore.new.stagecraft-backup"), target));
        QCOMPARE(entries(m_outside), QStringList{QStringLiteral("victim")});
    }

    void refuseOnOneFileWritesNothing()
    {
        writeFile(m_folder + QStringLiteral("/.dockerignore"), "mine\n");
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n", WhenDifferent::Replace},
                                            {".dockerignore", ".git\n", WhenDifferent::Refuse}};
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("nothing was written") != std::string::npos, result.error().c_str());
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral(".dockerignore")});
    }

    void aNameOutsideTheFolderIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("parent") << QStringLiteral("../escaped");
        QTest::addRow("sub-folder") << QStringLiteral("sub/Dockerfile");
        QTest::addRow("absolute") << QStringLiteral("/tmp/Dockerfile");
        QTest::addRow("dot-dot") << QStringLiteral("..");
        QTest::addRow("empty") << QString();
    }

    void aNameOutsideTheFolderIsRefused()
    {
        QFETCH(QString, name);
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/sub")));
        const std::vector<ExportFile> files{{"Dockerfile", "FROM scratch\n"}, {name.toStdString(), "x\n"}};
        QVERIFY(!planExport(m_folder.toStdString(), files).ok());
        const Outcome<ExportResult> result = exportFiles(m_folder.toStdString(), files, true);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("not a file name") != std::string::npos, result.error().c_str());
        QCOMPARE(entries(m_folder), QStringList{QStringLiteral("sub")});
        QCOMPARE(entries(m_root.path()).filter(QStringLiteral("escaped")), QStringList());
    }

    void aMissingFolderIsNamed()
    {
        const std::string missing = (m_folder + QStringLiteral("/not-there/preset.json")).toStdString();
        const Outcome<ExportResult> result = writeFiles({{missing, "{}\n"}}, false);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().find("does not exist") != std::string::npos, result.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
