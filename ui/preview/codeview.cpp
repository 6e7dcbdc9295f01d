#include "preview/codeview.h"

#include "preview/codetheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFontDatabase>

namespace stagecraft {

CodeView::CodeView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyTheme();
}

CodeView::~CodeView() = default;

void CodeView::setCode(const QString &text, const KSyntaxHighlighting::Definition &definition)
{
    // The theme is in place before the definition: a highlighter without a theme paints
    // every format in a transparent colour (the blank diff of issue #12).
    const bool sameDefinition = m_highlighter->definition() == definition;
    if (!sameDefinition)
        m_highlighter->setDefinition(definition);
    if (text != toPlainText())
        setPlainText(text);
    else if (!sameDefinition)
        m_highlighter->rehighlight();
    decorate();
}

KSyntaxHighlighting::Theme CodeView::theme() const
{
    // The view's own palette holds the theme's colours; the theme follows what it sits in.
    return themeForPalette(m_repository, parentWidget() ? parentWidget()->palette() : QApplication::palette());
}

void CodeView::applyTheme()
{
    m_applyingTheme = true;
    applyCodeTheme(*this, *m_highlighter, theme());
    m_applyingTheme = false;
    decorate();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Our own setPalette raises PaletteChange too; only an outside change re-themes.
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
}

} // namespace stagecraft
