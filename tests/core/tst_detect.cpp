// The project scan over the fixture trees in tests/fixtures/detect: one row per rule,
// every field asserted.
#include "catalog/catalog.h"
#include "detect/configfromdetection.h"
#include "detect/detection.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace stagecraft;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/") + QString::fromUtf8(name);
}

DetectionResult scan(const char *name, const std::string &project = {})
{
    ScanOptions options;
    options.project = project;
    return scanProject(fixture(name).toStdString(), options);
}

// A scan whose catalog holds the Go stack alone, so a Deno project finds its language
// (resources/languages.json) without a stack that declares it.
DetectionResult scanWithoutDenoStack(const char *name)
{
    static const Catalog goOnly = Catalog::loadDefaultFor("go");
    ScanOptions options;
    options.catalog = &goOnly;
    return scanProject(fixture(name).toStdString(), options);
}

bool hasEvidence(const DetectionResult &result, const std::string &file, const std::string &finding,
                 Confidence confidence)
{
    return std::any_of(result.evidence.begin(), result.evidence.end(), [&](const Evidence &evidence) {
        return evidence.file == file && evidence.finding == finding && evidence.confidence == confidence;
    });
}

std::string aboutOf(const DetectionResult &result, const std::string &file, const std::string &finding)
{
    for (const auto &evidence : result.evidence) {
        if (evidence.file == file && evidence.finding == finding)
            return evidence.about;
    }
    return "(no such evidence)";
}

QString dump(const DetectionResult &result)
{
    return QString::fromStdString(toJson(result).dump(2));
}

bool hasWarning(const DetectionResult &result, const std::string &warning)
{
    return std::find(result.warnings.begin(), result.warnings.end(), warning) != result.warnings.end();
}

} // namespace

class TestDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void nodeEvidence();
    void yarnBerryFromLockfile();
    void lockfileConflict();
    void nextStandalone();
    void nextWithoutStandalone();
    void malformedPackageJson();
    void exposeWins();
    void workspaces();
    void workspaceMember();
    void pnpmWorkspace();
    void severalGoModules();
    void goMainPackages();
    void goCgo();
    void pythonEvidence();
    void pythonWarnings();
    void badToml();
    void otherLanguages_data();
    void otherLanguages();
    void languageWithoutStack();
    void javaWithoutSpringBootIsRefused();
    void badPom();
    void phpProjects_data();
    void phpProjects();
    void pythonWithFrontend();
    void nothingFound();
    void notAFolder();
    void projectOutsideFolder();
    void jsonShape();
};

void TestDetect::fields_data()
{
    QTest::addColumn<QString>("stack");
    QTest::addColumn<QString>("packageManager");
    QTest::addColumn<QString>("languageVersion");
    QTest::addColumn<QString>("buildCommand");
    QTest::addColumn<QString>("startCommand");
    QTest::addColumn<int>("port");

    QTest::addRow("node-npm") << "node" << "npm" << "20" << "npm run build" << "node dist/server.js" << 4000;
    QTest::addRow("node-pnpm-field") << "node" << "pnpm" << "22" << "" << "tsx src/index.ts" << 0;
    QTest::addRow("node-yarn-classic") << "node" << "yarn" << "18" << "" << "node index.js" << 3001;
    QTest::addRow("node-yarn-berry") << "node" << "yarn-berry" << "" << "yarn build" << "" << 0;
    QTest::addRow("node-yarn-field") << "node" << "yarn-berry" << "20" << "" << "" << 0;
    QTest::addRow("node-bun") << "node" << "bun" << "" << "bun run build" << "" << 0;
    QTest::addRow("node-bun-text") << "node" << "bun" << "" << "" << "" << 0;
    QTest::addRow("node-nolock") << "node" << "npm" << "20" << "" << "" << 0;
    QTest::addRow("node-conflict") << "node" << "pnpm" << "" << "" << "" << 0;
    QTest::addRow("nextjs-standalone") << "nextjs" << "npm" << "" << "npm run build" << "node server.js" << 3000;
    QTest::addRow("nextjs-no-standalone") << "nextjs" << "pnpm" << "" << "pnpm run build" << "node node_modules/next/dist/bin/next start" << 3000;
    QTest::addRow("node-malformed") << "node" << "npm" << "" << "" << "" << 0;
    QTest::addRow("node-expose") << "node" << "npm" << "" << "" << "node server.js" << 5000;
    QTest::addRow("node-workspaces") << "node" << "npm" << "20" << "" << "" << 0;
    QTest::addRow("pnpm-workspace") << "node" << "pnpm" << "" << "" << "" << 0;
    QTest::addRow("go-single") << "go" << "go" << "1.22" << "go build -o hello ." << "./hello" << 8081;
    QTest::addRow("go-multi-main") << "go" << "go" << "1.23" << "" << "" << 0;
    QTest::addRow("go-cgo") << "go" << "go" << "1.22" << "go build -o server ./cmd/server" << "./server" << 0;
    QTest::addRow("python-poetry") << "python" << "poetry" << "3.11" << ""
                                   << "uvicorn app.main:app" << 8000;
    QTest::addRow("python-uv") << "python" << "uv" << "3.12" << "" << "gunicorn app:app" << 8000;
    QTest::addRow("python-django") << "python" << "pip" << "3.11" << "" << "gunicorn mysite.wsgi" << 8000;
    QTest::addRow("python-pipenv") << "python" << "pip" << "3.10" << ""
                                   << "flask --app server.app run" << 5000;
    QTest::addRow("python-pdm") << "python" << "pip" << "3.13" << "" << "python main.py" << 9000;
    QTest::addRow("python-bad-toml") << "python" << "pip" << "" << "" << "" << 8000;
    QTest::addRow("python-with-frontend") << "python" << "pip" << "" << ""
                                          << "uvicorn main:api" << 8000;
}

