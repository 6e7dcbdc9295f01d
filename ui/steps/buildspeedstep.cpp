#include "steps/buildspeedstep.h"

#include "mainwindow/wizardstate.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace stagecraft {

BuildSpeedStep::BuildSpeedStep(WizardState &state, QWidget *parent)
    : WizardStep(state, tr("Build speed"),
                 tr("Layers are rebuilt only when what they copy changes; these choices make the rebuilds "
                    "that do happen faster."),
                 parent)
{
    m_cacheMounts = new QCheckBox(tr("Use BuildKit &cache mounts"));
    m_cacheMounts->setObjectName(QStringLiteral("cacheMounts"));
    m_cacheMounts->setAccessibleName(tr("Use BuildKit cache mounts"));
    body()->addWidget(m_cacheMounts);
    body()->addWidget(hint(tr("Saves: downloading every package again whenever the dependency layer is rebuilt. "
                              "The package manager's download cache survives between builds on the build machine "
                              "and never ends up in the image. Needs BuildKit (the default builder since Docker 23).")));

    auto *heading = new QLabel(tr("<b>Locked installs</b>"));
    body()->addSpacing(6);
    body()->addWidget(heading);
    m_lockedInstall = new QLabel;
    m_lockedInstall->setObjectName(QStringLiteral("lockedInstall"));
    m_lockedInstall->setWordWrap(true);
    body()->addWidget(m_lockedInstall);
    body()->addWidget(hint(tr("Saves: surprises. The image gets exactly the versions you tested, and the install "
                              "layer is reused until the lockfile changes.")));

    connect(m_cacheMounts, &QCheckBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.cacheMounts = on; }); });
    refresh();
}

void BuildSpeedStep::refresh()
{
    const QSignalBlocker blocker(m_cacheMounts);
    m_cacheMounts->setChecked(config().cacheMounts);
    const StackDefinition *stack = state().stack();
    const Choice *manager = stack ? stack->packageManager(config().packageManager) : nullptr;
    m_lockedInstall->setText(manager && !manager->description.empty() ? QString::fromStdString(manager->description)
                                                                      : tr("The install follows the project's lockfile."));
}

} // namespace stagecraft
