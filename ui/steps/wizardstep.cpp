#include "steps/wizardstep.h"

#include "mainwindow/wizardstate.h"

#include <QEvent>
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
    m_heading = new QLabel(title);
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    layout->addWidget(m_heading);
    updateHeadingFont();
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body);
    layout->addStretch(1);
    connect(&m_state, &WizardState::changed, this, [this] { refresh(); });
}

// The heading is a third larger than the page's font, also after the window's zoom
// changed that font.
void WizardStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateHeadingFont();
    QWidget::changeEvent(event);
}

void WizardStep::updateHeadingFont()
{
    QFont font = this->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.35);
    else
        font.setPixelSize(font.pixelSize() * 135 / 100);
    font.setBold(true);
    m_heading->setFont(font);
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