void TestDetect::fields()
{
    QFETCH(QString, stack);
    QFETCH(QString, packageManager);
    QFETCH(QString, languageVersion);
    QFETCH(QString, buildCommand);
    QFETCH(QString, startCommand);
    QFETCH(int, port);
    const DetectionResult result = scan(QTest::currentDataTag());
    const QString json = dump(result);
    QVERIFY2(!result.cancelled, qPrintable(json));
    QCOMPARE(QString::fromStdString(result.stack), stack);
    QCOMPARE(QString::fromStdString(result.reason), QString());
    QCOMPARE(QString::fromStdString(result.packageManager), packageManager);
    QCOMPARE(QString::fromStdString(result.languageVersion), languageVersion);
    QCOMPARE(QString::fromStdString(result.buildCommand), buildCommand);
    QCOMPARE(QString::fromStdString(result.startCommand), startCommand);
    QCOMPARE(result.port, port);
}

void TestDetect::nodeEvidence()
{
    const DetectionResult result = scan("node-npm");
    QCOMPARE(result.language, std::string("node"));
    QVERIFY(hasEvidence(result, "package.json", "package.json", Confidence::Certain));
    QVERIFY(hasEvidence(result, "package-lock.json", "lockfile package-lock.json", Confidence::Certain));
    QVERIFY(hasEvidence(result, ".nvmrc", "Node v20.11.1", Confidence::Certain));
    QVERIFY(hasEvidence(result, "package.json", "scripts.build: \"tsc -p .\"", Confidence::Certain));
    QVERIFY(hasEvidence(result, "package.json", "scripts.start: \"node dist/server.js\"", Confidence::Certain));
    QVERIFY(hasEvidence(result, "tsconfig.json", "compilerOptions.outDir: \"./dist/\"", Confidence::Certain));
    QVERIFY(hasEvidence(result, "src/server.ts", "listens on 4000 by default", Confidence::Guess));
    QVERIFY(hasEvidence(result, "package-lock.json", "package-lock.json exists", Confidence::Certain));
    QVERIFY(hasEvidence(result, "tsconfig.json", "the build writes dist/", Confidence::Likely));
    QVERIFY(hasEvidence(result, "package.json", "the start command runs dist/server.js", Confidence::Certain));
    QCOMPARE(result.evidence.size(), std::size_t(10));
    QCOMPARE(aboutOf(result, "package.json", "package.json"), std::string("stack"));
    QCOMPARE(aboutOf(result, "package-lock.json", "lockfile package-lock.json"), std::string("packageManager"));
    QCOMPARE(aboutOf(result, ".nvmrc", "Node v20.11.1"), std::string("languageVersion"));
    QCOMPARE(aboutOf(result, "package.json", "scripts.build: \"tsc -p .\""), std::string("buildCommand"));
    QCOMPARE(aboutOf(result, "package.json", "scripts.start: \"node dist/server.js\""), std::string("startCommand"));
    QCOMPARE(aboutOf(result, "tsconfig.json", "compilerOptions.outDir: \"./dist/\""), std::string());
    QCOMPARE(aboutOf(result, "src/server.ts", "listens on 4000 by default"), std::string("port"));
    QCOMPARE(aboutOf(result, "package-lock.json", "package-lock.json exists"), std::string("files"));
    QCOMPARE(aboutOf(result, "tsconfig.json", "the build writes dist/"), std::string("buildOutput"));
    QCOMPARE(aboutOf(result, "package.json", "the start command runs dist/server.js"), std::string("startFile"));
    QCOMPARE(result.files, std::vector<std::string>{"package-lock.json"});
    QCOMPARE(result.buildOutputs, std::vector<std::string>{"dist/"});
    QCOMPARE(result.startFile, std::string("dist/server.js"));
    QCOMPARE(result.options.at("outputDir"), std::string("dist"));
    QVERIFY(result.portIsGuess);
    QVERIFY2(result.warnings.empty(), qPrintable(dump(result)));
    QVERIFY(result.projects.empty());

    const DetectionResult field = scan("node-pnpm-field");
    QVERIFY(hasEvidence(field, "package.json", "\"packageManager\": \"pnpm@9.1.0\"", Confidence::Certain));
    QVERIFY(hasEvidence(field, ".node-version", "Node 22.2.0", Confidence::Certain));
    QVERIFY(hasEvidence(field, "package.json", "scripts.start: \"tsx src/index.ts\"", Confidence::Certain));

    const DetectionResult classic = scan("node-yarn-classic");
    QVERIFY(hasEvidence(classic, ".tool-versions", "nodejs 18.19.0", Confidence::Certain));
    QVERIFY(hasEvidence(classic, "package.json", "main: \"index.js\"", Confidence::Likely));
    QVERIFY(hasEvidence(classic, "index.js", "listens on 3001 by default", Confidence::Guess));

    const DetectionResult volta = scan("node-nolock");
    QVERIFY(hasEvidence(volta, "package.json", "no lockfile; npm is the default", Confidence::Guess));
    QVERIFY(hasEvidence(volta, "package.json", "volta.node \"20.12.2\"", Confidence::Certain));
    QVERIFY(hasWarning(volta, "No lockfile found: dependency versions are not pinned; commit the lockfile of your package manager"));

    const DetectionResult yarnField = scan("node-yarn-field");
    QVERIFY(hasEvidence(yarnField, "package.json", "\"packageManager\": \"yarn@4.1.1\"", Confidence::Certain));
    QVERIFY(hasEvidence(yarnField, "package.json", "engines.node \"^20.10.0\"", Confidence::Likely));

    QVERIFY(hasEvidence(scan("node-bun"), "bun.lockb", "lockfile bun.lockb", Confidence::Certain));
    QVERIFY(hasEvidence(scan("node-bun-text"), "bun.lock", "lockfile bun.lock", Confidence::Certain));
}

