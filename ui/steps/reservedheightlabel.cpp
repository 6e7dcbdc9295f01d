#include "steps/reservedheightlabel.h"

#include <QEvent>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace stagecraft {

namespace {

// Texts by width: a window dragged wider passes many widths, so the memory is bounded.
constexpr std::size_t MostMeasurements = 512;

} // namespace

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
    updateGeometry();
}

bool ReservedHeightLabel::hasHeightForWidth() const
{
    return true;
}

int ReservedHeightLabel::heightForWidth(int width) const
{
    int tallest = heightOf(text(), width);
    for (const QString &possible : m_possibleTexts)
        tallest = std::max(tallest, heightOf(possible, width));
    return tallest;
}

// A form gives a row the larger of its preferred height and its height for the width given.
// A wrapped QLabel prefers a narrower shape than it gets, which is taller and leaves empty
// lines under the text; the preferred height here is the one for the width the label has.
QSize ReservedHeightLabel::sizeHint() const
{
    return {hintsOf(text()).preferred.width(), heightForWidth(width())};
}

QSize ReservedHeightLabel::minimumSizeHint() const
{
    QSize largest = hintsOf(text()).minimum;
    for (const QString &possible : m_possibleTexts)
        largest = largest.expandedTo(hintsOf(possible).minimum);
    return largest;
}

void ReservedHeightLabel::changeEvent(QEvent *event)
{
    // What the texts' sizes depend on.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange || event->type() == QEvent::ContentsRectChange
        || event->type() == QEvent::LayoutDirectionChange)
        forgetSizes();
    QLabel::changeEvent(event);
}

void ReservedHeightLabel::paintEvent(QPaintEvent *event)
{
    if (!paintShapedText())
        QLabel::paintEvent(event);
}

// QLabel draws a selectable text from a document it lays out again, three times over,
// whenever its text or size changes, and its paint then asks for a second one. While nothing
// is selected, the label draws the same lines from a layout kept per text and width, in the
// colour QLabel's document would use; QLabel draws only a selection.
bool ReservedHeightLabel::paintShapedText()
{
    const bool plain = textFormat() == Qt::PlainText && wordWrap() && margin() == 0 && indent() <= 0
        && (alignment() & Qt::AlignVertical_Mask) == Qt::AlignTop;
    if (!plain || hasSelectedText())
        return false;
    const QRect area = contentsRect();
    QPainter painter(this);
    painter.setPen(isEnabled() ? palette().color(foregroundRole()) : palette().color(QPalette::Disabled, QPalette::Text));
    shapedText(text(), area.width()).draw(&painter, area.topLeft());
    return true;
}

const QTextLayout &ReservedHeightLabel::shapedText(const QString &text, int width) const
{
    const auto key = std::make_tuple(text, width, static_cast<int>(alignment() & Qt::AlignHorizontal_Mask));
    if (const auto known = m_shaped.find(key); known != m_shaped.end())
        return *known->second;
    if (m_shaped.size() >= MostMeasurements)
        m_shaped.clear();
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_unique<QTextLayout>(lines, font());
    QTextOption option(alignment() & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(layoutDirection());
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return *m_shaped.emplace(key, std::move(layout)).first->second;
}

int ReservedHeightLabel::heightOf(const QString &text, int width) const
{
    if (width <= 0)
        return QLabel::heightForWidth(width);
    const auto key = std::make_pair(text, width);
    if (const auto known = m_heights.find(key); known != m_heights.end())
        return known->second;
    const int height = text == this->text() ? QLabel::heightForWidth(width) : probe(text).heightForWidth(width);
    if (m_heights.size() >= MostMeasurements)
        m_heights.clear();
    m_heights.emplace(key, height);
    return height;
}

// QLabel finds a wrapped text's preferred shape by laying it out at several widths, each
// time it is asked after a change of text.
ReservedHeightLabel::Hints ReservedHeightLabel::hintsOf(const QString &text) const
{
    if (const auto known = m_hints.find(text); known != m_hints.end())
        return known->second;
    const QLabel &measured = text == this->text() ? static_cast<const QLabel &>(*this) : probe(text);
    const Hints hints{measured.QLabel::sizeHint(), measured.QLabel::minimumSizeHint()};
    if (m_hints.size() >= MostMeasurements)
        m_hints.clear();
    m_hints.emplace(text, hints);
    return hints;
}

QLabel &ReservedHeightLabel::probe(const QString &text) const
{
    if (!m_probe) {
        m_probe = new QLabel(const_cast<ReservedHeightLabel *>(this));
        m_probe->hide();
    }
    m_probe->setFont(font());
    m_probe->setTextFormat(textFormat());
    m_probe->setWordWrap(wordWrap());
    m_probe->setTextInteractionFlags(textInteractionFlags());
    m_probe->setContentsMargins(contentsMargins());
    m_probe->setMargin(margin());
    m_probe->setIndent(indent());
    m_probe->setText(text);
    m_probe->ensurePolished();
    return *m_probe;
}

void ReservedHeightLabel::forgetSizes()
{
    m_heights.clear();
    m_hints.clear();
    m_shaped.clear();
}

} // namespace stagecraft
