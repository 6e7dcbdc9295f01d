#include "mainwindow/problembanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stagecraft {

ProblemBanner::ProblemBanner(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel)
    , m_details(new QLabel)
    , m_toggle(new QToolButton)
{
    setObjectName(QStringLiteral("problemBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_summary, 1);
    m_toggle->setObjectName(QStringLiteral("problemDetailsToggle"));
    m_toggle->setText(tr("Show details"));
    m_toggle->setCheckable(true);
    row->addWidget(m_toggle, 0, Qt::AlignTop);
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("problemDismiss"));
    close->setText(tr("Dismiss"));
    row->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setVisible(false);
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_toggle->setText(on ? tr("Hide details") : tr("Show details"));
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    applyColours();
    setVisible(false);
}

void ProblemBanner::showProblems(const QString &summary, const QStringList &details)
{
    m_summary->setText(summary);
    m_details->setText(details.join(QLatin1Char('\n')));
    setVisible(!details.isEmpty());
}

QString ProblemBanner::summary() const
{
    return m_summary->text();
}

QString ProblemBanner::details() const
{
    return m_details->text();
}

bool ProblemBanner::detailsShown() const
{
    return m_details->isVisibleTo(this);
}

void ProblemBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
    QFrame::changeEvent(event);
}

// A warning, not an error: amber on a light window, a dark amber on a dark one.
void ProblemBanner::applyColours()
{
    m_applying = true;
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe6, 0xbd) : QColor(0x4d, 0x38, 0x00));
    setPalette(pal);
    m_applying = false;
}

} // namespace stagecraft
