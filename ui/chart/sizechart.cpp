#include "chart/sizechart.h"

#include "estimate/layerkinds.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stagecraft {

namespace {

constexpr qreal Margin = 8;
constexpr qreal RowGap = 10;
constexpr qreal TextGap = 8;
constexpr qreal MinSegment = 2; // a layer of a few kB still shows as a sliver
constexpr qreal PreferredBar = 34;
constexpr qreal SmallestBar = 16;
constexpr qreal LargestBar = 44;

QString q(const std::string &text) { return QString::fromStdString(text); }

// The kinds and their hues are shared with the handout's chart (estimate/layerkinds.h).
using Kind = LayerKind;
constexpr const auto &Kinds = LayerKinds;

const Kind &kindOf(const std::string &holds) { return layerKindOf(holds); }

bool isDark(const QPalette &palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor fillColor(const Kind &kind, const QPalette &palette)
{
    // Mid tones on a light window, softer and a little lighter on a dark one, so the bars
    // neither glare nor sink into the background.
    return isDark(palette) ? QColor::fromHsl(kind.hue, kind.saturation * 3 / 4, 140)
                           : QColor::fromHsl(kind.hue, kind.saturation, 150);
}

QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance > 0.58 ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.86);
    else
        small.setPixelSize(std::max(8, font.pixelSize() * 86 / 100));
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

// Assumed sizes are striped: the colour says what, the stripes say "not measured".
void paintHatch(QPainter &painter, const QRectF &rect, const QColor &fill)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor stripe = fill.lightness() > 150 ? QColor(255, 255, 255, 150) : QColor(255, 255, 255, 100);
    painter.setPen(QPen(stripe, 1.5));
    constexpr qreal Step = 5;
    for (qreal x = rect.left() - rect.height(); x < rect.right() + Step; x += Step)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

// The base image's size is a published figure; only the application's parts are either
// measured in the project or assumed.
bool isAssumed(const LayerEstimate &layer) { return !layer.measured && layer.holds != "base"; }

QString segmentLabel(const ImageEstimate &image, const LayerEstimate &layer)
{
    if (layer.holds == "base")
        return image.baseImage == "scratch" ? QStringLiteral("scratch") : q(image.baseImage);
    return QString::fromUtf8(kindOf(layer.holds).name);
}

QString barName(SizeChart::Bar bar)
{
    return bar == SizeChart::Bar::SingleStage ? QStringLiteral("Single-stage") : QStringLiteral("Multi-stage");
}

} // namespace

