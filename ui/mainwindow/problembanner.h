#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace stagecraft {

// A strip across the top of the window for data Stagecraft could not use: a broken user
// template, an unreadable size dataset. One sentence says what it means for the user;
// "Details" lists each problem as the command line prints it. Hidden while there is none.
class ProblemBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBanner(QWidget *parent = nullptr);

    // `summary` is shown as is; `details` one line each. Empty details hide the banner.
    void showProblems(const QString &summary, const QStringList &details);
    QString summary() const;
    QString details() const;
    bool detailsShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_summary;
    QLabel *m_details;
    QToolButton *m_toggle;
    bool m_applying = false;
};

} // namespace stagecraft
