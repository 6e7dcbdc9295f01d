#include "preview/dockerfilepreview.h"

#include "preview/codetheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

namespace stagecraft {

namespace {

constexpr int StageStripWidth = 5; // the stage's band at the gutter's left edge
constexpr int ExplainedBarWidth = 3; // the explained lines' bar at the gutter's right edge
constexpr int StageHues[] = {212, 32, 140, 282, 352, 55};

QColor visibleOr(QColor colour, const QColor &fallback)
{
    return colour.isValid() && colour.alpha() > 0 ? colour : fallback;
}

} // namespace

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(DockerfilePreview *preview)
        : QWidget(preview), m_preview(preview)
    {
    }
    QSize sizeHint() const override { return {m_preview->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_preview->paintLineNumbers(event); }

private:
    DockerfilePreview *m_preview;
};

DockerfilePreview::DockerfilePreview(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("dockerfilePreview"));
    setAccessibleName(tr("Dockerfile preview"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setDefinition(m_repository.definitionForName(QStringLiteral("Dockerfile")));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        // Only a new digit in the line numbers widens the gutter; anything else would lay the view out again.
        if (viewportMargins().left() != lineNumberAreaWidth())
            setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    });
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfilePreview::updateLineNumberArea);
    // A line drops its shaped glyphs after each layout and paint unless told to keep them:
    // every repaint (a hover mark, the chart beside it) shaped the visible lines again. The
    // document reports a change before laying the changed lines out.
    connect(document(), &QTextDocument::contentsChange, this, [this](int from, int, int added) {
        const QTextBlock last = document()->findBlock(from + added);
        for (QTextBlock block = document()->findBlock(from); block.isValid(); block = block.next()) {
            block.layout()->setCacheEnabled(true);
            if (block == last)
                break;
        }
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    viewport()->setMouseTracking(true);
    document()->setUndoRedoEnabled(false);
    applyTheme();
}

DockerfilePreview::~DockerfilePreview() = default;

void DockerfilePreview::setDockerfile(const QString &text)
{
    if (text == m_text && m_marked.empty() && m_removed.empty())
        return;
    m_text = text;
    m_removed.clear();
    m_marked.clear();
    rebuild();
}

void DockerfilePreview::showChange(const QString &text, const LineChanges &changes)
{
    m_text = text;
    m_removed = changes.removed;
    m_marked = changes.added;
    rebuild();
}

void DockerfilePreview::setActive(bool active)
{
    m_active = active;
    if (m_active && m_pending)
        rebuild();
}

void DockerfilePreview::markLines(const std::vector<int> &lines)
{
    restyle([&] { m_marked = lines; });
}

void DockerfilePreview::setShowRemoved(bool show)
{
    if (show == m_showRemoved)
        return;
    m_showRemoved = show;
    rebuild();
}

QStringList DockerfilePreview::shownRemovedLines() const
{
    QStringList lines;
    for (int block = 0; block < int(m_lineOfBlock.size()); ++block) {
        if (m_lineOfBlock[std::size_t(block)] < 0)
            lines << document()->findBlockByNumber(block).text();
    }
    return lines;
}

// The document holds the Dockerfile's lines and, in "what changed" mode, the ghost lines
// between them; the maps translate between the two numberings.
void DockerfilePreview::rebuild()
{
    if (!m_active) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const QStringList lines = m_text.split(QLatin1Char('\n'));
    QStringList shown;
    std::vector<int> lineOfBlock;
    std::vector<int> blockOfLine(std::size_t(lines.size()), 0);
    std::size_t removed = 0;
    for (int line = 0; line < lines.size(); ++line) {
        while (m_showRemoved && removed < m_removed.size() && m_removed[removed].beforeAfterLine <= line) {
            shown << QString::fromStdString(m_removed[removed++].text);
            lineOfBlock.push_back(-1);
        }
        blockOfLine[std::size_t(line)] = int(shown.size());
        shown << lines.at(line);
        lineOfBlock.push_back(line);
    }
    restyle([&] {
        const int cursor = cursorLine();
        replaceChangedBlocks(shown);
        m_lineOfBlock = std::move(lineOfBlock);
        m_blockOfLine = std::move(blockOfLine);
        setCursorLine(cursor);
    });
    updateTextSelections();
}

// Only the runs of lines that differ are edited, in one step that keeps no undo history: the
// highlighter re-highlights just those blocks, the layout repaints just them (all below them
// when lines were added or removed), and the scroll position stays where it was.
void DockerfilePreview::replaceChangedBlocks(const QStringList &blocks)
{
    if (m_blocks.isEmpty()) {
        setPlainText(blocks.join(QLatin1Char('\n')));
        m_blocks = blocks;
        return;
    }
    const auto toLines = [](const QStringList &list) {
        std::vector<std::string> lines;
        lines.reserve(std::size_t(list.size()));
        for (const QString &line : list)
            lines.push_back(line.toStdString());
        return lines;
    };
    const std::vector<LineHunk> hunks = lineHunks(toLines(m_blocks), toLines(blocks));
    if (hunks.empty())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (auto hunk = hunks.rbegin(); hunk != hunks.rend(); ++hunk) {
        const int count = int(m_blocks.size());
        const QString inserted = QStringList(blocks.mid(hunk->afterStart, hunk->afterCount)).join(QLatin1Char('\n'));
        const QTextBlock first = document()->findBlockByNumber(hunk->beforeStart);
        if (hunk->beforeCount > 0 && hunk->afterCount > 0) {
            // Lines replaced by lines: the newlines around them stay.
            cursor.setPosition(first.position());
            const QTextBlock last = document()->findBlockByNumber(hunk->beforeStart + hunk->beforeCount - 1);
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            cursor.insertText(inserted);
        } else if (hunk->beforeCount > 0) {
            // Lines removed: with the newline after them, or before them at the end.
            const QTextBlock last = document()->findBlockByNumber(hunk->beforeStart + hunk->beforeCount - 1);
            if (hunk->beforeStart + hunk->beforeCount < count) {
                cursor.setPosition(first.position());
                cursor.setPosition(last.next().position(), QTextCursor::KeepAnchor);
            } else if (hunk->beforeStart > 0) {
                const QTextBlock previous = first.previous();
                cursor.setPosition(previous.position() + previous.length() - 1);
                cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
            } else {
                cursor.select(QTextCursor::Document);
            }
            cursor.removeSelectedText();
        } else if (hunk->beforeStart < count) {
            cursor.setPosition(first.position());
            cursor.insertText(inserted + QLatin1Char('\n'));
        } else {
            const QTextBlock last = document()->lastBlock();
            cursor.setPosition(last.position() + last.length() - 1);
            cursor.insertText(QLatin1Char('\n') + inserted);
        }
        m_blocks.erase(m_blocks.begin() + hunk->beforeStart, m_blocks.begin() + hunk->beforeStart + hunk->beforeCount);
        for (int i = 0; i < hunk->afterCount; ++i)
            m_blocks.insert(hunk->beforeStart + i, blocks.at(hunk->afterStart + i));
    }
    cursor.endEditBlock();
}

int DockerfilePreview::blockOfLine(int line) const
{
    if (line < 0 || m_blockOfLine.empty())
        return -1;
    return m_blockOfLine[std::size_t(std::min(line, int(m_blockOfLine.size()) - 1))];
}

int DockerfilePreview::lineOfBlock(int block) const
{
    if (block < 0 || block >= int(m_lineOfBlock.size()))
        return -1;
    return m_lineOfBlock[std::size_t(block)];
}

int DockerfilePreview::cursorLine() const
{
    for (int block = textCursor().blockNumber(); block < int(m_lineOfBlock.size()); ++block) {
        if (m_lineOfBlock[std::size_t(block)] >= 0)
            return m_lineOfBlock[std::size_t(block)];
    }
    return m_blockOfLine.empty() ? 0 : int(m_blockOfLine.size()) - 1;
}

void DockerfilePreview::setCursorLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(blockOfLine(line));
    if (block.isValid() && block.blockNumber() != textCursor().blockNumber())
        setTextCursor(QTextCursor(block));
}

