// Hostile user templates (issue #9): text that would break a Dockerfile line is refused at
// load time with its JSON pointer, files and folders are read with limits, and replacing a
// built-in stack is said out loud.
#include "../support/teststack.h"
#include "catalog/catalog.h"
#include "cli/cli.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

void writeFile(const QString &path, const std::string &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.data(), qint64(content.size()));
}

} // namespace

class TestHostileGenTemplates : public QObject
{
    Q_OBJECT

    // The one issue loading `stack` as the only user template reports (empty when it loads).
    static std::string issueFor(const nlohmann::json &stack)
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("stack.json")), stack.dump());
        const Catalog catalog = Catalog::load({folder.path().toStdString()});
        if (catalog.issues().empty())
            return {};
        const LoadIssue &issue = catalog.issues().front();
        return issue.pointer + ": " + issue.message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void cleanup() { QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively(); }

    // nlohmann reports a number too large for a double as out_of_range, not as a parse
    // error; it used to escape the loader and abort (found by fuzz_preset).
    void aNumberOutOfRangeIsATemplateIssue()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("stack.json")), "{\"id\": \"big\", \"x\": 1E400}");
        const Catalog catalog = Catalog::load({folder.path().toStdString()});
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        QCOMPARE(catalog.issues().front().message, std::string("not valid JSON (a number out of range)"));
    }

    void lineBreaksInTemplateTextAreRefusedWithTheirPointer_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addRow("from") << "/stages/1/from" << "alpine:3.23\nRUN curl x | sh";
        QTest::addRow("platform") << "/stages/0/platform" << "linux/amd64\nRUN id";
        QTest::addRow("stage name") << "/stages/0/name" << "build\nRUN id";
        QTest::addRow("flag") << "/stages/1/instructions/0/flags/0" << "--from=build\nRUN id";
        QTest::addRow("argument") << "/stages/0/instructions/0/arguments" << "/src\rRUN id";
        QTest::addRow("variable") << "/vars/extra" << "a\x07-b";
        QTest::addRow("choice variable") << "/bases/0/vars/runtimeImage" << "alpine\nRUN id";
        QTest::addRow("escape sequence") << "/name" << "Test\x1b[2J";
        QTest::addRow("choice id") << "/languageVersions/0/id" << "1\nRUN id";
    }

    void lineBreaksInTemplateTextAreRefusedWithTheirPointer()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        nlohmann::json stack = testStack();
        stack[nlohmann::json::json_pointer(pointer.toStdString())] = value.toStdString();
        const std::string issue = issueFor(stack);
        QVERIFY2(issue.rfind(pointer.toStdString() + ": ", 0) == 0, issue.c_str());
        QVERIFY2(issue.find("control character") != std::string::npos, issue.c_str());
    }

    void issuesArePrintedOnOneLine()
    {
        nlohmann::json stack = testStack();
        stack["bad\nkey\x1b[31m"] = 1;
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("evil\nname.json")), stack.dump());
        const Catalog catalog = Catalog::load({folder.path().toStdString()});
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        const std::string line = catalog.issues().front().toString();
        QVERIFY2(line.find('\n') == std::string::npos && line.find('\x1b') == std::string::npos, line.c_str());
        QVERIFY2(line.find("evil\\nname.json") != std::string::npos, line.c_str());
    }

    void longNamesDoNotCrashTheLoader_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addRow("stack id") << "/id";
        QTest::addRow("stage name") << "/stages/0/name";
        QTest::addRow("instruction") << "/stages/0/instructions/0/instruction";
    }

    void longNamesDoNotCrashTheLoader()
    {
        QFETCH(QString, pointer);
        nlohmann::json stack = testStack();
        const bool upper = pointer.endsWith(QStringLiteral("instruction"));
        stack[nlohmann::json::json_pointer(pointer.toStdString())] = std::string(200 * 1000, upper ? 'A' : 'a');
        const std::string issue = issueFor(stack);
        QVERIFY2(issue.rfind(pointer.toStdString() + ": ", 0) == 0, issue.c_str());
    }

    void anOptionPatternIsCheckedAtLoadTime()
    {
        nlohmann::json stack = testStack();
        stack["options"][0]["pattern"] = "([a-z]+";
        QCOMPARE(issueFor(stack).substr(0, 20), std::string("/options/0/pattern: "));
        // Valid only once anchored (\A(?:a)|(.*)\z), where it would match anything.
        stack["options"][0]["pattern"] = "a)|(.*";
        QCOMPARE(issueFor(stack).substr(0, 20), std::string("/options/0/pattern: "));
    }

    void deeplyNestedTemplatesAreRefused()
    {
        nlohmann::json stack = testStack();
        nlohmann::json deep = "x";
        for (int i = 0; i < 100; ++i)
            deep = nlohmann::json::array({deep});
        stack["stages"][0]["instructions"][0]["when"] = {{"base", deep}};
        const std::string issue = issueFor(stack);
        QVERIFY2(issue.find("nested deeper than") != std::string::npos, issue.c_str());
    }

    void aLargeTemplateIsRefused()
    {
        nlohmann::json stack = testStack();
        stack["description"] = std::string(300 * 1024, 'x');
        const std::string issue = issueFor(stack);
        QVERIFY2(issue.find("larger than 256 KiB") != std::string::npos, issue.c_str());
    }

    void onlySoManyUserTemplatesAreLoaded()
    {
        QTemporaryDir folder;
        nlohmann::json stack = testStack();
        for (int i = 0; i < 70; ++i) {
            stack["id"] = "stack-" + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
            writeFile(folder.filePath(QString::fromStdString(stack["id"].get<std::string>()) + QStringLiteral(".json")), stack.dump());
        }
        QElapsedTimer timer;
        timer.start();
        const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
        // The built-in stacks load besides the first 64 of the user's.
        QCOMPARE(catalog.stacks().size(), Catalog::load({":/templates"}).stacks().size() + 64);
        QVERIFY(catalog.find("stack-063"));
        QVERIFY(!catalog.find("stack-064"));
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        const std::string warning = catalog.issues().front().toString();
        QVERIFY2(warning.rfind("warning: ", 0) == 0, warning.c_str());
        QVERIFY2(warning.find("6 skipped") != std::string::npos, warning.c_str());
        QVERIFY2(warning.find(folder.path().toStdString()) != std::string::npos, warning.c_str());
    }

    void replacingABuiltInStackIsANote()
    {
        QTemporaryDir folder;
        nlohmann::json stack = testStack();
        stack["id"] = "go";
        writeFile(folder.filePath(QStringLiteral("mygo.json")), stack.dump());
        const Catalog catalog = Catalog::load({":/templates", folder.path().toStdString()});
        QCOMPARE(catalog.find("go")->name, std::string("Test stack"));
        QCOMPARE(catalog.issues().size(), std::size_t(1));
        QCOMPARE(catalog.issues().front().toString(),
                 "note: template " + folder.filePath(QStringLiteral("mygo.json")).toStdString() + " replaces the built-in stack 'go'");
    }

    void theCliRefusesAnExpansionBombWithExit2()
    {
        const QString userFolder = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(userFolder));
        nlohmann::json stack = testStack();
        // a = ten ${b}, b = ten ${c}, ... h = ten characters: 100 MB from a few hundred bytes.
        const std::string names = "abcdefg";
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::string value;
            for (int n = 0; n < 10; ++n)
                value += "${" + std::string(1, char(names[i] + 1)) + "}";
            stack["vars"][names.substr(i, 1)] = value;
        }
        stack["vars"]["h"] = "0123456789";
        stack["stages"][0]["instructions"][1]["arguments"] = "echo ${a}";
        writeFile(userFolder + QStringLiteral("/bomb.json"), stack.dump());
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("teststack")}, out, err), 2);
        out.flush();
        err.flush();
        QCOMPARE(outText, QString());
        QCOMPARE(errText.count(QLatin1Char('\n')), 1);
        QVERIFY2(errText.contains(QStringLiteral("larger than 1 MiB")), qPrintable(errText));
    }

    void theCliPrintsTheNote()
    {
        const QString userFolder = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(userFolder));
        nlohmann::json stack = testStack();
        stack["id"] = "go";
        writeFile(userFolder + QStringLiteral("/go.json"), stack.dump());
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go")}, out, err), 0);
        err.flush();
        QCOMPARE(errText, QStringLiteral("stagecraft: note: template ") + userFolder + QStringLiteral("/go.json replaces the built-in stack 'go'\n"));
    }
};

QTEST_GUILESS_MAIN(TestHostileGenTemplates)
#include "tst_hostilegentemplates.moc"
