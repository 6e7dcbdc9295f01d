#include "steps/wizardstep.h"

#include "mainwindow/wizardstate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stagecraft {

WizardStep::WizardStep(WizardState &state, const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("stepHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body);
    layout->addStretch(1);
    connect(&m_state, &WizardState::changed, this, [this] { refresh(); });
}

const Config &WizardStep::config() const
{
    return m_state.config();
}

void WizardStep::edit(const std::function<void(Config &)> &change)
{
    Config next = m_state.config();
    change(next);
    m_state.setConfig(next);
}

QLabel *WizardStep::hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // A form may hand a wrapped label more height than its text needs; keep the text
    // under its field instead of floating in the middle of that space.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *WizardStep::warning(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

} // namespace stagecraft
