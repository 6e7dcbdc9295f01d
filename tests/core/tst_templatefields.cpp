// What a template declares instead of hiding it in "vars", and what the loader checks: every
// condition value can match, facts of choices are conditions, continuation lines carry
// conditions of their own.
#include "catalog/catalog.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace stagecraft;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

nlohmann::json smallStack(const nlohmann::json &extra = nlohmann::json::object())
{
    nlohmann::json stack = nlohmann::json::parse(R"({
      "id": "small", "name": "Small",
      "languageVersions": [{"id": "1", "facts": {"hasShell": true, "libc": "musl"}}, {"id": "2", "facts": {"libc": "glibc"}}],
      "packageManagers": [{"id": "plain"}, {"id": "fancy", "unavailableBases": {"slim": "fancy needs alpine"}}],
      "bases": [{"id": "alpine"}, {"id": "slim", "healthcheckUnavailable": "no probe"},
                {"id": "distroless", "fixedUser": 65532, "unavailableOptions": {"extra": "nothing to install with"}}],
      "options": [{"id": "mode", "label": "Mode", "default": "a", "pattern": "a|b"},
                  {"id": "extra", "label": "Extra", "default": ""},
                  {"id": "flag", "label": "Flag", "kind": "toggle", "default": "false"}],
      "defaults": {"packageManager": "plain", "languageVersion": "1", "base": "alpine", "startCommand": "sh"},
      "reservedIds": {"ids": [1000, 1001], "owner": "the image own user"},
      "stages": [{"name": "run", "from": "alpine:3.23", "explain": "One stage.",
                  "instructions": [
                    {"instruction": "RUN", "explain": "Lines of their own.",
                     "arguments": ["echo start", {"line": "&& echo shell", "when": {"hasShell": true}},
                                   {"line": "&& echo b", "when": {"mode": "b"}, "unless": {"libc": "glibc"}}, "&& echo end"]},
                    {"instruction": "CMD", "arguments": "${startExec}", "explain": "Starts."}]}],
      "singleStage": [{"from": "alpine:3.23", "explain": "Naive.",
                       "instructions": [{"instruction": "CMD", "arguments": "${startExec}", "explain": "Starts."}]}]
    })");
    stack.merge_patch(extra);
    return stack;
}

Catalog catalogOf(const nlohmann::json &stack)
{
    Catalog catalog;
    LoadIssue issue;
    Outcome<StackDefinition> parsed = parseStack(stack, "small.json", &issue);
    if (parsed)
        catalog.add(std::move(parsed).value());
    return catalog;
}

LoadIssue issueOf(const nlohmann::json &stack)
{
    LoadIssue issue;
    parseStack(stack, "small.json", &issue);
    return issue;
}

nlohmann::json withCondition(const nlohmann::json &when)
{
    nlohmann::json stack = smallStack();
    stack["stages"][0]["instructions"][1]["when"] = when;
    return stack;
}

} // namespace

class TestTemplateFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void continuationLinesHaveConditions()
    {
        const Catalog catalog = catalogOf(smallStack());
        QCOMPARE(catalog.stacks().size(), std::size_t(1));
        Config config = defaultConfig(catalog.stacks().front());
        const auto runLine = [&] {
            const Outcome<Generated> generated = generate(catalog, config);
            return generated ? generated->multiStage.stages[0].instructions[0].argumentLines : std::vector<std::string>{generated.error()};
        };
        QCOMPARE(runLine(), (std::vector<std::string>{"echo start", "&& echo shell", "&& echo end"}));
        config.options["mode"] = "b";
        QCOMPARE(runLine(), (std::vector<std::string>{"echo start", "&& echo shell", "&& echo b", "&& echo end"}));
        config.languageVersion = "2"; // no hasShell (false), libc glibc
        QCOMPARE(runLine(), (std::vector<std::string>{"echo start", "&& echo end"}));
    }

    void factsAreCompletedOnEveryChoice()
    {
        const StackDefinition stack = catalogOf(smallStack()).stacks().front();
        QCOMPARE(stack.languageVersions[1].facts, (std::map<std::string, std::string>{{"hasShell", "false"}, {"libc", "glibc"}}));
        QCOMPARE(stack.languageVersions[0].facts.at("libc"), std::string("musl"));
    }

    void declaredFieldsDriveTheRefusals()
    {
        const Catalog catalog = catalogOf(smallStack());
        const StackDefinition &stack = catalog.stacks().front();
        QCOMPARE(stack.reservedIds, (std::vector<int>{1000, 1001}));
        Config config = defaultConfig(stack);
        config.packageManager = "fancy";
        config.base = "slim";
        QCOMPARE(baseUnavailableReason(stack, config), std::string("fancy needs alpine"));
        QCOMPARE(healthcheckBlock(stack, config).reason, std::string("no probe"));
        config = defaultConfig(stack);
        config.base = "distroless";
        QCOMPARE(baseUnavailableReason(stack, config), std::string());
        config.options["extra"] = "curl";
        QCOMPARE(baseUnavailableReason(stack, config), std::string("nothing to install with"));
        config = defaultConfig(stack);
        config.uid = 1001;
        QCOMPARE(validateConfig(catalog, config), std::string("uid 1001 is taken by the image own user; choose another (the default is 10001)"));
        config = defaultConfig(stack);
        config.base = "distroless";
        config.nonRoot = false;
        const Outcome<Generated> generated = generate(catalog, config);
        QVERIFY(generated.ok());
        QCOMPARE(generated->notes.front(), std::string("The distroless base always runs as its built-in unprivileged user 65532; choose another base to run as root."));
    }

    void theShippedTemplatesKeepNoControlVariables()
    {
        const Catalog catalog = Catalog::load({":/templates"});
        QVERIFY(!catalog.stacks().empty());
        for (const StackDefinition &stack : catalog.stacks()) {
            std::vector<const Variables *> all{&stack.vars};
            for (const auto *list : {&stack.languageVersions, &stack.packageManagers, &stack.bases}) {
                for (const Choice &choice : *list)
                    all.push_back(&choice.vars);
            }
            for (const Variables *vars : all) {
                for (const auto &[name, value] : *vars) {
                    QVERIFY2(name != "fixedUser" && name != "reservedIds" && name != "reservedIdsOwner" && !name.ends_with("Unavailable"),
                             (stack.id + ": " + name).c_str());
                }
            }
        }
        // The fields they became.
        QCOMPARE(catalog.find("node")->reservedIds, std::vector<int>{1000});
        QCOMPARE(catalog.find("go")->base("distroless")->fixedUser, 65532);
        QVERIFY(!catalog.find("go")->base("scratch")->healthcheckUnavailable.empty());
        QVERIFY(!catalog.find("python")->languageVersion("3.14")->unavailableBases.at("distroless").empty());
        QCOMPARE(catalog.find("node")->languageVersion("26")->facts.at("bundlesYarn"), std::string("false"));
        QCOMPARE(catalog.find("node")->languageVersion("24")->facts.at("bundlesYarn"), std::string("true"));
    }

    void nodeInstallsYarnClassicWhereTheImageLacksIt()
    {
        const Catalog catalog = Catalog::load({":/templates"});
        Config config = defaultConfig(*catalog.find("node"));
        config.packageManager = "yarn";
        for (const auto &[version, installs] : {std::pair{"26", true}, {"24", false}, {"22", false}, {"20", false}}) {
            config.languageVersion = version;
            const std::string text = render(generate(catalog, config)->multiStage).text;
            QCOMPARE(text.find("npm install --global yarn@") != std::string::npos, installs);
        }
    }

    void legacyControlVariablesStillLoad()
    {
        nlohmann::json stack = smallStack();
        stack.erase("reservedIds");
        stack["vars"] = {{"reservedIds", "1000,1002"}, {"reservedIdsOwner", "old"}};
        stack["bases"][1] = {{"id", "slim"}, {"vars", {{"healthcheckUnavailable", "old probe"}, {"fixedUser", "65532"}, {"extraUnavailable", "old extra"}}}};
        stack["packageManagers"][1] = {{"id", "fancy"}, {"vars", {{"slimUnavailable", "old fancy"}}}};
        const Catalog catalog = catalogOf(stack);
        QCOMPARE(catalog.stacks().size(), std::size_t(1));
        const StackDefinition &s = catalog.stacks().front();
        QCOMPARE(s.reservedIds, (std::vector<int>{1000, 1002}));
        QCOMPARE(s.reservedIdsOwner, std::string("old"));
        QCOMPARE(s.base("slim")->healthcheckUnavailable, std::string("old probe"));
        QCOMPARE(s.base("slim")->fixedUser, 65532);
        QCOMPARE(s.base("slim")->unavailableOptions.at("extra"), std::string("old extra"));
        QCOMPARE(s.packageManager("fancy")->unavailableBases.at("slim"), std::string("old fancy"));
    }

    void conditionValuesAreChecked_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const std::string at = "/stages/0/instructions/1/when/";
        QTest::addRow("base") << q(R"({"base": "alpnie"})") << q(at + "base") << q(R"("alpnie" is not a base of this stack)");
        QTest::addRow("base in a list") << q(R"({"base": ["slim", "scratch"]})") << q(at + "base/1") << q(R"("scratch" is not a base of this stack)");
        QTest::addRow("package manager") << q(R"({"packageManager": "npm"})") << q(at + "packageManager") << q(R"("npm" is not a package manager of this stack)");
        QTest::addRow("version") << q(R"({"languageVersion": "26"})") << q(at + "languageVersion") << q(R"("26" is not a language version of this stack)");
        QTest::addRow("switch") << q(R"({"nonRoot": "yes"})") << q(at + "nonRoot") << q(R"(nonRoot is true or false, not "yes")");
        QTest::addRow("toggle") << q(R"({"flag": "on"})") << q(at + "flag") << q("the toggle option 'flag' is \"true\" or \"false\", not \"on\"");
        QTest::addRow("pattern") << q(R"({"mode": "c"})") << q(at + "mode") << q("\"c\" can never be a value of the option 'mode' (a|b)");
        QTest::addRow("fact") << q(R"({"libc": "uclibc"})") << q(at + "libc") << q("\"uclibc\" is not a value of the fact 'libc' (\"glibc\", \"musl\")");
        QTest::addRow("boolean fact") << q(R"({"hasShell": "maybe"})") << q(at + "hasShell") << q("\"maybe\" is not a value of the fact 'hasShell' (\"false\", \"true\")");
        QTest::addRow("unknown") << q(R"({"hasShel": true})") << q(at + "hasShel") << q("unknown condition 'hasShel'");
    }

    void conditionValuesAreChecked()
    {
        QFETCH(QString, when);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const LoadIssue issue = issueOf(withCondition(nlohmann::json::parse(when.toStdString())));
        QCOMPARE(QString::fromStdString(issue.pointer), pointer);
        QCOMPARE(QString::fromStdString(issue.message), message);
        QCOMPARE(issue.toString(), "warning: skipped template small.json: " + pointer.toStdString() + ": " + message.toStdString());
    }

    void matchingConditionValuesLoad()
    {
        for (const char *when : {R"({"base": ["alpine", "distroless"]})", R"({"mode": "b", "flag": "true", "extra": "anything"})",
                                 R"({"libc": "musl", "hasShell": false, "packageManager": "fancy", "labels": true})"}) {
            const LoadIssue issue = issueOf(withCondition(nlohmann::json::parse(when)));
            QVERIFY2(issue.message.empty(), (std::string(when) + ": " + issue.message).c_str());
        }
    }

    void declaredFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        QTest::addRow("refused base") << q(R"({"packageManagers": [{"id": "plain", "unavailableBases": {"scratch": "x"}}]})") << q("/packageManagers/0/unavailableBases/scratch") << q(R"("scratch" is not a base of this stack)");
        QTest::addRow("refused option") << q(R"({"bases": [{"id": "alpine", "unavailableOptions": {"missing": "x"}}, {"id": "slim"}]})") << q("/bases/0/unavailableOptions/missing") << q(R"("missing" is not an option of this stack)");
        QTest::addRow("field of another list") << q(R"({"languageVersions": [{"id": "1", "fixedUser": 1}]})") << q("/languageVersions/0") << q("unknown key 'fixedUser'");
        QTest::addRow("fixed user past int") << q(R"({"bases": [{"id": "alpine", "fixedUser": 4294967297}]})") << q("/bases/0/fixedUser") << q("expected an integer from -2147483648 to 2147483647");
        QTest::addRow("fixed user not a number") << q(R"({"bases": [{"id": "alpine", "fixedUser": 1.5}]})") << q("/bases/0/fixedUser") << q("expected an integer from -2147483648 to 2147483647");
        QTest::addRow("fixed root") << q(R"({"bases": [{"id": "alpine", "fixedUser": 0}]})") << q("/bases/0/fixedUser") << q("a fixed user is a uid from 1 to 2147483647");
        QTest::addRow("mixed fact") << q(R"({"languageVersions": [{"id": "1", "facts": {"x": true}}, {"id": "2", "facts": {"x": "word"}}]})") << q("/languageVersions/1/facts/x") << q("the fact 'x' is true or false on one choice and a word on another");
        QTest::addRow("fact named like an option") << q(R"({"bases": [{"id": "alpine", "facts": {"mode": true}}]})") << q("/bases") << q("the fact 'mode' has the name of another condition");
        QTest::addRow("reserved id") << q(R"({"reservedIds": {"ids": ["1000"], "owner": "x"}})") << q("/reservedIds/ids/0") << q("an id is a whole number from 0 to 2147483647");
        QTest::addRow("measured folder outside") << q(R"({"measure": [{"folder": "../vendor", "holds": "dependencies", "what": "x"}]})") << q("/measure/0/folder") << q(R"(a folder in the project, one or two names deep ("vendor", "target/release"), without "." or "..")");
        QTest::addRow("measured folder absolute") << q(R"({"measure": [{"folder": "/vendor", "holds": "dependencies", "what": "x"}]})") << q("/measure/0/folder") << q(R"(a folder in the project, one or two names deep ("vendor", "target/release"), without "." or "..")");
        QTest::addRow("measured folder too deep") << q(R"({"measure": [{"folder": "a/b/c", "holds": "dependencies", "what": "x"}]})") << q("/measure/0/folder") << q(R"(a folder in the project, one or two names deep ("vendor", "target/release"), without "." or "..")");
        QTest::addRow("measured folder holds the app") << q(R"({"measure": [{"folder": "out", "holds": "application", "what": "x"}]})") << q("/measure/0/holds") << q(R"(a measured folder holds "dependencies", "allDependencies" or "buildOutput")");
        QTest::addRow("measured folder skips a path") << q(R"({"measure": [{"folder": "out", "holds": "buildOutput", "what": "x", "skip": ["a/b"]}]})") << q("/measure/0/skip/0") << q("a name directly inside the folder");
        QTest::addRow("measured folder twice") << q(R"({"measure": [{"folder": "out", "holds": "buildOutput", "what": "x"}, {"folder": "out", "holds": "dependencies", "what": "y"}]})") << q("/measure/1/folder") << q("'out' is declared twice");
        QTest::addRow("measured folder unexplained") << q(R"({"measure": [{"folder": "out", "holds": "buildOutput"}]})") << q("/measure/0") << q("missing key 'what'");
        QTest::addRow("text option sets the start command") << q(R"({"options": [{"id": "mode", "label": "x", "startCommands": {"true": "node a.js"}}]})") << q("/options/0/startCommands") << q("only a toggle option sets the start command");
        QTest::addRow("start command for a word") << q(R"({"options": [{"id": "mode", "label": "x", "kind": "toggle", "default": "true", "startCommands": {"yes": "node a.js"}}]})") << q("/options/0/startCommands/yes") << q("a toggle's value is \"true\" or \"false\"");
        QTest::addRow("start command with a shell") << q(R"({"options": [{"id": "mode", "label": "x", "kind": "toggle", "default": "true", "startCommands": {"true": "node a.js | tee log"}}]})") << q("/options/0/startCommands/true") << q("the start command contains '|', which only a shell understands; exec form runs the program directly (wrap the logic in a script, or quote the character)");
        QTest::addRow("text option rules out the healthcheck") << q(R"({"options": [{"id": "mode", "label": "x", "healthcheckUnavailable": "no probe"}]})") << q("/options/0/healthcheckUnavailable") << q("only a toggle option rules out the healthcheck");
        QTest::addRow("option named include") << q(R"({"options": [{"id": "include", "label": "x"}]})") << q("/options/0/id") << q("'include' is taken: a condition, \"include\", \"extends\" or another option");
    }

    void declaredFieldsAreChecked()
    {
        QFETCH(QString, patch);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        nlohmann::json stack = smallStack();
        stack["stages"][0]["instructions"][0]["arguments"] = "true";
        const nlohmann::json changes = nlohmann::json::parse(patch.toStdString());
        for (auto it = changes.begin(); it != changes.end(); ++it)
            stack[it.key()] = it.value();
        const LoadIssue issue = issueOf(stack);
        QCOMPARE(QString::fromStdString(issue.pointer), pointer);
        QCOMPARE(QString::fromStdString(issue.message), message);
    }
};

QTEST_GUILESS_MAIN(TestTemplateFields)
#include "tst_templatefields.moc"
