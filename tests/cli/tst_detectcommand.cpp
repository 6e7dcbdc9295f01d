// `stagecraft detect` run in-process with injected streams; exact output.
#include "cli/cli.h"
#include "clirun.h"

#include "catalog/catalog.h"
#include "config/config.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace stagecraft;

namespace {

using Run = testing::CliRun;

Run run(const QStringList &args)
{
    return testing::runCliCapturing(args);
}

QString fixture(const char *name)
{
    return QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/") + QString::fromUtf8(name);
}

} // namespace

class TestDetectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanReport();
    void otherFindingsProjectsWarnings();
    void denoStack();
    void json();
    void jsonProject();
    void badInput_data();
    void badInput();
    void listedInHelp();
    void generateFromProject();
    void generateAsksForWhatTheScanCouldNotTell();
    void generateFlagsWin();
    void startCommandAnswersTheRefusalThatAsksForIt();
    void choosingTheScannedStackAnswersItsRefusal();
    void generateProjectErrors_data();
    void generateProjectErrors();
};

void TestDetectCommand::humanReport()
{
    const Run result = run({QStringLiteral("detect"), fixture("nextjs-standalone")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral(
        "stack: nextjs\n"
        "  likely   package.json: Next.js project (next)\n"
        "  likely   next.config.mjs: Next.js config\n"
        "package manager: npm\n"
        "  certain  package-lock.json: lockfile package-lock.json\n"
        "language version: (not found)\n"
        "build command: npm run build\n"
        "  certain  package.json: scripts.build: \"next build\"\n"
        "start command: node server.js\n"
        "  likely   package.json: Next.js standalone output starts with server.js\n"
        "port: 3000\n"
        "  guess    package.json: Next.js listens on 3000 by default\n"
        "files: next.config.mjs, package-lock.json\n"
        "  certain  package-lock.json: package-lock.json exists\n"
        "  certain  next.config.mjs: next.config.mjs exists\n"
        "build output: .next/\n"
        "  certain  package.json: next build writes .next/\n"
        "start file: .next/standalone/server.js\n"
        "  likely   package.json: the standalone build writes .next/standalone/server.js\n"
        "listen address: 0.0.0.0 (set by env:HOSTNAME)\n"
        "  likely   package.json: Next.js reads PORT and HOSTNAME\n"
        "other findings:\n"
        "  certain  next.config.mjs: output: 'standalone'\n"));
}

void TestDetectCommand::otherFindingsProjectsWarnings()
{
    const Run result = run({QStringLiteral("detect"), fixture("node-workspaces")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral(
        "stack: node\n"
        "  certain  package.json: package.json\n"
        "package manager: npm\n"
        "  certain  package-lock.json: lockfile package-lock.json\n"
        "language version: 20\n"
        "  certain  .nvmrc: Node lts/iron\n"
        "build command: (not found)\n"
        "start command: (not found)\n"
        "port: (not found)\n"
        "files: package-lock.json\n"
        "  certain  package-lock.json: package-lock.json exists\n"
        "projects:\n"
        "  packages/api (node, @mono/api)\n"
        "  packages/web (nextjs, @mono/web)\n"
        "warnings:\n"
        "  - This folder holds 2 projects (see projects): scan one of them to build it on its own\n"));
}

void TestDetectCommand::denoStack()
{
    // The Deno stack's detection data replaces the language entry that named Deno without a
    // stack; tst_detect and tst_detectconfig keep that case with a catalog lacking the stack.
    const Run result = run({QStringLiteral("detect"), fixture("deno")});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral(
                 "stack: deno\n"
                 "  certain  deno.json: deno.json\n"
                 "package manager: deno\n"
                 "  certain  deno.json: deno.json (Deno)\n"
                 "language version: 2.5\n"
                 "  likely   .dvmrc: Deno 2.5.4 (.dvmrc, a version manager's file)\n"
                 "build command: (not found)\n"
                 "start command: deno run --allow-net main.ts\n"
                 "  certain  deno.json: task start: deno run --allow-net main.ts\n"
                 "port: 8000\n"
                 "  likely   main.ts: Deno.serve({ port: 8000 })\n")),
             qPrintable(result.out));
}

