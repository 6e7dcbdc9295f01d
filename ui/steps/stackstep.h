#pragma once

#include "steps/wizardstep.h"

#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

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
    // A stack's option fields, built the first time the stack is chosen and kept (hidden) when
    // another is: switching back and forth builds no widgets.
    struct OptionPanel
    {
        QWidget *widget = nullptr;
        std::map<std::string, QWidget *> edits; // a QLineEdit, or a QCheckBox for a toggle
    };
    void showChoicesOfStack();
    OptionPanel buildOptionPanel(const StackDefinition &stack);

    QComboBox *m_stack;
    QLabel *m_stackDescription;
    QComboBox *m_packageManager;
    ReservedHeightLabel *m_packageManagerDescription;
    QComboBox *m_languageVersion;
    QWidget *m_optionsBox;
    QVBoxLayout *m_optionsLayout;
    std::map<std::string, OptionPanel> m_optionPanels; // by stack id
    const OptionPanel *m_shownPanel = nullptr;
    std::string m_builtFor;
};

} // namespace stagecraft
