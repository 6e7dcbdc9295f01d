#include "estimate/projectmeasure.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <unistd.h>

using namespace stagecraft;

namespace {

const QString fixture = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/estimate/nodeproject");

void writeFile(const QString &path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(size, 'x')), size);
}

// Independent of the code under test: every regular file below `folder`, except those
// in `skip` subfolders.
qint64 bytesBelow(const QString &folder, const QString &skip = QString())
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skip.isEmpty() && QDir(folder).relativeFilePath(path).startsWith(skip + QLatin1Char('/')))
            continue;
        total += QFileInfo(path).size();
    }
    return total;
}

std::vector<std::string> strings(std::initializer_list<const char *> list)
{
    return {list.begin(), list.end()};
}

} // namespace

class TestEstimateMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void contextAppliesDockerignore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("src/app.js")), 100);
        writeFile(dir.filePath(QStringLiteral("src/app.test.js")), 30);
        writeFile(dir.filePath(QStringLiteral("node_modules/x/index.js")), 5000);
        writeFile(dir.filePath(QStringLiteral("node_modules/keep/index.js")), 7);
        writeFile(dir.filePath(QStringLiteral("README.md")), 11);
        writeFile(dir.filePath(QStringLiteral("docs/guide.md")), 13);
        const std::string ignore = "node_modules\n!node_modules/keep\n*.md\n**/*.test.js\n";
        auto size = measureContext(dir.path().toStdString(), ignore);
        QVERIFY(size.ok());
        // src/app.js + node_modules/keep/index.js + docs/guide.md (*.md is root-only)
        QCOMPARE(size->bytes, qint64(100 + 7 + 13));
        QCOMPARE(size->files, qint64(3));
    }

    // A later re-include of the parent brings the excluded folder back: later lines win.
    void contextLaterParentReincludeWins()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("foo/bar/x")), 50);
        writeFile(dir.filePath(QStringLiteral("foo/y")), 3);
        auto size = measureContext(dir.path().toStdString(), "foo/bar\n!foo\n");
        QVERIFY(size.ok());
        QCOMPARE(size->bytes, qint64(53));
        auto excluded = measureContext(dir.path().toStdString(), "!foo\nfoo/bar\n");
        QVERIFY(excluded.ok());
        QCOMPARE(excluded->bytes, qint64(3));
    }

    // A symlink is sent as itself: its size is the length of its target's name.
    void hardLinksCountOnceAndSymlinksAsThemselves()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.bin")), 1000);
        QCOMPARE(::link(QFile::encodeName(dir.filePath(QStringLiteral("a.bin"))).constData(),
                        QFile::encodeName(dir.filePath(QStringLiteral("b.bin"))).constData()),
                 0);
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a.bin")), dir.filePath(QStringLiteral("c.lnk"))));
        auto size = measureContext(dir.path().toStdString(), "");
        QVERIFY(size.ok());
        QCOMPARE(size->bytes, qint64(1000 + QFile::encodeName(dir.filePath(QStringLiteral("a.bin"))).size()));
        QCOMPARE(size->files, qint64(3));
    }

    void malformedDockerignoreIsAnError()
    {
        QTemporaryDir dir;
        auto size = measureContext(dir.path().toStdString(), "[oops");
        QVERIFY(!size.ok());
        QCOMPARE(QString::fromStdString(size.error()), QStringLiteral(".dockerignore line 1: malformed pattern '[oops'"));
        QVERIFY(!measureContext("/nonexistent/stagecraft", "").ok());
    }

    void cancelStopsTheWalk()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 10; ++i)
            writeFile(dir.filePath(QStringLiteral("f%1").arg(i)), 10);
        std::atomic_bool cancel{true};
        MeasureOptions options;
        options.cancel = &cancel;
        auto m = measureProject(dir.path().toStdString(), options);
        QVERIFY(m.ok());
        QVERIFY(m->cancelled);
        QCOMPARE(m->context.files, qint64(0));
    }

    void progressIsReported()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5000; ++i)
            writeFile(dir.filePath(QStringLiteral("d%1/f%2").arg(i % 10).arg(i)), 1);
        std::vector<std::int64_t> reports;
        MeasureOptions options;
        options.progress = [&](std::int64_t files) { reports.push_back(files); };
        auto m = measureProject(dir.path().toStdString(), options);
        QVERIFY(m.ok());
        QCOMPARE(m->context.files, qint64(5000));
        QCOMPARE(reports, std::vector<std::int64_t>{4096});
    }

    void nodeModulesSplit()
    {
        std::vector<std::string> warnings;
        const NodeModulesSplit split = splitNodeModules(fixture.toStdString(), &warnings);
        QVERIFY(split.present);
        QVERIFY(warnings.empty());
        // dependencies a and @scope/util; a needs b and its own nested c 2.x; b's peer d.
        QCOMPARE(split.productionPackages,
                 strings({"node_modules/@scope/util", "node_modules/a", "node_modules/a/node_modules/c",
                          "node_modules/b", "node_modules/d"}));
        // testlib needs the top-level c 1.x and b; b is production anyway.
        QCOMPARE(split.devPackages, strings({"node_modules/c", "node_modules/testlib", "node_modules/typescript-lite"}));

        const QString nm = fixture + QStringLiteral("/node_modules/");
        const qint64 production = bytesBelow(nm + QStringLiteral("@scope/util")) + bytesBelow(nm + QStringLiteral("a"))
                                  + bytesBelow(nm + QStringLiteral("b")) + bytesBelow(nm + QStringLiteral("d"));
        QCOMPARE(split.productionBytes, production);
        QCOMPARE(split.totalBytes, bytesBelow(fixture + QStringLiteral("/node_modules")));
        QCOMPARE(split.devBytes, split.totalBytes - production);
        // The nested copy counts once, inside a's folder, and the .bin script is not production.
        QVERIFY(split.devBytes >= bytesBelow(nm + QStringLiteral(".bin")) + 4000 + 7000 + 8000);
    }

    // pnpm: top-level links into .pnpm, where a package's dependencies are its siblings;
    // a workspace link to a folder of the project, whose own dependencies count too.
    void pnpmAndWorkspaceLinks()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        auto text = [&](const QString &path, const QByteArray &content) {
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + path).absolutePath());
            QFile file(root + QLatin1Char('/') + path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        auto link = [&](const char *target, const QString &path) {
            QDir().mkpath(QFileInfo(root + QLatin1Char('/') + path).absolutePath());
            QCOMPARE(::symlink(target, (root + QLatin1Char('/') + path).toLocal8Bit().constData()), 0);
        };
        text(QStringLiteral("package.json"), R"({"dependencies": {"a": "1", "ws": "*"}})");
        text(QStringLiteral("node_modules/.pnpm/a@1/node_modules/a/package.json"), R"({"dependencies": {"b": "1"}})");
        writeFile(root + QStringLiteral("/node_modules/.pnpm/a@1/node_modules/a/index.js"), 3000);
        link("../../b@1/node_modules/b", QStringLiteral("node_modules/.pnpm/a@1/node_modules/b"));
        text(QStringLiteral("node_modules/.pnpm/b@1/node_modules/b/package.json"), "{}");
        writeFile(root + QStringLiteral("/node_modules/.pnpm/b@1/node_modules/b/index.js"), 500);
        text(QStringLiteral("node_modules/.pnpm/t@1/node_modules/t/package.json"), "{}");
        writeFile(root + QStringLiteral("/node_modules/.pnpm/t@1/node_modules/t/index.js"), 9000);
        link(".pnpm/a@1/node_modules/a", QStringLiteral("node_modules/a"));
        link(".pnpm/t@1/node_modules/t", QStringLiteral("node_modules/t"));
        link("../packages/ws", QStringLiteral("node_modules/ws"));
        text(QStringLiteral("packages/ws/package.json"), R"({"dependencies": {"c": "1"}})");
        text(QStringLiteral("node_modules/c/package.json"), "{}");
        writeFile(root + QStringLiteral("/node_modules/c/index.js"), 70);

        std::vector<std::string> warnings;
        const NodeModulesSplit split = splitNodeModules(root.toStdString(), &warnings);
        QVERIFY(warnings.empty());
        QCOMPARE(split.productionPackages, strings({"node_modules/.pnpm/a@1/node_modules/a",
                                                    "node_modules/.pnpm/b@1/node_modules/b", "node_modules/c"}));
        QCOMPARE(split.devPackages, strings({"node_modules/.pnpm/t@1/node_modules/t"}));
        const QString pnpm = root + QStringLiteral("/node_modules/.pnpm/");
        QCOMPARE(split.productionBytes, bytesBelow(pnpm + QStringLiteral("a@1/node_modules/a"))
                                            + bytesBelow(pnpm + QStringLiteral("b@1/node_modules/b"))
                                            + bytesBelow(root + QStringLiteral("/node_modules/c")));
        // The links count as themselves (their targets' names), in node_modules, not as production.
        const qint64 links = qint64(std::strlen("../../b@1/node_modules/b") + std::strlen(".pnpm/a@1/node_modules/a")
                                    + std::strlen(".pnpm/t@1/node_modules/t") + std::strlen("../packages/ws"));
        QCOMPARE(split.totalBytes, bytesBelow(root + QStringLiteral("/node_modules")) + links);
    }

    // A hard link counts once in node_modules as a whole, as BuildKit sends later links
    // without content.
    void hardLinkCountsOnceInNodeModules()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        writeFile(root + QStringLiteral("/node_modules/a/data.bin"), 4000);
        writeFile(root + QStringLiteral("/node_modules/b/x"), 1);
        QCOMPARE(::link((root + QStringLiteral("/node_modules/a/data.bin")).toLocal8Bit().constData(),
                        (root + QStringLiteral("/node_modules/b/data.bin")).toLocal8Bit().constData()),
                 0);
        const NodeModulesSplit split = splitNodeModules(root.toStdString());
        QCOMPARE(split.totalBytes, qint64(4001));
        QCOMPARE(split.devBytes, qint64(4001));
    }

    void measureProjectOnFixture()
    {
        auto m = measureProject(fixture.toStdString());
        QVERIFY(m.ok());
        QVERIFY(!m->cancelled);
        // The fixture's own .dockerignore leaves node_modules and dist out.
        const qint64 context = QFileInfo(fixture + QStringLiteral("/package.json")).size()
                               + QFileInfo(fixture + QStringLiteral("/.dockerignore")).size()
                               + QFileInfo(fixture + QStringLiteral("/src/index.ts")).size();
        QCOMPARE(m->context.bytes, context);
        QCOMPARE(m->context.files, qint64(3));
        QCOMPARE(m->buildOutputs.size(), size_t(1));
        QCOMPARE(QString::fromStdString(m->buildOutputs[0].path), QStringLiteral("dist"));
        QCOMPARE(m->buildOutputBytes(), QFileInfo(fixture + QStringLiteral("/dist/index.js")).size());
        QVERIFY(!m->virtualEnv);
        QVERIFY(m->nodeModules.present);

        MeasureOptions everything;
        everything.dockerignore = std::string();
        auto all = measureProject(fixture.toStdString(), everything);
        QVERIFY(all.ok());
        QCOMPARE(all->context.bytes, bytesBelow(fixture));
    }

    void virtualEnvAndNextOutput()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".venv/pyvenv.cfg")), 10);
        writeFile(dir.filePath(QStringLiteral(".venv/lib/site.py")), 90);
        writeFile(dir.filePath(QStringLiteral(".next/server/page.js")), 200);
        writeFile(dir.filePath(QStringLiteral(".next/cache/webpack.pack")), 100000);
        writeFile(dir.filePath(QStringLiteral(".next/standalone/server.js")), 40);
        auto m = measureProject(dir.path().toStdString());
        QVERIFY(m.ok());
        QVERIFY(m->virtualEnv);
        QCOMPARE(m->virtualEnv->size.bytes, qint64(100));
        QCOMPARE(m->buildOutputs.size(), size_t(1));
        QCOMPARE(m->buildOutputs[0].size.bytes, qint64(240)); // without .next/cache
        QVERIFY(m->nextStandalone);
        QCOMPARE(m->nextStandalone->size.bytes, qint64(40));
        QVERIFY(!m->nodeModules.present);
    }

    // Folders stacks declare are summed in the same walk, inside excluded folders too; a path
    // two stacks declare is walked once and reported for both; a missing one is left out.
    void stackFoldersAreMeasured()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("vendor/laravel/framework/src/App.php")), 300);
        writeFile(dir.filePath(QStringLiteral("vendor/autoload.php")), 20);
        writeFile(dir.filePath(QStringLiteral("target/release/app")), 500);
        writeFile(dir.filePath(QStringLiteral("target/release/deps/libserde.rlib")), 700);
        writeFile(dir.filePath(QStringLiteral("target/release/incremental/app-1/query-cache.bin")), 9000);
        writeFile(dir.filePath(QStringLiteral("target/debug/app")), 4000);
        writeFile(dir.filePath(QStringLiteral("src/main.rs")), 30);
        writeFile(dir.filePath(QStringLiteral(".dockerignore")), 0);
        QFile ignore(dir.filePath(QStringLiteral(".dockerignore")));
        QVERIFY(ignore.open(QIODevice::WriteOnly));
        ignore.write("vendor\ntarget\n.dockerignore\n");
        ignore.close();

        MeasureOptions options;
        options.stackFolders = {
            StackFolder{"php", "vendor", "dependencies", "Composer's vendor folder", {}},
            StackFolder{"rust", "target/release", "buildOutput", "Cargo's release build", {"incremental"}},
            StackFolder{"other", "vendor", "allDependencies", "the same folder for another stack", {}},
            StackFolder{"dotnet", "bin/Release", "buildOutput", "the Release build", {}},
        };
        auto m = measureProject(dir.path().toStdString(), options);
        QVERIFY(m.ok());
        QCOMPARE(m->context.bytes, qint64(30));
        QCOMPARE(m->stackFolders.size(), std::size_t(3));
        QCOMPARE(m->stackFolders[0].folder, options.stackFolders[0]);
        QCOMPARE(m->stackFolders[0].size.bytes, qint64(320));
        QCOMPARE(m->stackFolders[0].size.bytes, bytesBelow(dir.filePath(QStringLiteral("vendor"))));
        QCOMPARE(m->stackFolders[1].folder, options.stackFolders[1]);
        QCOMPARE(m->stackFolders[1].size.bytes, qint64(1200));
        QCOMPARE(m->stackFolders[1].size.bytes,
                 bytesBelow(dir.filePath(QStringLiteral("target/release")), QStringLiteral("incremental")));
        QCOMPARE(m->stackFolders[2].folder.stack, std::string("other"));
        QCOMPARE(m->stackFolders[2].size.bytes, qint64(320));
        QVERIFY(m->warnings.empty());
    }

    // The walk counts at most 64 folders; past that a stack folder is named as not measured.
    void tooManyStackFoldersAreNamed()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("f70/file")), 5);
        MeasureOptions options;
        for (int i = 0; i < 70; ++i)
            options.stackFolders.push_back(StackFolder{"s" + std::to_string(i), "f" + std::to_string(i), "buildOutput", "x", {}});
        auto m = measureProject(dir.path().toStdString(), options);
        QVERIFY(m.ok());
        QVERIFY(m->stackFolders.empty());
        QVERIFY(!m->warnings.empty());
        QCOMPARE(m->warnings.back(), std::string("too many stack folders to measure in one walk; f69 (stack s69) is not measured"));
    }
};

QTEST_GUILESS_MAIN(TestEstimateMeasure)
#include "tst_estimatemeasure.moc"
