#include "cli/cli.h"
#include "clirun.h"

#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace stagecraft;

namespace {

using Run = testing::CliRun;

Run run(const QStringList &args)
{
    return testing::runCliCapturing(args);
}

std::vector<std::string> keys(const nlohmann::json &object)
{
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.push_back(it.key());
    return out;
}

const QString fixture = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/estimate/nodeproject");

} // namespace

class TestEstimateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonHasExactKeys()
    {
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"),
                           QStringLiteral("--base"), QStringLiteral("alpine"), QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(keys(j), (std::vector<std::string>{"dataAsOf", "multiStage", "ratio", "singleStage"}));
        QCOMPARE(j["dataAsOf"].get<std::string>(), std::string("2024-09-03")); // node:22-alpine on disk
        for (const char *variant : {"singleStage", "multiStage"}) {
            QCOMPARE(keys(j[variant]), (std::vector<std::string>{"compressedBytes", "diskBytes", "layers"}));
            std::int64_t sum = 0;
            for (const auto &layer : j[variant]["layers"]) {
                QCOMPARE(keys(layer), (std::vector<std::string>{"description", "diskBytes", "instruction", "measured"}));
                QVERIFY(!layer["measured"].get<bool>());
                sum += layer["diskBytes"].get<std::int64_t>();
            }
            QCOMPARE(j[variant]["diskBytes"].get<std::int64_t>(), sum);
        }
        QCOMPARE(j["multiStage"]["layers"][0]["instruction"].get<std::string>(), std::string("FROM node:26-alpine3.23"));
        QVERIFY(j["ratio"].get<double>() > 5.0);
    }

    void projectIsMeasured()
    {
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"),
                           QStringLiteral("--project"), fixture, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
        int measured = 0;
        for (const auto &layer : j["multiStage"]["layers"])
            measured += layer["measured"].get<bool>() ? 1 : 0;
        QCOMPARE(measured, 2); // production node_modules and dist
    }

    void humanOutputSaysHowOld()
    {
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--base"), QStringLiteral("slim")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("single-stage: 1.26 GB on disk")));
        QVERIFY(r.out.contains(QStringLiteral("Image sizes as of 2024-09-03 (oldest figure used)")));
        QVERIFY(r.out.contains(QStringLiteral("multi-stage is about 5x smaller")));
    }

    void projectScanGivesTheStartingConfiguration()
    {
        const QString go = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/go-single");
        const Run scanned = run({QStringLiteral("estimate"), QStringLiteral("--project"), go, QStringLiteral("--json")});
        QCOMPARE(scanned.code, 0);
        const Run explicitGo = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--language-version"),
                                    QStringLiteral("1.22"), QStringLiteral("--project"), go, QStringLiteral("--json")});
        QCOMPARE(explicitGo.code, 0);
        const auto json = nlohmann::json::parse(scanned.out.toStdString());
        QVERIFY(json["multiStage"]["layers"][0]["instruction"].get<std::string>().find("distroless") != std::string::npos);
        QCOMPARE(scanned.out, explicitGo.out);
    }

    void badInput()
    {
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"),
                           QStringLiteral("--project"), QStringLiteral("/nonexistent/stagecraft")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("stagecraft estimate: --project: '/nonexistent/stagecraft' is not a directory\n"));
        QCOMPARE(run({QStringLiteral("estimate"), QStringLiteral("--bogus")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestEstimateCommand)
#include "tst_estimatecommand.moc"
