// The framework table (resources/node-frameworks.json): its strict parser, the scan that
// runs over it, and the runtime layouts it leads to (Nuxt's .output alone, a start script
// that runs a development server, static sites handed to the static stack).
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "detect/configfromdetection.h"
#include "detect/nodeframeworks.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace stagecraft;

namespace {

const std::string fixtures = STAGECRAFT_TESTS_DIR "/fixtures/projects/";

const NodeFramework *frameworkById(const std::string &id)
{
    for (const NodeFramework &framework : nodeFrameworks()) {
        if (framework.id == id)
            return &framework;
    }
    return nullptr;
}

QString entryWith(const std::string &field, const char *from = "", const char *to = "")
{
    std::string text = R"({"frameworks": [{"id": "x", "name": "X", "dependencies": ["x"], "stack": "node", "output": "dist",
               "start": "node dist/x.js", "devCommands": [], "port": 3000,
               "bind": {"address": "0.0.0.0", "setting": ""}, "layout": "app", "explain": "why")"
                       + field + "}]}";
    if (*from)
        text.replace(text.find(from), std::string(from).size(), to);
    return QString::fromStdString(text);
}

// A copy of a fixture whose package.json is replaced, for cases no public starter shows.
std::string copyWithPackage(const QTemporaryDir &temp, const std::string &fixture, const std::string &package)
{
    const std::string dir = temp.path().toStdString() + "/" + fixture;
    std::filesystem::copy(fixtures + fixture, dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir + "/package.json", std::ios::trunc) << package;
    return dir;
}

