#include "steps/securitystep.h"

#include "mainwindow/wizardstate.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stagecraft {

QString notesText(const WizardState &state)
{
    if (!state.generated())
        return {};
    QStringList lines;
    for (const std::string &note : state.generated()->notes)
        lines << QStringLiteral("• ") + QString::fromStdString(note);
    return lines.join(QLatin1Char('\n'));
}

SecurityStep::SecurityStep(WizardState &state, QWidget *parent)
    : WizardStep(state, tr("Security"),
                 tr("Containers run as root unless told otherwise. A fixed, unprivileged user limits what a "
                    "compromised app can do."),
                 parent)
{
    m_nonRoot = new QCheckBox(tr("Run as a non-&root user"));
    m_nonRoot->setObjectName(QStringLiteral("nonRoot"));
    m_nonRoot->setAccessibleName(tr("Run as a non-root user"));
    body()->addWidget(m_nonRoot);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    body()->addLayout(form);
    m_uid = new QSpinBox;
    m_uid->setObjectName(QStringLiteral("uid"));
    m_uid->setAccessibleName(tr("User id"));
    m_uid->setRange(1, MaxUid);
    form->addRow(tr("&User id:"), m_uid);
    m_gid = new QSpinBox;
    m_gid->setObjectName(QStringLiteral("gid"));
    m_gid->setAccessibleName(tr("Group id"));
    m_gid->setRange(1, MaxUid);
    form->addRow(tr("Gr&oup id:"), m_gid);
    body()->addWidget(hint(tr("Numeric ids above 10000 do not collide with users of the base image, and let "
                              "Kubernetes check runAsNonRoot.")));

    auto *heading = new QLabel(tr("<b>What this means</b>"));
    body()->addSpacing(6);
    body()->addWidget(heading);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("securityNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_notes);

    connect(m_nonRoot, &QCheckBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.nonRoot = on; }); });
    connect(m_uid, &QSpinBox::valueChanged, this, [this](int v) { edit([&](Config &c) { c.uid = v; }); });
    connect(m_gid, &QSpinBox::valueChanged, this, [this](int v) { edit([&](Config &c) { c.gid = v; }); });
    refresh();
}

void SecurityStep::refresh()
{
    const Config &c = config();
    {
        const QSignalBlocker a(m_nonRoot);
        const QSignalBlocker b(m_uid);
        const QSignalBlocker d(m_gid);
        m_nonRoot->setChecked(c.nonRoot);
        m_uid->setValue(c.uid);
        m_gid->setValue(c.gid);
    }
    m_uid->setEnabled(c.nonRoot);
    m_gid->setEnabled(c.nonRoot);
    const QString notes = notesText(state());
    m_notes->setText(notes.isEmpty() ? tr("Nothing to watch out for with these choices.") : notes);
}

} // namespace stagecraft
