// The Python and Go projects of tests/fixtures/projects: scan -> configFromDetection ->
// generate gives a Dockerfile that runs the project's own command on its own port, bound
// to all interfaces, and names no file the project lacks (issue #10).
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "config/startcommand.h"
#include "detect/configfromdetection.h"
#include "dockerfile/document.h"
#include "generate/generator.h"

#include <QTest>

#include <algorithm>

#include <map>

using namespace stagecraft;

namespace {

// A project of tests/fixtures/projects by name, or another fixture by its path there ("detect/go-loopback").
std::string fixtureFolder(const std::string &name)
{
    const std::string under = name.find('/') == std::string::npos ? "projects/" + name : name;
    return STAGECRAFT_TESTS_DIR "/fixtures/" + under;
}

DetectionResult scan(const std::string &name)
{
    return scanProject(fixtureFolder(name));
}

bool has(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

// The last line of the rendered Dockerfile that starts with `keyword `.
std::string lastLine(const std::string &dockerfile, const std::string &keyword)
{
    std::string found;
    std::size_t start = 0;
    while (start < dockerfile.size()) {
        std::size_t end = dockerfile.find('\n', start);
        if (end == std::string::npos)
            end = dockerfile.size();
        const std::string line = dockerfile.substr(start, end - start);
        if (line.rfind(keyword + ' ', 0) == 0)
            found = line;
        start = end + 1;
    }
    return found;
}

} // namespace

// What one fixture must give: the Config's package manager, start command, port and
// options, and the final command's argv in the Dockerfile.
struct Expected
{
    std::string project;
    std::string packageManager;
    std::string startCommand;
    std::vector<std::string> finalArgv;
    int port = 0;
    std::map<std::string, std::string> options;
    // The build check's findings (their rules): only what the project's own code gets wrong.
    std::vector<std::string> findingRules = {};
};
Q_DECLARE_METATYPE(Expected)

class TestPyGoProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fits_data();
    void fits();
    void plainScriptKeepsItsOwnCommand();
    void portFromCodeReachesExpose();
    void goSumOnlyWhenPresent();
    void loopbackIsReported();
    void srcLayoutsInstallTheProject();
    void djangoCollectsStaticOnlyWithStaticRoot();
    void extraBuildPackagesStayInTheBuildStage();
    void cgoBuildsOnSlim();

private:
    Catalog m_catalog;
};

void TestPyGoProjects::initTestCase()
{
    m_catalog = Catalog::loadDefault();
    QVERIFY(m_catalog.find("go") && m_catalog.find("python"));
}

void TestPyGoProjects::fits_data()
{
    QTest::addColumn<Expected>("expected");
    const auto row = [](const char *project, const char *manager, const char *command,
                        const std::vector<std::string> &argv, int port, const std::map<std::string, std::string> &options,
                        const std::vector<std::string> &findingRules = {}) {
        QTest::newRow(project) << Expected{project, manager, command, argv, port, options, findingRules};
    };
    row("python-django", "pip", "gunicorn mysite.wsgi",
        {"gunicorn", "mysite.wsgi", "-b", "0.0.0.0:8000"}, 8000,
        {{"requirements", "true"}, {"collectStatic", "false"}, {"installProject", "false"}});
    row("python-fastapi", "pip", "fastapi run app/main.py", {"fastapi", "run", "app/main.py", "--port", "8000"}, 8000,
        {{"requirements", "true"}});
    row("python-flask-gunicorn", "pip", "gunicorn app:app",
        {"gunicorn", "app:app", "-b", "0.0.0.0:8000"}, 8000, {{"requirements", "true"}});
    row("python-flask-script", "pip", "python app.py", {"/app/.venv/bin/python", "app.py"}, 8080,
        {{"requirements", "true"}});
    row("python-poetry-src", "poetry", "serve", {"serve"}, 8000, {{"installProject", "true"}});
    row("python-stdlib", "pip", "python app.py", {"/app/.venv/bin/python", "app.py"}, 8000, {{"requirements", "false"}});
    row("python-uv-src", "uv", "fastapi run src/uv_docker_example", {"fastapi", "run", "src/uv_docker_example", "--port", "8000"}, 8000,
        {{"installProject", "true"}});
    row("python-uvicorn-main", "pip", "python main.py", {"/app/.venv/bin/python", "main.py"}, 8080,
        {{"requirements", "true"}});
    row("go-nosum", "go", "/usr/local/bin/app", {"/usr/local/bin/app"}, 8080, {{"goSum", "false"}, {"mainPackage", "."}});
    row("go-cmd-sum", "go", "/usr/local/bin/app", {"/usr/local/bin/app"}, 3000,
        {{"goSum", "true"}, {"mainPackage", "./cmd/api"}, {"cgo", "false"}});
    row("detect/go-loopback", "go", "/usr/local/bin/app", {"/usr/local/bin/app"}, 9090,
        {{"goSum", "false"}, {"mainPackage", "./cmd/svc"}},
        // Its code listens on localhost:9090: no flag or variable changes that, so the check says so.
        {"bind"});
}

