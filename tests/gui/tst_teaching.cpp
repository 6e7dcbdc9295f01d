// The preview as a teaching aid, through the real main window: the explained line is
// highlighted with its whole instruction and stays on its line across changes, the panel
// never changes size, change marks stay until the next change, removed lines can be shown as
// ghost lines, and a stage in the preview and its layers in the chart light up together.
#include "wizardfixture.h"

#include "chart/sizechart.h"
#include "estimate/sizeestimate.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSet>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>
#include <optional>

using namespace stagecraft;
using namespace wizardtest;

namespace {

// Moves the mouse over a line of a preview, as a user pointing at it does.
void hoverLine(DockerfilePreview *preview, int line)
{
    const QTextBlock block = preview->document()->findBlockByNumber(preview->blockOfLine(line));
    QVERIFY(block.isValid());
    QRect rect = preview->cursorRect(QTextCursor(block));
    if (!preview->viewport()->rect().contains(rect.center())) {
        // Scrolled into view without moving the cursor (that alone would explain it).
        preview->verticalScrollBar()->setValue(block.blockNumber());
        rect = preview->cursorRect(QTextCursor(block));
    }
    const QPoint at(rect.left() + 4, rect.center().y());
    QMouseEvent move(QEvent::MouseMove, at, preview->viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(preview->viewport(), &move);
}

int lineStartingWith(const QString &text, const QString &start, int from = 0)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = from; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(start))
            return i;
    }
    return -1;
}

} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        m_catalog = testCatalog();
    }

    void init() { m_window = makeWindow(m_catalog, m_repository, m_answers = Answers()); }
    void cleanup() { m_window.reset(); }

    // Pointing at a continuation line highlights the whole instruction and names its lines.
    void explainedInstructionIsHighlightedWholly()
    {
        DockerfilePreview *preview = m_window->preview();
        const Outcome<Generated> generated = generate(m_catalog, m_window->config());
        QVERIFY(generated.ok());
        const RenderedDockerfile rendered = render(generated->multiStage);
        // A line that continues an instruction started on the line above.
        int continuation = -1;
        for (int i = 1; i < int(rendered.lines.size()) && continuation < 0; ++i) {
            if (rendered.lines[i].instruction >= 0 && rendered.lines[i] == rendered.lines[i - 1])
                continuation = i;
        }
        QVERIFY(continuation > 0);
        const std::pair<int, int> range = instructionLines(rendered, continuation);
        QVERIFY(range.first < continuation);

        hoverLine(preview, continuation);
        QCOMPARE(m_window->previewPanel()->explainedLine(), continuation);
        QCOMPARE(preview->explainedLines(), range);
        QCOMPARE(m_window->previewPanel()->explanation(),
                 QString::fromStdString(explanationForLine(generated->multiStage, rendered, continuation)));
        const QString title = child<QLabel>(*m_window, "explanationTitle")->text();
        QVERIFY2(title.contains(QStringLiteral("Why lines %1\u2013%2").arg(range.first + 1).arg(range.second + 1)), qPrintable(title));
        // Only the explained file carries the highlight.
        QCOMPARE(m_window->previewPanel()->singleStagePreview()->explainedLines(), (std::pair<int, int>{-1, -1}));
    }

    // A change above the explained line moves it; the explanation goes with it instead of
    // jumping back to line 1.
    void explanationStaysOnItsLineAcrossAChange()
    {
        DockerfilePreview *preview = m_window->preview();
        const int expose = lineStartingWith(preview->dockerfile(), QStringLiteral("EXPOSE "));
        QVERIFY(expose > 0);
        hoverLine(preview, expose);
        const QString explanation = m_window->previewPanel()->explanation();
        QVERIFY(!explanation.isEmpty());

        // Cache mounts off removes lines above EXPOSE.
        clickStep(*m_window, 4);
        clickButton(child<QCheckBox>(*m_window, "cacheMounts"));
        const int moved = lineStartingWith(preview->dockerfile(), QStringLiteral("EXPOSE "));
        QVERIFY(moved >= 0 && moved != expose);
        QCOMPARE(m_window->previewPanel()->explainedLine(), moved);
        QCOMPARE(m_window->previewPanel()->explanation(), explanation);
        QCOMPARE(preview->explainedLines(), (std::pair<int, int>{moved, moved}));

        // A change of the line itself: the explanation follows to the changed EXPOSE line.
        clickStep(*m_window, 5);
        auto *port = child<QLineEdit>(*m_window, "port");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("9090"));
        QTest::keyClick(port, Qt::Key_Return);
        const int changed = lineStartingWith(preview->dockerfile(), QStringLiteral("EXPOSE 9090"));
        QVERIFY(changed >= 0);
        QCOMPARE(m_window->previewPanel()->explainedLine(), changed);
        QCOMPARE(preview->explainedLines(), (std::pair<int, int>{changed, changed}));
    }

    // In the single-stage view the explanation is of a single-stage line, also after a change.
    void singleStageViewExplainsItsOwnLines()
    {
        PreviewPanel *panel = m_window->previewPanel();
        DockerfilePreview *multi = m_window->preview();
        const int lastLine = int(multi->dockerfile().split(QLatin1Char('\n')).size()) - 2;
        hoverLine(multi, lastLine);
        QVERIFY(!panel->explainsSingleStage());

        QTest::mouseClick(child<QToolButton>(*m_window, "viewSingleStage"), Qt::LeftButton);
        QVERIFY(panel->explainsSingleStage());
        DockerfilePreview *single = panel->singleStagePreview();
        const auto check = [&] {
            const Outcome<Generated> generated = generate(m_catalog, m_window->config());
            QVERIFY(generated.ok());
            const RenderedDockerfile rendered = render(generated->singleStage);
            const int line = panel->explainedLine();
            QVERIFY(line >= 0 && line < int(rendered.lines.size()));
            QCOMPARE(panel->explanation(), QString::fromStdString(explanationForLine(generated->singleStage, rendered, line)));
            QCOMPARE(single->explainedLines(), instructionLines(rendered, line));
            QCOMPARE(multi->explainedLines(), (std::pair<int, int>{-1, -1}));
        };
        check();
        // The multi-stage file's last line (CMD) has its single-stage equivalent.
        QCOMPARE(single->dockerfile().split(QLatin1Char('\n')).at(panel->explainedLine()),
                 multi->dockerfile().split(QLatin1Char('\n')).at(lastLine));

        clickStep(*m_window, 3);
        clickButton(child<QCheckBox>(*m_window, "nonRoot"));
        QVERIFY(panel->explainsSingleStage());
        check();
        hoverLine(single, 0);
        QCOMPARE(panel->explainedLine(), 0);
        check();
    }

    // Hovering lines with short and long explanations moves nothing.
    void explanationPanelHasAFixedSize()
    {
        DockerfilePreview *preview = m_window->preview();
        auto *box = child<QFrame>(*m_window, "explanationBox");
        const QStringList lines = preview->dockerfile().split(QLatin1Char('\n'));
        QApplication::processEvents();
        const QRect boxBefore = box->geometry();
        const QRect previewBefore = preview->geometry();
        const QRect chartBefore = static_cast<QWidget *>(m_window->sizeChart())->geometry();
        QSet<int> lengths;
        for (int line = 0; line + 1 < lines.size(); ++line) {
            hoverLine(preview, line);
            QApplication::processEvents();
            lengths.insert(int(m_window->previewPanel()->explanation().size()) / 80);
            QCOMPARE(box->geometry(), boxBefore);
            QCOMPARE(preview->geometry(), previewBefore);
            QCOMPARE(static_cast<QWidget *>(m_window->sizeChart())->geometry(), chartBefore);
        }
        QVERIFY2(lengths.size() > 2, "the explanations should differ in length");
    }

    // The lines a change added stay marked while other things happen, until the next change.
    void changeMarksStayUntilTheNextChange()
    {
        DockerfilePreview *preview = m_window->preview();
        clickStep(*m_window, 3);
        auto *nonRoot = child<QCheckBox>(*m_window, "nonRoot");
        clickButton(nonRoot);
        clickButton(nonRoot);
        const std::vector<int> marked = preview->markedLines();
        QVERIFY(!marked.empty());
        const int user = lineStartingWith(preview->dockerfile(), QStringLiteral("USER "));
        QVERIFY(std::find(marked.begin(), marked.end(), user) != marked.end());
        // Time passes, the mouse moves over the file, the steps change: the marks stay.
        QTest::qWait(2500);
        hoverLine(preview, 1);
        clickStep(*m_window, 4);
        QCOMPARE(preview->markedLines(), marked);

        // The next change replaces them with its own (cache mounts off only removes lines).
        const QString before = preview->dockerfile();
        clickButton(child<QCheckBox>(*m_window, "cacheMounts"));
        QVERIFY(preview->dockerfile() != before);
        QCOMPARE(preview->markedLines(), lineChanges(before.toStdString(), preview->dockerfile().toStdString()).added);
        QVERIFY(preview->markedLines() != marked);
    }

    // "What changed" shows what the last change removed: turning non-root off removed USER.
    void removedLinesAreShownAsGhostLines()
    {
        DockerfilePreview *preview = m_window->preview();
        auto *whatChanged = child<QCheckBox>(*m_window, "showRemoved");
        QVERIFY(!whatChanged->isChecked());
        const QString before = preview->dockerfile();
        const int user = lineStartingWith(before, QStringLiteral("USER "));
        QVERIFY(user > 0);
        const QString userLine = before.split(QLatin1Char('\n')).at(user);

        clickStep(*m_window, 3);
        clickButton(child<QCheckBox>(*m_window, "nonRoot"));
        QVERIFY(!preview->dockerfile().contains(QLatin1String("\nUSER ")));
        // Off: the view shows the Dockerfile alone.
        QVERIFY(preview->shownRemovedLines().isEmpty());
        QCOMPARE(preview->toPlainText(), preview->dockerfile());

        clickButton(whatChanged);
        QVERIFY(whatChanged->isChecked());
        QVERIFY(m_window->previewPanel()->showsRemoved());
        QVERIFY2(preview->shownRemovedLines().contains(userLine), qPrintable(preview->shownRemovedLines().join(QLatin1Char('|'))));
        // In its place: right after the line that preceded it.
        const QStringList shown = preview->toPlainText().split(QLatin1Char('\n'));
        const int ghost = int(shown.indexOf(userLine));
        QVERIFY(ghost > 0);
        QCOMPARE(shown.at(ghost - 1), before.split(QLatin1Char('\n')).at(user - 1));
        // The ghost line is not part of the Dockerfile: the file and its line numbers are unchanged.
        QVERIFY(!preview->dockerfile().contains(userLine));
        QCOMPARE(shown.size(), preview->dockerfile().split(QLatin1Char('\n')).size() + preview->shownRemovedLines().size());
        // And it is drawn as removed: struck through.
        bool struck = false;
        for (const QTextEdit::ExtraSelection &selection : preview->extraSelections())
            struck = struck || (selection.cursor.block().blockNumber() == ghost && selection.format.fontStrikeOut());
        QVERIFY(struck);

        // Turning it back on brings USER back: it is no longer a ghost.
        clickButton(child<QCheckBox>(*m_window, "nonRoot"));
        QVERIFY(!preview->shownRemovedLines().contains(userLine));
        QVERIFY(preview->dockerfile().contains(userLine));
        clickButton(whatChanged);
        QVERIFY(!m_window->previewPanel()->showsRemoved());
    }

    // A stage in the preview lights up its layers in the chart, and a layer its stage.
    void stageAndItsLayersLightUpTogether()
    {
        DockerfilePreview *preview = m_window->preview();
        SizeChart *chart = m_window->sizeChart();
        const Outcome<Generated> generated = generate(m_catalog, m_window->config());
        QVERIFY(generated.ok());
        const RenderedDockerfile rendered = render(generated->multiStage);
        const int finalStage = int(generated->multiStage.stages.size()) - 1;
        QVERIFY(finalStage > 0);
        // Stages are banded: every stage has a colour of its own.
        QVERIFY(preview->stageColor(0) != preview->stageColor(1));

        int finalLine = -1;
        int buildLine = -1;
        int buildStage = -1;
        const ImageEstimate &multi = chart->estimate().multiStage;
        for (int i = 0; i < int(rendered.lines.size()); ++i) {
            if (rendered.lines[i].stage == finalStage && finalLine < 0)
                finalLine = i;
        }
        // A stage whose files the final image copies.
        for (const LayerEstimate &layer : multi.layers) {
            if (layer.copiedFromStage >= 0 && buildStage < 0)
                buildStage = layer.copiedFromStage;
        }
        QVERIFY(buildStage >= 0);
        for (int i = 0; i < int(rendered.lines.size()) && buildLine < 0; ++i) {
            if (rendered.lines[i].stage == buildStage)
                buildLine = i;
        }
        QVERIFY(finalLine > 0 && buildLine > 0);

        hoverLine(preview, finalLine);
        std::vector<std::size_t> lit = chart->highlightedLayers(SizeChart::Bar::MultiStage);
        QVERIFY(!lit.empty());
        for (std::size_t i = 0; i < multi.layers.size(); ++i) {
            const bool ofStage = multi.layers[i].stage == finalStage || multi.layers[i].copiedFromStage == finalStage;
            QCOMPARE(std::find(lit.begin(), lit.end(), i) != lit.end(), ofStage);
        }
        // The build stage ships only through what the final stage copies from it.
        hoverLine(preview, buildLine);
        lit = chart->highlightedLayers(SizeChart::Bar::MultiStage);
        QVERIFY(!lit.empty());
        for (std::size_t i : lit)
            QVERIFY(multi.layers[i].stage == buildStage || multi.layers[i].copiedFromStage == buildStage);

        // From the chart: hovering a layer lights its stage in the preview.
        QApplication::processEvents();
        const QRectF bar = chart->barRect(SizeChart::Bar::MultiStage);
        std::optional<int> hoveredStage;
        for (qreal x = bar.left() + 1; x < bar.right() && !hoveredStage; x += 2) {
            const QPoint at(int(x), int(bar.center().y()));
            const auto hit = chart->layerAt(at);
            if (!hit || multi.layers[hit->index].stage != finalStage)
                continue;
            QMouseEvent move(QEvent::MouseMove, at, chart->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(chart, &move);
            hoveredStage = finalStage;
        }
        QVERIFY(hoveredStage);
        QCOMPARE(preview->highlightedStage(), finalStage);
        QCOMPARE(m_window->previewPanel()->singleStagePreview()->highlightedStage(), -1);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(chart, &leave);
        QCOMPARE(preview->highlightedStage(), -1);
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTeaching)
#include "tst_teaching.moc"
