// Detection as data: the named readers (including hostile input), the load-time checks of
// a "detect" block, the built-in language list, and a stack that exists only in tests/
// (tests/fixtures/composed/gleamnode.json: extends node, detects Gleam) working with no C++.
#include "catalog/catalog.h"
#include "detect/configfromdetection.h"
#include "detect/filereaders.h"

#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;

namespace {

using Values = std::vector<std::string>;

const std::string composedFixtures = STAGECRAFT_TESTS_DIR "/fixtures/composed";

std::string fixture(const char *name)
{
    return STAGECRAFT_TESTS_DIR "/fixtures/detect/" + std::string(name);
}

bool hasEvidence(const DetectionResult &result, const std::string &file, const std::string &finding)
{
    return std::any_of(result.evidence.begin(), result.evidence.end(),
                       [&](const Evidence &e) { return e.file == file && e.finding == finding; });
}

std::string dump(const DetectionResult &result)
{
    return toJson(result).dump(1);
}

// The test-only stack's file, as JSON to change.
nlohmann::json gleamNode()
{
    QFile file(QString::fromStdString(composedFixtures + "/gleamnode.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read gleamnode.json");
    return nlohmann::json::parse(file.readAll().toStdString());
}

// A catalog of the built-in stacks and the test-only stack with one more detect rule, read
// from `folder` as a user's stack folder.
Catalog catalogWithGleamRule(const QTemporaryDir &folder, const nlohmann::json &rule)
{
    nlohmann::json json = gleamNode();
    json["detect"]["values"].push_back(rule);
    QFile changed(folder.filePath(QStringLiteral("gleamnode.json")));
    if (!changed.open(QIODevice::WriteOnly) || changed.write(QByteArray::fromStdString(json.dump())) < 0)
        qFatal("cannot write gleamnode.json");
    changed.close();
    return Catalog::load({":/templates", folder.path().toStdString()});
}

// The test-only stack's file with its "detect" block changed at `pointer`, loaded.
LoadIssue loadChanged(const std::string &pointer, const nlohmann::json &value)
{
    nlohmann::json json = gleamNode();
    json[nlohmann::json::json_pointer(pointer)] = value;
    LoadIssue issue;
    const Outcome<StackDefinition> stack = parseStackText(json.dump(), composedFixtures + "/gleamnode.json", &issue,
                                                          {composedFixtures, ":/templates"});
    if (stack.ok())
        return {};
    return issue;
}

} // namespace

class TestDetectData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReader()
    {
        const nlohmann::json doc = nlohmann::json::parse(
            R"({"require": {"php": "^8.2", "ext-intl": "*"}, "n": 3, "flag": true, "list": [{"a": "x"}, {"a": "y"}], "a/b": "slash"})");
        QCOMPARE(jsonValues(doc, "/require/php"), Values{"^8.2"});
        QCOMPARE(jsonValues(doc, "/n"), Values{"3"});
        QCOMPARE(jsonValues(doc, "/n", true), Values{});
        QCOMPARE(jsonValues(doc, "/require/php", true), Values{"^8.2"});
        QCOMPARE(jsonValues(doc, "/flag"), Values{"true"});
        QCOMPARE(jsonValues(doc, "/require"), Values{"true"});
        QCOMPARE(jsonValues(doc, "/list/*/a"), (Values{"x", "y"}));
        QCOMPARE(jsonValues(doc, "/list/1/a"), Values{"y"});
        QCOMPARE(jsonValues(doc, "/a~1b"), Values{"slash"});
        QCOMPARE(jsonValues(doc, "/missing/deeper"), Values{});
        QCOMPARE(jsonValues(doc, "/list/99999999999/a"), Values{});
    }

    void tomlReader()
    {
        const toml::table doc = toml::parse(R"(
[package]
name = "ferris"
rust-version = "1.75"
[[bin]]
name = "one"
[[bin]]
name = "two"
[workspace]
members = ["a"]
)");
        QCOMPARE(tomlValues(doc, "package.rust-version"), Values{"1.75"});
        QCOMPARE(tomlValues(doc, "bin.*.name"), (Values{"one", "two"}));
        QCOMPARE(tomlValues(doc, "workspace"), Values{"true"});
        QCOMPARE(tomlValues(doc, "package.missing"), Values{});
    }