void TestPyGoProjects::fits()
{
    QFETCH(Expected, expected);
    const DetectionResult result = scan(expected.project);
    QVERIFY2(!result.stack.empty(), result.reason.c_str());
    const Outcome<Config> config = configFromDetection(result, m_catalog);
    QVERIFY2(config.ok(), config.error().c_str());
    QCOMPARE(config->packageManager, expected.packageManager);
    QCOMPARE(config->startCommand, expected.startCommand);
    QCOMPARE(config->port, expected.port);
    for (const auto &[id, value] : expected.options)
        QCOMPARE(config->options.at(id) + " (" + id + ")", value + " (" + id + ")");

    const Outcome<Generated> generated = generate(m_catalog, config.value());
    QVERIFY2(generated.ok(), generated.error().c_str());
    const std::string dockerfile = render(generated->multiStage).text;
    const std::string keyword = result.stack == "go" || config->base == "distroless" ? "ENTRYPOINT" : "CMD";
    QCOMPARE(lastLine(dockerfile, keyword), keyword + " " + execForm(expected.finalArgv));
    QCOMPARE(lastLine(dockerfile, "EXPOSE"), "EXPOSE " + std::to_string(expected.port));
    // The build check finds nothing else: sources exist after the generated .dockerignore, stage
    // paths exist, the final command runs on the exposed port on all interfaces.
    const CheckResult check = checkDockerfile(
        {dockerfile, fixtureFolder(expected.project), generated->dockerignore, &result});
    std::string findings;
    std::vector<std::string> rules;
    for (const CheckFinding &finding : check.findings) {
        findings += findingText(finding) + '\n';
        rules.push_back(finding.rule);
    }
    QVERIFY2(rules == expected.findingRules, (findings + dockerfile).c_str());
    // Every file the Dockerfile names by itself exists in the project.
    for (const char *file : {"go.sum", "requirements.txt", "uv.lock", "poetry.lock", "manage.py"}) {
        if (has(dockerfile, std::string("source=") + file) || has(dockerfile, std::string(" ") + file + " "))
            QVERIFY2(std::find(result.files.begin(), result.files.end(), file) != result.files.end(),
                     (std::string(file) + " is named but absent:\n" + dockerfile).c_str());
    }
}

// Issue #10: a plain `python app.py` server got the template's `uvicorn app.main:app`.
void TestPyGoProjects::plainScriptKeepsItsOwnCommand()
{
    const DetectionResult result = scan("python-stdlib");
    QCOMPARE(result.stack, std::string("python"));
    QCOMPARE(result.startCommand, std::string("python app.py"));
    QCOMPARE(result.startFile, std::string("app.py"));
    QCOMPARE(result.bindAddress, std::string("0.0.0.0"));
    const Outcome<Config> config = configFromDetection(result, m_catalog);
    QVERIFY(config.ok());
    const std::string dockerfile = render(generate(m_catalog, config.value())->multiStage).text;
    QVERIFY(!has(dockerfile, "uvicorn"));
    QVERIFY(!has(dockerfile, "requirements.txt"));
}