void TestDetectCommand::json()
{
    const Run result = run({QStringLiteral("detect"), fixture("python-django"), QStringLiteral("--json")});
    QCOMPARE(result.err, QString());
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.endsWith(QLatin1Char('\n')));
    const nlohmann::json json = nlohmann::json::parse(result.out.toStdString());
    const nlohmann::json expected = {
        {"stack", "python"},
        {"reason", nullptr},
        {"packageManager", "pip"},
        {"languageVersion", "3.11"},
        {"buildCommand", nullptr},
        {"startCommand", "gunicorn mysite.wsgi"},
        {"port", 8000},
        {"files", {"manage.py", "requirements.txt"}},
        {"buildOutputs", nlohmann::json::array()},
        {"startFile", "mysite/wsgi.py"},
        {"bindAddress", "127.0.0.1"},
        {"bindSetting", "flag:-b"},
        {"refusal", nullptr},
        {"projects", nlohmann::json::array()},
        {"evidence", nlohmann::json::array({
            {{"file", "requirements.txt"}, {"finding", "requirements.txt"}, {"confidence", "certain"}},
            {{"file", "requirements.txt"}, {"finding", "requirements.txt"}, {"confidence", "certain"}},
            {{"file", "runtime.txt"}, {"finding", "python-3.11.9"}, {"confidence", "certain"}},
            {{"file", "manage.py"}, {"finding", "manage.py exists"}, {"confidence", "certain"}},
            {{"file", "requirements.txt"}, {"finding", "requirements.txt exists"}, {"confidence", "certain"}},
            {{"file", "requirements.txt"}, {"finding", "dependency django"}, {"confidence", "likely"}},
            {{"file", "mysite/wsgi.py"}, {"finding", "Django WSGI module mysite.wsgi"}, {"confidence", "certain"}},
            {{"file", "mysite/settings.py"}, {"finding", "WSGI_APPLICATION mysite.wsgi.application"}, {"confidence", "certain"}},
            {{"file", "mysite/wsgi.py"}, {"finding", "the start command runs mysite/wsgi.py"}, {"confidence", "certain"}},
            {{"file", "mysite/settings.py"}, {"finding", "gunicorn listens on 8000"}, {"confidence", "guess"}},
            {{"file", "mysite/settings.py"}, {"finding", "gunicorn binds 127.0.0.1 (flag:-b)"}, {"confidence", "likely"}},
            {{"file", "requirements.txt"}, {"finding", "dependency gunicorn"}, {"confidence", "likely"}},
        })},
        {"warnings", nlohmann::json::array()},
        {"schemaVersion", 1},
    };
    QCOMPARE(QString::fromStdString(json.dump(2)), QString::fromStdString(expected.dump(2)));
}

void TestDetectCommand::jsonProject()
{
    const Run result = run({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--project"),
                            QStringLiteral("services/worker"), fixture("multi-go")});
    QCOMPARE(result.code, 0);
    const nlohmann::json json = nlohmann::json::parse(result.out.toStdString());
    QCOMPARE(json["stack"].get<std::string>(), std::string("go"));
    QCOMPARE(json["buildCommand"].get<std::string>(), std::string("go build -o worker ."));
    QCOMPARE(json["evidence"][0]["file"].get<std::string>(), std::string("services/worker/go.mod"));
    QCOMPARE(json["projects"].size(), std::size_t(2));
}

void TestDetectCommand::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString file = fixture("nothing/README.md");
    QTest::addRow("missing dir") << QStringList{QStringLiteral("detect")}
                                 << QStringLiteral("stagecraft detect: missing DIR (usage: stagecraft detect DIR [--json] [--project PATH])\n");
    QTest::addRow("two dirs") << QStringList{QStringLiteral("detect"), fixture("rust"), fixture("php")}
                              << QStringLiteral("stagecraft detect: expected one DIR (usage: stagecraft detect DIR [--json] [--project PATH])\n");
    QTest::addRow("not a directory") << QStringList{QStringLiteral("detect"), file}
                                     << QStringLiteral("stagecraft detect: '") + file + QStringLiteral("' is not a directory\n");
    QTest::addRow("missing") << QStringList{QStringLiteral("detect"), QStringLiteral("/nonexistent/stagecraft")}
                             << QStringLiteral("stagecraft detect: '/nonexistent/stagecraft' is not a directory\n");
    QTest::addRow("project outside") << QStringList{QStringLiteral("detect"), fixture("multi-go"), QStringLiteral("--project"),
                                                   QStringLiteral("../rust")}
                                     << QStringLiteral("stagecraft detect: '../rust' is not a folder inside '") + fixture("multi-go") + QStringLiteral("'\n");
    QTest::addRow("project missing") << QStringList{QStringLiteral("detect"), fixture("multi-go"), QStringLiteral("--project"),
                                                   QStringLiteral("services/nope")}
                                     << QStringLiteral("stagecraft detect: 'services/nope' is not a folder inside '") + fixture("multi-go") + QStringLiteral("'\n");
}

