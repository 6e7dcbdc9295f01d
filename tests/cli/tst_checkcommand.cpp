// `stagecraft check` run in-process: exit 0 when the Dockerfile fits, 1 with one line per
// finding, 2 with one line for bad input; --json for scripts.
#include "cli/cli.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace stagecraft;

namespace {

void writeFile(const QString &root, const QString &relative, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QByteArray fits = "FROM node:22-alpine\nENV PORT=3000\nWORKDIR /app\nCOPY package.json app.js ./\nEXPOSE 3000\n"
                        "CMD [\"node\", \"app.js\"]\n";

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init()
    {
        writeFile(m_dir.path(), QStringLiteral("package.json"), R"({"name":"a","scripts":{"start":"node app.js"}})");
        writeFile(m_dir.path(), QStringLiteral("app.js"), "require('http').createServer().listen(process.env.PORT)\n");
        writeFile(m_dir.path(), QStringLiteral("Dockerfile"), fits);
    }

    void fitsExitsZero()
    {
        const testing::CliRun run = testing::runCliCapturing({QStringLiteral("check"), m_dir.path()});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("fits")));
        QVERIFY(run.err.isEmpty());
    }

    void findingsExitOneWithTheirLines()
    {
        QByteArray broken = fits;
        broken.replace("app.js ./", "server.js ./");
        broken.replace("EXPOSE 3000", "EXPOSE 9000");
        writeFile(m_dir.path(), QStringLiteral("Dockerfile.broken"), broken);
        const testing::CliRun run = testing::runCliCapturing(
            {QStringLiteral("check"), m_dir.path(), QStringLiteral("--dockerfile"), m_dir.path() + QStringLiteral("/Dockerfile.broken")});
        QCOMPARE(run.code, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(run.out));
        QVERIFY(lines[0].startsWith(QStringLiteral("line 4: COPY package.json server.js ./: 'server.js' does not exist")));
        QVERIFY(lines[1].startsWith(QStringLiteral("line 5: EXPOSE 9000: EXPOSE says 9000 but the app listens on 3000")));
        QVERIFY(lines[2].startsWith(QStringLiteral("line 6: CMD")));
        QVERIFY(lines[2].contains(QStringLiteral("app.js")));
    }

    void json()
    {
        QByteArray broken = fits;
        broken.replace("CMD [\"node\", \"app.js\"]", "CMD [\"node\", \"dist/main.js\"]");
        writeFile(m_dir.path(), QStringLiteral("Dockerfile"), broken);
        const testing::CliRun run = testing::runCliCapturing({QStringLiteral("check"), m_dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.code, 1);
        const nlohmann::json json = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(json["fits"].get<bool>(), false);
        QCOMPARE(json["findings"].size(), std::size_t(1));
        QCOMPARE(json["findings"][0]["rule"].get<std::string>(), std::string("start-file"));
        QCOMPARE(json["findings"][0]["line"].get<int>(), 6);
        QVERIFY(json["unverified"].is_array());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no dir") << QStringList{QStringLiteral("check")};
        QTest::newRow("two dirs") << QStringList{QStringLiteral("check"), QStringLiteral("/"), QStringLiteral("/")};
        QTest::newRow("not a dir") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/\x1b")};
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("check"), QStringLiteral("/"), QStringLiteral("--nope")};
        QTest::newRow("no dockerfile") << QStringList{QStringLiteral("check"), QStringLiteral("/"), QStringLiteral("--dockerfile"),
                                                      QStringLiteral("/nonexistent/Dockerfile")};
        QTest::newRow("dockerfile is a folder") << QStringList{QStringLiteral("check"), QStringLiteral("/"),
                                                               QStringLiteral("--dockerfile"), QStringLiteral("/")};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const testing::CliRun run = testing::runCliCapturing(args);
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!run.err.contains(QChar(0x1b)));
    }

    void listedInHelp()
    {
        const testing::CliRun run = testing::runCliCapturing({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QStringLiteral("  check ")));
        QCOMPARE(testing::runCliCapturing({QStringLiteral("check"), QStringLiteral("--help")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
