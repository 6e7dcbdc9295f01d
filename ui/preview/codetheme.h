#pragma once

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace stagecraft {

// Gives a code view a highlighting theme: the view's base, text and selection colours follow
// it, and the text is highlighted again (setTheme alone does not re-highlight).
void applyCodeTheme(QPlainTextEdit &view, KSyntaxHighlighting::SyntaxHighlighter &highlighter,
                    const KSyntaxHighlighting::Theme &theme);

} // namespace stagecraft
