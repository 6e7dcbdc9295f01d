#include "preview/codetheme.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPlainTextEdit>

namespace stagecraft {

void applyCodeTheme(QPlainTextEdit &view, KSyntaxHighlighting::SyntaxHighlighter &highlighter,
                    const KSyntaxHighlighting::Theme &theme)
{
    QPalette pal = view.palette();
    pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    view.setPalette(pal);
    highlighter.setTheme(theme);
    highlighter.rehighlight();
}

} // namespace stagecraft
