#include "painttimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <stdexcept>

namespace stagecraft::bench {

namespace {

constexpr std::chrono::seconds PaintTimeout{2};

} // namespace

PaintTimer::PaintTimer(std::vector<QWidget *> watched, std::vector<QWidget *> alsoWatched)
    : m_watched(std::move(watched))
    , m_painted(m_watched.size(), false)
    , m_alsoWatched(std::move(alsoWatched))
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    // Every event of the GUI thread passes the application's filters.
    QCoreApplication::instance()->installEventFilter(this);
}

PaintTimer::~PaintTimer()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

bool PaintTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_wake) {
        m_deliveredInRound = true;
        if (event->type() == QEvent::Paint) {
            const auto it = std::find(m_watched.begin(), m_watched.end(), watched);
            if (it != m_watched.end()) {
                m_painted[static_cast<std::size_t>(it - m_watched.begin())] = true;
                m_paintedInRound = true;
                m_paintedWidgets.push_back(*it);
            } else if (const auto also = std::find(m_alsoWatched.begin(), m_alsoWatched.end(), watched); also != m_alsoWatched.end()) {
                m_paintedInRound = true;
                m_paintedWidgets.push_back(*also);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

bool PaintTimer::processRound(Clock::time_point deadline)
{
    m_deliveredInRound = false;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
    m_wake.start(std::max<std::chrono::milliseconds>(wait, std::chrono::milliseconds(0)));
    // Blocks until something happens (a posted event is processed at once); the wake-up
    // timer bounds the wait.
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    m_wake.stop();
    return m_deliveredInRound;
}

void PaintTimer::waitUntilQuiet()
{
    const auto giveUp = Clock::now() + PaintTimeout;
    auto lastActivity = Clock::now();
    while (Clock::now() - lastActivity < Quiet) {
        if (Clock::now() > giveUp)
            throw std::runtime_error("the application never went quiet (events kept arriving for 2 s)");
        if (processRound(lastActivity + Quiet))
            lastActivity = Clock::now();
    }
}

double PaintTimer::millisecondsToPaint(const std::function<void()> &trigger)
{
    std::fill(m_painted.begin(), m_painted.end(), false);
    m_paintedWidgets.clear();
    m_paintedInRound = false;
    const auto start = Clock::now();
    trigger();
    auto lastActivity = Clock::now();
    auto lastPaint = m_paintedInRound ? lastActivity : start;
    const auto allPainted = [this] { return std::all_of(m_painted.begin(), m_painted.end(), [](bool p) { return p; }); };
    while (!allPainted() || Clock::now() - lastActivity < Quiet) {
        if (Clock::now() - start > PaintTimeout)
            throw std::runtime_error(allPainted() ? "events kept arriving for 2 s after the change"
                                                  : "a watched widget did not paint within 2 s of the change");
        m_paintedInRound = false;
        const bool delivered = processRound(allPainted() ? lastActivity + Quiet : start + PaintTimeout);
        const auto now = Clock::now();
        if (delivered)
            lastActivity = now;
        if (m_paintedInRound)
            lastPaint = now;
    }
    return std::chrono::duration<double, std::milli>(lastPaint - start).count();
}

bool PaintTimer::painted(const QWidget *widget) const
{
    return std::find(m_paintedWidgets.begin(), m_paintedWidgets.end(), widget) != m_paintedWidgets.end();
}

} // namespace stagecraft::bench
