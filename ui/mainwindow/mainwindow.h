#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/imagedata.h"
#include "mainwindow/prompts.h"

#include <QMainWindow>

#include <vector>

class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class DockerfilePreview;
class FitChecker;
class PreviewPanel;
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

Q_SIGNALS:
    // The user chose a project folder (or went back to "start from scratch": empty).
    void projectFolderChanged(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addStep(WizardStep *step);
    void createMenus();
    void regenerate();
    void updateSizeChart();
    void rememberRecent(const QString &key, const QString &value);
    void fillRecentMenu(QMenu *menu, const QString &key, bool folders);

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
    ImageSizeData m_imageSizes;
    KSyntaxHighlighting::Repository &m_repository;
};

} // namespace stagecraft
