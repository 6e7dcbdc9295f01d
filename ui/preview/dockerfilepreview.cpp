#include "preview/dockerfilepreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QMouseEvent>
#include <QTimer>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace stagecraft {

namespace {
// The mark holds for HoldTicks, then fades over FadeTicks.
constexpr int MarkTickMs = 50;
constexpr int HoldTicks = 16;
constexpr int FadeTicks = 24;
}

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
    , m_markTimer(new QTimer(this))
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
    m_markTimer->setInterval(MarkTickMs);
    connect(m_markTimer, &QTimer::timeout, this, [this] {
        if (--m_markTicks <= 0) {
            m_markTimer->stop();
            m_marked.clear();
        }
        paintMarks();
    });
    applyTheme();
}

DockerfilePreview::~DockerfilePreview() = default;

void DockerfilePreview::setDockerfile(const QString &text)
{
    if (text == toPlainText())
        return;
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    const int cursorLine = textCursor().blockNumber();
    // Painting is held until the new text is laid out at the old scroll position, so
    // the view never shows the top of the file for a frame.
    setUpdatesEnabled(false);
    setPlainText(text);
    const QTextBlock block = document()->findBlockByNumber(qMin(cursorLine, blockCount() - 1));
    if (block.isValid()) {
        QTextCursor cursor(block);
        setTextCursor(cursor);
    }
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
    setUpdatesEnabled(true);
    m_marked.clear();
    paintMarks();
}

void DockerfilePreview::markLines(const std::vector<int> &lines)
{
    m_marked = lines;
    m_markTicks = lines.empty() ? 0 : HoldTicks + FadeTicks;
    paintMarks();
    if (m_marked.empty())
        m_markTimer->stop();
    else
        m_markTimer->start();
}

void DockerfilePreview::setProblemLines(const std::vector<int> &lines)
{
    if (lines == m_problems)
        return;
    m_problems = lines;
    paintMarks();
}

void DockerfilePreview::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    ensureCursorVisible();
    setFocus();
}

void DockerfilePreview::paintMarks()
{
    QColor colour = QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::MarkBookmark));
    if (!colour.isValid() || colour.alpha() == 0)
        colour = palette().color(QPalette::Highlight);
    const double strength = m_markTicks >= FadeTicks ? 1.0 : double(m_markTicks) / FadeTicks;
    colour.setAlphaF(0.35 * strength);
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : m_marked) {
        const QTextBlock block = document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    QColor problem = QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Error));
    if (!problem.isValid() || problem.alpha() == 0)
        problem = QColor(Qt::red);
    for (int line : m_problems) {
        const QTextBlock block = document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(problem);
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
    const int line = cursorForPosition(event->position().toPoint()).blockNumber();
    if (line != m_lastHovered) {
        m_lastHovered = line;
        Q_EMIT lineHovered(line);
    }
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

// setTheme alone does not re-highlight, and the editor palette must follow the theme.
void DockerfilePreview::applyTheme()
{
    m_applyingTheme = true;
    const KSyntaxHighlighting::Theme current = theme();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(current.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(pal);
    m_highlighter->setTheme(current);
    m_highlighter->rehighlight();
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
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
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
    painter.setPen(QColor::fromRgba(current.editorColor(KSyntaxHighlighting::Theme::LineNumbers)));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = m_lineNumbers->width() - fontMetrics().horizontalAdvance(QLatin1Char('9'));
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight, QString::number(block.blockNumber() + 1));
        top += height;
        block = block.next();
    }
}

} // namespace stagecraft
