// The build check on hostile Dockerfiles: huge, endless or malformed input stays bounded
// and never crashes; what could not be read is reported, not ignored.
#include "check/buildcheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

using namespace stagecraft;

namespace {

// The check in a thread, so a hang fails the test instead of stalling it.
bool checkWithin(const std::string &dockerfile, const std::string &context, CheckResult &out)
{
    auto shared = std::make_shared<std::string>(dockerfile);
    std::future<CheckResult> result = std::async(std::launch::async, [shared, context] {
        return checkDockerfile({.dockerfile = *shared, .contextDir = context, .dockerignore = std::nullopt});
    });
    if (result.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
        std::thread([held = std::move(result)]() mutable { held.wait(); }).detach();
        return false;
    }
    out = result.get();
    return true;
}

bool hasRule(const CheckResult &result, const std::string &rule)
{
    for (const CheckFinding &finding : result.findings)
        if (finding.rule == rule)
            return true;
    return false;
}

} // namespace

class TestBuildCheckHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void oneMebibyteOnOneLine()
    {
        CheckResult result;
        QVERIFY(checkWithin("FROM alpine\nRUN " + std::string(1024 * 1024 - 20, 'a'), m_dir.path().toStdString(), result));
        QVERIFY(checkWithin("FROM alpine\nRUN " + std::string(1024 * 1024 + 20, 'a'), m_dir.path().toStdString(), result));
        QVERIFY(hasRule(result, "syntax"));
    }

    void aHundredThousandInstructions()
    {
        std::string dockerfile = "FROM alpine\n";
        for (int i = 0; i < 100000; ++i)
            dockerfile += "ENV A=b\n";
        CheckResult result;
        QVERIFY(checkWithin(dockerfile, m_dir.path().toStdString(), result));
        QVERIFY(hasRule(result, "syntax"));
    }

    void manyStagesAndCopies()
    {
        std::string dockerfile;
        for (int i = 0; i < 3000; ++i)
            dockerfile += "FROM " + std::string(i == 0 ? "alpine" : "s" + std::to_string(i - 1)) + " AS s" + std::to_string(i)
                          + "\nCOPY --from=s0 /etc/passwd /x\n";
        CheckResult result;
        QVERIFY(checkWithin(dockerfile, m_dir.path().toStdString(), result));
    }

    void deepContinuations()
    {
        std::string dockerfile = "FROM alpine\nRUN echo \\\n";
        for (int i = 0; i < 150000; ++i)
            dockerfile += "  a \\\n";
        dockerfile += "  end\n";
        CheckResult result;
        QVERIFY(checkWithin(dockerfile, m_dir.path().toStdString(), result));
    }

    void invalidUtf8AndControlCharacters()
    {
        CheckResult result;
        QVERIFY(checkWithin("FROM alpine\nCOPY \xff\xfe\x1b""31m ./\nCMD [\"\xc3\x28\"]\n", m_dir.path().toStdString(), result));
        QVERIFY(hasRule(result, "copy-source"));
        for (const CheckFinding &finding : result.findings) {
            const std::string text = findingText(finding);
            QVERIFY(text.find('\x1b') == std::string::npos);
            QVERIFY(QString::fromStdString(text).toUtf8().toStdString() == text);
        }
    }

    void aHeredocThatNeverEnds()
    {
        std::string dockerfile = "FROM alpine\nRUN <<EOF\n";
        for (int i = 0; i < 50000; ++i)
            dockerfile += "echo line\n";
        CheckResult result;
        QVERIFY(checkWithin(dockerfile, m_dir.path().toStdString(), result));
        QVERIFY(hasRule(result, "syntax"));
        QCOMPARE(result.findings.front().line, 2);
    }

    void malformedInstructions()
    {
        CheckResult result;
        for (const char *dockerfile : {"", "\n\n", "COPY a b\n", "FROM\n", "FROM alpine AS\nCOPY --from= a b\n",
                                       "FROM alpine\nCOPY --from=999999999999 /a /b\nEXPOSE 99999999999999\n",
                                       "FROM alpine\nRUN --mount=type=bind,source=\nCMD [\n", "FROM alpine\nWORKDIR ${A:-\n",
                                       "FROM alpine\nHEALTHCHECK CMD http://:\nCMD [\"\"]\n", "FROM alpine\nENV\nARG\n"}) {
            QVERIFY2(checkWithin(dockerfile, m_dir.path().toStdString(), result), dockerfile);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuildCheckHostile)
#include "tst_buildcheckhostile.moc"