    void yamlReader()
    {
        const std::string text = "# comment\n"
                                 "services:\n"
                                 "  web:\n"
                                 "    image: \"nginx:1.27\" # pinned\n"
                                 "    ports:\n"
                                 "      - \"8080:80\"\n"
                                 "      - 9000:9000\n"
                                 "  db:\n"
                                 "    image: postgres\n"
                                 "packages:\n"
                                 "- 'apps/*'\n"
                                 "- name: tools\n"
                                 "  path: tools/cli\n"
                                 "flow: [a, b]\n"
                                 "block: |\n"
                                 "  text\n";
        QCOMPARE(yamlValues(text, "services.web.image"), Values{"nginx:1.27"});
        QCOMPARE(yamlValues(text, "services.web.ports.*"), (Values{"8080:80", "9000:9000"}));
        QCOMPARE(yamlValues(text, "services.db.image"), Values{"postgres"});
        QCOMPARE(yamlValues(text, "packages.*"), Values{"apps/*"});
        QCOMPARE(yamlValues(text, "packages.*.path"), Values{"tools/cli"});
        // Outside the subset: not found rather than wrong.
        QCOMPARE(yamlValues(text, "flow"), Values{});
        QCOMPARE(yamlValues(text, "block"), Values{});
        QCOMPARE(yamlValues("a:\n\tb: 1\n", "a.b"), Values{});
    }

    void iniReader()
    {
        const std::string text = "top = 1\n"
                                 "; comment\n"
                                 "[metadata]\n"
                                 "name = my-app\n"
                                 "# comment\n"
                                 "[options.entry_points]\n"
                                 "console_scripts: \"serve\"\n";
        QCOMPARE(iniValues(text, "top"), Values{"1"});
        QCOMPARE(iniValues(text, "metadata.name"), Values{"my-app"});
        QCOMPARE(iniValues(text, "options.entry_points.console_scripts"), Values{"serve"});
        QCOMPARE(iniValues(text, "metadata.top"), Values{});
    }

    void xmlReader()
    {
        // A namespaced pom: paths name local element names.
        const std::string pom = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                                "  <properties><java.version> 21 </java.version></properties>\n"
                                "  <build><plugins><plugin><configuration><release>17</release></configuration>"
                                "</plugin></plugins></build>\n"
                                "</project>";
        QCOMPARE(xmlValues(pom, "project/properties/java.version").values, Values{"21"});
        QCOMPARE(xmlValues(pom, "//configuration/release").values, Values{"17"});
        QCOMPARE(xmlValues(pom, "properties/java.version").values, Values{});
        QCOMPARE(xmlValues(R"(<Project Sdk="Microsoft.NET.Sdk.Web"/>)", "Project/@Sdk").values,
                 Values{"Microsoft.NET.Sdk.Web"});
        const XmlValues broken = xmlValues("<project>\n  <a></b>\n</project>", "project/a");
        QVERIFY(broken.values.empty());
        QCOMPARE(broken.problem.rfind("malformed XML at line 2", 0), std::size_t(0));
    }

    void readersSurviveHostileInput()
    {
        // Deep nesting, huge lists, entity bombs, binary garbage and long lines: every
        // reader returns quickly, bounded, without throwing.
        std::string deepJson(100000, '[');
        QCOMPARE(jsonValues(nlohmann::json::parse(std::string(500, '[') + std::string(500, ']')), "/0/0/0"),
                 Values{"true"});
        QVERIFY(jsonValues(nlohmann::json::parse("[" + [] {
            std::string items;
            for (int i = 0; i < 10000; ++i)
                items += (i ? "," : "") + std::to_string(i);
            return items;
        }() + "]"), "/*").size() == MaxReaderValues);
        std::string list = "items:\n";
        for (int i = 0; i < 10000; ++i)
            list += "  - x\n";
        QCOMPARE(yamlValues(list, "items.*").size(), MaxReaderValues);
        QCOMPARE(yamlValues(deepJson, "a"), Values{});
        QCOMPARE(yamlValues(std::string(2000000, ' ') + "a: 1", "a"), Values{"1"});
        QCOMPARE(iniValues(std::string("\0\xff[\n=\n:\n[]\n", 12), "x"), Values{});
        const std::string bomb = R"(<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<project><name>&lol4;</name></project>)";
        const XmlValues values = xmlValues(bomb, "project/name");
        QVERIFY(values.values.empty() || values.values.front().size() <= 100000);
        QVERIFY(!xmlValues(std::string(100000, '<'), "a").problem.empty());
        QCOMPARE(xmlValues(std::string(2000, 'x'), "a").values, Values{});
    }