void TestDetect::yarnBerryFromLockfile()
{
    const DetectionResult result = scan("node-yarn-berry");
    QVERIFY(hasEvidence(result, "yarn.lock", "lockfile yarn.lock (Yarn Berry)", Confidence::Certain));
    QVERIFY(result.warnings.empty());
}

void TestDetect::lockfileConflict()
{
    const DetectionResult result = scan("node-conflict");
    QCOMPARE(result.warnings, std::vector<std::string>{
        "package-lock.json: lockfile of npm while the project uses pnpm; delete the stale lockfile"});
}

void TestDetect::nextStandalone()
{
    const DetectionResult result = scan("nextjs-standalone");
    QCOMPARE(result.options.at("nextStandalone"), std::string("true"));
    QVERIFY(hasEvidence(result, "package.json", "Next.js project (next)", Confidence::Likely));
    QVERIFY(hasEvidence(result, "next.config.mjs", "output: 'standalone'", Confidence::Certain));
    QVERIFY(hasEvidence(result, "package.json", "Next.js listens on 3000 by default", Confidence::Guess));
    QVERIFY2(result.warnings.empty(), qPrintable(dump(result)));
}

void TestDetect::nextWithoutStandalone()
{
    const DetectionResult result = scan("nextjs-no-standalone");
    QCOMPARE(result.options.at("nextStandalone"), std::string("false"));
    QCOMPARE(result.warnings, std::vector<std::string>{
        "next.config.js does not set output: 'standalone'; add output: 'standalone' to the exported config so "
        "the image ships .next/standalone instead of all of node_modules"});
}