// Issue #10: a Python server whose code listens on 8080 got EXPOSE 8000.
void TestPyGoProjects::portFromCodeReachesExpose()
{
    for (const char *project : {"python-flask-script", "python-uvicorn-main"}) {
        const DetectionResult result = scan(project);
        QCOMPARE(result.port, 8080);
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY(config.ok());
        const std::string dockerfile = render(generate(m_catalog, config.value())->multiStage).text;
        QVERIFY2(has(dockerfile, "EXPOSE 8080\n") && !has(dockerfile, "8000"), dockerfile.c_str());
    }
}

// Issue #10: go.sum was bind-mounted in a module that has none.
void TestPyGoProjects::goSumOnlyWhenPresent()
{
    for (const char *project : {"go-nosum", "detect/go-loopback"}) {
        const DetectionResult result = scan(project);
        QCOMPARE(result.files, std::vector<std::string>{"go.mod"});
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY(config.ok());
        const Outcome<Generated> generated = generate(m_catalog, config.value());
        QVERIFY(generated.ok());
        QVERIFY(!has(render(generated->multiStage).text, "go.sum"));
        QVERIFY(!has(render(generated->singleStage).text, "go.sum"));
    }
    const DetectionResult withSum = scan("go-cmd-sum");
    QCOMPARE(withSum.files, (std::vector<std::string>{"go.mod", "go.sum"}));
    QCOMPARE(withSum.startFile, std::string("cmd/api/main.go"));
    const Outcome<Config> config = configFromDetection(withSum, m_catalog);
    QVERIFY(config.ok());
    QVERIFY(has(render(generate(m_catalog, config.value())->multiStage).text, "source=go.sum,target=go.sum"));
}

void TestPyGoProjects::loopbackIsReported()
{
    const DetectionResult result = scan("detect/go-loopback");
    QCOMPARE(result.bindAddress, std::string("127.0.0.1"));
    QCOMPARE(result.bindSetting, std::string());
    std::vector<std::string> notes;
    QVERIFY(configFromDetection(result, m_catalog, &notes).ok());
    QCOMPARE(notes, std::vector<std::string>{"cmd/svc/main.go listens on loopback only; listen on \":9090\" (no host) "
                                             "or the container is unreachable"});
    QCOMPARE(scan("go-nosum").bindAddress, std::string("0.0.0.0"));
    QCOMPARE(scan("go-cmd-sum").bindAddress, std::string("0.0.0.0"));
}

void TestPyGoProjects::srcLayoutsInstallTheProject()
{
    for (const char *project : {"python-uv-src", "python-poetry-src"}) {
        const DetectionResult result = scan(project);
        const Outcome<Config> config = configFromDetection(result, m_catalog);
        QVERIFY(config.ok());
        const Outcome<Generated> generated = generate(m_catalog, config.value());
        QVERIFY(generated.ok());
        const std::string dockerfile = render(generated->multiStage).text;
        const std::size_t sources = dockerfile.find("COPY . .");
        const std::size_t install = config->packageManager == "uv" ? dockerfile.find("uv sync --locked --no-dev --no-editable")
                                                                   : dockerfile.find("poetry sync --only main --compile");
        QVERIFY2(sources != std::string::npos && install != std::string::npos && sources < install, dockerfile.c_str());
        // The build backend reads the readme the project names: it must be in the context.
        QVERIFY(!has(generated->dockerignore, "\nREADME.md\n"));
    }
    const DetectionResult poetry = scan("python-poetry-src");
    QCOMPARE(poetry.startFile, std::string(".venv/bin/serve"));
    QCOMPARE(poetry.bindAddress, std::string("0.0.0.0"));
    QCOMPARE(poetry.buildCommand, std::string("poetry install --only main"));
    const DetectionResult uv = scan("python-uv-src");
    QCOMPARE(uv.startFile, std::string("src/uv_docker_example/__init__.py"));
    QCOMPARE(uv.buildCommand, std::string("uv sync --locked --no-dev"));
    QCOMPARE(uv.buildOutputs, std::vector<std::string>{".venv/"});
}

