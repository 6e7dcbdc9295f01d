#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

class QWidget;

namespace stagecraft::bench {

// Times one change from just before its trigger (a key event, a setPlainText) until the
// watched widgets have painted and nothing the change set off is left: events are processed
// until every watched widget received a Paint event and the application has then delivered
// no event at all for a quiet span. The figure ends where the last round of event processing
// that painted a watched widget returned, so layout, painting and the backing store flush
// are all in it; the quiet span after it is not.
class PaintTimer : public QObject
{
public:
    // Quiet span: long enough for Qt's own deferred work (posted update requests, 0 ms and
    // 5 ms update timers), short against the 150 ms of the wizard's build-check delay.
    static constexpr std::chrono::milliseconds Quiet{12};

    // `watched` must paint after every change; `alsoWatched` paint only when the change
    // concerns them (the chart, when the estimate changed), and their paints count then.
    explicit PaintTimer(std::vector<QWidget *> watched, std::vector<QWidget *> alsoWatched = {});
    ~PaintTimer() override;

    // Processes events until nothing has been delivered for the quiet span: the state every
    // sample starts from. Throws when the application never goes quiet.
    void waitUntilQuiet();
    // Milliseconds from just before `trigger` until the watched widgets had painted. Throws
    // when one of them did not paint within two seconds.
    double millisecondsToPaint(const std::function<void()> &trigger);
    // Whether this widget painted during the last millisecondsToPaint.
    bool painted(const QWidget *widget) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Clock = std::chrono::steady_clock;
    // One round of event processing, blocking at most until `deadline`; true when it
    // delivered an event other than its own wake-up.
    bool processRound(Clock::time_point deadline);

    std::vector<QWidget *> m_watched;
    std::vector<bool> m_painted;
    std::vector<QWidget *> m_alsoWatched;
    std::vector<const QWidget *> m_paintedWidgets;
    bool m_paintedInRound = false;
    bool m_deliveredInRound = false;
    QTimer m_wake;
};

} // namespace stagecraft::bench