void TestDetect::malformedPackageJson()
{
    const DetectionResult result = scan("node-malformed");
    QCOMPARE(result.warnings.size(), std::size_t(1));
    QCOMPARE(result.warnings.front(),
             std::string("package.json: malformed JSON at line 3, column 31 (syntax error while parsing object key - "
                         "unexpected ','; expected string literal); ignored"));
    // The lockfile still counts although the manifest is unreadable.
    QVERIFY(hasEvidence(result, "package-lock.json", "lockfile package-lock.json", Confidence::Certain));
}

void TestDetect::exposeWins()
{
    const DetectionResult result = scan("node-expose");
    QCOMPARE(result.port, 5000);
    QVERIFY(!result.portIsGuess);
    QVERIFY(hasEvidence(result, "Dockerfile", "EXPOSE 5000", Confidence::Likely));
}

void TestDetect::workspaces()
{
    const DetectionResult result = scan("node-workspaces");
    QCOMPARE(result.projects.size(), std::size_t(2));
    QCOMPARE(result.projects[0], (DetectedProject{"packages/api", "node", "node", "@mono/api"}));
    QCOMPARE(result.projects[1], (DetectedProject{"packages/web", "nextjs", "node", "@mono/web"}));
    QVERIFY(hasEvidence(result, ".nvmrc", "Node lts/iron", Confidence::Certain));
    QVERIFY(hasWarning(result, "This folder holds 2 projects (see projects): scan one of them to build it on its own"));
}

void TestDetect::workspaceMember()
{
    const DetectionResult result = scan("node-workspaces", "./packages/api/");
    QCOMPARE(result.project, std::string("packages/api"));
    QCOMPARE(result.stack, std::string("node"));
    QCOMPARE(result.packageManager, std::string("npm"));
    QCOMPARE(result.languageVersion, std::string("20"));
    QCOMPARE(result.startCommand, std::string("node src/index.js"));
    QCOMPARE(result.port, 7000);
    // Paths stay relative to the folder: the lockfile is shared at the top.
    QVERIFY(hasEvidence(result, "package-lock.json", "lockfile package-lock.json", Confidence::Certain));
    QVERIFY(hasEvidence(result, "packages/api/package.json", "package.json", Confidence::Certain));
    QVERIFY(hasEvidence(result, "packages/api/src/index.js", "listens on 7000 by default", Confidence::Guess));
    QCOMPARE(result.projects.size(), std::size_t(2));
    QVERIFY2(result.warnings.empty(), qPrintable(dump(result)));

    const DetectionResult web = scan("node-workspaces", "packages/web");
    QCOMPARE(web.stack, std::string("nextjs"));
    QCOMPARE(web.port, 3000);
}

void TestDetect::pnpmWorkspace()
{
    const DetectionResult result = scan("pnpm-workspace");
    QCOMPARE(result.projects.size(), std::size_t(2));
    QCOMPARE(result.projects[0], (DetectedProject{"apps/admin", "node", "node", "admin"}));
    QCOMPARE(result.projects[1], (DetectedProject{"apps/shop", "node", "node", "shop"}));
}

void TestDetect::severalGoModules()
{
    const DetectionResult result = scan("multi-go");
    QCOMPARE(result.stack, std::string());
    QCOMPARE(result.reason, std::string("no project at the top of this folder; it holds 2 projects: scan one of them"));
    QCOMPARE(result.projects.size(), std::size_t(2));
    QCOMPARE(result.projects[0], (DetectedProject{"services/api", "go", "go", "example.com/api"}));
    QCOMPARE(result.projects[1], (DetectedProject{"services/worker", "go", "go", "example.com/worker"}));

    const DetectionResult api = scan("multi-go", "services/api");
    QCOMPARE(api.stack, std::string("go"));
    QCOMPARE(api.buildCommand, std::string("go build -o api ."));
    QVERIFY(hasEvidence(api, "services/api/go.mod", "module example.com/api", Confidence::Certain));
}

