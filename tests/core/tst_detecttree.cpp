// The scan on hostile trees built at run time: symlink loops, names that are not UTF-8,
// special files, a 100 000-file tree, cancellation and progress.
#include "../support/testfiles.h"
#include "detect/detection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace stagecraft;
using namespace stagecraft::testing;
namespace fs = std::filesystem;

namespace {

bool mentions(const DetectionResult &result, const std::string &needle)
{
    for (const auto &evidence : result.evidence) {
        if (evidence.file.find(needle) != std::string::npos)
            return true;
    }
    for (const auto &project : result.projects) {
        if (project.path.find(needle) != std::string::npos)
            return true;
    }
    return false;
}

struct RemoveOnExit
{
    fs::path path;
    ~RemoveOnExit()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

class TestDetectTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symlinkLoop();
    void nonUtf8Names();
    void specialFiles();
    void hugeTree();
    void cancelBeforeStart();
    void cancelFromProgress();
    void depthIsBounded();
};

void TestDetectTree::symlinkLoop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    write(root / "package.json", R"({"name": "loop", "main": "index.js"})");
    write(root / "pkg/a/go.mod", "module example.com/a\n");
    fs::create_directory_symlink("..", root / "pkg/a/up");        // a -> pkg: a cycle
    fs::create_directory_symlink(root, root / "pkg/self");        // absolute cycle
    fs::create_symlink("selfloop", root / "selfloop");            // a link to itself
    fs::create_symlink("../package.json", root / "pkg/package.json"); // a file link is read
    const DetectionResult result = scanProject(root.string());
    QCOMPARE(result.stack, std::string("node"));
    QVERIFY(!result.cancelled);
    QVERIFY2(result.filesSeen < 50, qPrintable(QString::number(result.filesSeen)));
    QCOMPARE(result.projects.size(), std::size_t(2));
    QCOMPARE(result.projects[0].path, std::string("pkg"));
    QCOMPARE(result.projects[1].path, std::string("pkg/a"));
}

void TestDetectTree::nonUtf8Names()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    // QTemporaryDir cannot delete names it cannot decode; remove them first.
    const RemoveOnExit cleanup{root};
    write(root / "go.mod", "module example.com/latin\n\ngo 1.22\n");
    // "caf\xe9" is Latin-1, invalid as UTF-8: names come from the file system as bytes.
    const std::string latin1 = "caf\xe9";
    write(root / ("cmd/" + latin1) / "main.go", "package main\n\nfunc main() {}\n");
    write(root / (latin1 + "-svc") / "package.json", "{}");
    write(root / "services/other/package.json", "{}");
    const DetectionResult result = scanProject(root.string());
    QCOMPARE(result.stack, std::string("go"));
    // The result keeps the bytes, so the folder can be scanned again by that name...
    QCOMPARE(result.mainPackages, std::vector<std::string>{"./cmd/" + latin1});
    QCOMPARE(result.projects.size(), std::size_t(2));
    QCOMPARE(result.projects[0].path, latin1 + "-svc");
    ScanOptions member;
    member.project = result.projects[0].path;
    QCOMPARE(scanProject(root.string(), member).stack, std::string("node"));
    // ...and the JSON output is valid UTF-8 (dump() throws on invalid sequences).
    const std::string json = toJson(result).dump();
    QVERIFY(json.find("\"caf\xef\xbf\xbd-svc\"") != std::string::npos);
}

void TestDetectTree::specialFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    write(root / "package.json", R"({"name": "special", "engines": {"node": "18"}})");
    write(root / "package-lock.json", "{}");
    // Opening a FIFO for reading blocks until a writer comes: the scan must not try.
    QCOMPARE(::mkfifo((root / "tsconfig.json").c_str(), 0600), 0);
    QCOMPARE(::mkfifo((root / "index.js").c_str(), 0600), 0);
    // A folder where a file is expected, and an oversized file.
    fs::create_directories(root / ".nvmrc");
    write(root / ".node-version", std::string(8 * 1024, '9'));
    const DetectionResult result = scanProject(root.string());
    QCOMPARE(result.stack, std::string("node"));
    QCOMPARE(result.languageVersion, std::string("18"));
    QCOMPARE(result.startCommand, std::string());
    QCOMPARE(result.warnings, (std::vector<std::string>{".node-version: larger than 4 KiB; ignored",
                                                        "tsconfig.json: not a regular file (a pipe, socket or device is never read); ignored",
                                                        "index.js: not a regular file (a pipe, socket or device is never read); ignored"}));
}

