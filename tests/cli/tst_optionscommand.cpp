// `stagecraft options --json`: the contract scripts depend on, run in-process.
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "clirun.h"
#include "config/config.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QStandardPaths>
#include <QTest>

using namespace stagecraft;

namespace {

using Run = testing::CliRun;

Run run(const QStringList &args)
{
    return testing::runCliCapturing(args);
}

std::vector<std::string> ids(const std::vector<Choice> &choices)
{
    std::vector<std::string> out;
    for (const Choice &choice : choices)
        out.push_back(choice.id);
    return out;
}

} // namespace

class TestOptionsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonFollowsTheContract()
    {
        const Run r = run({QStringLiteral("options"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        const nlohmann::json json = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(json.is_object());
        QCOMPARE(json.size(), std::size_t(2));
        QCOMPARE(json.at("schemaVersion").get<int>(), 1);
        QVERIFY(json["stacks"].is_array());

        const Catalog catalog = Catalog::loadDefault();
        QCOMPARE(json["stacks"].size(), catalog.stacks().size());
        for (const auto &stack : json["stacks"]) {
            for (const char *key : {"id", "name", "packageManagers", "languageVersions", "bases", "defaults"})
                QVERIFY2(stack.contains(key), key);
            const StackDefinition *definition = catalog.find(stack["id"].get<std::string>());
            QVERIFY(definition);
            QCOMPARE(stack["name"].get<std::string>(), definition->name);
            QCOMPARE(stack["packageManagers"].get<std::vector<std::string>>(), ids(definition->packageManagers));
            QCOMPARE(stack["languageVersions"].get<std::vector<std::string>>(), ids(definition->languageVersions));
            for (const auto &base : stack["bases"])
                QVERIFY(baseUnavailableReason(*definition, base.get<std::string>()).empty());
            const Config defaults = defaultConfig(*definition);
            const auto &d = stack["defaults"];
            QCOMPARE(d["packageManager"].get<std::string>(), defaults.packageManager);
            QCOMPARE(d["languageVersion"].get<std::string>(), defaults.languageVersion);
            QCOMPARE(d["base"].get<std::string>(), defaults.base);
            QCOMPARE(d["port"].get<int>(), defaults.port);
            QCOMPARE(d["startCommand"].get<std::string>(), defaults.startCommand);
        }
    }

    void nodeAndNextjsOfferWhatTheIssueAsks()
    {
        const nlohmann::json json = nlohmann::json::parse(run({QStringLiteral("options"), QStringLiteral("--json")}).out.toStdString());
        for (const char *id : {"node", "nextjs"}) {
            const auto it = std::find_if(json["stacks"].begin(), json["stacks"].end(), [&](const auto &s) { return s["id"] == id; });
            QVERIFY2(it != json["stacks"].end(), id);
            QCOMPARE((*it)["packageManagers"], nlohmann::json({"npm", "pnpm", "yarn", "yarn-berry", "bun"}));
            QCOMPARE((*it)["bases"], nlohmann::json({"alpine", "slim", "distroless"}));
            const auto versions = (*it)["languageVersions"].get<std::vector<std::string>>();
            for (const char *version : {"20", "22", "24", "26"})
                QVERIFY(std::find(versions.begin(), versions.end(), version) != versions.end());
            QCOMPARE((*it)["defaults"]["languageVersion"], nlohmann::json("26"));
            QVERIFY((*it)["unavailableBases"].contains("scratch"));
        }
    }

    void textListsEveryStack()
    {
        const Run r = run({QStringLiteral("options")});
        QCOMPARE(r.code, 0);
        const Catalog catalog = Catalog::loadDefault();
        for (const StackDefinition &stack : catalog.stacks())
            QVERIFY(r.out.contains(QString::fromStdString(stack.id + "  " + stack.name + "\n")));
        QVERIFY(r.out.contains(QStringLiteral("  not scratch: ")));
    }

    void badArgumentsExitWithTwo()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("options"), QStringLiteral("--jsn")},
                                        QStringList{QStringLiteral("options"), QStringLiteral("node")}}) {
            const Run r = run(args);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QString());
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestOptionsCommand)
#include "tst_optionscommand.moc"