void TestDetect::goMainPackages()
{
    const DetectionResult single = scan("go-single");
    QCOMPARE(single.mainPackages, std::vector<std::string>{"."});
    QCOMPARE(single.options.at("mainPackage"), std::string("."));
    QVERIFY(hasEvidence(single, "go.mod", "module example.com/hello", Confidence::Certain));
    QVERIFY(hasEvidence(single, "go.mod", "go 1.22.3", Confidence::Certain));
    QVERIFY(hasEvidence(single, "main.go", "package main", Confidence::Certain));
    QVERIFY(hasEvidence(single, "main.go", "listens on 8081", Confidence::Guess));
    QVERIFY2(single.warnings.empty(), qPrintable(dump(single)));

    const DetectionResult multi = scan("go-multi-main");
    QCOMPARE(multi.mainPackages, (std::vector<std::string>{"./cmd/api", "./cmd/worker"}));
    QCOMPARE(multi.options.count("mainPackage"), std::size_t(0));
    QVERIFY(hasEvidence(multi, "go.mod", "toolchain go1.23.2", Confidence::Certain));
    QVERIFY(hasEvidence(multi, "cmd/api/main.go", "package main", Confidence::Certain));
    QCOMPARE(multi.warnings, std::vector<std::string>{
        "Several main packages (./cmd/api, ./cmd/worker): choose the one this image runs"});
}

void TestDetect::goCgo()
{
    const DetectionResult result = scan("go-cgo");
    QCOMPARE(result.options.at("cgo"), std::string("true"));
    QVERIFY(hasEvidence(result, "internal/native/native.go", "import \"C\" (cgo)", Confidence::Certain));
    QCOMPARE(result.warnings, std::vector<std::string>{
        "The project uses cgo: a scratch or static distroless base cannot run it; build with CGO_ENABLED=0 if "
        "the code allows, or pick a base with libc (slim, distroless/base)"});
}

void TestDetect::pythonEvidence()
{
    const DetectionResult poetry = scan("python-poetry");
    QVERIFY(hasEvidence(poetry, "poetry.lock", "lockfile poetry.lock", Confidence::Certain));
    QVERIFY(hasEvidence(poetry, "pyproject.toml", "tool.poetry.dependencies.python \"^3.11\"", Confidence::Likely));
    QVERIFY(hasEvidence(poetry, "pyproject.toml", "dependency fastapi", Confidence::Likely));
    QVERIFY(hasEvidence(poetry, "app/main.py", "app = FastAPI()", Confidence::Likely));

    const DetectionResult uv = scan("python-uv");
    QVERIFY(hasEvidence(uv, "uv.lock", "lockfile uv.lock", Confidence::Certain));
    QVERIFY(hasEvidence(uv, ".python-version", "Python 3.12.4", Confidence::Certain));
    QVERIFY(hasEvidence(uv, "pyproject.toml", "dependency gunicorn", Confidence::Likely));
    QVERIFY2(uv.warnings.empty(), qPrintable(dump(uv)));

    const DetectionResult django = scan("python-django");
    QCOMPARE(django.options.at("wsgiModule"), std::string("mysite.wsgi"));
    QVERIFY(hasEvidence(django, "requirements.txt", "requirements.txt", Confidence::Certain));
    QVERIFY(hasEvidence(django, "runtime.txt", "python-3.11.9", Confidence::Certain));
    QVERIFY(hasEvidence(django, "mysite/wsgi.py", "Django WSGI module mysite.wsgi", Confidence::Certain));
    QVERIFY2(django.warnings.empty(), qPrintable(dump(django)));
}

