#pragma once

#include "export/exporter.h"
#include "steps/wizardstep.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class ExportFilesView;
class ProblemList;
struct Prompts;

// Step 7: a summary of the choices, the files exactly as Export writes them, and the export
// into the project folder. Files are planned and written off the GUI thread; for each
// differing existing file the user sees a diff and chooses: replace it (the core keeps a
// backup), keep it, or write the new one beside it as NAME.new.
class ReviewStep : public WizardStep
{
    Q_OBJECT

public:
    ReviewStep(WizardState &state, const Prompts &prompts, KSyntaxHighlighting::Repository &repository,
               QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    bool isExporting() const { return m_exporting; }

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    // The user picked an export folder here (the project step follows).
    void folderChosen(const QString &folder);
    // A problem's "Go to" button: open that step, at that field.
    void fixRequested(const QString &stepTitle, const FieldKey &key);
    // An export ended: written, declined, or failed (the message says which).
    void exportFinished(bool written, const QString &message);

protected:
    void refresh() override;

private:
    // The comments box, from the configuration; the rest of the page waits until it is shown.
    void showCommentsChoice();
    // The commands to try the result, fixed when the export starts.
    struct Commands
    {
        std::string image;
        int port = 0;
    };

    // What Export writes into `folder` now: what the files view shows and what is written.
    std::vector<ExportFile> filesToWrite(const QString &folder) const;
    void writeFiles(const std::string &folder, const std::vector<ExportFile> &files, const Commands &commands);
    // `yourChoice`: nothing was written because the user said so, which is not a problem.
    void finish(bool written, const QString &message, bool yourChoice = false);
    void showResult(const ExportResult &result, const std::string &folder, const Commands &commands);

    const Prompts &m_prompts;
    QString m_folder;
    bool m_exporting = false;
    ProblemList *m_problems;
    QFormLayout *m_summary;
    QLabel *m_stackRow;
    QLabel *m_baseRow;
    QLabel *m_userRow;
    QLabel *m_cacheRow;
    QLabel *m_portRow;
    QLabel *m_healthcheckRow;
    QLabel *m_fit;
    QLabel *m_folderLabel;
    QPushButton *m_chooseFolder;
    QCheckBox *m_compose;
    ExportFilesView *m_files;
    QCheckBox *m_comments;
    QPushButton *m_export;
    QLabel *m_status;
    QWidget *m_result;
    QLabel *m_written;
    QLineEdit *m_build;
    QLineEdit *m_run;
    QPushButton *m_openFolder;
};

} // namespace stagecraft
