#include "steps/runtimestep.h"

#include "config/startcommand.h"
#include "mainwindow/wizardstate.h"
#include "steps/securitystep.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stagecraft {

void showProblem(QLabel *label, const QString &text)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(pal);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A fact about the choices, not a mistake: drawn in the ordinary text colour.
void showInfo(QLabel *label, const QString &text)
{
    label->setPalette(QPalette());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

namespace {

QLineEdit *labelEdit(const QString &name, const QString &accessible)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    return line;
}

void setTextIfDifferent(QLineEdit *line, const std::string &value)
{
    const QString text = QString::fromStdString(value);
    if (line->text() != text)
        line->setText(text);
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

    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("P&ort:"), m_port);

    m_startCommand = new QLineEdit;
    m_startCommand->setObjectName(QStringLiteral("startCommand"));
    m_startCommand->setAccessibleName(tr("Start command"));
    form->addRow(tr("&Start command:"), m_startCommand);
    m_startProblem = warning(QStringLiteral("startCommandProblem"));
    form->addRow(QString(), m_startProblem);
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
    m_healthcheckReason = warning(QStringLiteral("healthcheckReason"));
    m_healthcheckReason->setContentsMargins(24, 0, 0, 0);
    body()->addWidget(m_healthcheckReason);

    m_labels = new QGroupBox(tr("OCI image &labels"));
    m_labels->setObjectName(QStringLiteral("ociLabels"));
    m_labels->setAccessibleName(tr("OCI image labels"));
    m_labels->setCheckable(true);
    auto *labelsForm = new QFormLayout(m_labels);
    labelsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = labelEdit(QStringLiteral("labelTitle"), tr("Image title"));
    labelsForm->addRow(tr("Title:"), m_title);
    m_description = labelEdit(QStringLiteral("labelDescription"), tr("Image description"));
    labelsForm->addRow(tr("Description:"), m_description);
    m_source = labelEdit(QStringLiteral("labelSource"), tr("Source repository URL"));
    m_source->setPlaceholderText(QStringLiteral("https://github.com/you/project"));
    labelsForm->addRow(tr("Source:"), m_source);
    m_licenses = labelEdit(QStringLiteral("labelLicenses"), tr("Licence (SPDX)"));
    m_licenses->setPlaceholderText(QStringLiteral("Apache-2.0"));
    labelsForm->addRow(tr("Licence:"), m_licenses);
    body()->addWidget(m_labels);

    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("runtimeNotes"));
    m_notes->setWordWrap(true);
    body()->addWidget(m_notes);

    connect(m_port, &QSpinBox::valueChanged, this, [this](int v) { edit([&](Config &c) { c.port = v; }); });
    connect(m_startCommand, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit([&](Config &c) { c.startCommand = t.toStdString(); });
    });
    connect(m_healthcheck, &QCheckBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.healthcheck = on; }); });
    connect(m_healthcheckPath, &QLineEdit::textEdited, this, [this](const QString &t) {
        edit([&](Config &c) { c.healthcheckPath = t.toStdString(); });
    });
    connect(m_labels, &QGroupBox::toggled, this, [this](bool on) { edit([&](Config &c) { c.labels.enabled = on; }); });
    const auto bind = [this](QLineEdit *line, std::string OciLabels::*field) {
        connect(line, &QLineEdit::textEdited, this, [this, field](const QString &t) {
            edit([&](Config &c) { c.labels.*field = t.toStdString(); });
        });
    };
    bind(m_title, &OciLabels::title);
    bind(m_description, &OciLabels::description);
    bind(m_source, &OciLabels::source);
    bind(m_licenses, &OciLabels::licenses);
    refresh();
}

void RuntimeStep::refresh()
{
    const Config &c = config();
    {
        const QSignalBlocker a(m_port);
        const QSignalBlocker b(m_healthcheck);
        const QSignalBlocker d(m_labels);
        m_port->setValue(c.port);
        m_healthcheck->setChecked(c.healthcheck);
        m_labels->setChecked(c.labels.enabled);
    }
    setTextIfDifferent(m_startCommand, c.startCommand);
    setTextIfDifferent(m_healthcheckPath, c.healthcheckPath);
    setTextIfDifferent(m_title, c.labels.title);
    setTextIfDifferent(m_description, c.labels.description);
    setTextIfDifferent(m_source, c.labels.source);
    setTextIfDifferent(m_licenses, c.labels.licenses);

    const Outcome<std::vector<std::string>> argv = splitStartCommand(c.startCommand);
    showProblem(m_startProblem, argv ? QString() : QString::fromStdString(argv.error()));

    const StackDefinition *stack = state().stack();
    const QString reason = stack ? QString::fromStdString(healthcheckUnavailableReason(*stack, c)) : QString();
    // Unavailable stays visible with its reason; one already on can still be switched off.
    m_healthcheck->setEnabled(reason.isEmpty() || c.healthcheck);
    m_healthcheckPath->setEnabled(c.healthcheck && reason.isEmpty());
    showInfo(m_healthcheckReason, reason.isEmpty() ? QString() : tr("Not available on this base: %1").arg(reason));

    m_notes->setText(notesText(state()));
    m_notes->setVisible(!m_notes->text().isEmpty());
}

} // namespace stagecraft