void DockerfilePreview::setProblemLines(const std::vector<int> &lines)
{
    if (lines == m_problems)
        return;
    m_problems = lines;
    updateTextSelections();
}

void DockerfilePreview::setExplainedLines(std::pair<int, int> lines)
{
    if (lines != m_explained)
        restyle([&] { m_explained = lines; });
}

void DockerfilePreview::setLineStages(const std::vector<int> &stages)
{
    if (stages != m_stages)
        restyle([&] { m_stages = stages; });
}

void DockerfilePreview::setHighlightedStage(int stage)
{
    if (stage != m_highlightedStage)
        restyle([&] { m_highlightedStage = stage; });
}

QColor DockerfilePreview::stageColor(int stage) const
{
    if (stage < 0)
        return {};
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const int hue = StageHues[std::size_t(stage) % std::size(StageHues)];
    return dark ? QColor::fromHsl(hue, 140, 150) : QColor::fromHsl(hue, 170, 115);
}

void DockerfilePreview::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    setAccessibleDescription(stale ? tr("Out of date: the last valid Dockerfile, kept while a choice has a problem") : QString());
    viewport()->update();
}

void DockerfilePreview::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(blockOfLine(line));
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    ensureCursorVisible();
    setFocus();
}

namespace {

// `layer` laid over `under` with its alpha, as the painter would draw it.
QColor over(const QColor &under, const QColor &layer)
{
    const qreal alpha = layer.alphaF();
    return QColor::fromRgbF(under.redF() * (1 - alpha) + layer.redF() * alpha, under.greenF() * (1 - alpha) + layer.greenF() * alpha,
                            under.blueF() * (1 - alpha) + layer.blueF() * alpha);
}

} // namespace

