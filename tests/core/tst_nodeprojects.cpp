// Node.js and Next.js projects from tests/fixtures/projects: the scan's model, the Config it
// leads to (the project's own start command, port and files) or the one-line reason it
// cannot fit, and the generated Dockerfile's final command and sources.
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "detect/configfromdetection.h"
#include "detect/nodestart.h"
#include "generate/generator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <sstream>

using namespace stagecraft;

namespace {

const std::string fixtures = STAGECRAFT_TESTS_DIR "/fixtures/projects/";

std::string lastCommand(const std::string &dockerfile)
{
    std::istringstream lines(dockerfile);
    std::string line, last;
    while (std::getline(lines, line)) {
        if (line.rfind("CMD ", 0) == 0 || line.rfind("ENTRYPOINT ", 0) == 0)
            last = line;
    }
    return last;
}

// Every file the Dockerfile takes from the build context (COPY without --from, bind-mount
// sources) that is missing from the project. Bracket patterns are optional by design.
QStringList missingContextSources(const std::string &dockerfile, const std::string &dir)
{
    QStringList missing;
    const auto check = [&](const std::string &source) {
        if (source == "." || source.find('[') != std::string::npos)
            return;
        if (!std::filesystem::exists(dir + "/" + source))
            missing << QString::fromStdString(source);
    };
    std::istringstream lines(dockerfile);
    std::string line;
    while (std::getline(lines, line)) {
        for (std::size_t at = line.find("type=bind,source="); at != std::string::npos;
             at = line.find("type=bind,source=", at + 1)) {
            const std::size_t start = at + 17;
            check(line.substr(start, line.find_first_of(", ", start) - start));
        }
        if (line.rfind("COPY ", 0) == 0 && line.find("--from=") == std::string::npos) {
            std::istringstream words(line.substr(5));
            std::vector<std::string> parts;
            for (std::string word; words >> word;) {
                if (word.rfind("--", 0) != 0)
                    parts.push_back(word);
            }
            for (std::size_t i = 0; i + 1 < parts.size(); ++i)
                check(parts[i]);
        }
    }
    return missing;
}

QString qs(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

void fitRow(const char *fixture, const char *startCommand, int port, const char *options, const char *command)
{
    QTest::newRow(fixture) << qs(fixture) << qs(startCommand) << port << qs(options) << qs(command);
}

void refuseRow(const char *name, const char *fixture, const char *reason)
{
    QTest::newRow(name) << qs(fixture) << qs(reason);
}

void translationRow(const char *script, const char *command, const char *startFile)
{
    QTest::newRow(script) << qs(script) << qs(command) << qs(startFile);
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestNodeProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("node") && m_catalog.find("nextjs"));
    }

    void fits_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("startCommand");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("options"); // key=value;key=value the Config must hold
        QTest::addColumn<QString>("finalCommand");

