#pragma once

#include "steps/wizardstep.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace stagecraft {

// Step 4: who the container runs as. The consequences shown are the generator's notes.
class SecurityStep : public WizardStep
{
    Q_OBJECT

public:
    explicit SecurityStep(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QCheckBox *m_nonRoot;
    QLineEdit *m_uid;
    QLineEdit *m_gid;
    QLabel *m_notes;
};

// The generator's notes for the current Config as a bulleted label text (empty when none).
QString notesText(const WizardState &state);

// What a step's notes say while the configuration has problems: the notes describe a
// Dockerfile, and there is none until the problems are fixed.
QString notesWhileInvalid();

// A field for a whole number (port, uid, gid): as wide as its largest value.
QLineEdit *numberField(const QString &name, const QString &accessible);

} // namespace stagecraft