SizeChart::SizeChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sizeChart"));
    setAccessibleName(QStringLiteral("Image size comparison"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleDescription();
}

void SizeChart::setEstimate(const SizeEstimate &estimate)
{
    m_estimate = estimate;
    m_hovered.reset();
    updateAccessibleDescription();
    update();
}

const ImageEstimate &SizeChart::image(Bar bar) const
{
    return bar == Bar::SingleStage ? m_estimate.singleStage : m_estimate.multiStage;
}

QString SizeChart::totalText(Bar bar) const
{
    const ImageEstimate &img = image(bar);
    if (img.layers.empty())
        return {};
    QString text = q(formatBytes(img.diskBytes));
    if (bar == Bar::MultiStage && m_estimate.ratio > 0)
        text += QStringLiteral("  \u00b7  ") + q(savingInWords(m_estimate.ratio));
    return text;
}

SizeChart::Geometry SizeChart::geometry() const
{
    Geometry g;
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont(font()));
    const QFontMetricsF bold(boldFont(font()));
    const QRectF area = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);

    g.header = QRectF(area.left(), area.top(), area.width(), bold.height());
    g.legend = QRectF(area.left(), area.bottom() - small.height(), area.width(), small.height());
    const qreal barsTop = g.header.bottom() + 6;
    const qreal barsSpace = g.legend.top() - 6 - barsTop;
    const qreal barHeight = std::clamp(std::floor((barsSpace - RowGap) / 2), SmallestBar, LargestBar);
    const qreal firstRow = std::round(barsTop + std::max<qreal>(0, (barsSpace - 2 * barHeight - RowGap) / 2));

    const qreal labelWidth = std::ceil(std::max(fm.horizontalAdvance(barName(Bar::SingleStage)),
                                                fm.horizontalAdvance(barName(Bar::MultiStage))))
                             + 12;
    const qreal trackLeft = area.left() + labelWidth;
    const qreal trackWidth = std::max<qreal>(0, area.right() - trackLeft);

    // One scale for both bars: the largest that lets each bar and its total text fit.
    qreal scale = -1;
    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const ImageEstimate &img = image(bar);
        if (img.diskBytes <= 0)
            continue;
        const qreal room = trackWidth - TextGap - bold.horizontalAdvance(totalText(bar))
                           - MinSegment * static_cast<qreal>(img.layers.size());
        const qreal s = std::max<qreal>(0, room) / static_cast<qreal>(img.diskBytes);
        scale = scale < 0 ? s : std::min(scale, s);
    }
    scale = std::max<qreal>(0, scale);

    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const int row = bar == Bar::SingleStage ? 0 : 1;
        const qreal top = firstRow + row * (barHeight + RowGap);
        g.labels[row] = QRectF(area.left(), top, labelWidth, barHeight);
        g.bars[row] = QRectF(trackLeft, top, trackWidth, barHeight);
        qreal x = trackLeft;
        const ImageEstimate &img = image(bar);
        for (std::size_t i = 0; i < img.layers.size(); ++i) {
            const std::int64_t bytes = img.layers[i].diskBytes;
            if (bytes <= 0)
                continue;
            // Whole logical pixels keep the edges crisp at any device pixel ratio.
            const qreal width = std::max(MinSegment, std::round(static_cast<qreal>(bytes) * scale));
            g.segments.push_back({bar, i, QRectF(x, top, width, barHeight)});
            x += width;
        }
        const qreal textWidth = bold.horizontalAdvance(totalText(bar));
        g.totals[row] = QRectF(x + TextGap, top, std::max<qreal>(0, std::min(textWidth + 2, area.right() - x - TextGap)),
                               barHeight);
    }
    return g;
}

std::optional<SizeChart::LayerHit> SizeChart::layerAt(QPoint pos) const
{
    for (const Segment &segment : geometry().segments) {
        if (segment.rect.contains(QPointF(pos) + QPointF(0.5, 0.5)))
            return LayerHit{segment.bar, segment.index, segment.rect};
    }
    return std::nullopt;
}

QRectF SizeChart::barRect(Bar bar) const
{
    QRectF united;
    for (const Segment &segment : geometry().segments) {
        if (segment.bar == bar)
            united = united.isNull() ? segment.rect : united.united(segment.rect);
    }
    return united;
}

QString SizeChart::toolTipAt(QPoint pos) const
{
    if (auto hit = layerAt(pos)) {
        const ImageEstimate &img = image(hit->bar);
        const LayerEstimate &layer = img.layers[hit->index];
        QString text = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b> in the %2 image: %3 on disk, %4 to pull</p>")
                           .arg(QString::fromUtf8(kindOf(layer.holds).name), barName(hit->bar).toLower(),
                                q(formatBytes(layer.diskBytes)), q(formatBytes(layer.compressedBytes)));
        text += QStringLiteral("<p>Made by: <code>%1</code></p>").arg(q(layer.instruction).toHtmlEscaped());
        if (!layer.description.empty())
            text += QStringLiteral("<p>%1</p>").arg(q(layer.description).toHtmlEscaped());
        if (layer.measured)
            text += QStringLiteral("<p><i>Measured in your project folder.</i></p>");
        else if (isAssumed(layer))
            text += QStringLiteral("<p><i>Assumed: a typical size for this stack, not measured in your project.</i></p>");
        else
            text += QStringLiteral("<p><i>Published size of the image.</i></p>");
        return text;
    }
    const Geometry g = geometry();
    const QPointF p = QPointF(pos) + QPointF(0.5, 0.5);
    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const int row = bar == Bar::SingleStage ? 0 : 1;
        if (g.labels[row].contains(p)) {
            return bar == Bar::SingleStage
                       ? QStringLiteral("A single-stage Dockerfile builds and runs in one image: the toolchain, every "
                                        "dependency (dev ones too), the sources and whatever the build left behind all ship.")
                       : QStringLiteral("A multi-stage Dockerfile builds in a throwaway stage; the final image starts from "
                                        "a small runtime base and copies in only what the app needs to run.");
        }
        const ImageEstimate &img = image(bar);
        if (!img.layers.empty() && g.totals[row].contains(p)) {
            return QStringLiteral("%1 on disk (what <code>docker images</code> shows), %2 to download (compressed).")
                .arg(q(formatBytes(img.diskBytes)), q(formatBytes(img.compressedBytes)));
        }
    }
    return {};
}

