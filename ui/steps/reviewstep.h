#pragma once

#include "export/exporter.h"
#include "steps/wizardstep.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stagecraft {

struct Prompts;

// Step 7: a summary of the choices and the export into the project folder. Files are
// planned and written off the GUI thread; a differing existing file is shown as a diff
// and replaced only when the user agrees (the core keeps a backup).
class ReviewStep : public WizardStep
{
    Q_OBJECT

public:
    ReviewStep(WizardState &state, const Prompts &prompts, QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    bool isExporting() const { return m_exporting; }

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    // The user picked an export folder here (the project step follows).
    void folderChosen(const QString &folder);
    // An export ended: written, declined, or failed (the message says which).
    void exportFinished(bool written, const QString &message);

protected:
    void refresh() override;

private:
    void writeFiles(const std::vector<ExportFile> &files, bool overwrite);
    void finish(bool written, const QString &message);
    void showResult(const ExportResult &result);

    const Prompts &m_prompts;
    QString m_folder;
    bool m_exporting = false;
    QFormLayout *m_summary;
    QLabel *m_fit;
    QLabel *m_folderLabel;
    QPushButton *m_chooseFolder;
    QCheckBox *m_compose;
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
