// The catalog: stacks are data. A stack that exists only in tests/ loads, generates and is
// listed without any C++ change; broken user templates are reported and skipped.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

const QString fixtureFolder = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/templates");

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void cleanup()
    {
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void everyBuiltInTemplateLoads()
    {
        const Catalog catalog = Catalog::load({":/templates"});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        const QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")});
        QCOMPARE(catalog.stacks().size(), static_cast<std::size_t>(files.size()));
        QVERIFY(catalog.find("node"));
        QVERIFY(catalog.find("nextjs"));
    }

    // A command that names its stack reads only that built-in file, which is exact only if
    // every built-in template is named after its stack.
    void loadingOneStackGivesWhatTheWholeCatalogGives()
    {
        const Catalog all = Catalog::loadDefault();
        QVERIFY(all.stacks().size() > 5);
        for (const StackDefinition &stack : all.stacks()) {
            QCOMPARE(QString::fromStdString(stack.sourceFile), QStringLiteral(":/templates/%1.json").arg(QString::fromStdString(stack.id)));
            const Catalog one = Catalog::loadDefaultFor(stack.id);
            QCOMPARE(one.stacks().size(), std::size_t(1));
            QVERIFY(one.issues().empty());
            const Config config = defaultConfig(stack);
            const Outcome<Generated> expected = generate(all, config);
            const Outcome<Generated> got = generate(one, config);
            QVERIFY2(expected.ok() && got.ok(), stack.id.c_str());
            QCOMPARE(render(got->multiStage).text, render(expected->multiStage).text);
            QCOMPARE(render(got->singleStage).text, render(expected->singleStage).text);
            QCOMPARE(got->dockerignore, expected->dockerignore);
        }
        // A stack no file is named after: everything, so a message can list what there is.
        QCOMPARE(Catalog::loadDefaultFor("no-such-stack").stacks().size(), all.stacks().size());
    }

    void loadingOneStackStillReadsTheUsersTemplates()
    {
        const QString userFolder = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(userFolder));
        nlohmann::json stack = nlohmann::json::parse(readFile(fixtureFolder + QStringLiteral("/teststack.json")).toStdString());
        stack["id"] = "node";
        stack["name"] = "My Node";
        writeFile(userFolder + QStringLiteral("/mynode.json"), QByteArray::fromStdString(stack.dump()));
        const Catalog catalog = Catalog::loadDefaultFor("node");
        QCOMPARE(catalog.find("node")->name, std::string("My Node"));
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        QCOMPARE(catalog.issues().front().kind, LoadIssue::Kind::Note);
        // A user's own stack is found by its id, whatever its file is called.
        QVERIFY(QFile::copy(fixtureFolder + QStringLiteral("/teststack.json"), userFolder + QStringLiteral("/zz-renamed.json")));
        QVERIFY(Catalog::loadDefaultFor("teststack").find("teststack"));
    }

    void aStackFromTestsNeedsNoCode()
    {
        const Catalog catalog = Catalog::load({":/templates", fixtureFolder.toStdString()});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        const StackDefinition *stack = catalog.find("teststack");
        QVERIFY(stack);
        QVERIFY(catalog.find("node")); // the built-ins are still there
        QCOMPARE(stack->name, std::string("Test stack"));
        QCOMPARE(baseUnavailableReason(*stack, "scratch"), std::string("the test stack needs a shell"));

        Config config = defaultConfig(*stack);
        config.languageVersion = "1";
        config.options["greeting"] = "howdy";
        Outcome<Generated> generated = generate(catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        QVERIFY2(text.find("FROM alpine:3.23 AS build\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("RUN echo howdy version 1 > /src/site.txt\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("COPY --from=build /src/site.txt /app/site.txt\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("USER 10001:10001\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find("CMD [\"cat\", \"/app/site.txt\"]\n") != std::string::npos, text.c_str());
        QCOMPARE(generated->singleStage.stages.size(), std::size_t(1));
        // A dockerignore line conditioned on an option of the stack itself.
        QVERIFY(generated->dockerignore.find("**/secret-notes") == std::string::npos);
        config.options["greeting"] = "hello";
        QVERIFY(generate(catalog, config)->dockerignore.find("**/secret-notes\n") != std::string::npos);

        config.base = "slim";
        QVERIFY(render(generate(catalog, config)->multiStage).text.find("FROM debian:trixie-slim AS runtime\n") != std::string::npos);
    }

    void aUserStackIsListedAndGeneratedByTheCli()
    {
        const QString userFolder = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(userFolder));
        QVERIFY(QFile::copy(fixtureFolder + QStringLiteral("/teststack.json"), userFolder + QStringLiteral("/teststack.json")));

        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runCli({QStringLiteral("options"), QStringLiteral("--json")}, out, err), 0);
        out.flush();
        const nlohmann::json listed = nlohmann::json::parse(outText.toStdString());
        bool found = false;
        for (const auto &stack : listed["stacks"]) {
            if (stack["id"] == "teststack") {
                found = true;
                QCOMPARE(stack["bases"], nlohmann::json({"alpine", "slim"}));
                QCOMPARE(stack["languageVersions"], nlohmann::json({"1", "2"}));
                QCOMPARE(stack["defaults"]["languageVersion"], nlohmann::json("2"));
            }
        }
        QVERIFY(found);

        outText.clear();
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("teststack")}, out, err), 0);
        out.flush();
        QVERIFY(outText.contains(QStringLiteral("RUN echo hello version 2 > /src/site.txt\n")));
        err.flush();
        QCOMPARE(errText, QString());
    }

    void aUserFileReplacesABuiltInStackWithTheSameId()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        nlohmann::json stack = nlohmann::json::parse(readFile(fixtureFolder + QStringLiteral("/teststack.json")).toStdString());
        stack["id"] = "node";
        stack["name"] = "My Node";
        writeFile(folder.filePath(QStringLiteral("node.json")), QByteArray::fromStdString(stack.dump()));
        const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        QCOMPARE(catalog.issues().front().kind, LoadIssue::Kind::Note);
        QCOMPARE(catalog.find("node")->name, std::string("My Node"));
        QCOMPARE(catalog.stacks().size(), Catalog::load({":/templates"}).stacks().size());
    }

    void brokenUserTemplatesAreReportedAndSkipped()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QByteArray good = readFile(fixtureFolder + QStringLiteral("/teststack.json"));
        QVERIFY(!good.isEmpty());
        writeFile(folder.filePath(QStringLiteral("a-notjson.json")), "{\"id\": \"broken\", ");

        nlohmann::json typo = nlohmann::json::parse(good.toStdString());
        typo["id"] = "typo";
        typo["stages"][1]["instructions"][1]["whne"] = {{"nonRoot", true}};
        writeFile(folder.filePath(QStringLiteral("b-typo.json")), QByteArray::fromStdString(typo.dump(2)));

        nlohmann::json wrongType = nlohmann::json::parse(good.toStdString());
        wrongType["id"] = "wrongtype";
        wrongType["stages"][0]["instructions"][0]["arguments"] = 42;
        writeFile(folder.filePath(QStringLiteral("c-wrongtype.json")), QByteArray::fromStdString(wrongType.dump()));

        writeFile(folder.filePath(QStringLiteral("d-good.json")), good);

        const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
        QVERIFY(catalog.find("teststack"));
        QVERIFY(catalog.find("node"));
        QVERIFY(!catalog.find("broken"));
        QVERIFY(!catalog.find("typo"));
        QVERIFY(!catalog.find("wrongtype"));
        QCOMPARE(catalog.issues().size(), std::size_t(3));

        const LoadIssue &notJson = catalog.issues()[0];
        QCOMPARE(notJson.file, folder.filePath(QStringLiteral("a-notjson.json")).toStdString());
        QCOMPARE(notJson.pointer, std::string("/"));
        QVERIFY2(notJson.message.rfind("not valid JSON", 0) == 0, notJson.message.c_str());

        const LoadIssue &unknownKey = catalog.issues()[1];
        QCOMPARE(unknownKey.file, folder.filePath(QStringLiteral("b-typo.json")).toStdString());
        QCOMPARE(unknownKey.pointer, std::string("/stages/1/instructions/1"));
        QCOMPARE(unknownKey.message, std::string("unknown key 'whne'"));
        QCOMPARE(unknownKey.toString(), "warning: skipped template " + folder.filePath(QStringLiteral("b-typo.json")).toStdString()
                                            + ": /stages/1/instructions/1: unknown key 'whne'");

        const LoadIssue &typeError = catalog.issues()[2];
        QCOMPARE(typeError.pointer, std::string("/stages/0/instructions/0/arguments"));
        QCOMPARE(typeError.message, std::string("expected a list of strings"));
    }

    void theCliWarnsAboutABrokenUserTemplateAndCarriesOn()
    {
        const QString userFolder = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(userFolder));
        writeFile(userFolder + QStringLiteral("/broken.json"), "[1, 2");
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("node")}, out, err), 0);
        out.flush();
        err.flush();
        QVERIFY(outText.contains(QStringLiteral("FROM ")));
        QCOMPARE(errText.count(QLatin1Char('\n')), 1);
        QVERIFY2(errText.startsWith(QStringLiteral("stagecraft: warning: skipped template ") + userFolder + QStringLiteral("/broken.json: /: not valid JSON")),
                 qPrintable(errText));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
