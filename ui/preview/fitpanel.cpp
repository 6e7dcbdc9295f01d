#include "preview/fitpanel.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace stagecraft {

QString findingLabel(const CheckFinding &finding)
{
    const QString where = finding.line > 0 ? FitPanel::tr("Line %1: ").arg(finding.line) : QString();
    QString problem = QString::fromStdString(finding.problem);
    if (!problem.isEmpty() && !problem.endsWith(QLatin1Char('.')))
        problem += QLatin1Char('.');
    return where + problem + QLatin1Char(' ') + QString::fromStdString(finding.advice);
}

FitPanel::FitPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_findings(new QListWidget)
{
    setObjectName(QStringLiteral("fitPanel"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("checkFindings"));
    m_findings->setAccessibleName(tr("What does not fit the project"));
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(m_findings->fontMetrics().lineSpacing() * 7);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_findings);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT lineActivated(item->data(Qt::UserRole).toInt());
    });
    connect(m_findings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT lineActivated(item->data(Qt::UserRole).toInt());
    });
    showFit(std::nullopt, QString());
}

void FitPanel::showFit(const std::optional<CheckResult> &fit, const QString &folder)
{
    m_findings->clear();
    const QString shownFolder = QDir::toNativeSeparators(folder).toHtmlEscaped();
    if (folder.isEmpty()) {
        m_status->setText(tr("<b>Build check:</b> choose a project folder to check this Dockerfile against its files."));
    } else if (!fit) {
        m_status->setText(tr("<b>Build check:</b> checking against %1 …").arg(shownFolder));
    } else if (fit->findings.empty()) {
        m_status->setText(tr("<b>Build check:</b> ✓ fits %1: every file it copies is there, the program it starts is "
                             "in the image, and the port and address agree.").arg(shownFolder));
    } else {
        m_status->setText(tr("<b>Build check:</b> %n problem(s) with %1. This Dockerfile would not build or start there:",
                             nullptr, int(fit->findings.size())).arg(shownFolder));
        for (const CheckFinding &finding : fit->findings) {
            auto *item = new QListWidgetItem(findingLabel(finding), m_findings);
            item->setData(Qt::UserRole, finding.line);
            item->setToolTip(QString::fromStdString(finding.instruction));
        }
    }
    m_findings->setVisible(m_findings->count() > 0);
}

void FitPanel::showOutOfDate()
{
    m_findings->clear();
    m_findings->setVisible(false);
    m_status->setText(tr("<b>Build check:</b> runs again once the problem with your choices is fixed."));
}

} // namespace stagecraft
