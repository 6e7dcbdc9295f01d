#include "steps/reservedheightlabel.h"

#include <QEvent>

#include <algorithm>

namespace stagecraft {

ReservedHeightLabel::ReservedHeightLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void ReservedHeightLabel::setPossibleTexts(const QStringList &texts)
{
    if (texts == m_possibleTexts)
        return;
    m_possibleTexts = texts;
    forgetSizes();
    updateGeometry();
}

bool ReservedHeightLabel::hasHeightForWidth() const
{
    return true;
}

int ReservedHeightLabel::heightForWidth(int width) const
{
    // QLabel measures its text again on every call, and layouts call this often.
    if (m_own.width != width || m_own.text != text())
        m_own = {text(), width, QLabel::heightForWidth(width)};
    const int own = m_own.height;
    if (m_possibleTexts.isEmpty() || width <= 0)
        return own;
    if (const auto known = m_heightForWidth.find(width); known != m_heightForWidth.end())
        return std::max(own, known->second);
    int tallest = 0;
    measure([&](const QLabel &probe) { tallest = std::max(tallest, probe.heightForWidth(width)); });
    // Widths are few (one per window size), but a window dragged wider passes many.
    if (m_heightForWidth.size() > 64)
        m_heightForWidth.clear();
    m_heightForWidth.emplace(width, tallest);
    return std::max(own, tallest);
}

// A form gives a row the larger of its preferred height and its height for the width given.
// A wrapped QLabel prefers a narrower shape than it gets, which is taller and leaves empty
// lines under the text; the preferred height here is the one for the width the label has.
QSize ReservedHeightLabel::sizeHint() const
{
    const QSize own = QLabel::sizeHint();
    return {own.width(), heightForWidth(width())};
}

QSize ReservedHeightLabel::minimumSizeHint() const
{
    if (!m_minimumSizeHint) {
        QSize largest;
        measure([&](const QLabel &probe) { largest = largest.expandedTo(probe.minimumSizeHint()); });
        m_minimumSizeHint = largest;
    }
    return QLabel::minimumSizeHint().expandedTo(*m_minimumSizeHint);
}

void ReservedHeightLabel::changeEvent(QEvent *event)
{
    // What the texts' sizes depend on.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        forgetSizes();
    QLabel::changeEvent(event);
}

void ReservedHeightLabel::forgetSizes()
{
    m_own = {};
    m_heightForWidth.clear();
    m_minimumSizeHint.reset();
}

void ReservedHeightLabel::measure(const std::function<void(const QLabel &)> &withEachText) const
{
    // A hidden child, so it has this label's style and font, set up the same way.
    if (!m_probe) {
        m_probe = new QLabel(const_cast<ReservedHeightLabel *>(this));
        m_probe->hide();
    }
    m_probe->ensurePolished();
    m_probe->setFont(font());
    m_probe->setTextFormat(textFormat());
    m_probe->setWordWrap(wordWrap());
    m_probe->setTextInteractionFlags(textInteractionFlags());
    m_probe->setContentsMargins(contentsMargins());
    m_probe->setMargin(margin());
    m_probe->setIndent(indent());
    for (const QString &text : m_possibleTexts) {
        m_probe->setText(text);
        withEachText(*m_probe);
    }
}

} // namespace stagecraft
