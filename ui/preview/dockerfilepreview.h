#pragma once

#include <QPlainTextEdit>

#include <vector>

class QTimer;

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

    // Briefly marks these 0-based lines (what the last choice changed); the mark fades out.
    void markLines(const std::vector<int> &lines);
    // The lines currently marked (empty once the mark has faded).
    std::vector<int> markedLines() const { return m_marked; }

    // Underlines these 0-based lines until replaced (what the build check found wrong).
    void setProblemLines(const std::vector<int> &lines);
    std::vector<int> problemLines() const { return m_problems; }
    // Moves the cursor to this 0-based line and scrolls it into view.
    void showLine(int line);

    // Font size steps away from the system fixed font (Ctrl+plus / Ctrl+minus / Ctrl+0).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // An empty name means "follow the palette".
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    KSyntaxHighlighting::Theme theme() const;

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    // The mouse is over this 0-based line (for the explanation panel).
    void lineHovered(int line);

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTheme();
    void updateLineNumberArea(const QRect &rect, int dy);
    void paintMarks();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    LineNumberArea *m_lineNumbers;
    QString m_themeName;
    bool m_applyingTheme = false;
    std::vector<int> m_marked;
    std::vector<int> m_problems;
    int m_markTicks = 0; // counts down; the mark's strength follows it
    QTimer *m_markTimer;
    int m_zoom = 0;
    int m_lastHovered = -1;
};

} // namespace stagecraft