DockerfilePreview::LineLook DockerfilePreview::lookOfBlock(int block) const
{
    LineLook look;
    const int line = lineOfBlock(block);
    const bool dark = m_colours.dark;
    QColor background = m_colours.base;
    const int stage = line >= 0 && line < int(m_stages.size()) ? m_stages[std::size_t(line)] : -1;
    if (stage >= 0) {
        // Each stage in a tint of its own colour; the one linked to the chart stronger.
        QColor tint = stageColor(stage);
        look.stage = tint.rgb();
        tint.setAlphaF(stage == m_highlightedStage ? (dark ? 0.30 : 0.24) : (dark ? 0.09 : 0.06));
        background = over(background, tint);
    }
    look.explained = line >= 0 && m_explained.first >= 0 && line >= m_explained.first && line <= m_explained.second;
    if (look.explained)
        background = over(background, m_colours.explained);
    if (line >= 0 && std::find(m_marked.begin(), m_marked.end(), line) != m_marked.end())
        background = over(background, m_colours.changed);
    if (line < 0) {
        // A ghost line: on a removal tint (and struck through, updateTextSelections).
        QColor removedTint = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
        removedTint.setAlphaF(dark ? 0.16 : 0.10);
        background = over(background, removedTint);
    }
    look.background = background == m_colours.base ? 0 : background.rgba();
    return look;
}

std::vector<std::pair<int, DockerfilePreview::LineLook>> DockerfilePreview::visibleLooks() const
{
    std::vector<std::pair<int, LineLook>> looks;
    const int bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > bottom)
            break;
        looks.emplace_back(block.blockNumber(), lookOfBlock(block.blockNumber()));
    }
    return looks;
}

template <typename Change>
void DockerfilePreview::restyle(Change change)
{
    const std::vector<std::pair<int, LineLook>> before = visibleLooks();
    change();
    const std::vector<std::pair<int, LineLook>> after = visibleLooks();
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (i < before.size() && before[i] == after[i])
            continue;
        const QTextBlock block = document()->findBlockByNumber(after[i].first);
        const QRect rect = blockBoundingGeometry(block).translated(contentOffset()).toAlignedRect();
        viewport()->update(0, rect.top(), viewport()->width(), rect.height());
        m_lineNumbers->update(0, rect.top(), m_lineNumbers->width(), rect.height());
    }
}

void DockerfilePreview::paintLineBackgrounds(QPainter &painter, const QRect &area)
{
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.top() > area.bottom())
            break;
        if (rect.bottom() < area.top())
            continue;
        const LineLook look = lookOfBlock(block.blockNumber());
        if (look.background != 0)
            painter.fillRect(QRectF(0, rect.top(), viewport()->width(), rect.height()), QColor::fromRgba(look.background));
    }
}

// What needs the text's own format: the build check's wavy underline and the ghost lines'
// strike-through. Qt repaints only the selections that differ from the last ones.
void DockerfilePreview::updateTextSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor problem = m_colours.problem;
    for (int line : m_problems) {
        const QTextBlock block = document()->findBlockByNumber(blockOfLine(line));
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(problem);
        selections << selection;
    }
    QColor removedText = palette().color(QPalette::Text);
    removedText.setAlphaF(0.55);
    for (int block = 0; block < int(m_lineOfBlock.size()); ++block) {
        if (m_lineOfBlock[std::size_t(block)] >= 0)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document()->findBlockByNumber(block));
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setForeground(removedText);
        selection.format.setFontStrikeOut(true);
        selections << selection;
    }
    if (!selections.isEmpty() || !extraSelections().isEmpty())
        setExtraSelections(selections);
}

