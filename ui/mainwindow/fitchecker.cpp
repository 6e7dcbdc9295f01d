#include "mainwindow/fitchecker.h"

#include "mainwindow/wizardstate.h"
#include "project/fit.h"

#include <QDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace stagecraft {

FitChecker::FitChecker(WizardState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &FitChecker::start);
    connect(&m_state, &WizardState::changed, this, &FitChecker::schedule);
    connect(&m_state, &WizardState::projectChanged, this, &FitChecker::schedule);
    connect(&m_watcher, &QFutureWatcher<CheckResult>::finished, this, [this] {
        m_running = false;
        if (m_watcher.property("generation").toInt() == m_generation)
            m_state.setFit(m_watcher.result());
        else if (!m_pending)
            start();
    });
    schedule();
}

FitChecker::~FitChecker()
{
    m_watcher.waitForFinished();
}

void FitChecker::schedule()
{
    ++m_generation;
    m_state.setFit(std::nullopt);
    m_pending = true;
    m_delay->start();
}

void FitChecker::start()
{
    m_pending = false;
    const QString folder = m_state.exportFolder();
    if (folder.isEmpty() || !m_state.generated())
        return; // nothing to check against: the state keeps "not checked"
    if (m_running)
        return; // the finished handler starts the newest check
    m_running = true;
    const Generated generated = m_state.generated().value();
    const std::string context = folder.toStdString();
    std::optional<DetectionResult> model;
    if (m_state.scan() && QDir::cleanPath(QString::fromStdString(m_state.scan()->projectFolder)) == folder)
        model = m_state.scan()->detection;
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run([generated, context, model] {
        return checkGenerated(generated, context, model ? &*model : nullptr);
    }));
}

} // namespace stagecraft