void SizeChart::updateAccessibleDescription()
{
    const ImageEstimate &single = m_estimate.singleStage;
    const ImageEstimate &multi = m_estimate.multiStage;
    if (single.layers.empty() && multi.layers.empty()) {
        setAccessibleDescription(QStringLiteral("No size estimate yet."));
        return;
    }
    QString text = QStringLiteral("Single-stage image: %1 on disk in %2 layers. Multi-stage image: %3 on disk in %4 layers")
                       .arg(q(formatBytes(single.diskBytes)))
                       .arg(single.layers.size())
                       .arg(q(formatBytes(multi.diskBytes)))
                       .arg(multi.layers.size());
    if (m_estimate.ratio > 0)
        text += QStringLiteral(", %1").arg(q(savingInWords(m_estimate.ratio)));
    text += QLatin1Char('.');
    if (!m_estimate.dataAsOf.empty())
        text += QStringLiteral(" Image sizes as of %1.").arg(q(m_estimate.dataAsOf));
    setAccessibleDescription(text);
}

QSize SizeChart::sizeHint() const
{
    const QFontMetricsF small(smallFont(font()));
    const QFontMetricsF bold(boldFont(font()));
    const qreal height = 2 * Margin + bold.height() + 6 + 2 * PreferredBar + RowGap + 6 + small.height();
    return QSize(1000, static_cast<int>(std::ceil(height)));
}

QSize SizeChart::minimumSizeHint() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont(font()));
    const QFontMetricsF bold(boldFont(font()));
    const qreal height = 2 * Margin + bold.height() + 6 + 2 * SmallestBar + RowGap + 6 + small.height();
    const qreal width = 2 * Margin + fm.horizontalAdvance(barName(Bar::SingleStage)) + 12 + 120
                        + bold.horizontalAdvance(QStringLiteral("1.26 GB  \u00b7  about 10x smaller"));
    return QSize(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
}

bool SizeChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            const auto hit = layerAt(help->pos());
            QToolTip::showText(help->globalPos(), text, this, hit ? hit->rect.toAlignedRect() : QRect());
        }
        return true;
    }
    return QWidget::event(event);
}

