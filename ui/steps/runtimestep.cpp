#include "steps/runtimestep.h"

#include "mainwindow/wizardstate.h"
#include "steps/securitystep.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

// Every edit refreshes the shown page: only what differs is set, so an unchanged line is
// neither laid out nor painted again.
void showText(QLabel *label, const QString &text, const QPalette &palette)
{
    if (label->palette() != palette)
        label->setPalette(palette);
    if (label->text() != text)
        label->setText(text);
    if (label->isHidden() == !text.isEmpty())
        label->setVisible(!text.isEmpty());
}

} // namespace

void showProblem(QLabel *label, const QString &text)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    showText(label, text, pal);
}

// A fact about the choices, not a mistake: drawn in the ordinary text colour.
void showInfo(QLabel *label, const QString &text)
{
    showText(label, text, QPalette());
}

namespace {

QLineEdit *labelEdit(const QString &name, const QString &accessible)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    return line;
}

} // namespace

RuntimeStep::RuntimeStep(WizardState &state, QWidget *parent)
    : WizardStep(state, tr("Runtime"), tr("How the container starts and tells the world about itself."), parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    body()->addLayout(form);

    m_port = numberField(QStringLiteral("port"), tr("Port"));
    form->addRow(tr("P&ort:"), m_port);
    QLabel *portProblem = warning(QStringLiteral("portProblem"));
    form->addRow(QString(), portProblem);
    bindTypedField({ConfigField::Port, {}}, m_port, portProblem);

    m_startCommand = new QLineEdit;
    m_startCommand->setObjectName(QStringLiteral("startCommand"));
    m_startCommand->setAccessibleName(tr("Start command"));
    form->addRow(tr("&Start command:"), m_startCommand);
    m_startProblem = warning(QStringLiteral("startCommandProblem"));
    form->addRow(QString(), m_startProblem);
    bindTypedField({ConfigField::StartCommand, {}}, m_startCommand, m_startProblem);
    m_startUnused = warning(QStringLiteral("startCommandUnused"));
    form->addRow(QString(), m_startUnused);
    form->addRow(QString(), hint(tr("Runs without a shell (exec form), so the app receives stop signals directly.")));

    m_healthcheck = new QCheckBox(tr("Add a health&check"));
    m_healthcheck->setObjectName(QStringLiteral("healthcheck"));
    m_healthcheck->setAccessibleName(tr("Add a healthcheck"));
    body()->addWidget(m_healthcheck);
    auto *healthForm = new QFormLayout;
    healthForm->setContentsMargins(24, 0, 0, 0);
    body()->addLayout(healthForm);
    m_healthcheckPath = new QLineEdit;
    m_healthcheckPath->setObjectName(QStringLiteral("healthcheckPath"));
    m_healthcheckPath->setAccessibleName(tr("Healthcheck path"));
    healthForm->addRow(tr("P&ath:"), m_healthcheckPath);
    QLabel *pathProblem = warning(QStringLiteral("healthcheckPathProblem"));
    healthForm->addRow(QString(), pathProblem);
    bindTypedField({ConfigField::HealthcheckPath, {}}, m_healthcheckPath, pathProblem);
    m_healthcheckProblem = warning(QStringLiteral("healthcheckProblem"));
    m_healthcheckProblem->setContentsMargins(24, 0, 0, 0);
    body()->addWidget(m_healthcheckProblem);
    registerField({ConfigField::Healthcheck, {}}, m_healthcheck, m_healthcheckProblem);
    m_healthcheckReason = warning(QStringLiteral("healthcheckReason"));
    m_healthcheckReason->setContentsMargins(24, 0, 0, 0);
    body()->addWidget(m_healthcheckReason);

    m_labels = new QGroupBox(tr("OCI image &labels"));
    m_labels->setObjectName(QStringLiteral("ociLabels"));
    m_labels->setAccessibleName(tr("OCI image labels"));
    m_labels->setCheckable(true);
    auto *labelsForm = new QFormLayout(m_labels);
    labelsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto labelRow = [this, labelsForm](QLineEdit *line, const QString &label, ConfigField field) {
        labelsForm->addRow(label, line);
        QLabel *problem = warning(line->objectName() + QStringLiteral("Problem"));
        labelsForm->addRow(QString(), problem);
        bindTypedField({field, {}}, line, problem);
    };
    m_title = labelEdit(QStringLiteral("labelTitle"), tr("Image title"));
    labelRow(m_title, tr("Title:"), ConfigField::LabelTitle);
    m_description = labelEdit(QStringLiteral("labelDescription"), tr("Image description"));
    labelRow(m_description, tr("Description:"), ConfigField::LabelDescription);
    m_source = labelEdit(QStringLiteral("labelSource"), tr("Source repository URL"));
    m_source->setPlaceholderText(QStringLiteral("https://github.com/you/project"));
    labelRow(m_source, tr("Source:"), ConfigField::LabelSource);
    m_licenses = labelEdit(QStringLiteral("labelLicenses"), tr("Licence (SPDX)"));
    m_licenses->setPlaceholderText(QStringLiteral("Apache-2.0"));
    labelRow(m_licenses, tr("Licence:"), ConfigField::LabelLicenses);
    body()->addWidget(m_labels);

    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("runtimeNotes"));
    m_notes->setWordWrap(true);
    body()->addWidget(m_notes);

    connect(m_healthcheck, &QCheckBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.healthcheck = on; }); });
    connect(m_labels, &QGroupBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.labels.enabled = on; }); });
    refreshWhenShown();
}

void RuntimeStep::refresh()
{
    const Config &c = config();
    {
        const QSignalBlocker b(m_healthcheck);
        const QSignalBlocker d(m_labels);
        m_healthcheck->setChecked(c.healthcheck);
        m_labels->setChecked(c.labels.enabled);
    }

    const StackDefinition *stack = state().stack();
    // A compiled executable starts itself, and Next.js's output layout decides its command:
    // the field stays visible, greyed, with the reason.
    const Unavailable unused = stack ? startCommandBlock(*stack, c) : Unavailable{};
    m_startCommand->setEnabled(!unused.option);
    showInfo(m_startUnused, unused.option ? tr("Set by %1: %2")
                                                .arg(QString::fromStdString(unused.option->label), QString::fromStdString(unused.reason))
                                          : QString());

    const Unavailable block = stack ? healthcheckBlock(*stack, c) : Unavailable{};
    const QString reason = QString::fromStdString(block.reason);
    // Unavailable stays visible with its reason; one already on can still be switched off.
    m_healthcheck->setEnabled(reason.isEmpty() || c.healthcheck);
    m_healthcheckPath->setEnabled(c.healthcheck && reason.isEmpty());
    // Switched on where it is unavailable, the healthcheck's problem says the same.
    const QString unavailable = block.option ? tr("Not available with %1: %2").arg(QString::fromStdString(block.option->label), reason)
                                             : tr("Not available on this base: %1").arg(reason);
    showInfo(m_healthcheckReason, reason.isEmpty() || c.healthcheck ? QString() : unavailable);

    showInfo(m_notes, state().generated() ? notesText(state()) : notesWhileInvalid());
}

} // namespace stagecraft