void TestPyGoProjects::djangoCollectsStaticOnlyWithStaticRoot()
{
    std::vector<std::string> notes;
    const DetectionResult result = scan("python-django");
    QCOMPARE(result.startFile, std::string("mysite/wsgi.py"));
    QCOMPARE(result.buildCommand, std::string());
    const Outcome<Config> config = configFromDetection(result, m_catalog, &notes);
    QVERIFY(config.ok());
    QCOMPARE(notes, std::vector<std::string>{"Django settings set no STATIC_ROOT, so the image does not run collectstatic"});
    QVERIFY(!has(render(generate(m_catalog, config.value())->multiStage).text, "collectstatic"));

    Config withStatic = config.value();
    withStatic.options["collectStatic"] = "true";
    withStatic.options["staticRoot"] = "staticfiles";
    const Outcome<Generated> generated = generate(m_catalog, withStatic);
    QVERIFY2(generated.ok(), generated.error().c_str());
    const Document &document = generated->multiStage;
    const std::string build = render(Document{{document.stages.front()}}).text;
    const std::string runtime = render(Document{{document.stages.back()}}).text;
    QVERIFY2(has(build, "SECRET_KEY=collectstatic-only") && has(build, "manage.py collectstatic --noinput"), build.c_str());
    QVERIFY2(!has(runtime, "SECRET_KEY"), runtime.c_str());
    QVERIFY2(has(runtime, "COPY --from=build --chown=10001:10001 /app/staticfiles staticfiles"), runtime.c_str());
}

void TestPyGoProjects::extraBuildPackagesStayInTheBuildStage()
{
    Config config = defaultConfig(*m_catalog.find("python"));
    config.options["buildPackages"] = "gcc libpq-dev";
    Outcome<Generated> generated = generate(m_catalog, config);
    QVERIFY2(generated.ok(), generated.error().c_str());
    const Document &document = generated->multiStage;
    QVERIFY(has(render(Document{{document.stages.front()}}).text, "apt-get install -y --no-install-recommends gcc libpq-dev"));
    QVERIFY(!has(render(Document{{document.stages.back()}}).text, "gcc"));

    config.base = "alpine";
    generated = generate(m_catalog, config);
    QVERIFY(generated.ok());
    QVERIFY(has(render(generated->multiStage).text, "apk add --no-cache gcc libpq-dev"));

    for (const char *bad : {"gcc; rm -rf /", "gcc\nRUN x", "--allow-unauthenticated", "GCC"}) {
        config.options["buildPackages"] = bad;
        QVERIFY2(!generate(m_catalog, config).ok(), bad);
    }
}

void TestPyGoProjects::cgoBuildsOnSlim()
{
    DetectionResult result = scan("go-nosum");
    result.options["cgo"] = "true";
    std::vector<std::string> notes;
    const Outcome<Config> config = configFromDetection(result, m_catalog, &notes);
    QVERIFY(config.ok());
    QCOMPARE(config->base, std::string("slim"));
    QCOMPARE(config->options.at("cgo"), std::string("true"));
    QCOMPARE(notes, std::vector<std::string>{"the project uses cgo, which needs libc: base slim instead of distroless"});
    const std::string dockerfile = render(generate(m_catalog, config.value())->multiStage).text;
    QVERIFY(has(dockerfile, "CGO_ENABLED=1") && !has(dockerfile, "CGO_ENABLED=0"));
}

QTEST_GUILESS_MAIN(TestPyGoProjects)
#include "tst_pygoprojects.moc"
