// The starting configuration a project scan suggests, against the built-in templates.
#include "catalog/catalog.h"
#include "detect/configfromdetection.h"

#include <QTest>

using namespace stagecraft;

namespace {

DetectionResult scan(const char *name, const Catalog *catalog = nullptr)
{
    ScanOptions options;
    options.catalog = catalog;
    return scanProject(STAGECRAFT_TESTS_DIR "/fixtures/detect/" + std::string(name), options);
}

} // namespace

class TestDetectConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void go();
    void goCgoAndSeveralMains();
    void node();
    void nodeWithoutBuild();
    void nextjs();
    void python();
    void deno();
    void noStack();
    void nearest_data();
    void nearest();

private:
    Catalog m_catalog;
};

void TestDetectConfig::initTestCase()
{
    m_catalog = Catalog::loadDefault();
    QVERIFY(m_catalog.find("go") && m_catalog.find("node") && m_catalog.find("nextjs") && m_catalog.find("python"));
}

void TestDetectConfig::go()
{
    std::vector<std::string> notes;
    const Outcome<Config> config = configFromDetection(scan("go-single"), m_catalog, &notes);
    QVERIFY2(config.ok(), config.error().c_str());
    Config expected = defaultConfig(*m_catalog.find("go"));
    expected.languageVersion = "1.22";
    expected.port = 8081;
    expected.options["mainPackage"] = ".";
    QVERIFY(config.value() == expected);
    QVERIFY(notes.empty());
}

void TestDetectConfig::goCgoAndSeveralMains()
{
    std::vector<std::string> notes;
    const Outcome<Config> cgo = configFromDetection(scan("go-cgo"), m_catalog, &notes);
    QVERIFY(cgo.ok());
    QCOMPARE(cgo->options.at("mainPackage"), std::string("./cmd/server"));
    QCOMPARE(cgo->base, std::string("slim"));
    QCOMPARE(notes, std::vector<std::string>{"the project uses cgo, which needs libc: base slim instead of distroless"});

    notes.clear();
    const Outcome<Config> multi = configFromDetection(scan("go-multi-main"), m_catalog, &notes);
    QVERIFY(multi.ok());
    QCOMPARE(multi->languageVersion, std::string("1.23"));
    QCOMPARE(multi->options.at("mainPackage"), std::string("."));
    QCOMPARE(notes, std::vector<std::string>{"several main packages; choose one (mainPackage), the template builds ."});
}

void TestDetectConfig::node()
{
    std::vector<std::string> notes;
    const Outcome<Config> config = configFromDetection(scan("node-npm"), m_catalog, &notes);
    QVERIFY(config.ok());
    QCOMPARE(config->stack, std::string("node"));
    QCOMPARE(config->packageManager, std::string("npm"));
    QCOMPARE(config->languageVersion, std::string("20"));
    QCOMPARE(config->port, 4000);
    QCOMPARE(config->startCommand, std::string("node dist/server.js"));
    QCOMPARE(config->options.at("outputDir"), std::string("dist"));
    QCOMPARE(config->options.at("buildScript"), std::string("build"));
    QVERIFY(notes.empty());

    // A start script that runs a program Stagecraft cannot exec without npm is refused with why.
    const Outcome<Config> pnpm = configFromDetection(scan("node-pnpm-field"), m_catalog);
    QVERIFY(!pnpm.ok());
    QCOMPARE(pnpm.error(), std::string("the start script \"tsx src/index.ts\" runs tsx, which Stagecraft cannot run "
                                       "without npm yet; set --start-command"));
}

void TestDetectConfig::nodeWithoutBuild()
{
    std::vector<std::string> notes;
    const Outcome<Config> config = configFromDetection(scan("node-yarn-classic"), m_catalog, &notes);
    QVERIFY(config.ok());
    QCOMPARE(config->packageManager, std::string("yarn"));
    QCOMPARE(config->languageVersion, std::string("20"));
    QCOMPARE(config->startCommand, std::string("node index.js"));
    QCOMPARE(config->options.at("buildScript"), std::string());
    QCOMPARE(config->port, 3001);
    QCOMPARE(notes, (std::vector<std::string>{"the project states version 18; the Node.js template offers 20 as the nearest"}));
}

