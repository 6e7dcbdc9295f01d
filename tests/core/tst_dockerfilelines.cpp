// The line-level facts the preview teaches with: an instruction's whole line range, where a
// line went after a change of configuration, which problem belongs to which field, and which
// stage makes each layer of the size estimate.
#include "catalog/catalog.h"
#include "config/valuerules.h"
#include "dockerfile/document.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"

#include <QTest>

using namespace stagecraft;

namespace {

struct Shown
{
    Document document;
    RenderedDockerfile rendered;
};

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

int firstLineStartingWith(const Shown &shown, const std::string &prefix)
{
    const std::vector<std::string> lines = linesOf(shown.rendered.text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind(prefix, 0) == 0)
            return int(i);
    }
    return -1;
}

} // namespace

class TestDockerfileLines : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::loadDefault();

    Shown shown(const Config &config, bool single = false)
    {
        const Outcome<Generated> generated = generate(m_catalog, config);
        if (!generated)
            qFatal("%s", generated.error().c_str());
        const Document &document = single ? generated->singleStage : generated->multiStage;
        return {document, render(document)};
    }

    Config nodeDefaults() { return defaultConfig(*m_catalog.find("node")); }

private Q_SLOTS:
    void instructionLinesCoverContinuations()
    {
        const Shown node = shown(nodeDefaults());
        int checked = 0;
        for (int line = 0; line < int(node.rendered.lines.size()); ++line) {
            const auto [first, last] = instructionLines(node.rendered, line);
            QVERIFY(first <= line && line <= last);
            const std::vector<std::string> lines = linesOf(node.rendered.text);
            // Every line but the last of an instruction ends in a continuation backslash.
            for (int i = first; i < last; ++i)
                QVERIFY(lines[std::size_t(i)].back() == '\\');
            if (node.rendered.lines[std::size_t(line)].stage >= 0)
                QVERIFY(lines[std::size_t(last)].empty() || lines[std::size_t(last)].back() != '\\');
            checked += last > first;
        }
        QVERIFY(checked > 0);
        QCOMPARE(instructionLines(node.rendered, -1), (std::pair<int, int>{-1, -1}));
        QCOMPARE(instructionLines(node.rendered, int(node.rendered.lines.size())), (std::pair<int, int>{-1, -1}));
    }

    void aLineKeepsItsPlaceAcrossChanges()
    {
        Config config = nodeDefaults();
        const Shown before = shown(config);
        const int expose = firstLineStartingWith(before, "EXPOSE ");
        const int user = firstLineStartingWith(before, "USER ");
        QVERIFY(expose > 0 && user > 0);

        // Lines above move: the same text is found where it went.
        config.cacheMounts = false;
        const Shown fewer = shown(config);
        QCOMPARE(equivalentLine(before.document, before.rendered, expose, fewer.document, fewer.rendered),
                 firstLineStartingWith(fewer, "EXPOSE "));
        QVERIFY(firstLineStartingWith(fewer, "EXPOSE ") != expose);

        // The line itself changes: the same instruction of the same stage.
        config.port = 9090;
        const Shown port = shown(config);
        QCOMPARE(equivalentLine(fewer.document, fewer.rendered, firstLineStartingWith(fewer, "EXPOSE "), port.document, port.rendered),
                 firstLineStartingWith(port, "EXPOSE 9090"));

        // The line goes away: the nearest equivalent is in the same stage, never line 1.
        config.nonRoot = false;
        const Shown root = shown(config);
        const int userGone = equivalentLine(port.document, port.rendered, firstLineStartingWith(port, "USER "), root.document, root.rendered);
        QVERIFY(userGone > 0);
        QCOMPARE(root.rendered.lines[std::size_t(userGone)].stage, int(root.document.stages.size()) - 1);

        // Into the single-stage variant: the final stage's CMD is the single stage's CMD.
        const Shown single = shown(nodeDefaults(), true);
        const int cmd = firstLineStartingWith(before, "CMD ");
        const int mapped = equivalentLine(before.document, before.rendered, cmd, single.document, single.rendered);
        QCOMPARE(linesOf(single.rendered.text)[std::size_t(mapped)].substr(0, 4), std::string("CMD "));
    }

    void problemsNameTheirFields()
    {
        Config config = nodeDefaults();
        QVERIFY(configProblems(m_catalog, config).empty());
        config.port = 0;
        config.uid = 1000;
        config.startCommand = "./app migrate && ./app serve";
        config.labels.title = "a\"b";
        const std::vector<ConfigProblem> problems = configProblems(m_catalog, config);
        QCOMPARE(problems.size(), std::size_t(4));
        QCOMPARE(problems[0].field, ConfigField::Port);
        QCOMPARE(problems[0].message, std::string("port 0 is outside 1-65535"));
        QCOMPARE(problems[1].field, ConfigField::Uid);
        QVERIFY(problems[1].message.find("uid 1000 is taken by") == 0);
        QCOMPARE(problems[2].field, ConfigField::StartCommand);
        QCOMPARE(problems[3].field, ConfigField::LabelTitle);
        // The command line reports the first, as before.
        QCOMPARE(validateConfig(m_catalog, config), problems[0].message);

        config = nodeDefaults();
        config.options["runtimeLayout"] = "elsewhere";
        const std::vector<ConfigProblem> option = configProblems(m_catalog, config);
        QCOMPARE(option.size(), std::size_t(1));
        QCOMPARE(option[0].field, ConfigField::Option);
        QCOMPARE(option[0].option, std::string("runtimeLayout"));
    }

    void wholeNumbers()
    {
        QCOMPARE(parseWholeNumber("port", "8080").value(), 8080);
        QCOMPARE(parseWholeNumber("port", "0").value(), 0);
        QCOMPARE(parseWholeNumber("port", "").error(), std::string("port needs a whole number, not ''"));
        QCOMPARE(parseWholeNumber("port", "80a").error(), std::string("port needs a whole number, not '80a'"));
        QCOMPARE(parseWholeNumber("--uid", "-5").error(), std::string("--uid -5 is out of range"));
        QCOMPARE(parseWholeNumber("--uid", "2147483648").error(), std::string("--uid 2147483648 is out of range"));
        QCOMPARE(parseWholeNumber("--uid", "99999999999999999999999").error(), std::string("--uid 99999999999999999999999 is out of range"));
    }

    // Each layer knows the stage that makes it, and a COPY --from the stage it copies.
    void layersKnowTheirStage()
    {
        const Outcome<Generated> generated = generate(m_catalog, nodeDefaults());
        QVERIFY(generated.ok());
        const SizeEstimate estimate = estimateSizes(generated->singleStage, generated->multiStage, "node", ImageSizeData::loadDefault());
        const int finalStage = int(generated->multiStage.stages.size()) - 1;
        bool copies = false;
        for (const LayerEstimate &layer : estimate.multiStage.layers) {
            QVERIFY(layer.stage >= 0 && layer.stage <= finalStage);
            if (layer.holds == "base") {
                QCOMPARE(layer.instructionIndex, -1);
                continue;
            }
            const Instruction &instruction = generated->multiStage.stages[std::size_t(layer.stage)].instructions[std::size_t(layer.instructionIndex)];
            QVERIFY(layer.instruction.rfind(instruction.keyword, 0) == 0);
            if (layer.copiedFromStage >= 0) {
                copies = true;
                QVERIFY(layer.copiedFromStage < layer.stage);
                const std::string &name = generated->multiStage.stages[std::size_t(layer.copiedFromStage)].name;
                QVERIFY(layer.instruction.find("--from=" + name) != std::string::npos);
            }
        }
        QVERIFY(copies);
        for (const LayerEstimate &layer : estimate.singleStage.layers)
            QCOMPARE(layer.stage, 0);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileLines)
#include "tst_dockerfilelines.moc"
