#pragma once

#include "check/buildcheck.h"

#include <QFutureWatcher>
#include <QObject>

class QTimer;

namespace stagecraft {

class WizardState;

// Keeps the wizard state's build check current: after the choices or the export folder
// change (and a short pause, so typing does not start a walk per key), the check of the
// generated Dockerfile against the export folder runs on a worker thread; a result for an
// older state is dropped.
class FitChecker : public QObject
{
    Q_OBJECT

public:
    explicit FitChecker(WizardState &state, QObject *parent = nullptr);
    ~FitChecker() override;

    bool isChecking() const { return m_running || m_pending; }

private:
    void schedule();
    void start();

    WizardState &m_state;
    QTimer *m_delay;
    QFutureWatcher<CheckResult> m_watcher;
    int m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace stagecraft
