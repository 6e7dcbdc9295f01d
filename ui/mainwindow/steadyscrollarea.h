#pragma once

#include <QScrollArea>

namespace stagecraft {

// A vertical scroll area whose content keeps its width whether it scrolls or not. The room
// for the scroll bar is always kept; the bar shows only when there is something to scroll.
// A page that grows past the window (another stack's options) then moves nothing sideways:
// no text re-wraps, on a projector nothing jumps, and the page is not laid out and painted
// a second time at the narrower width.
class SteadyScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit SteadyScrollArea(QWidget *parent = nullptr);
};

} // namespace stagecraft