void TestDetectTree::hugeTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    write(root / "package.json", R"({"name": "big", "scripts": {"start": "node src/index.js"}})");
    write(root / "package-lock.json", "{}");
    write(root / "src/index.js", "app.listen(8088)\n");
    std::size_t created = 3;
    // 60 000 files under node_modules (with a package.json per package, which would
    // otherwise read as 1 000 projects), 30 000 under .git, 10 000 in the source tree.
    for (int package = 0; package < 1000; ++package) {
        const fs::path folder = root / "node_modules" / ("pkg" + std::to_string(package));
        fs::create_directories(folder);
        write(folder / "package.json", "{}");
        for (int file = 1; file < 60; ++file)
            std::ofstream(folder / ("f" + std::to_string(file) + ".js"));
        created += 60;
    }
    for (int bucket = 0; bucket < 300; ++bucket) {
        const fs::path folder = root / ".git/objects" / std::to_string(bucket);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / std::to_string(file));
        created += 100;
    }
    for (int module = 0; module < 100; ++module) {
        const fs::path folder = root / "src/lib" / std::to_string(module);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / (std::to_string(file) + ".js"));
        created += 100;
    }
    QVERIFY(created >= 100000);

    std::size_t lastProgress = 0;
    int progressCalls = 0;
    const DetectionResult result = scanProject(root.string(), {}, [&](std::size_t seen) {
        QVERIFY(seen >= lastProgress);
        lastProgress = seen;
        ++progressCalls;
    });
    QVERIFY(!result.cancelled);
    QCOMPARE(result.stack, std::string("node"));
    QCOMPARE(result.port, 8088);
    QVERIFY(result.projects.empty());
    QVERIFY(!mentions(result, "node_modules"));
    // The source tree is walked, node_modules and .git are not.
    QVERIFY2(result.filesSeen > 10000 && result.filesSeen < 11000, qPrintable(QString::number(result.filesSeen)));
    QVERIFY(progressCalls > 10);
    QCOMPARE(lastProgress, result.filesSeen);

    ScanOptions everything;
    everything.skipHeavyDirectories = false;
    const DetectionResult full = scanProject(root.string(), everything);
    QVERIFY(full.filesSeen > 100000);
    QVERIFY(mentions(full, "node_modules"));
}

void TestDetectTree::cancelBeforeStart()
{
    const std::atomic_bool cancel{true};
    const DetectionResult result =
        scanProject(STAGECRAFT_TESTS_DIR "/fixtures/detect/node-npm", {}, {}, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.reason, std::string("scan cancelled"));
    QCOMPARE(result.stack, std::string());
    QVERIFY(result.evidence.empty());
}

void TestDetectTree::cancelFromProgress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path root = dir.path().toStdString();
    write(root / "go.mod", "module example.com/many\n");
    for (int file = 0; file < 3000; ++file)
        std::ofstream(root / ("f" + std::to_string(file) + ".txt"));
    std::atomic_bool cancel{false};
    int calls = 0;
    const DetectionResult result = scanProject(root.string(), {}, [&](std::size_t) {
        ++calls;
        cancel = true; // the first report already cancels, as a GUI's Cancel button would
    }, &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(result.filesSeen < 3001);
    QCOMPARE(result.stack, std::string());
    QVERIFY(calls >= 1);
}

void TestDetectTree::depthIsBounded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    fs::path deep = dir.path().toStdString();
    write(deep / "package.json", "{}");
    for (int level = 0; level < 40; ++level)
        deep /= "d";
    write(deep / "go.mod", "module example.com/deep\n");
    write(fs::path(dir.path().toStdString()) / "a/b/go.mod", "module example.com/shallow\n");
    ScanOptions options;
    options.maxDepth = 5;
    const DetectionResult result = scanProject(dir.path().toStdString(), options);
    QCOMPARE(result.stack, std::string("node"));
    QVERIFY(result.projects.empty()); // only a/b is within reach: one sub-project, root has its own
    QVERIFY(result.filesSeen < 20);
}

QTEST_GUILESS_MAIN(TestDetectTree)
#include "tst_detecttree.moc"
