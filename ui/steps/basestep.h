#pragma once

#include "steps/wizardstep.h"

#include <map>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace stagecraft {

// Step 3: the runtime base. Every base the product knows is listed; the ones this stack
// cannot use stay visible, disabled, with the template's reason next to them.
class BaseStep : public WizardStep
{
    Q_OBJECT

public:
    explicit BaseStep(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    struct Row
    {
        QRadioButton *button;
        QLabel *description;
        QLabel *reason;
    };
    QButtonGroup *m_group;
    std::map<std::string, Row> m_rows;
};

} // namespace stagecraft
