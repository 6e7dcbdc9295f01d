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
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfilePreview::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    viewport()->setMouseTracking(true);
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

void DockerfilePreview::markLines(const std::vector<int> &lines)
{
    m_marked = lines;
    paintMarks();
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
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    const int cursor = cursorLine();
    const QStringList lines = m_text.split(QLatin1Char('\n'));
    QStringList shown;
    m_lineOfBlock.clear();
    m_blockOfLine.assign(std::size_t(lines.size()), 0);
    std::size_t removed = 0;
    for (int line = 0; line < lines.size(); ++line) {
        while (m_showRemoved && removed < m_removed.size() && m_removed[removed].beforeAfterLine <= line) {
            shown << QString::fromStdString(m_removed[removed++].text);
            m_lineOfBlock.push_back(-1);
        }
        m_blockOfLine[std::size_t(line)] = int(shown.size());
        shown << lines.at(line);
        m_lineOfBlock.push_back(line);
    }
    // Painting is held until the new text is laid out at the old scroll position, so
    // the view never shows the top of the file for a frame.
    setUpdatesEnabled(false);
    setPlainText(shown.join(QLatin1Char('\n')));
    setCursorLine(cursor);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
    setUpdatesEnabled(true);
    paintMarks();
    m_lineNumbers->update();
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
    paintMarks();
}

void DockerfilePreview::setExplainedLines(std::pair<int, int> lines)
{
    if (lines == m_explained)
        return;
    m_explained = lines;
    paintMarks();
    m_lineNumbers->update();
}

void DockerfilePreview::setLineStages(const std::vector<int> &stages)
{
    if (stages == m_stages)
        return;
    m_stages = stages;
    paintMarks();
    m_lineNumbers->update();
}

void DockerfilePreview::setHighlightedStage(int stage)
{
    if (stage == m_highlightedStage)
        return;
    m_highlightedStage = stage;
    paintMarks();
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

void DockerfilePreview::paintMarks()
{
    const KSyntaxHighlighting::Theme current = theme();
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QList<QTextEdit::ExtraSelection> selections;
    const auto wholeLine = [this, &selections](int block, const QColor &background) {
        const QTextBlock textBlock = document()->findBlockByNumber(block);
        if (!textBlock.isValid())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(textBlock);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    };

    // Each stage in a tint of its own colour; the one linked to the chart stronger.
    for (int line = 0; line < int(m_stages.size()); ++line) {
        const int stage = m_stages[std::size_t(line)];
        if (stage < 0)
            continue;
        QColor tint = stageColor(stage);
        tint.setAlphaF(stage == m_highlightedStage ? (dark ? 0.30 : 0.24) : (dark ? 0.09 : 0.06));
        wholeLine(blockOfLine(line), tint);
    }

    if (m_explained.first >= 0) {
        QColor explained = visibleOr(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::TextSelection)),
                                     palette().color(QPalette::Highlight));
        explained.setAlphaF(0.45);
        for (int line = m_explained.first; line <= m_explained.second; ++line)
            wholeLine(blockOfLine(line), explained);
    }

    QColor mark = visibleOr(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::MarkBookmark)),
                            palette().color(QPalette::Highlight));
    mark.setAlphaF(0.35);
    for (int line : m_marked)
        wholeLine(blockOfLine(line), mark);

    const QColor problem = visibleOr(QColor::fromRgba(current.textColor(KSyntaxHighlighting::Theme::Error)), QColor(Qt::red));
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

    // Ghost lines: struck through, faint, on a removal tint.
    QColor removedTint = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    removedTint.setAlphaF(dark ? 0.16 : 0.10);
    QColor removedText = palette().color(QPalette::Text);
    removedText.setAlphaF(0.55);
    for (int block = 0; block < int(m_lineOfBlock.size()); ++block) {
        if (m_lineOfBlock[std::size_t(block)] >= 0)
            continue;
        wholeLine(block, removedTint);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document()->findBlockByNumber(block));
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setForeground(removedText);
        selection.format.setFontStrikeOut(true);
        selections << selection;
    }
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
    return m_repository.themeForPalette(palette());
}

void DockerfilePreview::applyTheme()
{
    m_applyingTheme = true;
    applyCodeTheme(*this, *m_highlighter, theme());
    paintMarks();
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
    const KSyntaxHighlighting::Theme current = theme();
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    const QColor numbers = QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
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