    void reductions()
    {
        QCOMPARE(reduceVersion("majorMinor", "1.75.0"), std::string("1.75"));
        QCOMPARE(reduceVersion("major", "21.0.2"), std::string("21"));
        QCOMPARE(reduceVersion("java", "1.8"), std::string("8"));
        QCOMPARE(reduceVersion("dotnet", "net6.0;net8.0;netstandard2.0"), std::string("8.0"));
        QCOMPARE(reduceVersion("node", "v22.11.0"), std::string("22"));
        QCOMPARE(reduceVersion("", "  as is "), std::string("as is"));
    }

    void detectBlocksAreCheckedAtLoad_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown reader") << "/detect/values/0/reader" << "\"csv\"" << "/detect/values/0/reader"
                                        << "unknown reader \"csv\" (exists, text, regex, json, toml, yaml, ini, xml)";
        QTest::addRow("bad regex") << "/detect/identify/0/pattern" << "\"(unclosed\"" << "/detect/identify/0/pattern"
                                   << "not a valid regular expression";
        QTest::addRow("exponential regex") << "/detect/values/2/pattern" << "\"^(\\\\d+)+:\"" << "/detect/values/2/pattern"
                                           << "exponential time";
        QTest::addRow("alternation repeated") << "/detect/values/2/pattern" << "\"(a|aa)*b\"" << "/detect/values/2/pattern"
                                              << "exponential time";
        QTest::addRow("backreference") << "/detect/values/2/pattern" << "\"(a)\\\\1\"" << "/detect/values/2/pattern"
                                       << "a backreference";
        QTest::addRow("unknown option") << "/detect/prefill/options" << "{\"outputFolder\": \"gleamOutput\"}"
                                        << "/detect/prefill/options/outputFolder" << "unknown option id 'outputFolder'";
        QTest::addRow("unknown start file option") << "/detect/prefill/startFile" << "\"entry\"" << "/detect/prefill/startFile"
                                                   << "unknown option id 'entry'";
        QTest::addRow("bad confidence") << "/detect/values/1/confidence" << "\"sure\"" << "/detect/values/1/confidence"
                                        << "confidence is \"certain\", \"likely\" or \"guess\"";
        QTest::addRow("unknown analyser") << "/detect/analyser" << "\"rust\"" << "/detect/analyser"
                                          << "unknown analyser \"rust\" (node, python, go)";
        QTest::addRow("unknown target") << "/detect/values/0/set" << "\"version\"" << "/detect/values/0/set" << "is not";
        QTest::addRow("file outside") << "/detect/values/0/file" << "\"../.nvmrc\"" << "/detect/values/0/file"
                                      << "a file may not hold empty, '.' or '..' parts";
        QTest::addRow("precedence") << "/detect/precedence" << "5000" << "/detect/precedence"
                                    << "precedence is an integer from 0 to 1000";
        QTest::addRow("misspelt key") << "/detect/values/0/redcue" << "\"node\"" << "/detect/values/0"
                                      << "unknown key 'redcue'";
        QTest::addRow("unknown base") << "/detect/prefill/baseFallback"
                                      << "[{\"fact\": \"x\", \"equals\": \"true\", \"from\": [\"alpnie\"], \"to\": \"slim\", \"because\": \"b\"}]"
                                      << "/detect/prefill/baseFallback/0/from/0" << "\"alpnie\" is not a base of this stack";
        QTest::addRow("no identify") << "/detect/identify" << "[]" << "/detect/identify" << "needs at least one rule";
        QTest::addRow("fact condition on identify") << "/detect/identify/0/unlessFact" << "\"gleamOutput\"" << "/detect/identify/0/unlessFact"
                                                    << "an identify rule runs before any fact is read";
        QTest::addRow("bad fact id") << "/detect/values/0/ifFact" << "\"gleam output\"" << "/detect/values/0/ifFact"
                                     << "\"gleam output\" is not a fact id";
        QTest::addRow("refusal naming project text") << "/detect/values/1"
                                                     << "{\"set\": \"refusal\", \"file\": \"gleam.toml\", \"value\": \"cannot build {stem}\"}"
                                                     << "/detect/values/1/value" << "no {value} or {stem} from the project";
        QTest::addRow("refusal answered by an unknown option") << "/detect/values/1"
                                                               << "{\"set\": \"refusal\", \"file\": \"gleam.toml\", \"value\": \"no\", \"answeredBy\": {\"runtime\": \"bun\"}}"
                                                               << "/detect/values/1/answeredBy/runtime" << "unknown option id 'runtime'";
        QTest::addRow("refusal answered by a toggle's non-value") << "/detect/values/1"
                                                                 << "{\"set\": \"refusal\", \"file\": \"gleam.toml\", \"value\": \"no\", \"answeredBy\": {\"prismaEngine\": \"yes\"}}"
                                                                 << "/detect/values/1/answeredBy/prismaEngine"
                                                                 << "the toggle option 'prismaEngine' is \"true\" or \"false\", not \"yes\"";
        QTest::addRow("refusal answered outside the option's pattern") << "/detect/values/1"
                                                                       << "{\"set\": \"refusal\", \"file\": \"gleam.toml\", \"value\": \"no\", \"answeredBy\": {\"runtimeLayout\": \"dist\"}}"
                                                                       << "/detect/values/1/answeredBy/runtimeLayout"
                                                                       << "\"dist\" can never be a value of the option 'runtimeLayout'";
        QTest::addRow("answer on a value rule") << "/detect/values/0/answeredBy" << "{\"outputDir\": \"build\"}" << "/detect/values/0/answeredBy"
                                                << "only a refusal rule is answered by options";
        QTest::addRow("refusal without reason") << "/detect/values/0/set" << "\"refusal\"" << "/detect/values/0"
                                                << "a refusal rule states its reason in \"value\"";
    }

    void detectBlocksAreCheckedAtLoad()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const LoadIssue issue = loadChanged(pointer.toStdString(), nlohmann::json::parse(value.toStdString()));
        QCOMPARE(QString::fromStdString(issue.pointer), where);
        QVERIFY2(issue.message.find(message.toStdString()) != std::string::npos, issue.message.c_str());
    }

    void builtInDetectionLoads()
    {
        const Catalog catalog = Catalog::load({":/templates"});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        for (const StackDefinition &stack : catalog.stacks())
            QVERIFY2(stack.detect.has_value(), stack.id.c_str());
        QCOMPARE(catalog.find("go")->detect->analyser, std::string("go"));
        QCOMPARE(catalog.find("nextjs")->detect->prefill.fit, std::string("nextjs"));
    }

    void aStackInTestsDetectsItsOwnProjects()
    {
        const Catalog catalog = Catalog::load({":/templates", composedFixtures});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        const StackDefinition *gleam = catalog.find("gleamnode");
        QVERIFY(gleam && gleam->detect);
        QCOMPARE(gleam->detect->analyser, std::string()); // null removed node's
        QCOMPARE(gleam->stages.size(), catalog.find("node")->stages.size()); // extends node

        ScanOptions options;
        options.catalog = &catalog;
        const DetectionResult result = scanProject(fixture("gleam-js"), options);
        QCOMPARE(result.stack, std::string("gleamnode"));
        QCOMPARE(result.language, std::string("gleam"));
        QCOMPARE(result.languageVersion, std::string("22"));
        QCOMPARE(result.packageManager, std::string("npm"));
        QCOMPARE(result.port, 8000);
        QVERIFY(!result.portIsGuess);
        QCOMPARE(result.buildCommand, std::string("gleam build --target javascript"));
        QCOMPARE(result.buildOutputs, Values{"build/"});
        QCOMPARE(result.files, Values{"manifest.toml"});
        QCOMPARE(result.options.at("gleamOutput"), std::string("build"));
        QVERIFY2(hasEvidence(result, "gleam.toml", "gleam.toml targets javascript"), dump(result).c_str());
        QVERIFY2(hasEvidence(result, "compose.yaml", "publishes 8000"), dump(result).c_str());
        QVERIFY2(hasEvidence(result, ".nvmrc", "Node.js 22.11.0"), dump(result).c_str());
        QVERIFY2(result.warnings.empty(), dump(result).c_str());

        std::vector<std::string> notes;
        const Outcome<Config> config = configFromDetection(result, catalog, &notes);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->stack, std::string("gleamnode"));
        QCOMPARE(config->languageVersion, std::string("22"));
        QCOMPARE(config->port, 8000);
        QCOMPARE(config->options.at("outputDir"), std::string("build"));

        // Without the stack, nothing knows Gleam: the folder holds no project Stagecraft knows.
        const DetectionResult builtIn = scanProject(fixture("gleam-js"));
        QCOMPARE(builtIn.stack, std::string());
        QCOMPARE(builtIn.language, std::string());
    }

    // A refusal rule, gated on the facts earlier rules set, makes the scan say why the
    // stack's template cannot fit and generating from it fail with that reason; the same
    // rule whose fact condition does not hold changes nothing.
    void aRefusalRuleStopsGeneratingFromTheScan_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("refused");
        QTest::newRow("ifFact set") << "ifFact" << true;
        QTest::newRow("unlessFact set") << "unlessFact" << false;
    }

    void aRefusalRuleStopsGeneratingFromTheScan()
    {
        QFETCH(QString, condition);
        QFETCH(bool, refused);
        const std::string reason = "Gleam's Node.js output needs a start module this template cannot name";
        QTemporaryDir folder;
        const Catalog catalog = catalogWithGleamRule(folder, {{"set", "refusal"}, {"file", "gleam.toml"}, {condition.toStdString(), "gleamOutput"},
                                                              {"value", reason}, {"finding", "{file} targets Node.js"}});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        ScanOptions options;
        options.catalog = &catalog;
        const DetectionResult result = scanProject(fixture("gleam-js"), options);
        QCOMPARE(result.stack, std::string("gleamnode"));
        QCOMPARE(result.refusal, refused ? reason : std::string());
        QCOMPARE(hasEvidence(result, "gleam.toml", "gleam.toml targets Node.js"), refused);
        QCOMPARE(toJson(result)["refusal"], refused ? nlohmann::json(reason) : nlohmann::json(nullptr));
        const Outcome<Config> config = configFromDetection(result, catalog);
        QCOMPARE(config.ok(), !refused);
        if (refused)
            QCOMPARE(config.error(), reason);
    }

    // Project text that looks like a placeholder is quoted as it is, never expanded: the
    // evidence shows what the file says.
    void projectTextIsNeverExpandedAsAPlaceholder()
    {
        QTemporaryDir stacks;
        const Catalog catalog = catalogWithGleamRule(stacks, {{"set", "fact:gleamName"}, {"file", "gleam.toml"}, {"reader", "toml"},
                                                              {"key", "name"}, {"finding", "{file} names {value}"}});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());

        QTemporaryDir project;
        QFile manifest(project.filePath(QStringLiteral("gleam.toml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("name = \"{file}{value}\"\ntarget = \"javascript\"\n");
        manifest.close();
        ScanOptions options;
        options.catalog = &catalog;
        const DetectionResult result = scanProject(project.path().toStdString(), options);
        QCOMPARE(result.stack, std::string("gleamnode"));
        QCOMPARE(result.options.at("gleamName"), std::string("{file}{value}"));
        QVERIFY2(hasEvidence(result, "gleam.toml", "gleam.toml names {file}{value}"), dump(result).c_str());
    }

    // A fixed value may name what was read and the file's stem: .NET starts the app host
    // named by <AssemblyName>, else by the project file; a name the pattern rejects (an
    // MSBuild expression) falls through to the file's name.
    void aValueNamesWhatWasReadOrTheFilesStem_data()
    {
        QTest::addColumn<QString>("propertyGroup");
        QTest::addColumn<QString>("startCommand");
        QTest::newRow("stem") << QString() << QStringLiteral("./Shop.Web");
        QTest::newRow("assembly name") << QStringLiteral("<AssemblyName>shop-api</AssemblyName>") << QStringLiteral("./shop-api");
        QTest::newRow("expression") << QStringLiteral("<AssemblyName>$(RootNamespace).Host</AssemblyName>") << QStringLiteral("./Shop.Web");
    }

    void aValueNamesWhatWasReadOrTheFilesStem()
    {
        QFETCH(QString, propertyGroup);
        QFETCH(QString, startCommand);
        QTemporaryDir folder;
        QFile project(folder.filePath(QStringLiteral("Shop.Web.csproj")));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write("<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>"
                      + propertyGroup.toUtf8() + "</PropertyGroup></Project>\n");
        project.close();
        const DetectionResult result = scanProject(folder.path().toStdString());
        QCOMPARE(result.stack, std::string("dotnet"));
        QCOMPARE(QString::fromStdString(result.startCommand), startCommand);
        const Outcome<Config> config = configFromDetection(result, Catalog::loadDefault());
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        QCOMPARE(config->options.at("projectName"), std::string("Shop.Web"));
        QCOMPARE(QString::fromStdString(config->startCommand), startCommand);
    }

    void aLanguagesOwnStackTakesOverItsRecognition()
    {
        // With no stack at all, resources/languages.json still names the language.
        const Catalog none;
        ScanOptions bare;
        bare.catalog = &none;
        const DetectionResult without = scanProject(fixture("rust"), bare);
        QCOMPARE(without.reason, std::string("Rust project found; Stagecraft has no Rust stack yet"));
        QCOMPARE(without.languageVersion, std::string("1.75"));
        // rustlite.json in tests declares language "rust": the built-in recognition goes.
        const Catalog catalog = Catalog::load({":/templates", STAGECRAFT_TESTS_DIR "/fixtures/detectstacks"});
        QVERIFY2(catalog.issues().empty(), catalog.issues().empty() ? "" : catalog.issues().front().toString().c_str());
        ScanOptions options;
        options.catalog = &catalog;
        const DetectionResult with = scanProject(fixture("rust"), options);
        QCOMPARE(with.stack, std::string("rustlite"));
        QCOMPARE(with.language, std::string("rust"));
        QCOMPARE(with.reason, std::string());
        QCOMPARE(with.languageVersion, std::string("1.75"));
        QCOMPARE(with.options.at("binaries"), std::string("ferris-cli"));
        QVERIFY2(hasEvidence(with, "Cargo.toml", "Cargo.toml (Rust lite)"), dump(with).c_str());
        QVERIFY(!hasEvidence(with, "Cargo.lock", "lockfile Cargo.lock")); // the built-in entry's rule
    }

    void monorepoMembersUseTheSameData()
    {
        const Catalog catalog = Catalog::load({":/templates", composedFixtures});
        ScanOptions options;
        options.catalog = &catalog;
        const DetectionResult result = scanProject(STAGECRAFT_TESTS_DIR "/fixtures/detect", options);
        const auto gleam = std::find_if(result.projects.begin(), result.projects.end(),
                                        [](const DetectedProject &p) { return p.path == "gleam-js"; });
        QVERIFY(gleam != result.projects.end());
        QCOMPARE(gleam->stack, std::string("gleamnode"));
        QCOMPARE(gleam->name, std::string("hello_gleam"));
    }
};

QTEST_GUILESS_MAIN(TestDetectData)
#include "tst_detectdata.moc"
