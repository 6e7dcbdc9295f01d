#pragma once

#include "check/buildcheck.h"
#include "dockerfile/document.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QSplitter;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class DockerfilePreview;
class FitPanel;
struct Generated;

// The right-hand side of the wizard: the multi-stage Dockerfile (or the naive single-stage
// one, or both side by side), the explanation of the line under the cursor or mouse, and
// the reserved place for the size chart. It only shows what the core generated.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum class View { MultiStage, SingleStage, SideBySide };

    explicit PreviewPanel(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // Shows a new result; the lines that differ from the previous one are marked briefly.
    void showGenerated(const Generated &generated);
    // Shows why nothing could be generated; the last good Dockerfile stays visible.
    void showProblem(const QString &problem);

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
    void viewChanged(View view);

private:
    struct Shown
    {
        Document document;
        RenderedDockerfile rendered;
    };
    void explain(const Shown &shown, int line);
    void copyAll();

    KSyntaxHighlighting::Repository &m_repository;
    View m_view = View::MultiStage;
    DockerfilePreview *m_multi;
    DockerfilePreview *m_single;
    QWidget *m_multiPane;
    QWidget *m_singlePane;
    QLabel *m_multiHeader;
    QLabel *m_singleHeader;
    QLabel *m_problem;
    QLabel *m_explanation;
    QString m_themeName;
    QButtonGroup *m_viewButtons;
    QWidget *m_sizeChartSlot;
    FitPanel *m_fitPanel;
    Shown m_shownMulti;
    Shown m_shownSingle;
};

} // namespace stagecraft
