#pragma once

#include "steps/wizardstep.h"

class QCheckBox;
class QLabel;
class QSpinBox;

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
    QSpinBox *m_uid;
    QSpinBox *m_gid;
    QLabel *m_notes;
};

// The generator's notes for the current Config as a bulleted label text (empty when none).
QString notesText(const WizardState &state);

} // namespace stagecraft