void DockerfilePreview::setZoom(int steps)
{
    m_zoom = qBound(-6, steps, 20);
    QFont base = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    base.setPointSizeF(qMax(5.0, base.pointSizeF() + m_zoom));
    setFont(base);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    resizeEvent(nullptr);
}

void DockerfilePreview::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const int line = lineOfBlock(cursorForPosition(event->position().toPoint()).blockNumber());
    if (line < 0)
        return;
    if (line != m_lastHovered) {
        m_lastHovered = line;
        Q_EMIT lineHovered(line);
    }
    const int stage = line < int(m_stages.size()) ? m_stages[std::size_t(line)] : -1;
    if (stage != m_lastHoveredStage) {
        m_lastHoveredStage = stage;
        Q_EMIT stageHovered(stage);
    }
}

void DockerfilePreview::leaveEvent(QEvent *event)
{
    QPlainTextEdit::leaveEvent(event);
    m_lastHovered = -1;
    if (m_lastHoveredStage >= 0) {
        m_lastHoveredStage = -1;
        Q_EMIT stageHovered(-1);
    }
}

void DockerfilePreview::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        paintLineBackgrounds(painter, event->rect());
    }
    QPlainTextEdit::paintEvent(event);
    if (!m_stale)
        return;
    // Out of date: washed out towards the background, still readable.
    QPainter painter(viewport());
    QColor wash = palette().color(QPalette::Base);
    wash.setAlphaF(0.55);
    painter.fillRect(event->rect(), wash);
}

void DockerfilePreview::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

KSyntaxHighlighting::Theme DockerfilePreview::theme() const
{
    if (!m_themeName.isEmpty()) {
        const KSyntaxHighlighting::Theme chosen = m_repository.theme(m_themeName);
        if (chosen.isValid())
            return chosen;
    }
    return themeForPalette(m_repository, palette());
}

void DockerfilePreview::applyTheme()
{
    m_applyingTheme = true;
    const KSyntaxHighlighting::Theme current = theme();
    applyCodeTheme(*this, *m_highlighter, current);
    m_colours.base = palette().color(QPalette::Base);
    m_colours.dark = m_colours.base.lightness() < 128;
    m_colours.explained = visibleOr(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::TextSelection)),
                                    palette().color(QPalette::Highlight));
    m_colours.explained.setAlphaF(0.45);
    m_colours.changed = visibleOr(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::MarkBookmark)),
                                  palette().color(QPalette::Highlight));
    m_colours.changed.setAlphaF(0.35);
    m_colours.problem = visibleOr(QColor::fromRgba(current.textColor(KSyntaxHighlighting::Theme::Error)), QColor(Qt::red));
    m_colours.gutter = QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::IconBorder));
    m_colours.lineNumbers = QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    updateTextSelections();
    viewport()->update();
    m_lineNumbers->update();
    m_applyingTheme = false;
}

void DockerfilePreview::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Our own setPalette raises PaletteChange too; only an outside change re-themes.
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme && m_themeName.isEmpty())
        applyTheme();
}

int DockerfilePreview::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2) + StageStripWidth;
}

void DockerfilePreview::resizeEvent(QResizeEvent *event)
{
    if (event)
        QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void DockerfilePreview::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void DockerfilePreview::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), m_colours.gutter);
    const QColor numbers = m_colours.lineNumbers;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor removed = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    // The selection colour, made strong enough to read as a bar.
    const QColor selection = palette().color(QPalette::Highlight);
    const QColor explained = dark ? selection.lighter(170) : selection.darker(170);
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int areaWidth = m_lineNumbers->width();
    const int width = areaWidth - fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = lineOfBlock(block.blockNumber());
            const int stage = line >= 0 && line < int(m_stages.size()) ? m_stages[std::size_t(line)] : -1;
            if (stage >= 0)
                painter.fillRect(QRect(0, top, StageStripWidth, height), stageColor(stage));
            if (line >= 0 && line >= m_explained.first && line <= m_explained.second)
                painter.fillRect(QRect(areaWidth - ExplainedBarWidth, top, ExplainedBarWidth, height), explained);
            painter.setPen(line < 0 ? removed : numbers);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             line < 0 ? QStringLiteral("\u2212") : QString::number(line + 1));
        }
        top += height;
        block = block.next();
    }
}

} // namespace stagecraft
