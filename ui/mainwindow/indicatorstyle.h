#pragma once

#include <QProxyStyle>

namespace stagecraft {

// Fusion draws the ring of a radio button and the box of a check box a shade darker than
// the window, which is invisible on a dark window. This style lightens that ring on dark
// palettes and changes nothing else; other base styles are left alone.
class IndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace stagecraft