void TestDetectCommand::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const Run result = run(args);
    QCOMPARE(result.code, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
}

void TestDetectCommand::listedInHelp()
{
    const Run result = run({QStringLiteral("--help")});
    QVERIFY(result.out.contains(
        QStringLiteral("  detect    scan a project folder: stack, versions, commands, port, with evidence\n")));
    QVERIFY(isCliInvocation({QStringLiteral("detect"), QStringLiteral(".")}));
}

void TestDetectCommand::generateFromProject()
{
    const Run scanned = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("go-single")});
    QCOMPARE(scanned.code, 0);
    const Run explicitFlags = run({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                   QStringLiteral("--language-version"), QStringLiteral("1.22"), QStringLiteral("--port"),
                                   QStringLiteral("8081"), QStringLiteral("--option"), QStringLiteral("mainPackage=.")});
    QCOMPARE(explicitFlags.code, 0);
    QCOMPARE(scanned.out, explicitFlags.out);
    QCOMPARE(scanned.err, explicitFlags.err); // the scan adds no notes of its own here
    QVERIFY(scanned.out.contains(QStringLiteral("EXPOSE 8081")));

    // The scan's adjustments and warnings are notes on stderr.
    const Run cgo = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("go-cgo"), QStringLiteral("--port"), QStringLiteral("8080")});
    QCOMPARE(cgo.code, 0);
    QVERIFY2(cgo.err.startsWith(QStringLiteral(
                 "note: the project uses cgo, which needs libc: base slim instead of distroless\n"
                 "note: project scan: The project uses cgo: a scratch or static distroless base cannot run it;")),
             qPrintable(cgo.err));
}

// A setting the scan cannot find is asked for instead of silently taking the template's
// default: that main.go states no port, and the default 8080 is a guess.
void TestDetectCommand::generateAsksForWhatTheScanCouldNotTell()
{
    const Run asked = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("go-cgo")});
    QCOMPARE(asked.code, 2);
    QVERIFY2(asked.err.endsWith(QStringLiteral("stagecraft generate: the scan could not tell the port the app listens on: give --port N\n")),
             qPrintable(asked.err));
    QCOMPARE(asked.out, QString());
}

// Flags change the scanned configuration and nothing else; a flag that makes the file
// stop fitting the project (pnpm without its lockfile) is refused like any misfit.
void TestDetectCommand::generateFlagsWin()
{
    QTemporaryDir dir;
    const QString scannedPreset = dir.filePath(QStringLiteral("scanned.json"));
    const QString changedPreset = dir.filePath(QStringLiteral("changed.json"));
    const Run scanned = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("node-npm"),
                             QStringLiteral("--save-preset"), scannedPreset});
    QVERIFY2(scanned.code == 0, qPrintable(scanned.err));
    const Run changed = run({QStringLiteral("generate"), QStringLiteral("--port"), QStringLiteral("9000"), QStringLiteral("--project"),
                             fixture("node-npm"), QStringLiteral("--no-cache-mounts"), QStringLiteral("--save-preset"), changedPreset});
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    QVERIFY(changed.out.contains(QLatin1String("EXPOSE 9000")));
    QVERIFY(!changed.out.contains(QLatin1String("type=cache")));

    const Catalog catalog = Catalog::loadDefault();
    Config expected = loadPreset(scannedPreset.toStdString(), catalog).value();
    QCOMPARE(expected.port, 4000); // src/server.ts listens on 4000
    expected.port = 9000;
    expected.cacheMounts = false;
    QCOMPARE(loadPreset(changedPreset.toStdString(), catalog).value(), expected);

    const Run pnpm = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("node-npm"),
                          QStringLiteral("--package-manager"), QStringLiteral("pnpm")});
    QCOMPARE(pnpm.code, 2);
    QCOMPARE(pnpm.out, QString());
    QVERIFY2(pnpm.err.contains(QLatin1String("'pnpm-lock.yaml'")) && pnpm.err.contains(QLatin1String("nothing was written")),
             qPrintable(pnpm.err));
}

