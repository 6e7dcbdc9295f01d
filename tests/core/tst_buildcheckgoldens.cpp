// Every golden Dockerfile, and the Dockerfile of every combination `options --json` offers,
// passes the build check against a project of its stack: the context is what such a project
// has (manifest, lockfile, sources), never derived from the Dockerfile itself, so a
// Dockerfile that copies something projects lack is a finding.
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "config/config.h"
#include "dockerfile/document.h"
#include "generate/generator.h"
#include "io/boundedfile.h"
#include "../support/golden.h"
#include "../support/offeredcombinations.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <regex>
#include <sstream>
#include <tuple>

using namespace stagecraft;

namespace {

void writeFile(const QString &root, const std::string &relative, const std::string &content = "x\n")
{
    const QString path = root + QLatin1Char('/') + QString::fromStdString(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content.data(), static_cast<qint64>(content.size()));
}

std::string lockfileOf(const std::string &packageManager)
{
    if (packageManager == "pnpm")
        return "pnpm-lock.yaml";
    if (packageManager == "yarn" || packageManager == "yarn-berry")
        return "yarn.lock";
    if (packageManager == "bun")
        return "bun.lock";
    return "package-lock.json";
}

// A small project of the configuration's stack and package manager, as such projects are
// laid out, and the model a scan gives of it.
DetectionResult writeProject(const QString &root, const Config &config)
{
    DetectionResult model;
    model.stack = config.stack;
    model.packageManager = config.packageManager;
    const std::string &pm = config.packageManager;
    const auto option = [&config](const char *id, const char *otherwise) {
        const auto found = config.options.find(id);
        return found == config.options.end() ? std::string(otherwise) : found->second;
    };
    // The files the project's install options say it has (an option only exists on the
    // stacks that offer it; Node.js and Bun share patches/ and .npmrc).
    const auto writeInstallOptionFiles = [&] {
        const std::tuple<const char *, const char *, const char *> files[] = {
            {"pnpmWorkspace", "pnpm-workspace.yaml", "packages: []\n"},
            {"pnpmfile", ".pnpmfile.cjs", "module.exports = {};\n"},
            {"bunfig", "bunfig.toml", "[install]\n"},
            {"patches", "patches/left-pad@1.3.0.patch", "x\n"},
            {"npmrc", ".npmrc", "@acme:registry=https://npm.example.com/\n"},
        };
        for (const auto &[id, path, content] : files) {
            if (option(id, "false") == "true")
                writeFile(root, path, content);
        }
    };
    if (config.stack == "node" || config.stack == "nextjs" || config.stack == "static") {
        writeFile(root, lockfileOf(pm), "{}\n");
        writeInstallOptionFiles();
        if (pm == "yarn-berry") {
            writeFile(root, ".yarnrc.yml", "yarnPath: .yarn/releases/yarn-4.18.1.cjs\n");
            writeFile(root, ".yarn/releases/yarn-4.18.1.cjs");
        }
        const std::string run = pm == "npm" ? "npm run" : pm == "yarn-berry" ? "yarn run" : pm + " run";
        if (config.stack == "nextjs") {
            writeFile(root, "package.json", R"({"scripts":{"build":"next build","start":"next start"}})");
            if (option("nextStandalone", "true") == "true")
                writeFile(root, "next.config.mjs", "export default { output: 'standalone' };\n");
            else
                writeFile(root, option("nextConfig", "next.config.mjs"), "export default {};\n");
            writeFile(root, "app/page.tsx");
            writeFile(root, "public/favicon.ico");
            model.buildCommand = run + " build";
            model.buildOutputs = {".next/"};
            model.startFile = option("nextStandalone", "true") == "true" ? "server.js" : "node_modules/next/dist/bin/next";
        } else if (config.stack == "static") {
            // A Vite site: public/ holds sources and the build writes the output folder.
            const std::string outputDir = config.options.count("outputDir") ? config.options.at("outputDir") : "dist";
            writeFile(root, "package.json", R"({"scripts":{"build":"vite build"}})");
            writeFile(root, "index.html");
            writeFile(root, "src/main.ts");
            if (outputDir != "public")
                writeFile(root, "public/favicon.svg");
            model.buildCommand = run + " build";
            model.buildOutputs = {outputDir + "/"};
        } else if (option("runtimeLayout", "") == "output") {
            // A server built into one self-contained folder: Nuxt's .output, or a bundle.
            writeFile(root, "package.json", R"({"scripts":{"build":"nuxt build"}})");
            writeFile(root, "nuxt.config.ts", "export default defineNuxtConfig({});\n");
            writeFile(root, "app/app.vue");
            model.buildCommand = run + " build";
            model.buildOutputs = {option("outputDir", ".output") + "/"};
            model.startFile = config.startCommand.substr(config.startCommand.rfind(' ') + 1);
        } else if (config.options.count("buildScript") && config.options.at("buildScript").empty()) {
            writeFile(root, "package.json", R"({"scripts":{"start":"node src/server.js"}})");
            writeFile(root, "src/server.js");
            model.startFile = "src/server.js";
        } else {
            writeFile(root, "package.json", R"({"scripts":{"build":"tsc","start":"node dist/index.js"}})");
            writeFile(root, "tsconfig.json", R"({"compilerOptions":{"outDir":"dist","rootDir":"src"}})");
            writeFile(root, "src/index.ts");
            model.buildCommand = run + " build";
            model.buildOutputs = {"dist/"};
            model.startFile = "dist/index.js";
        }
    } else if (config.stack == "bun") {
        // A `bun init` project: Bun runs the TypeScript entry itself, or a bundle it builds.
        if (option("locked", "true") == "true")
            writeFile(root, option("bunLockfile", "bun.lock"), "{}\n");
        writeInstallOptionFiles();
        const std::string entry = config.startCommand.substr(config.startCommand.rfind(' ') + 1);
        if (option("buildScript", "").empty()) {
            writeFile(root, "package.json", R"({"scripts":{"start":"bun run index.ts"}})");
            writeFile(root, entry);
            model.startFile = entry;
        } else {
            const std::string outputDir = option("outputDir", "dist");
            writeFile(root, "package.json", R"({"scripts":{"build":"bun build src/index.ts --outdir )" + outputDir + R"( --target bun"}})");
            writeFile(root, "src/index.ts");
            model.buildCommand = "bun run build";
            model.buildOutputs = {outputDir + "/"};
            model.startFile = entry;
        }
    } else if (config.stack == "go") {
        writeFile(root, "go.mod", "module example.com/app\n\ngo 1.22\n");
        writeFile(root, "go.sum");
        writeFile(root, "main.go");
        writeFile(root, "cmd/api/main.go");
        writeFile(root, "cmd/server/main.go");
    } else if (config.stack == "rust") {
        const auto locked = config.options.find("locked");
        writeFile(root, "Cargo.toml", "[package]\nname = \"app\"\nversion = \"0.1.0\"\n");
        if (locked == config.options.end() || locked->second == "true")
            writeFile(root, "Cargo.lock", "version = 4\n");
        writeFile(root, "src/main.rs", "fn main() {}\n");
    } else if (config.stack == "python") {
        if (pm == "poetry") {
            writeFile(root, "pyproject.toml");
            writeFile(root, "poetry.lock");
        } else if (pm == "uv") {
            writeFile(root, "pyproject.toml");
            writeFile(root, "uv.lock");
        } else {
            writeFile(root, "requirements.txt", "fastapi\nuvicorn\n");
        }
        writeFile(root, "app/__init__.py");
        writeFile(root, "app/main.py");
        writeFile(root, "app/wsgi.py");
    } else if (config.stack == "java") {
        // A Spring Boot project as start.spring.io lays it out, with or without the wrapper.
        const bool wrapper = !config.options.count("wrapper") || config.options.at("wrapper") == "true";
        if (pm == "maven") {
            writeFile(root, "pom.xml", "<project/>\n");
            if (wrapper) {
                writeFile(root, "mvnw", "#!/bin/sh\n");
                writeFile(root, ".mvn/wrapper/maven-wrapper.properties", "distributionType=only-script\n");
            }
        } else {
            writeFile(root, "build.gradle", "plugins { id 'java' }\n");
            writeFile(root, "settings.gradle", "rootProject.name = 'demo'\n");
            if (wrapper) {
                writeFile(root, "gradlew", "#!/bin/sh\n");
                writeFile(root, "gradle/wrapper/gradle-wrapper.properties", "distributionBase=GRADLE_USER_HOME\n");
            }
        }
        writeFile(root, "src/main/java/com/example/demo/DemoApplication.java");
        writeFile(root, "src/main/resources/application.properties");
    } else if (config.stack == "dotnet") {
        // `dotnet new web` in the project folder the preset names.
        const std::string dir = config.options.count("projectDir") ? config.options.at("projectDir") : ".";
        const std::string name = config.options.count("projectName") ? config.options.at("projectName") : "app";
        writeFile(root, dir + "/" + name + ".csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n");
        writeFile(root, dir + "/Program.cs");
        writeFile(root, dir + "/appsettings.json", "{}\n");
    } else if (config.stack == "ruby") {
        writeFile(root, "Gemfile", "source \"https://rubygems.org\"\ngem \"rails\"\n");
        writeFile(root, "Gemfile.lock", "GEM\n  specs:\n");
        writeFile(root, "bin/rails", "#!/usr/bin/env ruby\n");
        writeFile(root, "config.ru", "run Rails.application\n");
        writeFile(root, "app/controllers/application_controller.rb");
    } else if (config.stack == "deno") {
        // A `deno init --serve` project with the files the preset's options name.
        writeFile(root, option("configFile", "deno.json"), R"({"imports":{"@std/http":"jsr:@std/http@1"}})");
        if (option("locked", "true") == "true")
            writeFile(root, "deno.lock", R"({"version":"5"})");
        if (option("packageJson", "false") == "true")
            writeFile(root, "package.json", "{}\n");
        writeFile(root, option("entry", "main.ts"), "Deno.serve(() => new Response(\"hello\"));\n");
        model.startFile = option("entry", "main.ts");
    } else if (config.stack == "php") {
        writeFile(root, "composer.json", R"({"require":{"php":">=8.2"}})");
        writeFile(root, "composer.lock", "{\"packages\":[]}\n");
        writeFile(root, "public/index.php", "<?php\n");
        writeFile(root, "src/App.php", "<?php\n");
    }
    return model;
}

// What the build check says of `config`'s Dockerfile against a project written for it; ""
// when the configuration is refused (validation's reason is then the caller's to judge) or
// the Dockerfile fits.
std::string findingsFor(const Catalog &catalog, const Config &config)
{
    const Outcome<Generated> generated = generate(catalog, config);
    if (!generated)
        return {};
    QTemporaryDir project;
    const DetectionResult model = writeProject(project.path(), config);
    const CheckResult result = checkDockerfile({.dockerfile = render(generated->multiStage).text,
                                                .contextDir = project.path().toStdString(),
                                                .dockerignore = generated->dockerignore, .project = &model});
    std::string text;
    for (const CheckFinding &finding : result.findings)
        text += "\n    " + findingText(finding);
    return text;
}

// The values a combination run tries besides an option's default, as tests/lint does: a
// toggle flipped, and each other word of a pattern that only lists words.
std::vector<std::string> otherValues(const nlohmann::json &option)
{
    const std::string fallback = option["default"].get<std::string>();
    if (fallback == "true" || fallback == "false")
        return {fallback == "true" ? "false" : "true"};
    const std::string pattern = option.value("pattern", std::string());
    if (pattern.find('|') == std::string::npos)
        return {};
    static const std::regex word("[a-z0-9][a-z0-9.-]*");
    std::vector<std::string> words;
    std::stringstream parts(pattern);
    for (std::string part; std::getline(parts, part, '|');) {
        if (!std::regex_match(part, word))
            return {};
        if (part != fallback)
            words.push_back(part);
    }
    return words;
}

} // namespace

