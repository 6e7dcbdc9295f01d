// The project scan on files from a repository nobody checked: values long enough to
// overflow a recursive regex, nesting deep enough to overflow a recursive parser, JSON of
// the wrong type, and links that point out of the folder. Each case crashed, aborted or
// leaked an outside file before; now it is a warning and the scan goes on.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "detect/configfromdetection.h"
#include "detect/detection.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace stagecraft;
using namespace stagecraft::testing;
namespace fs = std::filesystem;

namespace {

bool warnsAbout(const DetectionResult &result, const std::string &needle)
{
    return std::any_of(result.warnings.begin(), result.warnings.end(),
                       [&](const std::string &warning) { return warning.find(needle) != std::string::npos; });
}

} // namespace

class TestHostileScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeMainEntry()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{\"main\": \"" + std::string(100000, 'a') + ".js\"}");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("node"));
        QCOMPARE(result.port, 0);
    }

    void hugeStartScript()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{\"scripts\": {\"start\": \"node " + std::string(40000, 'b') + ".js\"}}");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("node"));
        // The scan keeps the project's fact; the config step refuses it in one line.
        QCOMPARE(result.startCommand, "node " + std::string(40000, 'b') + ".js");
        const Outcome<Config> config = configFromDetection(result, Catalog::loadDefault());
        QVERIFY(!config.ok());
        QVERIFY(config.error().size() < 200);
    }

    void hugePackageClause()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "go.mod", "module example.com/huge\n\ngo 1.22\n");
        write(root / "main.go", "package " + std::string(200000, 'm') + "\n");
        write(root / "cmd/tool/main.go", "package main\n\nfunc main() {}\n");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("go"));
        QCOMPARE(result.mainPackages, std::vector<std::string>{"./cmd/tool"});
    }

    void longLinesEverywhere()
    {
        // Every line-based search sees a line far longer than any real one; none may crash
        // and none may find anything in it.
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string longLine(200000, '9');
        write(root / "package.json", "{\"main\": \"server.js\"}");
        write(root / "server.js", "app.listen(" + longLine + ")\nconst port = " + longLine + "\n");
        write(root / "Dockerfile", "EXPOSE " + longLine + "\n");
        write(root / ".tool-versions", "nodejs " + longLine + "\n");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("node"));
        QCOMPARE(result.port, 0);
        QCOMPARE(result.languageVersion, std::string());
    }

    void deepDottedTomlKey()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        std::string key = "a";
        for (int i = 0; i < 200000; ++i)
            key += ".a";
        write(root / "pyproject.toml", key + " = 1\n");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("python"));
        QVERIFY(warnsAbout(result, "pyproject.toml: nested deeper than"));
    }

    void deepTomlArrays()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "Cargo.toml", "x = " + std::string(200000, '[') + std::string(200000, ']') + "\n");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.language, std::string("rust"));
        QVERIFY(warnsAbout(result, "Cargo.toml: nested deeper than"));
    }

    void shallowTomlStillReads()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "pyproject.toml",
              "[project]\nname = \"x\"\nrequires-python = \">=3.12\"\n# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\n"
              "[tool.poetry.group.dev.dependencies]\npytest = \"1.2.3.4.5.6.7.8.9.10.11.12\"\n");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.languageVersion, std::string("3.12"));
        QVERIFY(!warnsAbout(result, "nested deeper"));
    }

    void memberNameOfWrongType()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{\"name\": \"root\", \"workspaces\": [\"packages/*\"]}");
        write(root / "package-lock.json", "{}");
        write(root / "packages/a/package.json", R"({"name": 5, "dependencies": []})");
        write(root / "packages/b/package.json", R"({"name": "b", "devDependencies": {"next": "15"}})");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.projects.size(), std::size_t(2));
        QCOMPARE(result.projects[0].name, std::string());
        QCOMPARE(result.projects[1].name, std::string("b"));
        QCOMPARE(result.projects[1].stack, std::string("nextjs"));
    }

    void versionFileLinkedOutside()
    {
        QTemporaryDir outside;
        const fs::path secret = fs::path(outside.path().toStdString()) / "os-release";
        write(secret, "v99.1.0 secret\n");
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{}");
        fs::create_symlink(secret, root / ".nvmrc");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.languageVersion, std::string());
        for (const auto &evidence : result.evidence)
            QVERIFY2(evidence.finding.find("secret") == std::string::npos, evidence.finding.c_str());
        QVERIFY(warnsAbout(result, ".nvmrc: a link to outside the folder"));
    }

    void manifestLinkedOutsideIsNotRead()
    {
        QTemporaryDir outside;
        const fs::path foreign = fs::path(outside.path().toStdString()) / "package.json";
        write(foreign, R"({"scripts": {"start": "node secret.js"}})");
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        fs::create_symlink(foreign, root / "package.json");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.stack, std::string("node"));
        QVERIFY(result.startCommand.find("secret") == std::string::npos);
        QVERIFY(warnsAbout(result, "package.json: a link to outside the folder"));
    }

    void linkInsideTheFolderIsRead()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{}");
        write(root / "versions/node", "20.11.1\n");
        fs::create_symlink("versions/node", root / ".nvmrc");
        const DetectionResult result = scanProject(root.string());
        QCOMPARE(result.languageVersion, std::string("20"));
    }

    void warningsQuoteFileContentPrintably()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        write(root / "package.json", "{\"packageManager\": \"\\u001b[31mevil\\nfake line\"}");
        const DetectionResult result = scanProject(root.string());
        QVERIFY(!result.warnings.empty());
        for (const auto &warning : result.warnings) {
            QVERIFY2(warning.find('\x1b') == std::string::npos, warning.c_str());
            QVERIFY2(warning.find('\n') == std::string::npos, warning.c_str());
        }
        QVERIFY(warnsAbout(result, "\\x1b[31mevil\\nfake line"));
    }
};

QTEST_GUILESS_MAIN(TestHostileScan)
#include "tst_hostilescan.moc"
