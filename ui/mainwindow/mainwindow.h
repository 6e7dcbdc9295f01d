#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/imagedata.h"
#include "mainwindow/prompts.h"

#include <QMainWindow>

#include <future>
#include <vector>

class QActionGroup;
class QListWidget;
class QMenu;
class QSplitter;
class QPushButton;
class QStackedWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class DockerfilePreview;
class FitChecker;
class PreviewPanel;
class ProblemBanner;
class ProjectScanPanel;
class ProjectStep;
class SizeChart;
class ReviewStep;
class WizardState;
class WizardStep;

// The wizard: the step list on the left, the current step in the middle, the live
// Dockerfile on the right. Every step edits the one Config held by state().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const Catalog &catalog, KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    WizardState &state() const { return *m_state; }
    const Config &config() const;
    void setConfig(const Config &config);

    // The dialogs' seam: tests replace these functions to answer for the user.
    Prompts &prompts() { return m_prompts; }

    PreviewPanel *previewPanel() const { return m_previewPanel; }
    DockerfilePreview *preview() const;
    // Where the size estimator's chart goes: an empty container with a QVBoxLayout.
    QWidget *sizeChartSlot() const;
    // Where the project scan's widget goes, on the Project step: same shape.
    QWidget *projectScanSlot() const;

    // The project folder chosen on the Project step; empty when starting from scratch.
    QString projectFolder() const;
    void setProjectFolder(const QString &folder);

    // Presets in the format of `stagecraft generate --preset`. On failure the user gets the
    // message (through prompts().showError) and the current choices stay as they were.
    bool loadPresetFile(const QString &path);
    bool savePresetFile(const QString &path);
    // The handout page (handoutHtml) of the current choices, written to `path` (a replaced
    // file is kept as a backup); a problem goes to prompts().showError.
    bool exportHandout(const QString &path);

    ProjectScanPanel *projectScanPanel() const { return m_scanPanel; }
    SizeChart *sizeChart() const { return m_sizeChart; }
    FitChecker *fitChecker() const { return m_fitChecker; }

    int stepCount() const;
    int currentStep() const;
    void setCurrentStep(int index);

    // One zoom for every font in the window (steps, explanations, chart, code): 10 % per
    // step from the system font, kept between MinZoom and MaxZoom.
    static constexpr int MinZoom = -4;
    static constexpr int MaxZoom = 12;
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    // Presentation mode (View menu, F11; Esc leaves it): no step list, every font larger
    // for a projector, full screen. Leaving it restores the window as it was.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }

    // Broken user templates and size data, shown across the top of the window.
    ProblemBanner *problemBanner() const { return m_banner; }
    // Help > About: version, licence and the dates of the image-size figures.
    QString aboutText() const;

Q_SIGNALS:
    // The user chose a project folder (or went back to "start from scratch": empty).
    void projectFolderChanged(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addStep(WizardStep *step);
    void createMenus();
    void createViewMenu(KSyntaxHighlighting::Repository &repository);
    void createHelpMenu();
    void showDataProblems();
    void applyFonts();
    void focusFirstControl();
    void regenerate();
    void updateSizeChart();
    void rememberRecent(const QString &key, const QString &value);
    void fillRecentMenu(QMenu *menu, const QString &key, bool folders);

    // The image-size data and what was wrong with it, read on a worker while the first
    // widgets are built; the constructor takes it before anything estimates.
    struct LoadedImageSizes
    {
        ImageSizeData data;
        std::vector<std::string> problems;
    };
    std::future<LoadedImageSizes> m_loadingSizes;
    WizardState *m_state;
    FitChecker *m_fitChecker;
    Prompts m_prompts;
    PreviewPanel *m_previewPanel;
    QListWidget *m_stepList;
    QStackedWidget *m_steps;
    QPushButton *m_back;
    QPushButton *m_next;
    ProjectStep *m_projectStep;
    ReviewStep *m_reviewStep;
    ProjectScanPanel *m_scanPanel;
    SizeChart *m_sizeChart;
    std::vector<std::string> m_dataProblems; // what loading m_imageSizes found wrong
    ImageSizeData m_imageSizes;
    ProblemBanner *m_banner;
    QSplitter *m_splitter = nullptr;
    QWidget *m_stepPane = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QActionGroup *m_viewActions = nullptr;
    QActionGroup *m_themeActions = nullptr;
    int m_zoom = 0;
    bool m_presentation = false;
    bool m_focusedOnce = false;
    Qt::WindowStates m_stateBeforePresentation;
    QList<int> m_sizesBeforePresentation;
    KSyntaxHighlighting::Repository &m_repository;
};

} // namespace stagecraft