void TestDetect::pythonWarnings()
{
    QCOMPARE(scan("python-pipenv").warnings, (std::vector<std::string>{
        "Pipenv is not a package manager Stagecraft supports yet: run \"pipenv requirements > requirements.txt\" and commit it",
        "The gunicorn package is not a dependency: Flask's development server is not for production; add it"}));
    const DetectionResult pdm = scan("python-pdm");
    QCOMPARE(pdm.warnings, std::vector<std::string>{
        "PDM is not a package manager Stagecraft supports yet: pip installs the project without pdm.lock; export "
        "pinned versions with \"pdm export -o requirements.txt\""});
    QVERIFY(hasEvidence(pdm, "pyproject.toml", "requires-python \"~=3.13.0\"", Confidence::Likely));
}

void TestDetect::badToml()
{
    const DetectionResult result = scan("python-bad-toml");
    QCOMPARE(result.warnings.size(), std::size_t(1));
    const std::string &warning = result.warnings.front();
    QVERIFY2(warning.rfind("pyproject.toml: malformed TOML at line 3, column ", 0) == 0, warning.c_str());
    QVERIFY2(warning.size() > 9 && warning.compare(warning.size() - 9, 9, "; ignored") == 0, warning.c_str());
    QVERIFY(hasEvidence(result, "requirements.txt", "dependency fastapi", Confidence::Likely));
}

// The languages that have a stack of their own now: the stack's detection data names it, its
// package manager and version, with the evidence a user reads.
void TestDetect::otherLanguages_data()
{
    QTest::addColumn<QString>("stack");
    QTest::addColumn<QString>("packageManager");
    QTest::addColumn<QString>("languageVersion");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("evidenceFile");
    QTest::addColumn<QString>("evidenceFinding");

    QTest::addRow("rust") << "rust" << "cargo" << "1.75" << 0 << "Cargo.toml"
                          << "rust-version \"1.75\" (the oldest Rust it builds with)";
    QTest::addRow("java-maven") << "java" << "maven" << "21" << 8080 << "pom.xml" << "<java.version>21";
    // Java 8 is older than any the stack offers: no version is taken from it.
    QTest::addRow("java-maven-legacy") << "java" << "maven" << "" << 0 << "pom.xml" << "pom.xml: Maven";
    QTest::addRow("java-gradle") << "java" << "gradle" << "17" << 0 << "build.gradle.kts" << "toolchain languageVersion 17";
    QTest::addRow("dotnet") << "dotnet" << "nuget" << "8.0" << 8080 << "Api.csproj"
                            << "<TargetFrameworks>net6.0;net8.0 (the newest is published)";
}

void TestDetect::otherLanguages()
{
    QFETCH(QString, stack);
    QFETCH(QString, packageManager);
    QFETCH(QString, languageVersion);
    QFETCH(int, port);
    QFETCH(QString, evidenceFile);
    QFETCH(QString, evidenceFinding);
    const DetectionResult result = scan(QTest::currentDataTag());
    QCOMPARE(QString::fromStdString(result.stack), stack);
    QCOMPARE(QString::fromStdString(result.language), stack);
    QCOMPARE(QString::fromStdString(result.reason), QString());
    QCOMPARE(QString::fromStdString(result.languageVersion), languageVersion);
    QCOMPARE(QString::fromStdString(result.packageManager), packageManager);
    QCOMPARE(result.port, port);
    QVERIFY2(hasEvidence(result, evidenceFile.toStdString(), evidenceFinding.toStdString(), Confidence::Certain)
                 || hasEvidence(result, evidenceFile.toStdString(), evidenceFinding.toStdString(), Confidence::Likely),
             qPrintable(dump(result)));
    QVERIFY2(result.warnings.empty(), qPrintable(dump(result)));
}

// The java template ships Spring Boot jars: a Maven or Gradle project that names no Spring
// Boot plugin or parent gets the reason instead of a Dockerfile whose jar would not start.
void TestDetect::javaWithoutSpringBootIsRefused()
{
    const Catalog catalog = Catalog::loadDefault();
    const DetectionResult plain = scan("java-gradle");
    QVERIFY2(plain.refusal.rfind("a Java project without Spring Boot", 0) == 0, qPrintable(dump(plain)));
    QVERIFY2(hasEvidence(plain, "build.gradle.kts", "build.gradle.kts names no Spring Boot plugin or parent", Confidence::Certain),
             qPrintable(dump(plain)));
    const Outcome<Config> refused = configFromDetection(plain, catalog);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), plain.refusal);
    // A Spring Boot starter alone builds a plain jar too: the Boot plugin or parent repackages it.
    QVERIFY(!scan("java-maven").refusal.empty());
    const DetectionResult boot = scanProject(STAGECRAFT_TESTS_DIR "/fixtures/projects/java-maven-petclinic");
    QCOMPARE(boot.refusal, std::string());
    QVERIFY(configFromDetection(boot, catalog).ok());
}

