#include "steps/securitystep.h"

#include "mainwindow/wizardstate.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

QString notesWhileInvalid()
{
    return SecurityStep::tr("What these choices mean shows here again once the problems above are fixed.");
}

QLineEdit *numberField(const QString &name, const QString &accessible)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    line->setInputMethodHints(Qt::ImhDigitsOnly);
    // Room for ten digits and the problem mark.
    line->setMaximumWidth(line->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 12 + 40);
    return line;
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
    m_uid = numberField(QStringLiteral("uid"), tr("User id"));
    form->addRow(tr("&User id:"), m_uid);
    QLabel *uidProblem = warning(QStringLiteral("uidProblem"));
    form->addRow(QString(), uidProblem);
    bindTypedField({ConfigField::Uid, {}}, m_uid, uidProblem);
    m_gid = numberField(QStringLiteral("gid"), tr("Group id"));
    form->addRow(tr("Gr&oup id:"), m_gid);
    QLabel *gidProblem = warning(QStringLiteral("gidProblem"));
    form->addRow(QString(), gidProblem);
    bindTypedField({ConfigField::Gid, {}}, m_gid, gidProblem);
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
    refreshWhenShown();
}

void SecurityStep::refresh()
{
    const Config &c = config();
    {
        const QSignalBlocker a(m_nonRoot);
        m_nonRoot->setChecked(c.nonRoot);
    }
    m_uid->setEnabled(c.nonRoot);
    m_gid->setEnabled(c.nonRoot);
    const QString notes = notesText(state());
    m_notes->setText(!state().generated() ? notesWhileInvalid()
                     : notes.isEmpty()    ? tr("Nothing to watch out for with these choices.")
                                          : notes);
}

} // namespace stagecraft
