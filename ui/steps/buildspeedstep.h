#pragma once

#include "steps/wizardstep.h"

class QCheckBox;
class QLabel;

namespace stagecraft {

// Step 5: BuildKit cache mounts, and what the package manager's locked install does.
class BuildSpeedStep : public WizardStep
{
    Q_OBJECT

public:
    explicit BuildSpeedStep(WizardState &state, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QCheckBox *m_cacheMounts;
    QLabel *m_lockedInstall;
};

} // namespace stagecraft