void TestDetectConfig::nextjs()
{
    const Outcome<Config> config = configFromDetection(scan("nextjs-standalone"), m_catalog);
    QVERIFY(config.ok());
    QCOMPARE(config->stack, std::string("nextjs"));
    QCOMPARE(config->startCommand, std::string("node server.js"));
    QCOMPARE(config->port, 3000);

    // Without standalone output the runtime runs next start with the project's config file.
    const Outcome<Config> nextStart = configFromDetection(scan("nextjs-no-standalone"), m_catalog);
    QVERIFY2(nextStart.ok(), nextStart.ok() ? "" : nextStart.error().c_str());
    QCOMPARE(nextStart->startCommand, std::string("node node_modules/next/dist/bin/next start"));
    QCOMPARE(nextStart->options.at("nextStandalone"), std::string("false"));
    QCOMPARE(nextStart->options.at("nextConfig"), std::string("next.config.js"));
    QCOMPARE(nextStart->options.at("configTypescript"), std::string("false"));
}

void TestDetectConfig::python()
{
    const Outcome<Config> uv = configFromDetection(scan("python-uv"), m_catalog);
    QVERIFY(uv.ok());
    QCOMPARE(uv->packageManager, std::string("uv"));
    QCOMPARE(uv->languageVersion, std::string("3.12"));
    QCOMPARE(uv->startCommand, std::string("gunicorn app:app"));
    QCOMPARE(uv->port, 8000);

    std::vector<std::string> notes;
    const Outcome<Config> django = configFromDetection(scan("python-django"), m_catalog, &notes);
    QVERIFY(django.ok());
    QCOMPARE(django->languageVersion, std::string("3.12"));
    QCOMPARE(django->startCommand, std::string("gunicorn mysite.wsgi"));
    QCOMPARE(notes, (std::vector<std::string>{
        "the project states version 3.11; the Python template offers 3.12 as the nearest",
        "Django settings set no STATIC_ROOT, so the image does not run collectstatic"}));
}

// The Deno stack's detection data: the start task, the port in the code, no lockfile.
void TestDetectConfig::deno()
{
    std::vector<std::string> notes;
    const Outcome<Config> config = configFromDetection(scan("deno"), m_catalog, &notes);
    QVERIFY2(config.ok(), config.error().c_str());
    QCOMPARE(config->stack, std::string("deno"));
    QCOMPARE(config->packageManager, std::string("deno"));
    QCOMPARE(config->languageVersion, std::string("2.9"));
    QCOMPARE(config->startCommand, std::string("deno run --allow-net main.ts"));
    QCOMPARE(config->port, 8000);
    QCOMPARE(config->options.at("locked"), std::string("false"));
    QCOMPARE(config->options.at("entry"), std::string("main.ts"));
    QCOMPARE(config->options.at("permissions"), std::string("--allow-net"));
    QCOMPARE(config->options.at("configFile"), std::string("deno.json"));
}

void TestDetectConfig::noStack()
{
    // A catalog without the Deno stack: the language is still named, from resources/languages.json.
    const Catalog goOnly = Catalog::loadDefaultFor("go");
    const Outcome<Config> deno = configFromDetection(scan("deno", &goOnly), goOnly);
    QVERIFY(!deno.ok());
    QCOMPARE(deno.error(), std::string("Deno project found; Stagecraft has no Deno stack yet"));
    const Outcome<Config> multi = configFromDetection(scan("multi-go"), m_catalog);
    QCOMPARE(multi.error(), std::string("no project at the top of this folder; it holds 2 projects: scan one of them"));
    const Outcome<Config> empty = configFromDetection(scan("go-single"), Catalog());
    QCOMPARE(empty.error(), std::string("the scan found a go project but no go template is installed"));
}

void TestDetectConfig::nearest_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("expected");
    QTest::addRow("exact") << "22" << "22";
    QTest::addRow("between") << "21" << "22";
    QTest::addRow("older than all") << "16" << "20";
    QTest::addRow("newer than all") << "30" << "26";
    QTest::addRow("minor versions compare as numbers") << "1.9" << "1.10";
    QTest::addRow("go patch level") << "1.22.5" << "1.23";
}

void TestDetectConfig::nearest()
{
    QFETCH(QString, wanted);
    QFETCH(QString, expected);
    const std::vector<std::string> offered = wanted.startsWith(QStringLiteral("1."))
        ? std::vector<std::string>{"1.23", "1.22", "1.10"}
        : std::vector<std::string>{"26", "24", "22", "20"};
    QCOMPARE(QString::fromStdString(nearestVersion(wanted.toStdString(), offered)), expected);
}

QTEST_GUILESS_MAIN(TestDetectConfig)
#include "tst_detectconfig.moc"
