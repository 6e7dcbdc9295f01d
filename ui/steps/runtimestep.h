#pragma once

#include "steps/wizardstep.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace stagecraft {

// Step 6: port, start command, healthcheck, OCI labels; typed values are checked as the user
// types and take effect on Return or when the field is left.
class RuntimeStep : public WizardStep
{
    Q_OBJECT

public:
    explicit RuntimeStep(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QLineEdit *m_port;
    QLineEdit *m_startCommand;
    QLabel *m_startProblem;
    QLabel *m_startUnused;
    QCheckBox *m_healthcheck;
    QLineEdit *m_healthcheckPath;
    QLabel *m_healthcheckReason;
    QLabel *m_healthcheckProblem;
    QGroupBox *m_labels;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QLineEdit *m_source;
    QLineEdit *m_licenses;
    QLabel *m_notes;
};

// Shows `text` in `label` as a problem (coloured for the label's palette), hidden when empty.
void showProblem(QLabel *label, const QString &text);
void showInfo(QLabel *label, const QString &text);

} // namespace stagecraft