bool hasEvidence(const DetectionResult &result, const std::string &file, const std::string &text)
{
    for (const Evidence &evidence : result.evidence) {
        if (evidence.file == file && evidence.finding.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

class TestNodeFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("node") && m_catalog.find("nextjs"));
    }

    void builtInTableLoads()
    {
        QVERIFY(nodeFrameworks().size() >= 15);
        const NodeFramework *nuxt = frameworkById("nuxt");
        QVERIFY(nuxt);
        QCOMPARE(nuxt->layout, std::string("output"));
        QCOMPARE(nuxt->start, std::string("node .output/server/index.mjs"));
        const NodeFramework *astro = frameworkById("astro-node");
        QVERIFY(astro);
        QCOMPARE(astro->adapter, std::string("@astrojs/node"));
        QCOMPARE(astro->bindSetting, std::string("env:HOST"));
        for (const NodeFramework &framework : nodeFrameworks())
            QVERIFY2(!framework.explain.empty(), framework.id.c_str());
    }

    void parseErrorsNameThePlace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QString &text, const char *error) {
            QTest::newRow(name) << text << QString::fromUtf8(error);
        };
        row("not json", QStringLiteral("{"), "not valid JSON");
        row("no table", QStringLiteral("{}"), "frameworks: missing");
        row("entry not object", QStringLiteral(R"({"frameworks": [1]})"), "frameworks[0]: must be an object");
        row("unknown stack", entryWith("", R"("stack": "node")", R"("stack": "rails")"),
            R"(frameworks[0].stack: "rails" is not one of)");
        row("bad regex", entryWith(", \"configFiles\": [\"a\"], \"configPattern\": \"[\""),
            "frameworks[0].configPattern: not a valid regular expression");
        row("bad bind", entryWith("", R"("setting": "")", R"("setting": "HOST")"), "frameworks[0].bind.setting");
        row("server without port", entryWith("", R"("port": 3000)", R"("port": 0)"), "frameworks[0].port");
        row("dependency not text", entryWith("", R"(["x"])", "[3]"), "frameworks[0].dependencies[0]");
    }

    void parseErrorsNameThePlace()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto parsed = parseNodeFrameworks(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY2(QString::fromStdString(parsed.error()).contains(error), parsed.error().c_str());
        QVERIFY(parseNodeFrameworks(entryWith("").toStdString()).ok());
    }

    void devServerScripts()
    {
        const NodeFramework *astro = frameworkById("astro-node");
        QVERIFY(runsDevServer(*astro, "astro dev"));
        QVERIFY(runsDevServer(*astro, "astro dev --host"));
        QVERIFY(!runsDevServer(*astro, "astro build"));
        QVERIFY(!runsDevServer(*astro, "node ./dist/server/entry.mjs"));
        const NodeFramework *vite = frameworkById("vite");
        QVERIFY(runsDevServer(*vite, "vite"));
        QVERIFY(!runsDevServer(*vite, "vite build"));
    }

    // Nuxt ships .output alone. The fixture's postinstall hook is the install stages' case,
    // so this copy leaves it out to test the runtime layout by itself.
    void nuxtShipsTheOutputAlone()
    {
        QTemporaryDir temp;
        const std::string dir = copyWithPackage(temp, "nuxt", R"({"name": "nuxt-app", "private": true, "type": "module",
            "scripts": {"build": "nuxt build", "dev": "nuxt dev", "generate": "nuxt generate", "preview": "nuxt preview"},
            "dependencies": {"nuxt": "^4.0.0", "vue": "^3.5.17", "vue-router": "^4.5.1"}})");
        const DetectionResult result = scanProject(dir);
        QCOMPARE(result.stack, std::string("node"));
        QCOMPARE(result.startCommand, std::string("node .output/server/index.mjs"));
        QCOMPARE(result.startFile, std::string(".output/server/index.mjs"));
        QCOMPARE(result.buildOutputs, std::vector<std::string>{".output/"});
        QCOMPARE(result.port, 3000);
        QCOMPARE(result.bindAddress, std::string("0.0.0.0"));
        QVERIFY(hasEvidence(result, "package.json", "Nuxt project (nuxt)"));
        QVERIFY(hasEvidence(result, "nuxt.config.ts", "Nuxt config"));

        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->options.at("runtimeLayout"), std::string("output"));
        QCOMPARE(config->options.at("outputDir"), std::string(".output"));
        for (const char *base : {"alpine", "slim", "distroless"}) {
            Config onBase = config.value();
            onBase.base = base;
            const Outcome<Generated> generated = generate(m_catalog, onBase);
            QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().c_str());
            const std::string text = render(generated->multiStage).text;
            QVERIFY2(text.find("COPY --from=build") != std::string::npos
                         && text.find("/app/.output ./.output") != std::string::npos, text.c_str());
            QVERIFY2(text.find("node_modules") == std::string::npos, text.c_str());
            QVERIFY2(text.find("package.json ./") == std::string::npos || text.find("AS deps") == std::string::npos,
                     text.c_str());
            QVERIFY2(text.find(R"(["node", ".output/server/index.mjs"])") != std::string::npos
                         || text.find(R"(["/nodejs/bin/node", ".output/server/index.mjs"])") != std::string::npos,
                     text.c_str());
            const CheckResult check = checkDockerfile({text, dir, generated->dockerignore, &result});
            std::string findings;
            for (const CheckFinding &finding : check.findings)
                findings += findingText(finding) + "\n";
            QVERIFY2(check.findings.empty(), findings.c_str());
        }
    }

    // A start script that runs the framework's development server gives way to its production entry.
    void devServerStartYieldsToProductionEntry()
    {
        QTemporaryDir temp;
        const std::string dir = copyWithPackage(temp, "astro-ssr", R"({"name": "astro-ssr", "type": "module",
            "scripts": {"dev": "astro dev", "start": "astro dev", "build": "astro build"},
            "dependencies": {"@astrojs/node": "^9.3.0", "astro": "^5.12.0"}})");
        const DetectionResult result = scanProject(dir);
        QCOMPARE(result.startCommand, std::string("node ./dist/server/entry.mjs"));
        QCOMPARE(result.port, 4321);
        QCOMPARE(result.bindSetting, std::string("env:HOST"));
        QVERIFY(hasEvidence(result, "package.json", "development server"));
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->options.at("hostEnv"), std::string("HOST"));
    }

    void staticSitesGoToTheStaticStack_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("outputDir");
        QTest::addColumn<QString>("spaFallback");
        QTest::newRow("astro without adapter") << QStringLiteral("astro-static-yarn4") << QStringLiteral("dist")
                                               << QStringLiteral("false");
        QTest::newRow("vite spa") << QStringLiteral("vite-react-bun") << QStringLiteral("dist") << QStringLiteral("true");
    }

    void staticSitesGoToTheStaticStack()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, outputDir);
        QFETCH(QString, spaFallback);
        const DetectionResult result = scanProject(fixtures + fixture.toStdString());
        QCOMPARE(result.stack, std::string("static"));
        QCOMPARE(QString::fromStdString(result.options.at("outputDir")), outputDir);
        QCOMPARE(QString::fromStdString(result.options.at("spaFallback")), spaFallback);
        QVERIFY(result.startCommand.empty());
    }

    // A server with a front end built by Vite is still a server.
    void viteInsideAServerIsNotStatic()
    {
        QTemporaryDir temp;
        const std::string dir = copyWithPackage(temp, "vite-react-bun", R"({"name": "x", "type": "module",
            "scripts": {"build": "vite build", "start": "node server.js"},
            "dependencies": {"express": "^5.0.0"}, "devDependencies": {"vite": "^7.0.4"}})");
        const DetectionResult result = scanProject(dir);
        QCOMPARE(result.stack, std::string("node"));
        QCOMPARE(result.startCommand, std::string("node server.js"));
    }

    void nextWithoutStandaloneRunsNextStart()
    {
        const DetectionResult result = scanProject(fixtures + "nextjs-start-yarn");
        QCOMPARE(result.stack, std::string("nextjs"));
        QCOMPARE(result.options.at("nextStandalone"), std::string("false"));
        QCOMPARE(result.options.at("nextConfig"), std::string("next.config.ts"));
        QCOMPARE(result.options.at("configTypescript"), std::string("true"));
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        const Outcome<Generated> generated = generate(m_catalog, config.value());
        QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        for (const char *expected : {"/app/node_modules ./node_modules", "/app/node_modules/typescript ./node_modules/typescript",
                                     "/app/package.json /app/next.config.ts ./", "--from=nextbuild", "rm -rf .next/cache"})
            QVERIFY2(text.find(expected) != std::string::npos, expected);
        QVERIFY(text.find(".next/standalone") == std::string::npos);

        // pnpm links typescript into its store: refused with the fix.
        DetectionResult withPnpm = result;
        withPnpm.packageManager = "pnpm";
        withPnpm.files.push_back("pnpm-lock.yaml");
        const Outcome<Config> refused = configFromDetection(withPnpm, m_catalog);
        QVERIFY(!refused.ok());
        QVERIFY2(QString::fromStdString(refused.error()).contains(QStringLiteral("output: 'standalone'")), refused.error().c_str());
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestNodeFrameworks)
#include "tst_nodeframeworks.moc"
