#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
class Theme;
}

namespace stagecraft {

class LineNumberArea;

// The read-only, highlighted Dockerfile view. Colours come from a KSyntaxHighlighting
// theme chosen for the current palette (or picked by the user); the editor's own
// background and text follow the theme so dark themes never draw on a light base.
class DockerfilePreview : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DockerfilePreview(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~DockerfilePreview() override;

    // Replaces the text, keeping the scroll position, so a choice in the wizard does not
    // make the view jump.
    void setDockerfile(const QString &text);

    // An empty name means "follow the palette".
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    KSyntaxHighlighting::Theme theme() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void updateLineNumberArea(const QRect &rect, int dy);

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    LineNumberArea *m_lineNumbers;
    QString m_themeName;
    bool m_applyingTheme = false;
};

} // namespace stagecraft
