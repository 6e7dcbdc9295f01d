#pragma once

#include "export/textdiff.h"

#include <QColor>
#include <QPlainTextEdit>

#include <utility>
#include <vector>

class QPainter;

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
//
// Lines are the Dockerfile's, 0-based, everywhere in this interface. In "what changed" mode
// the lines the last change removed are shown too, as struck-through ghost lines without a
// line number; they are not part of the Dockerfile.
class DockerfilePreview : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DockerfilePreview(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~DockerfilePreview() override;

    // Replaces the text, keeping the scroll position, so a choice in the wizard does not
    // make the view jump. Clears the change marks. Only the lines that differ are replaced,
    // so only they are highlighted again and repainted.
    void setDockerfile(const QString &text);
    // Replaces the text after a change: the added lines are marked and the removed ones kept
    // as ghost lines, both until the next change.
    void showChange(const QString &text, const LineChanges &changes);
    // The Dockerfile shown (without ghost lines).
    QString dockerfile() const { return m_text; }

    // An inactive view (one the panel does not show) keeps the latest text and marks and
    // puts them into its document only when it is made active again.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Marks these lines (what the last choice changed) until the next change.
    void markLines(const std::vector<int> &lines);
    std::vector<int> markedLines() const { return m_marked; }

    // "What changed" mode: the removed lines are shown in place as ghost lines.
    void setShowRemoved(bool show);
    bool showsRemoved() const { return m_showRemoved; }
    // The texts of the ghost lines on screen (empty unless the mode is on).
    QStringList shownRemovedLines() const;

    // Underlines these lines until replaced (what the build check found wrong).
    void setProblemLines(const std::vector<int> &lines);
    std::vector<int> problemLines() const { return m_problems; }
    // Moves the cursor to this line and scrolls it into view.
    void showLine(int line);
    // The line the cursor is on (a ghost line counts as the line after it).
    int cursorLine() const;
    // Moves the cursor to this line without scrolling or taking the focus.
    void setCursorLine(int line);

    // The document block that shows this line (ghost lines come between them).
    int blockOfLine(int line) const;

    // The lines being explained, [first, last], highlighted; {-1, -1} for none.
    void setExplainedLines(std::pair<int, int> lines);
    std::pair<int, int> explainedLines() const { return m_explained; }

    // The stage each line belongs to (-1 for none): stages are banded in the gutter and tinted.
    void setLineStages(const std::vector<int> &stages);
    // This stage's lines stand out (the chart's layer of it is hovered); -1 for none.
    void setHighlightedStage(int stage);
    int highlightedStage() const { return m_highlightedStage; }
    // The colour a stage is banded with, for this palette.
    QColor stageColor(int stage) const;

    // The text no longer matches the choices (they have a problem): it is drawn faded.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

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
    // The mouse is over this line (for the explanation panel); not sent for ghost lines.
    void lineHovered(int line);
    // The mouse is over a line of this stage; -1 when it left the stages or the view.
    void stageHovered(int stage);

protected:
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // How one line is decorated: its background (stage tint, explanation, change mark and
    // ghost tint blended over the base) and its gutter (stage band, explanation bar).
    struct LineLook
    {
        QRgb background = 0;
        QRgb stage = 0;
        bool explained = false;
        bool operator==(const LineLook &) const = default;
    };
    // The colours of the marks, taken from the theme when it is applied (looking the theme up
    // for every line would cost more than the rest of an edit).
    // The theme's colours the preview paints with, taken when the theme is applied (finding
    // the theme reads the settings; paints and edits only read these).
    struct MarkColours
    {
        QColor base;
        QColor explained;
        QColor changed;
        QColor problem;
        QColor gutter;
        QColor lineNumbers;
        bool dark = false;
    };
    void applyTheme();
    void updateLineNumberArea(const QRect &rect, int dy);
    void rebuild();
    void replaceChangedBlocks(const QStringList &blocks);
    // Runs `change` (which alters how lines look) and repaints only the lines whose look it changed.
    template <typename Change>
    void restyle(Change change);
    std::vector<std::pair<int, LineLook>> visibleLooks() const;
    LineLook lookOfBlock(int block) const;
    void paintLineBackgrounds(QPainter &painter, const QRect &area);
    void updateTextSelections();
    int lineOfBlock(int block) const;

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    LineNumberArea *m_lineNumbers;
    QString m_themeName;
    bool m_applyingTheme = false;
    MarkColours m_colours;
    QString m_text;
    QStringList m_blocks; // what the document holds, block by block
    bool m_active = true;
    bool m_pending = false; // inactive, and the document is behind m_text
    std::vector<LineChanges::Removed> m_removed;
    bool m_showRemoved = false;
    std::vector<int> m_lineOfBlock; // -1 for a ghost line
    std::vector<int> m_blockOfLine;
    std::vector<int> m_marked;
    std::vector<int> m_problems;
    std::pair<int, int> m_explained{-1, -1};
    std::vector<int> m_stages;
    int m_highlightedStage = -1;
    bool m_stale = false;
    int m_zoom = 0;
    int m_lastHovered = -1;
    int m_lastHoveredStage = -1;
};

} // namespace stagecraft
