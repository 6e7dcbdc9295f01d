#pragma once

#include "mainwindow/wizardstate.h"

#include <QWidget>

class QVBoxLayout;

namespace stagecraft {

// Every problem with the current choices, one row each: what is wrong and a button that
// opens the step (and the field) where it is fixed. Hidden when there is none.
class ProblemList : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemList(WizardState &state, QWidget *parent = nullptr);

    // The rows' texts, in order, as "Step: problem".
    QStringList rows() const;
    // Shows the state's problems now; the rows are rebuilt only when the problems changed.
    void refresh();

Q_SIGNALS:
    void fixRequested(const QString &stepTitle, const FieldKey &key);

private:
    struct Entry
    {
        QString step;
        FieldKey key;
        QString message;
        bool operator==(const Entry &) const = default;
    };

    static QString rowText(const Entry &entry) { return entry.step + QStringLiteral(": ") + entry.message; }

    WizardState &m_state;
    std::vector<Entry> m_entries; // the rows shown
    QVBoxLayout *m_rows;
};

} // namespace stagecraft