class TestBuildCheckGoldens : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
    }

    void goldenFits_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir golden(QStringLiteral(STAGECRAFT_TESTS_DIR "/golden"));
        for (const QString &name : stagecraft::testing::presetGoldenFolders())
            QTest::newRow(name.toUtf8().constData()) << golden.filePath(name);
        QVERIFY(stagecraft::testing::presetGoldenFolders().size() >= 20);
    }

    void goldenFits()
    {
        QFETCH(QString, folder);
        const Outcome<Config> config = loadPreset((folder + QStringLiteral("/preset.json")).toStdString(), m_catalog);
        QVERIFY2(config.ok(), config.error().c_str());
        const Outcome<std::string> dockerfile = readBoundedFile((folder + QStringLiteral("/Dockerfile")).toStdString());
        const Outcome<std::string> dockerignore = readBoundedFile((folder + QStringLiteral("/dockerignore")).toStdString());
        QVERIFY(dockerfile.ok() && dockerignore.ok());
        QTemporaryDir project;
        const DetectionResult model = writeProject(project.path(), config.value());
        const CheckResult result = checkDockerfile({.dockerfile = dockerfile.value(), .contextDir = project.path().toStdString(),
                                                    .dockerignore = dockerignore.value(), .project = &model});
        std::string text;
        for (const CheckFinding &finding : result.findings)
            text += findingText(finding) + "\n";
        QVERIFY2(result.findings.empty(), text.c_str());
    }

    // The contract `options --json` states, walked as tests/lint walks it: every stack x
    // package manager x language version x base x non-root x cache mounts, then each option's
    // other values on the stack's defaults (on the first base that honours them). Each
    // Dockerfile that generates fits a project of its stack and options.
    void everyOfferedCombinationFitsItsProject()
    {
        const nlohmann::json offered = stagecraft::testing::offeredOptions();
        QCOMPARE(offered["stacks"].size(), m_catalog.stacks().size());
        std::string failures;
        int checked = 0;
        const auto check = [&](const Config &config, const std::string &label) {
            if (!generate(m_catalog, config))
                return false;
            ++checked;
            if (const std::string findings = findingsFor(m_catalog, config); !findings.empty())
                failures += "\n  " + label + ":" + findings;
            return true;
        };
        for (const stagecraft::testing::Combination &combination : stagecraft::testing::offeredCombinations(m_catalog, offered))
            check(combination.config, combination.label);
        for (const auto &stack : offered["stacks"]) {
            const StackDefinition *definition = m_catalog.find(stack["id"].get<std::string>());
            QVERIFY(definition);
            for (const auto &option : stack["options"]) {
                for (const std::string &value : otherValues(option)) {
                    Config config = defaultConfig(*definition);
                    config.options[option["id"].get<std::string>()] = value;
                    bool generated = check(config, definition->id + " " + option["id"].get<std::string>() + "=" + value);
                    for (const auto &base : stack["bases"]) {
                        if (generated)
                            break;
                        config.base = base.get<std::string>();
                        generated = check(config, definition->id + " " + config.base + " " + option["id"].get<std::string>() + "=" + value);
                    }
                    if (!generated)
                        failures += "\n  " + definition->id + " " + option["id"].get<std::string>() + "=" + value + ": no base generates it";
                }
            }
        }
        QVERIFY(checked >= 1000);
        QVERIFY2(failures.empty(), failures.c_str());
    }

    // Rust projects written after public samples (tests/fixtures/rust, see SOURCES.md there):
    // with the options their files call for, every base and both cache layouts fit; the
    // locked build of a project without Cargo.lock does not.
    void rustFixturesFit_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("locked");
        QTest::addColumn<QString>("hostEnv");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("fits");
        QTest::newRow("rocket-hello") << "rocket-hello" << "hello-rocket" << "true" << "ROCKET_ADDRESS" << 8000 << true;
        QTest::newRow("axum-nolock") << "axum-nolock" << "orders" << "false" << "" << 3000 << true;
        QTest::newRow("axum-nolock, locked") << "axum-nolock" << "orders" << "true" << "" << 3000 << false;
    }

    void rustFixturesFit()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, binary);
        QFETCH(QString, locked);
        QFETCH(QString, hostEnv);
        QFETCH(int, port);
        QFETCH(bool, fits);
        const StackDefinition *rust = m_catalog.find("rust");
        QVERIFY(rust);
        for (const Choice &base : rust->bases) {
            for (bool cacheMounts : {true, false}) {
                Config config = defaultConfig(*rust);
                config.base = base.id;
                config.cacheMounts = cacheMounts;
                config.port = port;
                config.options["binary"] = binary.toStdString();
                config.options["locked"] = locked.toStdString();
                config.options["hostEnv"] = hostEnv.toStdString();
                const Outcome<Generated> generated = generate(m_catalog, config);
                QVERIFY2(generated.ok(), generated.error().c_str());
                const CheckResult result = checkDockerfile(
                    {.dockerfile = render(generated->multiStage).text,
                     .contextDir = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/rust/").toStdString() + fixture.toStdString(),
                     .dockerignore = generated->dockerignore});
                std::string text = base.id + (cacheMounts ? " with" : " without") + " cache mounts:\n";
                for (const CheckFinding &finding : result.findings)
                    text += findingText(finding) + "\n";
                QVERIFY2(result.findings.empty() == fits, text.c_str());
                if (!fits)
                    QVERIFY2(text.find("Cargo.lock") != std::string::npos, text.c_str());
            }
        }
    }

    // The same check fails once the project lacks what the golden needs.
    void aGoldenWithoutItsLockfileDoesNotFit()
    {
        const QString folder = QStringLiteral(STAGECRAFT_TESTS_DIR "/golden/node-defaults");
        const Config config = loadPreset((folder + QStringLiteral("/preset.json")).toStdString(), m_catalog).value();
        QTemporaryDir project;
        const DetectionResult model = writeProject(project.path(), config);
        QVERIFY(QFile::remove(project.path() + QStringLiteral("/package-lock.json")));
        const CheckResult result = checkDockerfile({.dockerfile = readBoundedFile((folder + QStringLiteral("/Dockerfile")).toStdString()).value(),
                                                    .contextDir = project.path().toStdString(),
                                                    .dockerignore = std::nullopt, .project = &model});
        QVERIFY(!result.findings.empty());
        QCOMPARE(result.findings.front().rule, std::string("mount-source"));
    }

    // A Maven project without the wrapper script does not fit the default (wrapper) Dockerfile.
    void aJavaGoldenWithoutItsWrapperDoesNotFit()
    {
        const QString folder = QStringLiteral(STAGECRAFT_TESTS_DIR "/golden/java-defaults");
        const Config config = loadPreset((folder + QStringLiteral("/preset.json")).toStdString(), m_catalog).value();
        QTemporaryDir project;
        const DetectionResult model = writeProject(project.path(), config);
        QVERIFY(QFile::remove(project.path() + QStringLiteral("/mvnw")));
        const CheckResult result = checkDockerfile({.dockerfile = readBoundedFile((folder + QStringLiteral("/Dockerfile")).toStdString()).value(),
                                                    .contextDir = project.path().toStdString(),
                                                    .dockerignore = std::nullopt, .project = &model});
        QVERIFY(!result.findings.empty());
        QCOMPARE(result.findings.front().rule, std::string("copy-source"));
        QVERIFY2(findingText(result.findings.front()).find("'mvnw' does not exist") != std::string::npos,
                 findingText(result.findings.front()).c_str());
    }
};

QTEST_GUILESS_MAIN(TestBuildCheckGoldens)
#include "tst_buildcheckgoldens.moc"
