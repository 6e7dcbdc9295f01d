#include "preview/dockerfilepreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace stagecraft {

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
    applyTheme();
}

DockerfilePreview::~DockerfilePreview() = default;

void DockerfilePreview::setDockerfile(const QString &text)
{
    if (text == toPlainText())
        return;
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    setPlainText(text);
    verticalScrollBar()->setValue(vertical);
    horizontalScrollBar()->setValue(horizontal);
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
