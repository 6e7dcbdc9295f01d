#pragma once

#include "config/config.h"
#include "mainwindow/wizardstate.h"
#include "steps/reservedheightlabel.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace stagecraft {

// One page of the wizard: a heading, a sentence on what the page decides, the controls.
// A step shows the shared WizardState and writes whole Configs back to it; refresh() runs
// after every change, wherever it came from, with the controls' signals blocked. Each field
// shows its own problems under it (registerField), whatever step the problem was made on.
class WizardStep : public QWidget
{
    Q_OBJECT

public:
    WizardStep(WizardState &state, const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Moves the keyboard focus to the field; false when this step has no such field.
    bool focusField(const FieldKey &key);

    // A page out of sight counts for nothing in the wizard's layout: the pages share one
    // place, and only the shown one sizes it.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    virtual void refresh() = 0;
    // refresh(), then every field's problems.
    void refreshAll();
    // refreshAll() now if the page is shown, else when it is next shown: a hidden page does
    // no work (and lays nothing out) on every edit made elsewhere, nor when the window is
    // built. Subclass constructors end with it.
    void refreshWhenShown();
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Where subclasses put their controls, in visual (and so tab) order.
    QVBoxLayout *body() const { return m_body; }
    // The body takes the step's spare height (for a list that should show more rows) instead
    // of leaving it empty below the controls.
    void letBodyGrow();
    WizardState &state() const { return m_state; }
    const Config &config() const;
    // Applies one edit to a copy of the current Config and hands it to the state.
    void edit(const std::function<void(Config &)> &change);

    // `problem` (a warning() label under `widget`) shows what is wrong at `key`, and the widget
    // carries the reason as its tooltip and accessible description.
    void registerField(const FieldKey &key, QWidget *widget, QLabel *problem);
    // A field the user types into: checked at every keystroke (the reason shows under it at
    // once), committed on Return or when focus leaves it, so half-typed text never reaches the
    // Dockerfile. The field keeps what was typed; it shows the configuration's value only when
    // that value changes from elsewhere (a preset, a scan, another stack).
    void bindTypedField(const FieldKey &key, QLineEdit *line, QLabel *problem);

    // A secondary line of text under a control, wrapped, in the palette's muted colour. Plain
    // text: hints show template text, which must never be read as markup. A
    // ReservedHeightLabel: it measures each text once, and can keep room for other texts.
    static ReservedHeightLabel *hint(const QString &text = QString());
    // A line that stands out: a problem with the value above it, or a consequence.
    static QLabel *warning(const QString &objectName);

private:
    struct Field
    {
        FieldKey key;
        QWidget *widget;
        QLabel *problem;
        QLineEdit *typed; // null for fields that apply at once (boxes, lists)
        QString toolTip;  // the widget's own tooltip, restored when the problem is gone
        QString shown;    // the problems shown now
    };
    // A field hidden on its own page (the options of a stack not chosen) is left as it is
    // until it is shown again, when the page refreshes it.
    bool isInSight(const Field &field) const;
    void showFieldProblems();
    void showProblems(Field &field, const std::vector<std::string> &problems);
    void updateHeadingFont();

    WizardState &m_state;
    QString m_title;
    QLabel *m_heading;
    QVBoxLayout *m_body;
    std::vector<Field> m_fields;
    bool m_refreshPending = false;
};

} // namespace stagecraft
