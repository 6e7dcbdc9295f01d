// The acceptance test of issue #10: for every small real-world project under
// tests/fixtures/projects (see SOURCES.md for where each comes from), `generate --project`
// either writes a Dockerfile that passes the build check and starts the project with its
// own command on its own port, or refuses with a reason (exit 2). expected.json states,
// per project, the facts read from the project and either the exact final command
// ("finalCommand", exec form with the default base) or the reason for a refusal
// ("refusal", a phrase the message must contain). Python and Go projects never refuse.
#include "../support/testfiles.h"
#include "clirun.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QString projectsRoot()
{
    return QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects");
}

nlohmann::json expectations()
{
    return nlohmann::json::parse(readFile(projectsRoot() + QStringLiteral("/expected.json")).toStdString());
}

// The lines of the final stage (after the last FROM), continuation lines joined.
std::vector<std::string> finalStageLines(const QString &dockerfile)
{
    std::vector<std::string> lines;
    std::string joined;
    for (const QString &line : dockerfile.split(QLatin1Char('\n'))) {
        joined += line.toStdString();
        if (!joined.empty() && joined.back() == '\\') {
            joined.pop_back();
            continue;
        }
        if (joined.rfind("FROM ", 0) == 0)
            lines.clear();
        lines.push_back(joined);
        joined.clear();
    }
    return lines;
}

// ENTRYPOINT's array followed by CMD's, as the container runs them.
nlohmann::json finalCommand(const std::vector<std::string> &lines)
{
    nlohmann::json entrypoint = nlohmann::json::array();
    nlohmann::json command = nlohmann::json::array();
    for (const std::string &line : lines) {
        if (line.rfind("ENTRYPOINT [", 0) == 0)
            entrypoint = nlohmann::json::parse(line.substr(11));
        else if (line.rfind("CMD [", 0) == 0)
            command = nlohmann::json::parse(line.substr(4));
    }
    for (const auto &argument : command)
        entrypoint.push_back(argument);
    return entrypoint;
}

std::string exposed(const std::vector<std::string> &lines)
{
    for (const std::string &line : lines) {
        if (line.rfind("EXPOSE ", 0) == 0)
            return line.substr(7);
    }
    return {};
}

} // namespace

class TestProjectFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureIsListed()
    {
        std::set<std::string> listed;
        const nlohmann::json all = expectations();
        for (const auto &project : all["projects"])
            listed.insert(project["name"].get<std::string>());
        const QStringList folders = QDir(projectsRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(folders.size() >= 30);
        for (const QString &folder : folders)
            QVERIFY2(listed.count(folder.toStdString()), qPrintable(folder + QStringLiteral(" has no entry in expected.json")));
        QCOMPARE(listed.size(), std::size_t(folders.size()));
    }

    void generateFitsOrRefuses_data()
    {
        QTest::addColumn<QByteArray>("entry");
        const nlohmann::json all = expectations();
        for (const auto &project : all["projects"])
            QTest::newRow(project["name"].get<std::string>().c_str()) << QByteArray::fromStdString(project.dump());
    }

    void generateFitsOrRefuses()
    {
        QFETCH(QByteArray, entry);
        const nlohmann::json expected = nlohmann::json::parse(entry.toStdString());
        const QString folder = projectsRoot() + QLatin1Char('/') + QString::fromStdString(expected["name"].get<std::string>());
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--project"), folder});
        const std::string stack = expected["stack"].get<std::string>();

        if (expected.contains("refusal")) {
            QVERIFY2(stack != "python" && stack != "go", "every Python and Go project fits");
            QCOMPARE(run.code, 2);
            QCOMPARE(run.out, QString());
            QVERIFY2(run.err.contains(QString::fromStdString(expected["refusal"].get<std::string>())), qPrintable(run.err));
            // The reason is the fix; --stack would not help a stack Stagecraft recognised.
            QVERIFY2(!run.err.contains(QLatin1String("choose a stack")), qPrintable(run.err));
            return;
        }
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("stagecraft generate:")), qPrintable(run.err));
        const std::vector<std::string> lines = finalStageLines(run.out);
        QCOMPARE(finalCommand(lines).dump(), expected["finalCommand"].dump());
        QCOMPARE(exposed(lines), std::to_string(expected["port"].get<int>()));

        // The written file passes `stagecraft check` too, run as a user would on it.
        QTemporaryDir dir;
        const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
        writeFile(dockerfile, run.out.toUtf8());
        const CliRun check = runCliCapturing({QStringLiteral("check"), folder, QStringLiteral("--dockerfile"), dockerfile});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }

    // A server whose own code listens on loopback cannot be fixed by a flag or a variable:
    // the check names the line and generate refuses, saying what to change.
    void aLoopbackOnlyServerIsRefused()
    {
        const QString folder = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/go-loopback");
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--project"), folder});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(QLatin1String("loopback")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));

        // --write-anyway writes it, the findings on top as comments, the directive still first.
        const CliRun anyway = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--project"), folder,
                                               QStringLiteral("--write-anyway")});
        QCOMPARE(anyway.code, 0);
        const QStringList lines = anyway.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("# syntax=docker/dockerfile:1"));
        QVERIFY(lines.at(1).startsWith(QLatin1String("# stagecraft check: this Dockerfile does not fit")));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("#   line ")), qPrintable(lines.at(2)));
        // The line a finding names is that line in the written file.
        const int named = lines.at(2).mid(9, lines.at(2).indexOf(QLatin1Char(':')) - 9).toInt();
        QVERIFY(named > 3);
        QVERIFY2(lines.at(2).contains(lines.at(named - 1).left(20)), qPrintable(lines.at(2) + QLatin1Char('|') + lines.at(named - 1)));
    }
};

QTEST_GUILESS_MAIN(TestProjectFixtures)
#include "tst_projectfixtures.moc"
