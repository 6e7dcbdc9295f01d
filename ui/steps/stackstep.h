#pragma once

#include "steps/wizardstep.h"

#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace stagecraft {

// Step 2: the stack, its package manager, language version and stack options, all as the
// catalog lists them (user templates included).
class StackStep : public WizardStep
{
    Q_OBJECT

public:
    explicit StackStep(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void rebuildForStack();

    QComboBox *m_stack;
    QLabel *m_stackDescription;
    QComboBox *m_packageManager;
    QLabel *m_packageManagerDescription;
    QComboBox *m_languageVersion;
    QWidget *m_optionsBox;
    QFormLayout *m_options;
    std::map<std::string, QWidget *> m_optionEdits; // a QLineEdit, or a QCheckBox for a toggle
    std::string m_builtFor;
};

} // namespace stagecraft
