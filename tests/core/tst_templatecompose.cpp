// Composable templates: "extends" and "include" resolve at load time into the plain stack the
// generator knows; names stay inside the template folders, cycles and depth are errors with
// the chain, and a stack that lives only in tests/ extends a built-in one.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

const std::string composedFixtures = STAGECRAFT_TESTS_DIR "/fixtures/composed";

// A complete stack with one stage; `extra` is laid over it (key by key).
nlohmann::json smallStack(const nlohmann::json &extra = nlohmann::json::object())
{
    nlohmann::json stack = nlohmann::json::parse(R"({
      "id": "small", "name": "Small",
      "languageVersions": [{"id": "1"}], "packageManagers": [{"id": "plain"}],
      "bases": [{"id": "alpine"}, {"id": "slim"}],
      "defaults": {"packageManager": "plain", "languageVersion": "1", "base": "alpine", "startCommand": "sh"},
      "stages": [{"name": "run", "from": "alpine:3.23", "explain": "One stage.",
                  "instructions": [{"instruction": "CMD", "arguments": "${startExec}", "explain": "Starts."}]}],
      "singleStage": [{"from": "alpine:3.23", "explain": "Naive.",
                       "instructions": [{"instruction": "CMD", "arguments": "${startExec}", "explain": "Starts."}]}]
    })");
    stack.merge_patch(extra);
    return stack;
}

// Loads the folder (after the built-in templates) and returns the one issue about `file`.
LoadIssue issueFor(const QTemporaryDir &folder, const std::string &file)
{
    const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
    for (const LoadIssue &issue : catalog.issues()) {
        if (issue.file == folder.path().toStdString() + "/" + file)
            return issue;
    }
    return {};
}

std::string renderedOf(const Catalog &catalog, const Config &config)
{
    const Outcome<Generated> generated = generate(catalog, config);
    return generated ? render(generated->multiStage).text + render(generated->singleStage).text : generated.error();
}

} // namespace

class TestTemplateCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStackInTestsExtendsTheBuiltInNodeStack()
    {
        const Catalog catalog = Catalog::load({":/templates", composedFixtures});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        const StackDefinition *lite = catalog.find("nodelite");
        const StackDefinition *node = catalog.find("node");
        QVERIFY(lite && node);
        QCOMPARE(lite->name, std::string("Node.js lite"));
        // Merged: the defaults object keeps node's keys and takes the one it changes.
        QCOMPARE(lite->defaults.base, std::string("slim"));
        QCOMPARE(lite->defaults.packageManager, node->defaults.packageManager);
        QCOMPARE(lite->defaults.port, node->defaults.port);
        QCOMPARE(lite->languageVersions.size(), node->languageVersions.size());
        QCOMPARE(lite->reservedIds, node->reservedIds);
        QCOMPARE(lite->vars.at("liteNote"), std::string("composed in tests"));
        QCOMPARE(lite->vars.at("pnpmVersion"), node->vars.at("pnpmVersion"));

        // Same stages: every combination renders as node's does.
        for (const char *manager : {"npm", "pnpm", "yarn", "yarn-berry", "bun"}) {
            for (const char *base : {"alpine", "slim", "distroless"}) {
                Config config = defaultConfig(*node);
                config.packageManager = manager;
                config.base = base;
                Config liteConfig = config;
                liteConfig.stack = "nodelite";
                QCOMPARE(renderedOf(catalog, liteConfig), renderedOf(catalog, config));
            }
        }
        // The list the file replaces: built-in part lines, then its own part, then its own line.
        Config config = defaultConfig(*lite);
        config.languageVersion = "24";
        Outcome<Generated> generated = generate(catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string expected = "**/.git\n**/.gitignore\n**/node_modules\n**/.lite\n**/.lite-cache\n**/lite-only\n";
        QVERIFY2(generated->dockerignore.ends_with(expected), generated->dockerignore.c_str());
        config.languageVersion = "26"; // no bundled Yarn: the fact is false
        config.cacheMounts = false;
        QVERIFY(generate(catalog, config)->dockerignore.ends_with("**/node_modules\n**/.lite\n"));
    }

    void nodeAndNextjsShareTheirCommonParts()
    {
        const Catalog catalog = Catalog::load({":/templates"});
        const StackDefinition *node = catalog.find("node");
        const StackDefinition *next = catalog.find("nextjs");
        QVERIFY(node && next);
        QCOMPARE(next->languageVersions.size(), node->languageVersions.size());
        for (std::size_t i = 0; i < node->languageVersions.size(); ++i)
            QCOMPARE(next->languageVersions[i].facts, node->languageVersions[i].facts);
        // Each shared block is written once: the stack files name the parts instead.
        for (const char *file : {"node.json", "nextjs.json", "static.json"}) {
            const QByteArray text = readFile(QStringLiteral(":/templates/") + QString::fromLatin1(file));
            QVERIFY2(text.contains("{\"include\": \"node-versions\"}"), file);
            QVERIFY2(text.contains("{\"include\": \"node-install#/singleStageInstall\"}"), file);
            QVERIFY2(!text.contains("corepack install --global"), file);
        }
    }

    void aListEntrySplicesAPartAndAPointerPicksOnePiece()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "parts/two-lines.json", R"(["**/one", "**/two"])");
        write(root / "parts/pieces.json", R"({"base": {"id": "slim", "name": "From a part"}, "vars": {"a": "1", "b": "2"}})");
        nlohmann::json stack = smallStack({{"bases", {{{"id", "alpine"}}, {{"include", "pieces#/base"}}}},
                                           {"vars", {{"include", "pieces#/vars"}, {"b", "own"}}},
                                           {"dockerignore", {"**/zero", {{"include", "two-lines"}}, "**/three"}}});
        write(root / "small.json", stack.dump());
        const Catalog catalog = Catalog::load({folder.path().toStdString()});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        const StackDefinition &s = catalog.stacks().front();
        QCOMPARE(s.bases.size(), std::size_t(2));
        QCOMPARE(s.bases[1].name, std::string("From a part"));
        QCOMPARE(s.vars, (Variables{{"a", "1"}, {"b", "own"}}));
        QCOMPARE(s.dockerignore.size(), std::size_t(4));
        QCOMPARE(s.dockerignore[1].line, std::string("**/one"));
        QCOMPARE(s.dockerignore[3].line, std::string("**/three"));
    }

    void aParseErrorInAPartNamesThePartAndItsPointer()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "parts/lines.json", R"(["**/fine", {"line": "**/x", "when": {"base": "alpnie"}}])");
        write(root / "small.json", smallStack({{"dockerignore", {"**/first", {{"include", "lines"}}}}}).dump());
        const LoadIssue issue = issueFor(folder, "small.json");
        QCOMPARE(issue.pointer, std::string("parts/lines.json#/1/when/base"));
        QCOMPARE(issue.message, std::string("\"alpnie\" is not a base of this stack"));
    }

    void extendsCyclesAreErrorsNamingTheChain()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "alpha.json", R"({"extends": "beta", "id": "alpha"})");
        write(root / "beta.json", R"({"extends": "alpha", "id": "beta"})");
        const LoadIssue issue = issueFor(folder, "alpha.json");
        QCOMPARE(issue.message, std::string("composition cycle: alpha.json -> beta.json -> alpha.json"));
        QCOMPARE(issue.pointer, std::string("beta.json#/extends"));
    }

    void aPartIncludingItselfIsACycle()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "parts/loop.json", R"({"again": {"include": "loop"}})");
        write(root / "small.json", smallStack({{"vars", {{"include", "loop"}}}}).dump());
        const LoadIssue issue = issueFor(folder, "small.json");
        QCOMPARE(issue.message, std::string("composition cycle: small.json -> loop.json -> loop.json"));
        QCOMPARE(issue.pointer, std::string("parts/loop.json#/again/include"));
    }

    void compositionDepthIsBounded()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        for (int i = 0; i < 12; ++i)
            write(root / ("parts/p" + std::to_string(i) + ".json"), "{\"include\": \"p" + std::to_string(i + 1) + "\"}");
        write(root / "parts/p12.json", R"({"a": "b"})");
        write(root / "small.json", smallStack({{"vars", {{"include", "p0"}}}}).dump());
        const LoadIssue issue = issueFor(folder, "small.json");
        QVERIFY2(issue.message.starts_with("templates compose at most 8 files deep: small.json -> p0.json -> "), issue.message.c_str());

        // Seven parts deep is fine.
        write(root / "parts/p6.json", R"({"a": "b"})");
        const Catalog catalog = Catalog::load({folder.path().toStdString()});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        QCOMPARE(catalog.stacks().front().vars.at("a"), std::string("b"));
    }

    void theBytesATemplateComposesAreBounded()
    {
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "parts/big.json", "[\"" + std::string(200 * 1024, 'x') + "\"]");
        nlohmann::json lines = nlohmann::json::array();
        for (int i = 0; i < 6; ++i)
            lines.push_back({{"include", "big"}});
        write(root / "small.json", smallStack({{"dockerignore", lines}}).dump());
        const LoadIssue issue = issueFor(folder, "small.json");
        QCOMPARE(issue.message, std::string("the files this template composes add up to more than 1024 KiB"));
    }

    void namesStayInsideTheTemplateFolders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("parent folder") << q("../outside");
        QTest::addRow("absolute") << q("/etc/passwd");
        QTest::addRow("with extension") << q("lines.json");
        QTest::addRow("upper case") << q("Lines");
        QTest::addRow("empty") << q("");
    }

    void namesStayInsideTheTemplateFolders()
    {
        QFETCH(QString, name);
        QTemporaryDir folder;
        const std::filesystem::path root = folder.path().toStdString();
        write(root / "outside.json", "[\"**/x\"]");
        write(root / "parts/lines.json", "[\"**/x\"]");
        write(root / "small.json", smallStack({{"dockerignore", {{{"include", name.toStdString()}}}}}).dump());
        const LoadIssue issue = issueFor(folder, "small.json");
        QCOMPARE(issue.pointer, std::string("/dockerignore/0/include"));
        QVERIFY2(issue.message.starts_with("expected a template name"), issue.message.c_str());
    }

    void aLinkedPartIsNotFollowed()
    {
        QTemporaryDir folder;
        QTemporaryDir elsewhere;
        const std::filesystem::path root = folder.path().toStdString();
        write(std::filesystem::path(elsewhere.path().toStdString()) / "secret.json", "[\"**/secret\"]");
        std::filesystem::create_directories(root / "parts");
        std::filesystem::create_symlink(std::filesystem::path(elsewhere.path().toStdString()) / "secret.json", root / "parts/secret.json");
        write(root / "small.json", smallStack({{"dockerignore", {{{"include", "secret"}}}}}).dump());
        QCOMPARE(issueFor(folder, "small.json").message, std::string("no part 'secret' in the template folders (parts/secret.json)"));
    }

    void aUserStackExtendsTheBuiltInOfTheSameName()
    {
        QTemporaryDir folder;
        write(std::filesystem::path(folder.path().toStdString()) / "go.json", R"({"extends": "go", "name": "My Go"})");
        const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
        QCOMPARE(catalog.find("go")->name, std::string("My Go"));
        QCOMPARE(catalog.find("go")->stages.size(), Catalog::load({":/templates"}).find("go")->stages.size());
    }

    void withoutFoldersACompositionIsAnIssueNotACrash()
    {
        LoadIssue issue;
        QVERIFY(!parseStackText(R"({"extends": "node"})", "t.json", &issue).ok());
        QCOMPARE(issue.pointer, std::string("/extends"));
        QCOMPARE(issue.message, std::string("no stack 'node' in the template folders (node.json)"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCompose)
#include "tst_templatecompose.moc"
