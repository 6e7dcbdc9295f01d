#pragma once

#include "steps/wizardstep.h"

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace stagecraft {

struct Prompts;

// Step 1: an optional project folder (the export target, later the scan's input) or
// "start from scratch". The folder is not part of the Config: a preset stays portable.
class ProjectStep : public WizardStep
{
    Q_OBJECT

public:
    ProjectStep(WizardState &state, const Prompts &prompts, QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    // Where the project scan's widget goes (empty until the scan is wired in).
    QWidget *scanSlot() const { return m_scanSlot; }

Q_SIGNALS:
    // The folder the user chose; empty when they start from scratch.
    void folderChanged(const QString &folder);

protected:
    void refresh() override {}

private:
    void chooseFolder();
    void updateEnabled();

    const Prompts &m_prompts;
    QRadioButton *m_useFolder;
    QRadioButton *m_scratch;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QWidget *m_scanSlot;
    QString m_current;
};

} // namespace stagecraft
