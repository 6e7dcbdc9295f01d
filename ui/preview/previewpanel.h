#pragma once

#include "check/buildcheck.h"
#include "dockerfile/document.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QScrollArea;
class QSplitter;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class DockerfilePreview;
class FitPanel;
struct Generated;

// The right-hand side of the wizard: the multi-stage Dockerfile (or the naive single-stage
// one, or both side by side), the explanation of the line last pointed at (highlighted with
// its whole instruction, and kept on that line, or its nearest equivalent, across changes),
// and the reserved place for the size chart. It only shows what the core generated.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum class View { MultiStage, SingleStage, SideBySide };

    explicit PreviewPanel(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // Shows a new result; the lines that differ from the previous one stay marked until the
    // next change, and the explanation follows its line.
    void showGenerated(const Generated &generated);
    // Shows why nothing could be generated; the last good Dockerfile stays visible, marked
    // out of date.
    void showProblem(const QString &problem);
    bool isStale() const;

    // The line being explained: in which Dockerfile (the one in view) and where.
    bool explainsSingleStage() const { return m_explainsSingle; }
    int explainedLine() const { return m_explainedLine; }
    // Explains this line of the multi-stage (or single-stage) Dockerfile, as pointing at it does.
    void explainLine(bool singleStage, int line);

    // "What changed" mode: the lines the last change removed are shown as ghost lines.
    void setShowRemoved(bool show);
    bool showsRemoved() const;

    // Lights up a stage of one Dockerfile (its layers are hovered in the chart); -1 for none.
    void highlightStage(bool singleStage, int stage);

    void setView(View view);
    View view() const { return m_view; }
    // Empty means "follow the system palette"; so does a name the repository does not know.
    void setThemeName(const QString &name);
    QString themeName() const;
    // The code's font size in points away from the system fixed font; the window's zoom
    // (MainWindow::setZoom) sets it together with every other font.
    void setZoom(int steps);
    int zoom() const;

    DockerfilePreview *multiStagePreview() const { return m_multi; }
    DockerfilePreview *singleStagePreview() const { return m_single; }
    QString explanation() const;
    // The build check's verdict, under the Dockerfile; its findings mark their lines.
    FitPanel *fitPanel() const { return m_fitPanel; }
    void showFit(const std::optional<CheckResult> &fit, const QString &folder);
    // An empty container (with a layout) that the size chart goes into.
    QWidget *sizeChartSlot() const { return m_sizeChartSlot; }

Q_SIGNALS:
    // Once per shown result whose Dockerfile text changed.
    void updated();
    void themeNameChanged(const QString &name);
    // The mouse is over a line of this stage of one Dockerfile; -1 when it left the stages.
    void stageHovered(bool singleStage, int stage);
    void viewChanged(View view);

private:
    struct Shown
    {
        Document document;
        RenderedDockerfile rendered;
    };
    void showExplanation();
    void fitExplanationHeight();
    void fitCodeHeight();
    void copyAll();
    DockerfilePreview *preview(bool singleStage) const { return singleStage ? m_single : m_multi; }
    const Shown &shown(bool singleStage) const { return singleStage ? m_shownSingle : m_shownMulti; }

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::Repository &m_repository;
    View m_view = View::MultiStage;
    DockerfilePreview *m_multi;
    DockerfilePreview *m_single;
    QSplitter *m_codeSplitter;
    QWidget *m_multiPane;
    QWidget *m_singlePane;
    QLabel *m_multiHeader;
    QLabel *m_singleHeader;
    QLabel *m_problem;
    QLabel *m_explanationTitle;
    QLabel *m_explanation;
    QScrollArea *m_explanationScroll;
    QCheckBox *m_showRemoved;
    QString m_themeName;
    QButtonGroup *m_viewButtons;
    QWidget *m_sizeChartSlot;
    FitPanel *m_fitPanel;
    Shown m_shownMulti;
    Shown m_shownSingle;
    bool m_explainsSingle = false;
    int m_explainedLine = -1;
    bool m_updating = false; // the previews' own cursor moves while replacing text are not the user's
};

} // namespace stagecraft