// A language with no stack yet is named, with the reason, and nothing is guessed for it.
void TestDetect::languageWithoutStack()
{
    QVERIFY(!Catalog::loadDefaultFor("go").find("deno"));
    const DetectionResult result = scanWithoutDenoStack("deno");
    QCOMPARE(result.stack, std::string());
    QCOMPARE(result.language, std::string("deno"));
    QCOMPARE(result.reason, std::string("Deno project found; Stagecraft has no Deno stack yet"));
    QCOMPARE(result.languageVersion, std::string("2.5"));
    QVERIFY2(hasEvidence(result, ".dvmrc", "Deno 2.5.4", Confidence::Certain), qPrintable(dump(result)));
}

// PHP: Composer, the PHP version from require.php, the framework's layout and the
// extensions composer.json requires that the official images lack.
void TestDetect::phpProjects_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("languageVersion");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("extensions");
    QTest::addRow("php") << "detect/php" << "8.2" << "laravel" << "";
    QTest::addRow("laravel") << "projects/php-laravel" << "8.2" << "laravel" << "";
    // ext-ctype and ext-iconv are compiled into every official image.
    QTest::addRow("symfony") << "projects/php-symfony" << "8.2" << "symfony" << "";
    // ext-mbstring is compiled in too; pdo_mysql and intl are not.
    QTest::addRow("plain") << "projects/php-pdo-mysql" << "8.3" << "none" << "intl pdo_mysql";
}

