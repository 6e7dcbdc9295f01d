#include "mainwindow/steadyscrollarea.h"

#include <QScrollBar>

namespace stagecraft {

namespace {

// Always there, so the content's width never changes; drawn only when it can scroll.
class QuietScrollBar : public QScrollBar
{
public:
    QuietScrollBar()
        : QScrollBar(Qt::Vertical)
    {
        // Nothing to scroll: nothing to see, so nothing to announce either.
        connect(this, &QScrollBar::rangeChanged, this, [this](int minimum, int maximum) { setEnabled(maximum > minimum); });
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (maximum() > minimum())
            QScrollBar::paintEvent(event);
    }
};

} // namespace

SteadyScrollArea::SteadyScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setVerticalScrollBar(new QuietScrollBar);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

} // namespace stagecraft