void SizeChart::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(layerAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void SizeChart::leaveEvent(QEvent *event)
{
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

void SizeChart::setHovered(std::optional<LayerHit> hit)
{
    const bool same = hit.has_value() == m_hovered.has_value()
                      && (!hit || (hit->bar == m_hovered->bar && hit->index == m_hovered->index));
    if (same)
        return;
    m_hovered = hit;
    update();
}

void SizeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void SizeChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const Geometry g = geometry();
    const QFont normal = font();
    const QFont small = smallFont(normal);
    const QFont bold = boldFont(normal);
    QColor faint = pal.color(QPalette::PlaceholderText);

    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Estimated image size on disk"));
    if (!m_estimate.dataAsOf.empty()) {
        painter.setFont(small);
        painter.setPen(faint);
        painter.drawText(g.header, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("image sizes as of %1").arg(q(m_estimate.dataAsOf)));
    }

    if (m_estimate.singleStage.layers.empty() && m_estimate.multiStage.layers.empty()) {
        painter.setFont(normal);
        painter.setPen(faint);
        painter.drawText(QRectF(g.labels[0].topLeft(), g.bars[1].bottomRight()), Qt::AlignCenter,
                         QStringLiteral("No estimate yet: choose a stack to see how big the image will be."));
        return;
    }

    std::vector<const Kind *> shown;
    bool anyAssumed = false;
    bool anyMeasured = false;
    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const int row = bar == Bar::SingleStage ? 0 : 1;
        painter.setFont(normal);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(g.labels[row], Qt::AlignLeft | Qt::AlignVCenter, barName(bar));

        // The whole bar gets rounded ends; segments are clipped to it.
        QPainterPath outline;
        QRectF whole;
        for (const Segment &s : g.segments) {
            if (s.bar == bar)
                whole = whole.isNull() ? s.rect : whole.united(s.rect);
        }
        if (whole.isNull())
            continue;
        outline.addRoundedRect(whole, 3, 3);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setClipPath(outline);
        const ImageEstimate &img = image(bar);
        for (const Segment &s : g.segments) {
            if (s.bar != bar)
                continue;
            const LayerEstimate &layer = img.layers[s.index];
            const Kind &kind = kindOf(layer.holds);
            if (std::find(shown.begin(), shown.end(), &kind) == shown.end())
                shown.push_back(&kind);
            const QColor fill = fillColor(kind, pal);
            // A one-pixel gap of window colour separates neighbouring layers.
            const QRectF r = s.rect.width() >= 4 ? s.rect.adjusted(0, 0, -1, 0) : s.rect;
            painter.fillRect(r, fill);
            anyMeasured = anyMeasured || layer.measured;
            if (isAssumed(layer)) {
                anyAssumed = true;
                paintHatch(painter, r, fill);
            }
            const QString label = segmentLabel(img, layer);
            painter.setFont(small);
            const QFontMetricsF sfm(small);
            // A label cut to a stub says nothing; the legend and the tooltip cover it.
            const QString elided = sfm.elidedText(label, Qt::ElideRight, r.width() - 10);
            if (elided == label || elided.size() >= 10) {
                painter.setPen(textOn(fill));
                painter.drawText(r.adjusted(5, 0, -5, 0), Qt::AlignLeft | Qt::AlignVCenter, elided);
            }
        }
        painter.restore();

        if (m_hovered && m_hovered->bar == bar) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(m_hovered->rect.adjusted(-1, -1, 1, 1), 2, 2); // outside: thin layers stay visible
            painter.restore();
        }

        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(g.totals[row], Qt::AlignLeft | Qt::AlignVCenter, totalText(bar));
    }

    // Legend: only the kinds on screen, then what solid and striped mean.
    painter.setFont(small);
    const QFontMetricsF sfm(small);
    const qreal swatch = std::round(sfm.height() * 0.7);
    qreal x = g.legend.left();
    const qreal swatchTop = std::round(g.legend.center().y() - swatch / 2);
    auto entry = [&](const QString &text, const QColor &fill, bool hatched) {
        const qreal width = swatch + 4 + sfm.horizontalAdvance(text) + 14;
        if (x + width - 14 > g.legend.right())
            return false;
        const QRectF box(x, swatchTop, swatch, swatch);
        painter.fillRect(box, fill);
        if (hatched)
            paintHatch(painter, box, fill);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRectF(x + swatch + 4, g.legend.top(), width, g.legend.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        x += width;
        return true;
    };
    for (const Kind &kind : Kinds) {
        if (std::find(shown.begin(), shown.end(), &kind) == shown.end())
            continue;
        if (!entry(QString::fromUtf8(kind.name), fillColor(kind, pal), false))
            return;
    }
    // Grey, so the sample is not mistaken for one of the kinds above.
    const QColor sample = isDark(pal) ? QColor(125, 125, 130) : QColor(140, 140, 145);
    x += 12;
    if (anyMeasured && !entry(QStringLiteral("solid: measured in your project"), sample, false))
        return;
    if (anyAssumed)
        entry(QStringLiteral("striped: assumed typical size"), sample, true);
}

} // namespace stagecraft
