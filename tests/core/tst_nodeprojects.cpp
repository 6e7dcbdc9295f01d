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

#include <algorithm>
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

bool explains(const Document &document, const std::string &phrase)
{
    for (const Stage &stage : document.stages)
        for (const Instruction &instruction : stage.instructions)
            if (instruction.explanation.find(phrase) != std::string::npos)
                return true;
    return false;
}

QString qs(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

void fitRow(const char *fixture, const char *startCommand, int port, const char *options, const char *command)
{
    QTest::newRow(fixture) << qs(fixture) << qs(startCommand) << port << qs(options) << qs(command);
}

void refuseRow(const char *name, const char *fixture, const char *stack, const char *reason)
{
    QTest::newRow(name) << qs(fixture) << qs(stack) << qs(reason);
}

void translationRow(const char *script, const char *command, const char *startFile, bool bunRuntime = false)
{
    QTest::addRow("%s%s", bunRuntime ? "on Bun: " : "", script) << qs(script) << qs(command) << qs(startFile) << bunRuntime;
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
        fitRow("node-express-generator", "node ./bin/www", 3000, "buildScript=;locked=false", R"(CMD ["node", "./bin/www"])");
        fitRow("pnpm-nolock", "node build", 3000, "outputDir=build;locked=false", R"(CMD ["node", "build"])");
        fitRow("prisma-express", "node src/index.js", 3000,
               "buildScript=;locked=true;installHook=postinstall;prismaGenerate=false;prismaEngine=true",
               R"(CMD ["node", "src/index.js"])");
        fitRow("express-better-sqlite3", "node server.js", 3000, "buildScript=;buildPackages=python3 make g++;runtimePackages=",
               R"(CMD ["node", "server.js"])");
        fitRow("npmrc-private-scope", "node index.js", 3000, "buildScript=;npmrc=true", R"(CMD ["node", "index.js"])");
        fitRow("bun-lockb-server", "bun run index.ts", 3000, "buildScript=;bunLockfile=bun.lockb;locked=true",
               R"(ENTRYPOINT ["bun", "run", "index.ts"])");
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
        if (config->options.count("buildScript") && config->options.at("buildScript").empty()
            && !(config->options.count("prismaEngine") && config->options.at("prismaEngine") == "true"))
            QVERIFY2(text.find("--from=build") == std::string::npos, text.c_str());
        if (fixture == qs("nextjs-no-public"))
            QVERIFY2(text.find("public") == std::string::npos, text.c_str());
        if (fixture == qs("astro-ssr"))
            QVERIFY(text.find("\nENV HOST=0.0.0.0\n") != std::string::npos);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("stack"); // forced over the scan's, or empty
        QTest::addColumn<QString>("reason");

        refuseRow("a Bun app on the node template", "bun-lockb-server", "node", "the app runs on Bun");
    }

    void refuses()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, stack);
        QFETCH(QString, reason);
        DetectionResult result = scanProject(fixtures + fixture.toStdString());
        if (!stack.isEmpty())
            result.stack = stack.toStdString();
        const Outcome<Config> config = configFromDetection(result, m_catalog);
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
        QCOMPARE(bun.stack, std::string("bun"));
        QCOMPARE(bun.startFile, std::string("index.ts"));
        QCOMPARE(bun.bindAddress, std::string("0.0.0.0"));

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

    // Bun's compile entry is the file the start command runs, so turning compile on in a
    // scanned project bundles that file: the executable fits the project (the build check
    // finds its entry), and the image holds neither bun nor node_modules. The bun init
    // fixture runs index.ts, the default; a project with its server in src/ proves the fill.
    void bunCompileStartsFromTheProjectsEntry_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("entry");
        QTest::newRow("bun init") << qs("bun-lockb-server") << qs("index.ts");
        QTest::newRow("hono starter") << qs("bun-hono") << qs("src/index.ts");
        QTest::newRow("src/server.ts") << QString() << qs("src/server.ts");
    }

    void bunCompileStartsFromTheProjectsEntry()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, entry);
        QTemporaryDir scratch;
        std::string dir = fixtures + fixture.toStdString();
        if (fixture.isEmpty()) {
            dir = scratch.path().toStdString();
            writeFile(scratch.filePath(QStringLiteral("package.json")), R"({"name": "a", "scripts": {"start": "bun run src/server.ts"}})");
            writeFile(scratch.filePath(QStringLiteral("bun.lock")), "{}\n");
            QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral("src")));
            writeFile(scratch.filePath(QStringLiteral("src/server.ts")), "Bun.serve({ fetch: () => new Response(\"hi\") });\n");
        }
        const DetectionResult result = scanProject(dir);
        const Outcome<Config> detected = configFromDetection(result, m_catalog);
        QVERIFY2(detected.ok(), detected.ok() ? "" : detected.error().c_str());
        QCOMPARE(detected->stack, std::string("bun"));
        QCOMPARE(QString::fromStdString(detected->options.at("entry")), entry);
        Config config = detected.value();
        config.base = "distroless";
        config.options["compile"] = "true";
        const Outcome<Generated> generated = generate(m_catalog, config);
        QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().c_str());
        const std::string text = render(generated->multiStage).text;
        QVERIFY2(text.find("--outfile /app/server " + entry.toStdString() + "\n") != std::string::npos, text.c_str());
        const std::string finalStage = text.substr(text.rfind("\nFROM "));
        QVERIFY2(finalStage.find("node_modules") == std::string::npos && finalStage.find("\"bun\"") == std::string::npos,
                 finalStage.c_str());
        const CheckResult check = checkDockerfile({text, dir, generated->dockerignore, &result});
        std::string findings;
        for (const CheckFinding &finding : check.findings)
            findings += findingText(finding) + "\n";
        QVERIFY2(check.findings.empty(), findings.c_str());
        // The same Dockerfile against a project whose entry is elsewhere is a finding.
        if (fixture.isEmpty()) {
            QVERIFY(QFile::rename(scratch.filePath(QStringLiteral("src/server.ts")), scratch.filePath(QStringLiteral("src/main.ts"))));
            const CheckResult moved = checkDockerfile({text, dir, generated->dockerignore, &result});
            QVERIFY(!moved.findings.empty());
        }
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

    // Yarn 4's release, plugins and patches are mounted into each install exactly when the
    // project has them; both stacks, every install, and the check finds nothing missing.
    void yarnBerryFilesOnlyWhenPresent()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "packageManager": "yarn@4.9.1", "scripts": {"build": "tsc", "start": "node dist/index.js"}})");
        writeFile(dir.filePath(QStringLiteral("tsconfig.json")), R"({"compilerOptions": {"outDir": "dist"}})");
        writeFile(dir.filePath(QStringLiteral("yarn.lock")), "__metadata:\n  version: 8\n");
        writeFile(dir.filePath(QStringLiteral(".yarnrc.yml")), "yarnPath: .yarn/releases/yarn-4.9.1.cjs\n");
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".yarn/releases")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".yarn/plugins")));
        writeFile(dir.filePath(QStringLiteral(".yarn/releases/yarn-4.9.1.cjs")), "//\n");
        writeFile(dir.filePath(QStringLiteral(".yarn/plugins/plugin-env.cjs")), "//\n");
        const DetectionResult result = scanProject(dir.path().toStdString());
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        const Generated generated = generate(m_catalog, config.value()).value();
        const std::string text = render(generated.multiStage).text;
        for (const char *mount : {"source=.yarn/releases,target=.yarn/releases", "source=.yarn/plugins,target=.yarn/plugins",
                                  "source=.yarnrc.yml,target=.yarnrc.yml", "source=yarn.lock,target=yarn.lock"}) {
            std::size_t count = 0;
            for (std::size_t at = text.find(mount); at != std::string::npos; at = text.find(mount, at + 1))
                ++count;
            QVERIFY2(count == 2, mount); // the deps stage's install and the build stage's
        }
        QVERIFY2(text.find(".yarn/patches") == std::string::npos, text.c_str());
        QCOMPARE(missingContextSources(text, dir.path().toStdString()), QStringList());
        QCOMPARE(missingContextSources(render(generated.singleStage).text, dir.path().toStdString()), QStringList());
        const CheckResult check = checkDockerfile({text, dir.path().toStdString(), generated.dockerignore, &result});
        QVERIFY2(check.findings.empty(), check.findings.empty() ? "" : findingText(check.findings.front()).c_str());
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
        writeFile(dir.filePath(QStringLiteral(".pnpmfile.cjs")), "module.exports = { hooks: {} };\n");
        const Outcome<Config> withPnpmfile = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY(withPnpmfile.ok());
        const std::string pnpmfileText = render(generate(m_catalog, withPnpmfile.value()).value().multiStage).text;
        QVERIFY2(pnpmfileText.find("source=.pnpmfile.cjs,target=.pnpmfile.cjs") != std::string::npos, pnpmfileText.c_str());
        for (const char *mount : {"type=secret,id=npmrc,target=/app/.npmrc", "source=pnpm-workspace.yaml,target=pnpm-workspace.yaml",
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

    // Without a lockfile every package manager installs unlocked, names no lockfile, and
    // says the build is not reproducible.
    void noLockfileInstallsUnlockedWithAWarning_data()
    {
        QTest::addColumn<QString>("packageManager"); // the packageManager field
        QTest::addColumn<QString>("frozen");         // what a frozen install would contain
        QTest::addColumn<QString>("install");        // the unlocked install of all dependencies
        QTest::newRow("npm") << qs("") << qs("npm ci") << qs("npm install");
        QTest::newRow("pnpm") << qs("pnpm@10.0.0") << qs("--frozen-lockfile") << qs("pnpm install");
        QTest::newRow("yarn classic") << qs("yarn@1.22.22") << qs("--frozen-lockfile") << qs("yarn install");
        QTest::newRow("yarn berry") << qs("yarn@4.9.1") << qs("--immutable") << qs("yarn install");
        QTest::newRow("bun") << qs("bun@1.2.0") << qs("--frozen-lockfile") << qs("bun install");
    }

    void noLockfileInstallsUnlockedWithAWarning()
    {
        QFETCH(QString, packageManager);
        QFETCH(QString, frozen);
        QFETCH(QString, install);
        QTemporaryDir dir;
        const QString field = packageManager.isEmpty() ? QString() : QStringLiteral("\"packageManager\": \"%1\", ").arg(packageManager);
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  QStringLiteral(R"({"name": "a", %1"scripts": {"build": "tsc", "start": "node dist/index.js"}})").arg(field).toUtf8());
        writeFile(dir.filePath(QStringLiteral("tsconfig.json")), R"({"compilerOptions": {"outDir": "dist"}})");
        std::vector<std::string> notes;
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog, &notes);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->options.at("locked"), std::string("false"));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const std::string &note) {
            return note.find("not reproducible") != std::string::npos && note.find("commit") != std::string::npos;
        }));
        const Generated generated = generate(m_catalog, config.value()).value();
        for (const Document *document : {&generated.multiStage, &generated.singleStage}) {
            const std::string text = render(*document).text;
            QVERIFY2(text.find(frozen.toStdString()) == std::string::npos, text.c_str());
            QVERIFY2(text.find(install.toStdString()) != std::string::npos, text.c_str());
            for (const char *lockfile : {"package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock"})
                QVERIFY2(text.find(lockfile) == std::string::npos, text.c_str());
            QCOMPARE(missingContextSources(text, dir.path().toStdString()), QStringList());
        }
        QVERIFY(explains(generated.multiStage, "not reproducible"));
    }

    // .npmrc may hold a token: every install on every base reads it as a BuildKit secret,
    // nothing COPYs it, and .dockerignore keeps it out of the build context.
    void npmrcIsASecretNeverCopied()
    {
        const std::string dir = fixtures + "npmrc-private-scope";
        const DetectionResult result = scanProject(dir);
        Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        for (const char *base : {"alpine", "slim", "distroless"})
            for (bool cacheMounts : {true, false}) {
                Config variant = config.value();
                variant.base = base;
                variant.cacheMounts = cacheMounts;
                const Generated generated = generate(m_catalog, variant).value();
                QVERIFY(generated.dockerignore.find("**/.npmrc\n") != std::string::npos);
                for (const Document *document : {&generated.multiStage, &generated.singleStage}) {
                    const std::string text = render(*document).text;
                    QVERIFY2(text.find("--mount=type=secret,id=npmrc,target=/app/.npmrc") != std::string::npos, text.c_str());
                    std::istringstream lines(text);
                    for (std::string line; std::getline(lines, line);) {
                        if (line.find(".npmrc") == std::string::npos)
                            continue;
                        QVERIFY2(line.rfind("COPY", 0) != 0 && line.find("ADD ") != 0, line.c_str());
                        QVERIFY2(line.find("type=bind,source=.npmrc") == std::string::npos, line.c_str());
                    }
                }
                const CheckResult check = checkDockerfile({render(generated.multiStage).text, dir, generated.dockerignore, &result});
                QVERIFY2(check.findings.empty(), check.findings.empty() ? "" : findingText(check.findings.front()).c_str());
            }
        QVERIFY(explains(generate(m_catalog, config.value()).value().multiStage, "docker build --secret id=npmrc,src=.npmrc ."));
    }

    // A root postinstall that needs the sources is skipped by the installs (scripts of the
    // dependencies still run) and runs in the build stage after COPY . .
    void installHookRunsAfterTheSources()
    {
        const std::string dir = fixtures + "prisma-express";
        const Outcome<Config> config = configFromDetection(scanProject(dir), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        const std::string text = render(generate(m_catalog, config.value()).value().multiStage).text;
        const std::size_t deps = text.find(" AS deps\n");
        const std::size_t build = text.find(" AS build\n");
        const std::size_t runtime = text.find(" AS runtime\n");
        QVERIFY(deps != std::string::npos && build != std::string::npos && runtime != std::string::npos);
        for (std::size_t stage : {deps, build}) {
            const std::size_t removal = text.find("RUN npm pkg delete scripts.postinstall\n", stage);
            const std::size_t install = text.find(" npm ci", stage);
            QVERIFY2(removal < install && install < text.find("\nFROM ", stage + 1), text.c_str());
        }
        const std::size_t sources = text.find("COPY . .", build);
        QVERIFY2(sources < text.find("RUN npm run postinstall\n", build), text.c_str());
        const std::size_t client = text.find("/app/node_modules/.prisma ./node_modules/.prisma", runtime);
        QVERIFY2(client != std::string::npos && text.rfind("COPY --from=build ", client) > runtime, text.c_str());
        QVERIFY2(text.find("apk add --no-cache openssl", runtime) != std::string::npos, text.c_str());
        QVERIFY(text.find("prisma@") == std::string::npos && text.find("npx") == std::string::npos);

        QTemporaryDir unknown;
        writeFile(unknown.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "scripts": {"postinstall": "node scripts/setup.js", "start": "node server.js"}})");
        writeFile(unknown.filePath(QStringLiteral("package-lock.json")), R"({"lockfileVersion": 3})");
        writeFile(unknown.filePath(QStringLiteral("server.js")), "require('http').createServer().listen(3000);\n");
        const Outcome<Config> refused = configFromDetection(scanProject(unknown.path().toStdString()), m_catalog);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().find("move it into the build script") != std::string::npos, refused.error().c_str());
    }

    // Prisma 7 without an install hook: the build stage generates the client with the
    // project's CLI before the build, and no Prisma 6 engine reaches the runtime. Without a
    // build step the generated client would never reach the image: refused.
    void prisma7GeneratesBeforeTheBuild()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("prisma")));
        writeFile(dir.filePath(QStringLiteral("prisma/schema.prisma")), "generator client {\n  provider = \"prisma-client\"\n}\n");
        writeFile(dir.filePath(QStringLiteral("package-lock.json")), R"({"lockfileVersion": 3})");
        writeFile(dir.filePath(QStringLiteral("tsconfig.json")), R"({"compilerOptions": {"outDir": "dist"}})");
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "scripts": {"build": "tsc", "start": "node dist/index.js"},
                      "dependencies": {"@prisma/client": "^7.1.0"}, "devDependencies": {"prisma": "^7.1.0"}})");
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        const std::string text = render(generate(m_catalog, config.value()).value().multiStage).text;
        QVERIFY2(text.find("RUN node_modules/.bin/prisma generate && npm run build\n") != std::string::npos, text.c_str());
        QVERIFY2(text.find(".prisma") == std::string::npos && text.find("openssl") == std::string::npos, text.c_str());

        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "scripts": {"start": "node index.js"}, "dependencies": {"@prisma/client": "^7.1.0"}})");
        writeFile(dir.filePath(QStringLiteral("index.js")), "require('http').createServer().listen(3000);\n");
        const Outcome<Config> refused = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().find("Prisma 7 generates its client into the sources") != std::string::npos, refused.error().c_str());
    }

    // A node-gyp addon gets python3, make and g++ in the base stage, from the base's own
    // package manager; the runtime stage gets no compiler. Later majors with prebuilds get none.
    void nativeAddonGetsTheToolchainOfItsLibc()
    {
        const Outcome<Config> config = configFromDetection(scanProject(fixtures + "express-better-sqlite3"), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        struct Expect { const char *base; const char *install; };
        for (const Expect &expect : {Expect{"alpine", "RUN apk add --no-cache python3 make g++\n"},
                                     Expect{"slim", "apt-get install -y --no-install-recommends python3 make g++"},
                                     Expect{"distroless", "apt-get install -y --no-install-recommends python3 make g++"}}) {
            Config variant = config.value();
            variant.base = expect.base;
            const std::string text = render(generate(m_catalog, variant).value().multiStage).text;
            const std::size_t install = text.find(expect.install);
            QVERIFY2(install != std::string::npos && install < text.find(" AS deps\n"), text.c_str());
            QVERIFY2(text.find("g++", text.find(" AS runtime\n")) == std::string::npos, text.c_str());
        }

        QTemporaryDir prebuilt;
        writeFile(prebuilt.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "dependencies": {"better-sqlite3": "^13.0.0", "bcrypt": "^6.0.0"}, "scripts": {"start": "node server.js"}})");
        writeFile(prebuilt.filePath(QStringLiteral("package-lock.json")), R"({"lockfileVersion": 3})");
        writeFile(prebuilt.filePath(QStringLiteral("server.js")), "require('http').createServer().listen(3000);\n");
        const Outcome<Config> none = configFromDetection(scanProject(prebuilt.path().toStdString()), m_catalog);
        QVERIFY2(none.ok(), none.ok() ? "" : none.error().c_str());
        QVERIFY(render(generate(m_catalog, none.value()).value().multiStage).text.find("g++") == std::string::npos);
    }

    // Runtime packages go in with the runtime base's package manager; distroless has none,
    // so that combination is refused with the reason, and no value adds an instruction.
    void runtimePackagesAndDistroless()
    {
        Config config = configFromDetection(scanProject(fixtures + "node-plain"), m_catalog).value();
        config.options["runtimePackages"] = "libcairo2 libpango-1.0-0";
        config.base = "slim";
        const std::string slim = render(generate(m_catalog, config).value().multiStage).text;
        QVERIFY2(slim.find("apt-get install -y --no-install-recommends libcairo2 libpango-1.0-0") > slim.find(" AS runtime\n"),
                 slim.c_str());
        config.base = "distroless";
        const Outcome<Generated> refused = generate(m_catalog, config);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().find("distroless has no package manager") != std::string::npos, refused.error().c_str());
        config.base = "alpine";
        for (const char *hostile : {"cairo\nRUN curl", "cairo && curl x", "cairo;id", "--allow-untrusted cairo"}) {
            config.options["runtimePackages"] = hostile;
            QVERIFY2(!generate(m_catalog, config).ok(), hostile);
        }
    }

    void translation_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("command"); // empty: refused
        QTest::addColumn<QString>("startFile");
        QTest::addColumn<bool>("bunRuntime");

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
        // On the Bun runtime `bun [run] FILE` runs as written; a package script, a tool or a
        // watch mode cannot be a container's command.
        translationRow("bun run index.ts", "bun run index.ts", "index.ts", true);
        translationRow("bun ./src/server.tsx", "bun ./src/server.tsx", "src/server.tsx", true);
        translationRow("bun --smol run dist/index.js", "bun --smol run dist/index.js", "dist/index.js", true);
        translationRow("bun --preload ./setup.ts src/index.ts", "bun --preload ./setup.ts src/index.ts", "src/index.ts", true);
        translationRow("bun run --watch index.ts", "", "", true);
        translationRow("bun --hot src/index.ts", "", "", true);
        translationRow("bun run serve", "", "", true);
        translationRow("bunx serve dist", "", "", true);
    }

    void translation()
    {
        QFETCH(QString, script);
        QFETCH(QString, command);
        QFETCH(QString, startFile);
        QFETCH(bool, bunRuntime);
        NodeStartContext context;
        context.main = "./server/main.js";
        context.buildOutputs = {"dist/", "build/"};
        context.bunRuntime = bunRuntime;
        const NodeStart start = translateStartScript(script.toStdString(), context);
        QCOMPARE(QString::fromStdString(start.command), command);
        QCOMPARE(QString::fromStdString(start.startFile), startFile);
        QCOMPARE(start.problem.empty(), !command.isEmpty());
    }

    // Bun's server listens on all interfaces unless the code names a loopback hostname, and
    // a Bun project without a start script starts its package.json "module".
    void bunProjectFromModuleAndHostname()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")),
                  R"({"name": "a", "module": "src/index.ts", "type": "module", "packageManager": "bun@1.3.2",
                      "devDependencies": {"@types/bun": "latest"}})");
        writeFile(dir.filePath(QStringLiteral("bun.lock")), "{}\n");
        QDir(dir.path()).mkpath(QStringLiteral("src"));
        writeFile(dir.filePath(QStringLiteral("src/index.ts")),
                  "Bun.serve({ port: 8080, hostname: \"localhost\", fetch: () => new Response(\"hi\") });\n");
        const DetectionResult result = scanProject(dir.path().toStdString());
        QCOMPARE(result.stack, std::string("bun"));
        QCOMPARE(result.startCommand, std::string("bun run src/index.ts"));
        QCOMPARE(result.languageVersion, std::string("1.3"));
        QCOMPARE(result.port, 8080);
        QCOMPARE(result.bindAddress, std::string("127.0.0.1"));
        const Outcome<Config> refused = configFromDetection(result, m_catalog);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().find("127.0.0.1") != std::string::npos, refused.error().c_str());

        writeFile(dir.filePath(QStringLiteral("src/index.ts")), "Bun.serve({ port: 8080, fetch: () => new Response(\"hi\") });\n");
        const Outcome<Config> config = configFromDetection(scanProject(dir.path().toStdString()), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->languageVersion, std::string("1.3"));
        const std::string text = render(generate(m_catalog, config.value()).value().multiStage).text;
        QVERIFY2(text.find("FROM oven/bun:1.3.14-alpine AS base") != std::string::npos, text.c_str());
        QCOMPARE(QString::fromStdString(lastCommand(text)), qs(R"(ENTRYPOINT ["bun", "run", "src/index.ts"])"));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestNodeProjects)
#include "tst_nodeprojects.moc"
