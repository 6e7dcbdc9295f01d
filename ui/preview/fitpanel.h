#pragma once

#include "check/buildcheck.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace stagecraft {

// Under the preview: whether the Dockerfile fits the folder it goes to, and each finding of
// the build check with its line; activating a finding shows that line.
class FitPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FitPanel(QWidget *parent = nullptr);

    // `folder` is the build context checked against ("" when there is none yet); an empty
    // `fit` with a folder means the check is running.
    void showFit(const std::optional<CheckResult> &fit, const QString &folder);
    // The choices have a problem: there is no Dockerfile to check until it is fixed.
    void showOutOfDate();

Q_SIGNALS:
    // The user picked the finding about this 1-based Dockerfile line.
    void lineActivated(int line);

private:
    QLabel *m_status;
    QListWidget *m_findings;
};

// One finding as the wizard shows it: "Line 12: problem What to do: advice".
QString findingLabel(const CheckFinding &finding);

} // namespace stagecraft
