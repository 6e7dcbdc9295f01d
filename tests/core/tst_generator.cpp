// The generator over the built-in catalog: defaults generate, choices show up in the
// output, and refusals name their reason.
#include "catalog/catalog.h"
#include "config/startcommand.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTest>

using namespace stagecraft;

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY2(m_catalog.issues().empty(), m_catalog.issues().empty() ? "" : m_catalog.issues().front().toString().c_str());
        QVERIFY(m_catalog.find("node"));
    }

    void everyStackGeneratesItsDefaults()
    {
        for (const StackDefinition &stack : m_catalog.stacks()) {
            Outcome<Generated> generated = generate(m_catalog, defaultConfig(stack));
            QVERIFY2(generated.ok(), generated.error().c_str());
            QVERIFY(generated->multiStage.stages.size() >= 2);
            QCOMPARE(generated->singleStage.stages.size(), std::size_t(1));
            QVERIFY(!generated->dockerignore.empty());
        }
    }

    void renderedTextStartsWithTheSyntaxDirectiveWhenMountsAreUsed()
    {
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("node"))).value();
        QVERIFY(generated.multiStage.usesBuildKitSyntax());
        const RenderedDockerfile rendered = render(generated.multiStage);
        QVERIFY(rendered.text.rfind(SyntaxDirective, 0) == 0);
        QCOMPARE(rendered.lines.size(), static_cast<std::size_t>(std::count(rendered.text.begin(), rendered.text.end(), '\n')));
    }

    void everyInstructionLineHasAnExplanation()
    {
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("node"))).value();
        const RenderedDockerfile rendered = render(generated.multiStage);
        QVERIFY(explanationForLine(generated.multiStage, rendered, 0).find("BuildKit") != std::string::npos);
        QVERIFY(explanationForLine(generated.multiStage, rendered, 1).empty());
        for (std::size_t line = 0; line < rendered.lines.size(); ++line) {
            if (rendered.lines[line].stage < 0)
                continue;
            QVERIFY2(!explanationForLine(generated.multiStage, rendered, static_cast<int>(line)).empty(),
                     ("line " + std::to_string(line + 1)).c_str());
        }
    }

    void nonRootTogglesTheUserLines()
    {
        Config config = defaultConfig(*m_catalog.find("node"));
        config.nonRoot = true;
        const std::string withUser = render(generate(m_catalog, config)->multiStage).text;
        config.nonRoot = false;
        const std::string withoutUser = render(generate(m_catalog, config)->multiStage).text;
        QVERIFY(withUser.find("\nUSER 10001:10001\n") != std::string::npos);
        QVERIFY(withoutUser.find("USER ") == std::string::npos);
    }

    void refusesWhatTheStackCannotDo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("scratch for node") << "base" << "scratch" << "Node.js cannot use the scratch base: Node.js programs need the node runtime";
        QTest::addRow("unknown base") << "base" << "busybox" << "unknown base 'busybox'";
        QTest::addRow("unknown package manager") << "packageManager" << "maven" << "unknown package manager 'maven' for Node.js";
        QTest::addRow("port zero") << "port" << "0" << "port 0 is outside 1-65535";
        QTest::addRow("port too high") << "port" << "65536" << "port 65536 is outside 1-65535";
        QTest::addRow("uid zero") << "uid" << "0" << "uid 0 is outside 1-2147483647";
        QTest::addRow("shell pipe") << "startCommand" << "node a.js | tee log" << "the start command contains '|'";
        QTest::addRow("variable") << "startCommand" << "node $ENTRY" << "the start command contains '$'";
        QTest::addRow("unclosed quote") << "startCommand" << "node 'a.js" << "the start command has an unclosed quote";
    }

    void refusesWhatTheStackCannotDo()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedError);
        Config config = defaultConfig(*m_catalog.find("node"));
        if (field == QStringLiteral("base"))
            config.base = value.toStdString();
        else if (field == QStringLiteral("packageManager"))
            config.packageManager = value.toStdString();
        else if (field == QStringLiteral("port"))
            config.port = value.toInt();
        else if (field == QStringLiteral("uid"))
            config.uid = value.toInt();
        else
            config.startCommand = value.toStdString();
        Outcome<Generated> generated = generate(m_catalog, config);
        QVERIFY(!generated.ok());
        QVERIFY2(QString::fromStdString(generated.error()).startsWith(expectedError), generated.error().c_str());
    }

    void startCommandBecomesExecForm()
    {
        Outcome<std::vector<std::string>> argv = splitStartCommand("gunicorn --bind \"0.0.0.0:8000\" 'app.main:app'");
        QVERIFY(argv.ok());
        QCOMPARE(execForm(argv.value()), std::string("[\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app.main:app\"]"));
        QCOMPARE(execForm({"node", "say \"hi\""}), std::string("[\"node\", \"say \\\"hi\\\"\"]"));
    }

    // Exec form is JSON: text that JSON cannot hold is refused when split, and execForm
    // itself never throws on it (it used to abort the program).
    void startCommandIsOneLineOfUtf8()
    {
        for (const char *command : {"node a\xff.js", "node \xc2\x85", "node\ta.js", "node a.js\n", "node \x1b[2J"}) {
            const Outcome<std::vector<std::string>> argv = splitStartCommand(command);
            QVERIFY2(!argv.ok(), command);
            QCOMPARE(argv.error(), std::string("the start command must be one line of text (no control characters, UTF-8 only)"));
        }
        QVERIFY(splitStartCommand("node caf\xc3\xa9.js").ok());
        QCOMPARE(execForm({"a\xff"}), std::string("[\"a\xef\xbf\xbd\"]"));
    }

    // The distroless base's fixed user is worth a note only when the user chose other ids.
    void fixedUserNoteOnlyForChosenIds()
    {
        Config config = defaultConfig(*m_catalog.find("go"));
        config.base = "distroless";
        const auto mentionsFixedUser = [this](const Config &c) {
            const Outcome<Generated> generated = generate(m_catalog, c);
            return generated.ok()
                   && std::any_of(generated->notes.begin(), generated->notes.end(),
                                  [](const std::string &note) { return note.find("built-in unprivileged user") != std::string::npos; });
        };
        QVERIFY(!mentionsFixedUser(config));
        config.uid = 2000;
        QVERIFY(mentionsFixedUser(config));
        config.uid = Config{}.uid;
        config.gid = 2000;
        QVERIFY(mentionsFixedUser(config));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
