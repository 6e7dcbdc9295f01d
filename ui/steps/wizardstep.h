#pragma once

#include "config/config.h"

#include <QWidget>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace stagecraft {

class WizardState;

// One page of the wizard: a heading, a sentence on what the page decides, the controls.
// A step shows the shared WizardState and writes whole Configs back to it; refresh() runs
// after every change, wherever it came from, with the controls' signals blocked.
class WizardStep : public QWidget
{
    Q_OBJECT

public:
    WizardStep(WizardState &state, const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_title; }

protected:
    virtual void refresh() = 0;
    void changeEvent(QEvent *event) override;
    // Where subclasses put their controls, in visual (and so tab) order.
    QVBoxLayout *body() const { return m_body; }
    WizardState &state() const { return m_state; }
    const Config &config() const;
    // Applies one edit to a copy of the current Config and hands it to the state.
    void edit(const std::function<void(Config &)> &change);

    // A secondary line of text under a control, wrapped, in the palette's muted colour.
    static QLabel *hint(const QString &text = QString());
    // A line that stands out: a problem with the value above it, or a consequence.
    static QLabel *warning(const QString &objectName);

private:
    void updateHeadingFont();

    WizardState &m_state;
    QString m_title;
    QLabel *m_heading;
    QVBoxLayout *m_body;
};

} // namespace stagecraft
