// Every golden Dockerfile passes the build check against a project of its stack: the
// context is what such a project has (manifest, lockfile, sources), never derived from
// the Dockerfile itself, so a golden that copies something projects lack is a finding.
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "config/config.h"
#include "io/boundedfile.h"
#include "../support/golden.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    if (config.stack == "node" || config.stack == "nextjs" || config.stack == "static") {
        writeFile(root, lockfileOf(pm), "{}\n");
        if (pm == "yarn-berry") {
            writeFile(root, ".yarnrc.yml", "yarnPath: .yarn/releases/yarn-4.18.1.cjs\n");
            writeFile(root, ".yarn/releases/yarn-4.18.1.cjs");
        }
        const std::string run = pm == "npm" ? "npm run" : pm == "yarn-berry" ? "yarn run" : pm + " run";
        if (config.stack == "nextjs") {
            writeFile(root, "package.json", R"({"scripts":{"build":"next build","start":"next start"}})");
            const auto option = [&config](const char *id, const char *otherwise) {
                const auto found = config.options.find(id);
                return found == config.options.end() ? std::string(otherwise) : found->second;
            };
            if (option("nextStandalone", "true") == "true")
                writeFile(root, "next.config.mjs", "export default { output: 'standalone' };\n");
            else
                writeFile(root, option("nextConfig", "next.config.mjs"), "export default {};\n");
            writeFile(root, "app/page.tsx");
            writeFile(root, "public/favicon.ico");
            model.buildCommand = run + " build";
            model.buildOutputs = {".next/"};
            model.startFile = "server.js";
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
        } else if (config.options.count("runtimeLayout") && config.options.at("runtimeLayout") == "output") {
            writeFile(root, "package.json", R"({"scripts":{"build":"nuxt build"}})");
            writeFile(root, "nuxt.config.ts", "export default defineNuxtConfig({});\n");
            writeFile(root, "app/app.vue");
            model.buildCommand = run + " build";
            model.buildOutputs = {".output/"};
            model.startFile = ".output/server/index.mjs";
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
        const auto option = [&config](const char *id, const char *otherwise) {
            const auto found = config.options.find(id);
            return found == config.options.end() ? std::string(otherwise) : found->second;
        };
        if (option("locked", "true") == "true")
            writeFile(root, option("bunLockfile", "bun.lock"), "{}\n");
        if (option("bunfig", "false") == "true")
            writeFile(root, "bunfig.toml", "[install]\n");
        if (option("npmrc", "false") == "true")
            writeFile(root, ".npmrc", "@acme:registry=https://npm.example.com/\n");
        if (option("patches", "false") == "true")
            writeFile(root, "patches/left-pad@1.3.0.patch");
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
    } else if (config.stack == "ruby") {
        writeFile(root, "Gemfile", "source \"https://rubygems.org\"\ngem \"rails\"\n");
        writeFile(root, "Gemfile.lock", "GEM\n  specs:\n");
        writeFile(root, "bin/rails", "#!/usr/bin/env ruby\n");
        writeFile(root, "config.ru", "run Rails.application\n");
        writeFile(root, "app/controllers/application_controller.rb");
    } else if (config.stack == "php") {
        writeFile(root, "composer.json", R"({"require":{"php":">=8.2"}})");
        writeFile(root, "composer.lock", "{\"packages\":[]}\n");
        writeFile(root, "public/index.php", "<?php\n");
        writeFile(root, "src/App.php", "<?php\n");
    }
    return model;
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
};

QTEST_GUILESS_MAIN(TestBuildCheckGoldens)
#include "tst_buildcheckgoldens.moc"
