#pragma once

class QPalette;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace stagecraft {

// Gives a code view a highlighting theme: the view's base, text and selection colours follow
// it, and the text is highlighted again (setTheme alone does not re-highlight).
void applyCodeTheme(QPlainTextEdit &view, KSyntaxHighlighting::SyntaxHighlighter &highlighter,
                    const KSyntaxHighlighting::Theme &theme);

// The highlighting theme that suits a palette, as Repository::themeForPalette chooses it.
// That reads every installed theme (30 files, a tenth of the window's start-up) to compare
// their colours, so the choice is remembered per palette in the settings: later starts read
// only the chosen theme.
KSyntaxHighlighting::Theme themeForPalette(const KSyntaxHighlighting::Repository &repository, const QPalette &palette);

} // namespace stagecraft
