#include "mainwindow/indicatorstyle.h"

#include <QStyleOptionButton>

namespace stagecraft {

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    const bool indicator = element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox;
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (indicator && button && baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0
        && option->palette.color(QPalette::Window).lightness() < 128) {
        // Fusion outlines the indicator with the window colour made darker; starting from a
        // much lighter window colour gives a ring that stands out from a dark background.
        QStyleOptionButton lifted = *button;
        lifted.palette.setColor(QPalette::Window, option->palette.color(QPalette::Window).lighter(320));
        QProxyStyle::drawPrimitive(element, &lifted, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace stagecraft
