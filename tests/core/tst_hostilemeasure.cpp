// Measuring a project nobody checked: links out of the folder, FIFOs and devices where a
// package.json should be, a very deep tree and a .dockerignore written to make a
// backtracking matcher explode. Hangs are guarded: the work runs on a detached thread and
// the test fails after a generous timeout instead of hanging.
#include "../support/testfiles.h"
#include "estimate/dockerignore.h"
#include "estimate/projectmeasure.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <thread>

using namespace stagecraft;
using namespace stagecraft::testing;
namespace fs = std::filesystem;

namespace {

} // namespace

class TestHostileMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Docker sends a link as a link: its own size (the target's name), never the target.
    void linksCountAsThemselves()
    {
        QTemporaryDir outside;
        write(fs::path(outside.path().toStdString()) / "big", std::string(1000000, 'x'));
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "app.js", std::string(100, 'a'));
        const std::string target = outside.path().toStdString();
        fs::create_directory_symlink(target, root / ".next");
        fs::create_directory_symlink(target, root / "dist");
        fs::create_symlink(target + "/big", root / "big.js");
        auto measured = measureProject(root.string());
        QVERIFY(measured.ok());
        QCOMPARE(measured->context.files, std::int64_t(4));
        QCOMPARE(measured->context.bytes, std::int64_t(100 + 3 * target.size() + 4));
        // A build output that is a link is not a folder of the project.
        QVERIFY(measured->buildOutputs.empty());
        QVERIFY(!measured->nextStandalone);
    }

    void nodeModulesLinkedOutsideIsNotWalked()
    {
        QTemporaryDir outside;
        const fs::path elsewhere = outside.path().toStdString();
        write(elsewhere / "dep/package.json", R"({"name": "dep"})");
        write(elsewhere / "dep/index.js", std::string(50000, 'x'));
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", R"({"dependencies": {"dep": "1"}})");
        fs::create_directory_symlink(elsewhere, root / "node_modules");
        const NodeModulesSplit split = splitNodeModules(root.string());
        QCOMPARE(split.totalBytes, std::int64_t(0));
        QCOMPARE(split.productionBytes, std::int64_t(0));
        QVERIFY(split.productionPackages.empty());
    }

    void fifoAsPackageJson()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "node_modules/dep/index.js", "x");
        QCOMPARE(::mkfifo((root / "package.json").c_str(), 0600), 0);
        QCOMPARE(::mkfifo((root / "node_modules/dep/package.json").c_str(), 0600), 0);
        auto warnings = std::make_shared<std::vector<std::string>>();
        QVERIFY(finishesWithin(30, [root, warnings] { splitNodeModules(root.string(), warnings.get()); }));
        QVERIFY(!warnings->empty());
    }

    void dependencyManifestIsADevice()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", R"({"dependencies": {"dep": "1"}})");
        write(root / "node_modules/dep/index.js", "x");
        fs::create_symlink("/dev/zero", root / "node_modules/dep/package.json");
        auto split = std::make_shared<NodeModulesSplit>();
        QVERIFY(finishesWithin(30, [root, split] { *split = splitNodeModules(root.string()); }));
        QCOMPARE(split->productionPackages, std::vector<std::string>{"node_modules/dep"});
    }

    void dockerignoreIsAFifo()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "app.js", "x");
        QCOMPARE(::mkfifo((root / ".dockerignore").c_str(), 0600), 0);
        auto measured = std::make_shared<Outcome<ProjectMeasurement>>(Outcome<ProjectMeasurement>::failure("not run"));
        QVERIFY(finishesWithin(30, [root, measured] { *measured = measureProject(root.string()); }));
        QVERIFY(!measured->ok());
        QVERIFY2(measured->error().find("not a regular file") != std::string::npos, measured->error().c_str());
    }

    void deepTree()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        fs::path deep = root;
        for (int i = 0; i < 1000; ++i)
            deep /= "d";
        write(deep / "leaf.txt", "12345");
        // Lines that need the full matcher; each path below is matched once per line, not
        // once per line and parent folder.
        std::string ignore = "**/tmp\n!**/keep\n";
        for (int i = 0; i < 20; ++i)
            ignore += "*.log" + std::to_string(i) + "\nd/*.bak" + std::to_string(i) + "\n";
        write(root / ".dockerignore", ignore);
        auto measured = std::make_shared<Outcome<ProjectMeasurement>>(Outcome<ProjectMeasurement>::failure("not run"));
        QVERIFY(finishesWithin(20, [root, measured] { *measured = measureProject(root.string()); }));
        QVERIFY(measured->ok());
        QCOMPARE((*measured)->context.files, std::int64_t(2));
        QCOMPARE((*measured)->context.bytes, std::int64_t(5 + ignore.size()));
    }

    void catastrophicDockerignore()
    {
        std::string stars;
        for (int i = 0; i < 40; ++i)
            stars += "**/";
        std::string many = "*";
        for (int i = 0; i < 40; ++i)
            many += "a*";
        const std::string text = stars + "x\n" + many + "b\n";
        std::string path;
        for (int i = 0; i < 60; ++i)
            path += "q/";
        auto results = std::make_shared<std::vector<bool>>();
        QVERIFY(finishesWithin(20, [text, path, results] {
            auto ignore = DockerIgnore::parse(text);
            if (!ignore)
                return;
            results->push_back(ignore->excludes(path + "y"));
            results->push_back(ignore->excludes(path + "x"));
            results->push_back(ignore->excludes(std::string(300, 'a')));
            results->push_back(ignore->excludes(std::string(300, 'a') + "b"));
        }));
        QCOMPARE(*results, (std::vector<bool>{false, true, false, true}));
    }

    // Lines whose automata meet a new state at every character of long names: the walk's
    // cache fills past its bound and starts over, and the answers stay those of a fresh
    // matcher.
    void dockerignoreCacheStartsOver()
    {
        std::string ignore;
        for (int i = 0; i < 400; ++i) // about 400 x 205 automaton states, past the cache's 65 536
            ignore += "**/" + std::string(200, '?') + "q" + std::to_string(i) + "\n";
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::vector<std::string> names = {std::string(200, 'b') + "q5", std::string(200, 'c') + "q150",
                                                std::string(200, 'd') + "z1", std::string(200, 'e') + "q399",
                                                std::string(200, 'f') + "q400"};
        for (const std::string &name : names)
            write(root / "sub" / name, "1234567");
        auto parsed = DockerIgnore::parse(ignore);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->excludes("sub/" + names[0]));
        QVERIFY(!parsed->excludes("sub/" + names[2]));
        QVERIFY(!parsed->excludes("sub/" + names[4]));
        std::vector<std::string> kept;
        MeasureOptions options;
        options.keptFiles = &kept;
        const auto size = measureContext(root.string(), ignore, options);
        QVERIFY(size.ok());
        std::sort(kept.begin(), kept.end());
        QCOMPARE(kept, (std::vector<std::string>{"sub/" + names[2], "sub/" + names[4]}));
        QCOMPARE(size->bytes, std::int64_t(14));
    }

    void dockerignoreLimits()
    {
        QVERIFY(!DockerIgnore::parse(std::string(5000, 'a')).ok());
        std::string lines;
        for (int i = 0; i < 20000; ++i)
            lines += "f" + std::to_string(i) + "\n";
        const auto parsed = DockerIgnore::parse(lines);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().find("patterns") != std::string::npos, parsed.error().c_str());
    }
};

QTEST_GUILESS_MAIN(TestHostileMeasure)
#include "tst_hostilemeasure.moc"