        fitRow("node-plain", "node app.js", 3000, "buildScript=", R"(CMD ["node", "app.js"])");
        fitRow("node-fastify-cli", "node_modules/.bin/fastify start -l info app.js", 3000, "buildScript=",
               R"(CMD ["node_modules/.bin/fastify", "start", "-l", "info", "app.js", "-a", "0.0.0.0", "-p", "3000"])");
        fitRow("node-nestjs", "node dist/main", 3000, "buildScript=build;outputDir=dist", R"(CMD ["node", "dist/main"])");
        fitRow("node-tsc-pnpm", "node dist/index.js", 8080, "buildScript=build;outputDir=dist",
               R"(CMD ["node", "dist/index.js"])");
        fitRow("remix-vite", "node_modules/.bin/remix-serve ./build/server/index.js", 3000, "outputDir=build",
               R"(CMD ["node_modules/.bin/remix-serve", "./build/server/index.js"])");
        fitRow("react-router", "node_modules/.bin/react-router-serve ./build/server/index.js", 3000, "outputDir=build",
               R"(CMD ["node_modules/.bin/react-router-serve", "./build/server/index.js"])");
        fitRow("sveltekit-node", "node build", 3000, "outputDir=build", R"(CMD ["node", "build"])");
        fitRow("astro-ssr", "node ./dist/server/entry.mjs", 4321, "outputDir=dist;hostEnv=HOST",
               R"(CMD ["node", "./dist/server/entry.mjs"])");
        fitRow("nextjs-standalone", "node server.js", 3000, "publicDir=true", R"(CMD ["node", "server.js"])");
        fitRow("nextjs-no-public", "node server.js", 3000, "publicDir=false", R"(CMD ["node", "server.js"])");
        fitRow("nextjs-start-yarn", "node node_modules/next/dist/bin/next start", 3000,
               "nextStandalone=false;nextConfig=next.config.ts;configTypescript=true;publicDir=true",
               R"(CMD ["node", "node_modules/next/dist/bin/next", "start"])");
    }

    void fits()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, startCommand);
        QFETCH(int, port);
        QFETCH(QString, options);
        QFETCH(QString, finalCommand);
        const std::string dir = fixtures + fixture.toStdString();
        const DetectionResult result = scanProject(dir);
        std::vector<std::string> notes;
        const Outcome<Config> config = configFromDetection(result, m_catalog, &notes);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(QString::fromStdString(config->startCommand), startCommand);
        QCOMPARE(config->port, port);
        for (const QString &pair : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0);
            const QString value = pair.section(QLatin1Char('='), 1);
            QVERIFY2(config->options.count(key.toStdString()), qPrintable(key));
            QCOMPARE(QString::fromStdString(config->options.at(key.toStdString())), value);
        }
        const Outcome<Generated> generated = generate(m_catalog, config.value());
        QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        QCOMPARE(QString::fromStdString(lastCommand(text)), finalCommand);
        QCOMPARE(missingContextSources(text, dir), QStringList());
        QCOMPARE(missingContextSources(render(generated->singleStage).text, dir), QStringList());
        QVERIFY(text.find("EXPOSE " + std::to_string(port) + "\n") != std::string::npos);
        const CheckResult check = checkDockerfile({text, dir, generated->dockerignore, &result});
        std::string findings;
        for (const CheckFinding &finding : check.findings)
            findings += findingText(finding) + "\n";
        QVERIFY2(check.findings.empty(), findings.c_str());
        // Only a built project takes anything from the build stage but package.json.
        if (config->options.count("buildScript") && config->options.at("buildScript").empty())
            QVERIFY2(text.find("--from=build") == std::string::npos, text.c_str());
        if (fixture == qs("nextjs-no-public"))
            QVERIFY2(text.find("public") == std::string::npos, text.c_str());
        if (fixture == qs("astro-ssr"))
            QVERIFY(text.find("\nENV HOST=0.0.0.0\n") != std::string::npos);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");

        refuseRow("express without lockfile", "node-express-generator",
                  "no lockfile: run npm install and commit package-lock.json");
        refuseRow("pnpm without lockfile", "pnpm-nolock", "no lockfile: run pnpm install and commit pnpm-lock.yaml");
        refuseRow("yarn classic without lockfile", "yarn-classic-nolock", "no lockfile: run yarn install and commit yarn.lock");
        refuseRow("nuxt", "nuxt", "\"postinstall: nuxt prepare\" at install");
        refuseRow("prisma", "prisma-express", "\"postinstall: prisma generate\" at install");
        refuseRow("bun runtime", "bun-lockb-server", "the app runs on Bun");
        refuseRow("astro static", "astro-static-yarn4", "no static template is installed");
        refuseRow("astro static, no lockfile", "yarn4-nolock", "no static template is installed");
        refuseRow("vite static", "vite-react-bun", "no static template is installed");
        refuseRow("vite static, no lockfile", "bun-nolock", "no static template is installed");
    }

    void refuses()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        const Outcome<Config> config = configFromDetection(scanProject(fixtures + fixture.toStdString()), m_catalog);
        QVERIFY2(!config.ok(), "the project was not refused");
        QVERIFY2(QString::fromStdString(config.error()).contains(reason), config.error().c_str());
        QVERIFY(config.error().find('\n') == std::string::npos);
    }

    void model()
    {
        const DetectionResult plain = scanProject(fixtures + "node-plain");
        QCOMPARE(plain.files, (std::vector<std::string>{"package-lock.json"}));
        QVERIFY(plain.buildOutputs.empty());
        QCOMPARE(plain.startFile, std::string("app.js"));
        QCOMPARE(plain.bindAddress, std::string("0.0.0.0"));

        const DetectionResult express = scanProject(fixtures + "node-express-generator");
        QCOMPARE(express.startCommand, std::string("node ./bin/www"));
        QCOMPARE(express.startFile, std::string("bin/www"));
        QCOMPARE(express.files, (std::vector<std::string>{"public/"}));

        const DetectionResult nest = scanProject(fixtures + "node-nestjs");
        QCOMPARE(nest.buildOutputs, (std::vector<std::string>{"dist/"}));
        QCOMPARE(nest.startFile, std::string("dist/main.js"));

        const DetectionResult fastify = scanProject(fixtures + "node-fastify-cli");
        QCOMPARE(fastify.startFile, std::string("app.js"));
        QCOMPARE(fastify.bindSetting, std::string("flag:-a"));

        const DetectionResult bun = scanProject(fixtures + "bun-lockb-server");
        QCOMPARE(bun.files, (std::vector<std::string>{"bun.lockb"}));

        const DetectionResult yarn4 = scanProject(fixtures + "astro-static-yarn4");
        QCOMPARE(yarn4.files, (std::vector<std::string>{".yarnrc.yml", "public/", "yarn.lock"}));

        const DetectionResult next = scanProject(fixtures + "nextjs-no-public");
        QCOMPARE(next.files, (std::vector<std::string>{"next.config.mjs", "pnpm-lock.yaml"}));
        QCOMPARE(next.startFile, std::string(".next/standalone/server.js"));
        QCOMPARE(next.bindSetting, std::string("env:HOSTNAME"));

        const DetectionResult astro = scanProject(fixtures + "astro-ssr");
        QCOMPARE(astro.bindAddress, std::string("127.0.0.1"));
        QCOMPARE(astro.bindSetting, std::string("env:HOST"));
    }

    // bun.lockb (Bun before 1.2) is bind-mounted under its own name, not as bun.lock.
    void binaryBunLockfile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")), R"({"name": "a", "scripts": {"start": "node index.js"}})");
        writeFile(dir.filePath(QStringLiteral("bun.lockb")), "binary");
        writeFile(dir.filePath(QStringLiteral("index.js")), "require('http').createServer().listen(process.env.PORT || 3000);\n");
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->packageManager, std::string("bun"));
        const std::string text = render(generate(m_catalog, config.value()).value().multiStage).text;
        QVERIFY(text.find("source=bun.lockb,target=bun.lockb") != std::string::npos);
        QCOMPARE(missingContextSources(text, dir.path().toStdString()), QStringList());
    }

    // Yarn 4 with no .yarnrc.yml (the packageManager field is enough): nothing copies it.
    void yarnBerryWithoutYarnrc()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "packageManager": "yarn@4.9.1", "scripts": {"start": "node server.js"}})");
        writeFile(dir.filePath(QStringLiteral("yarn.lock")), "__metadata:\n  version: 8\n");
        writeFile(dir.filePath(QStringLiteral("server.js")), "require('http').createServer().listen(process.env.PORT || 3000);\n");
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->packageManager, std::string("yarn-berry"));
        const Generated generated = generate(m_catalog, config.value()).value();
        for (const Document *document : {&generated.multiStage, &generated.singleStage}) {
            const std::string text = render(*document).text;
            QVERIFY2(text.find(".yarnrc.yml") == std::string::npos, text.c_str());
            QCOMPARE(missingContextSources(text, dir.path().toStdString()), QStringList());
        }
    }

    // The settings an install reads (.npmrc, pnpm-workspace.yaml, patches/) reach every
    // install where they exist, and are never named where they do not.
    void installSettingsFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "packageManager": "pnpm@10.0.0", "scripts": {"start": "node server.js"}})");
        writeFile(dir.filePath(QStringLiteral("pnpm-lock.yaml")), "lockfileVersion: '9.0'\n");
        writeFile(dir.filePath(QStringLiteral("pnpm-workspace.yaml")), "onlyBuiltDependencies: [esbuild]\n");
        writeFile(dir.filePath(QStringLiteral(".npmrc")), "registry=https://registry.example/\n");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("patches")));
        writeFile(dir.filePath(QStringLiteral("patches/left-pad.patch")), "diff\n");
        writeFile(dir.filePath(QStringLiteral("server.js")), "require('http').createServer().listen(3000);\n");
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        const Generated generated = generate(m_catalog, config.value()).value();
        const std::string text = render(generated.multiStage).text;
        for (const char *mount : {"source=.npmrc,target=.npmrc", "source=pnpm-workspace.yaml,target=pnpm-workspace.yaml",
                                  "source=patches,target=patches"}) {
            std::size_t count = 0;
            for (std::size_t at = text.find(mount); at != std::string::npos; at = text.find(mount, at + 1))
                ++count;
            QVERIFY2(count == 1, mount); // the deps stage's install; there is no build stage
        }
        QCOMPARE(missingContextSources(text, dir.path().toStdString()), QStringList());
        QCOMPARE(missingContextSources(render(generated.singleStage).text, dir.path().toStdString()), QStringList());

        const Outcome<Config> plain = configFromDetection(scanProject(fixtures + "node-plain"), m_catalog);
        const std::string plainText = render(generate(m_catalog, plain.value()).value().multiStage).text;
        QVERIFY(plainText.find(".npmrc") == std::string::npos);
        QVERIFY(plainText.find("patches") == std::string::npos);
    }

    void translation_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("command"); // empty: refused
        QTest::addColumn<QString>("startFile");

        translationRow("cross-env NODE_ENV=production node .", "node server/main.js", "server/main.js");
        translationRow("NODE_ENV=production node server.js", "node server.js", "server.js");
        translationRow("DEBUG=app:* node server.js", "", "");
        translationRow("nest start", "node dist/main", "dist/main.js");
        translationRow("fastify start -l info app.js", "node_modules/.bin/fastify start -l info app.js", "app.js");
        translationRow("node_modules/.bin/fastify start -l info app.js", "node_modules/.bin/fastify start -l info app.js",
                       "app.js");
        translationRow("node build", "node build", "build/index.js");
        translationRow("node dist/main", "node dist/main", "dist/main.js");
        translationRow("node a.js && node b.js", "", "");
        translationRow("node 'my app.js'", "node 'my app.js'", "my app.js");
        translationRow("node \"it's.js\"", "node \"it's.js\"", "it's.js");
        translationRow("bun run index.ts", "", "");
        translationRow("ts-node src/index.ts", "", "");
    }

    void translation()
    {
        QFETCH(QString, script);
        QFETCH(QString, command);
        QFETCH(QString, startFile);
        NodeStartContext context;
        context.main = "./server/main.js";
        context.buildOutputs = {"dist/", "build/"};
        const NodeStart start = translateStartScript(script.toStdString(), context);
        QCOMPARE(QString::fromStdString(start.command), command);
        QCOMPARE(QString::fromStdString(start.startFile), startFile);
        QCOMPARE(start.problem.empty(), !command.isEmpty());
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestNodeProjects)
#include "tst_nodeprojects.moc"
