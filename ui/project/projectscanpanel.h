#pragma once

#include "project/projectscan.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace stagecraft {

// The Project step's account of what the folder says about itself: a scan that runs off
// the GUI thread with progress and Cancel, then the conclusions with their evidence and
// confidence, warnings, and a picker when the folder holds several projects.
class ProjectScanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectScanPanel(const Catalog &catalog, QWidget *parent = nullptr);
    ~ProjectScanPanel() override;

    // Starts a scan of `folder` (a running one is cancelled); an empty folder clears the panel.
    // `chosenOptions`: option values the user gave, e.g. the answer to a refusal
    // (ProjectScanOptions::chosenOptions).
    void scan(const QString &folder, const QString &member = {}, const std::map<std::string, std::string> &chosenOptions = {});
    void cancel();
    bool isScanning() const;
    // The last finished scan, if any.
    const std::optional<ProjectScan> &result() const { return m_result; }

Q_SIGNALS:
    // A scan finished (not cancelled); the window keeps it in the wizard's state.
    void scanFinished();
    void scanCleared();
    // The user asked to fill in the steps from the scan.
    void applyRequested();

public Q_SLOTS:
    // The scan was applied; `changedSteps` are the titles of the steps whose choices changed.
    void showApplied(const QStringList &changedSteps);

private:
    void showProgress(qint64 files);
    void showResult();
    void showAnswer(const DetectionResult &found);
    void showIdle(const QString &message);
    void relayout();
    void fitEvidenceColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:

    const Catalog &m_catalog;
    QString m_folder;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_filesSeen;
    QFutureWatcher<ProjectScan> m_watcher;
    std::optional<ProjectScan> m_result;
    int m_generation = 0;
    bool m_scanning = false; // until the result has been shown, not just computed

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_applyButton;
    QPushButton *m_answerButton; // answers a refusal with the option values it names
    QLabel *m_applied;
    QComboBox *m_projects;
    QLabel *m_projectsLabel;
    QTreeWidget *m_evidence;
    QLabel *m_warnings;
};

} // namespace stagecraft
