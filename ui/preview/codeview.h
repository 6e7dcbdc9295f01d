#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class SyntaxHighlighter;
class Theme;
}

namespace stagecraft {

// A read-only, highlighted text in the fixed font (a file about to be written, a diff).
// The theme follows the palette of the window it sits in, and the view's own background and
// text follow the theme, so its colours never land on a background they were not made for.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~CodeView() override;

    // Shows `text` highlighted as `definition`; the same text again keeps the scroll position.
    void setCode(const QString &text, const KSyntaxHighlighting::Definition &definition);
    KSyntaxHighlighting::Theme theme() const;

protected:
    void changeEvent(QEvent *event) override;
    // Runs after the text or the theme changed, for views that draw more than the highlighting.
    virtual void decorate() {}
    KSyntaxHighlighting::Repository &repository() const { return m_repository; }

private:
    void applyTheme();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_applyingTheme = false;
};

} // namespace stagecraft