void TestDetect::phpProjects()
{
    QFETCH(QString, folder);
    QFETCH(QString, languageVersion);
    QFETCH(QString, framework);
    QFETCH(QString, extensions);
    const DetectionResult result = scanProject(QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/").append(folder).toStdString());
    QCOMPARE(QString::fromStdString(result.stack), QStringLiteral("php"));
    QCOMPARE(QString::fromStdString(result.language), QStringLiteral("php"));
    QCOMPARE(QString::fromStdString(result.packageManager), QStringLiteral("composer"));
    QCOMPARE(QString::fromStdString(result.languageVersion), languageVersion);
    QCOMPARE(QString::fromStdString(result.options.at("framework")), framework);
    const auto found = result.options.find("extensions");
    QCOMPARE(found == result.options.end() ? QString() : QString::fromStdString(found->second), extensions);
    QCOMPARE(result.port, 9000);
    QVERIFY2(hasEvidence(result, "composer.lock", "lockfile composer.lock", Confidence::Certain), qPrintable(dump(result)));
    QVERIFY2(result.warnings.empty(), qPrintable(dump(result)));
}

void TestDetect::badPom()
{
    const DetectionResult result = scan("java-maven-bad");
    QCOMPARE(result.stack, std::string("java"));
    QCOMPARE(result.languageVersion, std::string());
    QCOMPARE(result.warnings, std::vector<std::string>{
        "pom.xml: malformed XML at line 4, column 14 (Opening and ending tag mismatch.); ignored"});
}

void TestDetect::pythonWithFrontend()
{
    const DetectionResult result = scan("python-with-frontend");
    QCOMPARE(result.warnings, std::vector<std::string>{
        "package.json is here too (front-end assets?); the scan follows the python project"});
}

void TestDetect::nothingFound()
{
    const DetectionResult result = scan("nothing");
    QCOMPARE(result.stack, std::string());
    QCOMPARE(result.language, std::string());
    // The list comes from the installed stacks' and languages' detection data, highest
    // precedence first, so it grows with every stack.
    QVERIFY2(result.reason.rfind("no project found: none of go.mod, pyproject.toml, ", 0) == 0, result.reason.c_str());
    for (const char *manifest : {"requirements*.txt", "Pipfile", "Cargo.toml", "pom.xml", "build.gradle", "*.csproj",
                                 "composer.json", "config.ru", "deno.json", "package.json"})
        QVERIFY2(result.reason.find(std::string(" ") + manifest + ",") != std::string::npos
                     || result.reason.ends_with(std::string(" ") + manifest),
                 manifest);
    QVERIFY(result.evidence.empty());
    QVERIFY(result.projects.empty());
}

void TestDetect::notAFolder()
{
    const std::string file = fixture("nothing/README.md").toStdString();
    const DetectionResult result = scanProject(file);
    QCOMPARE(result.reason, "not a folder: " + file);
    QCOMPARE(result.filesSeen, std::size_t(0));
}

void TestDetect::projectOutsideFolder()
{
    ScanOptions options;
    options.project = "../node-npm";
    const DetectionResult result = scanProject(fixture("multi-go").toStdString(), options);
    QCOMPARE(result.stack, std::string());
    QCOMPARE(result.reason, "no project folder \"../node-npm\" inside " + fixture("multi-go").toStdString());
}

void TestDetect::jsonShape()
{
    const nlohmann::json json = toJson(scan("go-single"));
    const nlohmann::json expected = {
        {"stack", "go"},
        {"reason", nullptr},
        {"packageManager", "go"},
        {"languageVersion", "1.22"},
        {"buildCommand", "go build -o hello ."},
        {"startCommand", "./hello"},
        {"port", 8081},
        {"files", {"go.mod", "go.sum"}},
        {"buildOutputs", nlohmann::json::array()},
        {"startFile", "main.go"},
        {"bindAddress", "0.0.0.0"},
        {"bindSetting", nullptr},
        {"refusal", nullptr},
        {"projects", nlohmann::json::array()},
        {"evidence", nlohmann::json::array({
            {{"file", "go.mod"}, {"finding", "module example.com/hello"}, {"confidence", "certain"}},
            {{"file", "go.mod"}, {"finding", "go 1.22.3"}, {"confidence", "certain"}},
            {{"file", "go.mod"}, {"finding", "Go modules"}, {"confidence", "certain"}},
            {{"file", "go.mod"}, {"finding", "go.mod exists"}, {"confidence", "certain"}},
            {{"file", "go.sum"}, {"finding", "go.sum exists"}, {"confidence", "certain"}},
            {{"file", "main.go"}, {"finding", "package main"}, {"confidence", "certain"}},
            {{"file", "main.go"}, {"finding", "package main: the binary is built from ."}, {"confidence", "certain"}},
            {{"file", "main.go"}, {"finding", "listens on 8081"}, {"confidence", "guess"}},
            {{"file", "main.go"}, {"finding", "listens on 0.0.0.0"}, {"confidence", "likely"}},
        })},
        {"warnings", nlohmann::json::array()},
    };
    QCOMPARE(QString::fromStdString(json.dump(2)), QString::fromStdString(expected.dump(2)));

    const nlohmann::json deno = toJson(scanWithoutDenoStack("deno"));
    QVERIFY(deno["stack"].is_null());
    QCOMPARE(deno["reason"].get<std::string>(), std::string("Deno project found; Stagecraft has no Deno stack yet"));
    QVERIFY(deno["packageManager"].is_null());
    QCOMPARE(deno["languageVersion"].get<std::string>(), std::string("2.5"));
    QVERIFY(deno["port"].is_null());
    const nlohmann::json denoStack = toJson(scan("deno"));
    QCOMPARE(denoStack["stack"].get<std::string>(), std::string("deno"));
    QCOMPARE(denoStack["packageManager"].get<std::string>(), std::string("deno"));
    QCOMPARE(denoStack["startCommand"].get<std::string>(), std::string("deno run --allow-net main.ts"));
    QCOMPARE(denoStack["port"].get<int>(), 8000);

    const nlohmann::json multi = toJson(scan("multi-go"));
    QCOMPARE(multi["projects"].dump(), std::string(
        R"([{"language":"go","name":"example.com/api","path":"services/api","stack":"go"},)"
        R"({"language":"go","name":"example.com/worker","path":"services/worker","stack":"go"}])"));
}

QTEST_GUILESS_MAIN(TestDetect)
#include "tst_detect.moc"
