#include "steps/basestep.h"

#include "catalog/stackdefinition.h"
#include "mainwindow/wizardstate.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stagecraft {

BaseStep::BaseStep(WizardState &state, QWidget *parent)
    : WizardStep(state, tr("Base image"),
                 tr("The image the final stage starts from. Smaller bases ship less to attack and download, "
                    "but also less to debug with."),
                 parent)
    , m_group(new QButtonGroup(this))
{
    // A base the other choices rule out (a loaded preset can hold one) is named at the top.
    QLabel *problem = warning(QStringLiteral("baseProblem"));
    body()->addWidget(problem);
    for (const std::string &id : knownBases()) {
        const QString qid = QString::fromStdString(id);
        Row row;
        row.button = new QRadioButton;
        row.button->setObjectName(QStringLiteral("base_%1").arg(qid));
        m_group->addButton(row.button);
        body()->addWidget(row.button);
        row.description = hint();
        row.description->setObjectName(QStringLiteral("baseDescription_%1").arg(qid));
        row.description->setContentsMargins(24, 0, 0, 0);
        body()->addWidget(row.description);
        row.reason = warning(QStringLiteral("baseReason_%1").arg(qid));
        row.reason->setContentsMargins(24, 0, 0, 4);
        body()->addWidget(row.reason);
        connect(row.button, &QRadioButton::toggled, this, [this, id](bool on) {
            if (on)
                edit([&](Config &c) { c.base = id; });
        });
        m_rows[id] = row;
    }
    registerField({ConfigField::Base, {}}, m_rows.begin()->second.button, problem);
    refreshWhenShown();
}

void BaseStep::refresh()
{
    const StackDefinition *stack = state().stack();
    for (const auto &[id, row] : m_rows) {
        const Choice *choice = stack ? stack->base(id) : nullptr;
        const QString name = choice && !choice->name.empty() ? QString::fromStdString(choice->name) : QString::fromStdString(id);
        // The candidate configuration, so a version or package manager that rules this base
        // out (Python 3.12 on distroless) disables it with its reason too.
        Config candidate = config();
        candidate.base = id;
        const QString reason = stack ? QString::fromStdString(baseUnavailableReason(*stack, candidate)) : QString();
        const QSignalBlocker blocker(row.button);
        row.button->setText(name);
        row.button->setAccessibleName(reason.isEmpty() ? name : tr("%1 (unavailable: %2)").arg(name, reason));
        row.button->setEnabled(reason.isEmpty());
        row.button->setChecked(id == config().base);
        const QString description = choice ? QString::fromStdString(choice->description) : QString();
        row.description->setText(description);
        row.description->setVisible(!description.isEmpty());
        row.reason->setText(tr("Not available: %1").arg(reason));
        row.reason->setVisible(!reason.isEmpty());
        row.reason->setEnabled(true);
    }
}

} // namespace stagecraft
