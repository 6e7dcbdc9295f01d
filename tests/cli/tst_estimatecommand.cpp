#include "cli/cli.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
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
        QCOMPARE(keys(j), (std::vector<std::string>{"dataAsOf", "multiStage", "ratio", "schemaVersion", "singleStage"}));
        QCOMPARE(j["schemaVersion"].get<int>(), 1);
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

    // A real Rack project (the ruby-sinatra fixture) with gems installed into vendor/bundle:
    // both images' gem layers are measured there, as the Ruby template declares (the naive
    // image's install also keeps Bundler's cache, priced by the stack's default).
    void stackFolderIsMeasured()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/ruby-sinatra");
        for (const QString &name : QDir(source).entryList(QDir::Files | QDir::Hidden))
            QVERIFY(QFile::copy(source + QLatin1Char('/') + name, dir.filePath(name)));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("vendor/bundle/ruby/4.0.0/gems/sinatra-4.1.1/lib")));
        QFile gem(dir.filePath(QStringLiteral("vendor/bundle/ruby/4.0.0/gems/sinatra-4.1.1/lib/sinatra.rb")));
        QVERIFY(gem.open(QIODevice::WriteOnly));
        QCOMPARE(gem.write(QByteArray(5000, 'x')), qint64(5000));
        gem.close();

        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--project"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
        for (const char *variant : {"singleStage", "multiStage"}) {
            int measuredGems = 0;
            for (const auto &layer : j[variant]["layers"]) {
                if (layer["description"].get<std::string>().find("(vendor/bundle)") == std::string::npos)
                    continue;
                QVERIFY(layer["measured"].get<bool>());
                if (std::string(variant) == "multiStage")
                    QCOMPARE(layer["diskBytes"].get<std::int64_t>(), std::int64_t(5000));
                else
                    QVERIFY(layer["description"].get<std::string>().find("(vendor/bundle); plus the package manager's cache")
                            != std::string::npos);
                ++measuredGems;
            }
            QVERIFY2(measuredGems == 1, variant);
        }
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

    // Another Dockerfile is priced next to ours by the same rules: the same measured
    // project, the same base-image data.
    void compareWithAnotherDockerfile()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("Dockerfile"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM node:22-trixie AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"
                   "FROM node:22-trixie-slim\nWORKDIR /app\nCOPY --from=build /app /app\nCMD [\"node\", \"dist/index.js\"]\n");
        file.close();
        const Run r = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--language-version"),
                           QStringLiteral("22"), QStringLiteral("--project"), fixture, QStringLiteral("--compare"), other, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
        const nlohmann::json &compared = j["compared"];
        QCOMPARE(compared["file"].get<std::string>(), other.toStdString());
        QCOMPARE(compared["layers"][0]["instruction"].get<std::string>(), std::string("FROM node:22-trixie-slim"));
        // All of node_modules, dev included, and the build output are measured in the project.
        int measured = 0;
        for (const auto &layer : compared["layers"])
            measured += layer["measured"].get<bool>() ? 1 : 0;
        QCOMPARE(measured, 3);
        QVERIFY(compared["diskBytes"].get<std::int64_t>() > j["multiStage"]["diskBytes"].get<std::int64_t>());

        const Run human = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--compare"), other});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains(QStringLiteral("compared (") + other + QStringLiteral("): ")));

        const Run missing = run({QStringLiteral("estimate"), QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--compare"),
                                 dir.filePath(QStringLiteral("none"))});
        QCOMPARE(missing.code, 2);
        QCOMPARE(missing.out, QString());
        QVERIFY2(missing.err.startsWith(QStringLiteral("stagecraft estimate: --compare ")) && missing.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(missing.err));
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