// A Node.js project whose package.json states no start is refused with advice to give
// --start-command; following that advice fits it, and the check still guards what it runs.
void TestDetectCommand::startCommandAnswersTheRefusalThatAsksForIt()
{
    QTemporaryDir project;
    const auto write = [&project](const char *name, const QByteArray &text) {
        QDir(project.path()).mkpath(QFileInfo(project.filePath(QString::fromLatin1(name))).path());
        QFile file(project.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("package.json", R"({"name": "api", "scripts": {"dev": "node --watch src/api.js"}})");
    write("package-lock.json", R"({"name": "api", "lockfileVersion": 3, "packages": {"": {"name": "api"}}})");
    write("src/api.js", "require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 8080);\n");

    const Run refused = run({QStringLiteral("generate"), QStringLiteral("--project"), project.path()});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QLatin1String("set --start-command")), qPrintable(refused.err));

    // The next question is the port, which the scan read from no file it knew to start.
    const Run asked = run({QStringLiteral("generate"), QStringLiteral("--project"), project.path(),
                           QStringLiteral("--start-command"), QStringLiteral("node src/api.js")});
    QCOMPARE(asked.code, 2);
    QVERIFY2(asked.err.endsWith(QStringLiteral("the scan could not tell the port the app listens on: give --port N\n")), qPrintable(asked.err));

    const Run fitted = run({QStringLiteral("generate"), QStringLiteral("--project"), project.path(),
                            QStringLiteral("--start-command"), QStringLiteral("node src/api.js"), QStringLiteral("--port"), QStringLiteral("8080")});
    QVERIFY2(fitted.code == 0, qPrintable(fitted.err));
    QVERIFY2(fitted.out.contains(QLatin1String("CMD [\"node\", \"src/api.js\"]")), qPrintable(fitted.out));
    QVERIFY2(fitted.out.contains(QLatin1String("EXPOSE 8080")), qPrintable(fitted.out));

    const Run missing = run({QStringLiteral("generate"), QStringLiteral("--project"), project.path(),
                             QStringLiteral("--start-command"), QStringLiteral("node src/server.js"), QStringLiteral("--port"), QStringLiteral("8080")});
    QCOMPARE(missing.code, 2);
    QCOMPARE(missing.out, QString());
    QVERIFY2(missing.err.contains(QLatin1String("src/server.js")), qPrintable(missing.err));
}

// A plain Maven jar is refused by the scan, whose reason names the option that answers it;
// given that, the scan's other findings stay (no mvnw: the build image's Maven builds), so
// the file fits. Naming the stack alone answers nothing.
void TestDetectCommand::choosingTheScannedStackAnswersItsRefusal()
{
    const Run refused = run({QStringLiteral("generate"), QStringLiteral("--project"), fixture("java-maven-plain")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QLatin1String("generate with --option springBoot=false")), qPrintable(refused.err));

    const QStringList advised{QStringLiteral("generate"), QStringLiteral("--project"), fixture("java-maven-plain"), QStringLiteral("--port"),
                              QStringLiteral("8080"), QStringLiteral("--option"), QStringLiteral("springBoot=false")};
    const Run fitted = run(advised);
    QVERIFY2(fitted.code == 0, qPrintable(fitted.err));
    QVERIFY2(!fitted.out.contains(QLatin1String("mvnw")), qPrintable(fitted.out));
    QVERIFY2(fitted.out.contains(QLatin1String("mvn ")), qPrintable(fitted.out));
    QVERIFY2(fitted.err.contains(QLatin1String("the scan alone would not generate")), qPrintable(fitted.err));

    const Run stackAlone = run(advised.mid(0, 5) + QStringList{QStringLiteral("--stack"), QStringLiteral("java")});
    QCOMPARE(stackAlone.code, 2);
    QCOMPARE(stackAlone.out, QString());
}

void TestDetectCommand::generateProjectErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::addRow("not a folder") << QStringList{QStringLiteral("generate"), QStringLiteral("--project"),
                                                 QStringLiteral("/nonexistent/stagecraft")}
                                  << QStringLiteral("stagecraft generate: --project: '/nonexistent/stagecraft' is not a directory\n");
    QTest::addRow("with preset") << QStringList{QStringLiteral("generate"), QStringLiteral("--project"), fixture("go-single"),
                                                QStringLiteral("--preset"), fixture("go-single/go.mod")}
                                 << QStringLiteral("stagecraft generate: --project and --preset both give the starting configuration; use one\n");
}

void TestDetectCommand::generateProjectErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const Run result = run(args);
    QCOMPARE(result.code, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, error);
}

QTEST_GUILESS_MAIN(TestDetectCommand)
#include "tst_detectcommand.moc"
