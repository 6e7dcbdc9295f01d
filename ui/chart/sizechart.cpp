#include "chart/sizechart.h"

#include "estimate/layerkinds.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <map>

namespace stagecraft {

namespace {

constexpr qreal Margin = 8;
constexpr qreal RowGap = 10;
constexpr qreal TextGap = 8;
constexpr qreal MinSegment = 2; // a layer of a few kB still shows as a sliver
// Bar heights in lines of text, so the bars grow with the window's zoom.
constexpr qreal PreferredBar = 2.3;
constexpr qreal SmallestBar = 1.1;
constexpr qreal LargestBar = 3.0;
constexpr qreal LegendGap = 14;   // between legend entries
constexpr qreal LegendLineGap = 2;

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

// One period of the stripes, drawn once per colour and pixel ratio and then tiled: an
// antialiased line per stripe cost more than the rest of a chart repaint.
QPixmap stripeTile(const QColor &stripe, qreal pixelRatio)
{
    constexpr int Period = 5;
    static std::map<std::pair<QRgb, int>, QPixmap> tiles;
    // Whole device pixels per period, so the tiles meet without a seam.
    const int devicePeriod = std::max(Period, static_cast<int>(std::lround(Period * pixelRatio)));
    QPixmap &tile = tiles[{stripe.rgba(), devicePeriod}];
    if (tile.isNull()) {
        tile = QPixmap(devicePeriod, devicePeriod);
        tile.setDevicePixelRatio(static_cast<qreal>(devicePeriod) / Period);
        tile.fill(Qt::transparent);
        QPainter painter(&tile);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(stripe, 1.5));
        // This period's stripe and the ends of its neighbours', which reach into the corners.
        for (int shift = -Period; shift <= Period; shift += Period)
            painter.drawLine(QPointF(shift - 1, Period + 1), QPointF(shift + Period + 1, -1));
    }
    return tile;
}

// Assumed sizes are striped: the colour says what, the stripes say "not measured".
void paintHatch(QPainter &painter, const QRectF &rect, const QColor &fill)
{
    const QColor stripe = fill.lightness() > 150 ? QColor(255, 255, 255, 150) : QColor(255, 255, 255, 100);
    painter.save();
    // The stripes start from the area's corner, whatever its position in the chart.
    painter.setBrushOrigin(rect.bottomLeft());
    painter.fillRect(rect, QBrush(stripeTile(stripe, painter.device()->devicePixelRatioF())));
    painter.restore();
}

// The base image's size is a published figure; only the application's parts are either
// measured in the project or assumed.
bool isAssumed(const LayerEstimate &layer) { return !layer.measured && layer.holds != "base"; }

// The kinds' names are marked for translation where the table is (estimate/layerkinds.h).
QString kindName(const LayerEstimate &layer)
{
    return QCoreApplication::translate("LayerKind", kindOf(layer.holds).name);
}

QString segmentLabel(const ImageEstimate &image, const LayerEstimate &layer)
{
    if (layer.holds == "base")
        return image.baseImage == "scratch" ? QStringLiteral("scratch") : q(image.baseImage);
    return kindName(layer);
}

QString barName(SizeChart::Bar bar)
{
    return bar == SizeChart::Bar::SingleStage ? SizeChart::tr("Single-stage") : SizeChart::tr("Multi-stage");
}

// The instructions of every layer in `image` that carries the same part as `layer`: a
// default size covers the whole part, however many COPYs bring its pieces in.
QStringList instructionsOfPart(const ImageEstimate &image, const LayerEstimate &layer)
{
    QStringList instructions;
    for (const LayerEstimate &other : image.layers) {
        if (other.holds == layer.holds)
            instructions << q(other.instruction);
    }
    return instructions;
}

// Where a layer's figure comes from, in one sentence for a person.
QString sourceSentence(const ImageEstimate &image, const LayerEstimate &layer, int sharing)
{
    if (layer.holds == "base") {
        if (image.baseImage == "scratch")
            return SizeChart::tr("scratch is empty: the image starts with nothing in it.");
        if (layer.diskBytes <= 0)
            return SizeChart::tr("There is no published size for %1, so it counts as nothing.").arg(q(image.baseImage));
        return layer.asOf.empty() ? SizeChart::tr("The published size of %1.").arg(q(image.baseImage))
                                  : SizeChart::tr("The published size of %1, as of %2.").arg(q(image.baseImage), q(layer.asOf));
    }
    if (layer.measured)
        return SizeChart::tr("Measured in your project folder.");
    QString text = SizeChart::tr("Assumed: a typical size for this stack, not measured in your project.");
    if (sharing > 1)
        text += SizeChart::tr(" The figure covers the whole part, which %1 instructions copy in together.").arg(sharing);
    return text;
}

} // namespace

SizeChart::SizeChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sizeChart"));
    setAccessibleName(SizeChart::tr("Image size comparison"));
    setMouseTracking(true);
    // Reached with Tab; the arrow keys then walk the layers, each read out and shown.
    setFocusPolicy(Qt::StrongFocus);
    // As tall as its width needs (the legend wraps onto more lines when narrow): a fixed
    // height would be the one of the last width the layout asked about.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleDescription();
}

void SizeChart::setEstimate(const SizeEstimate &estimate)
{
    // Most edits (a port, a label, the start command) add no layer: nothing to draw again.
    if (estimate == m_estimate && !m_stale)
        return;
    const Geometry before = geometry();
    const int heightBefore = heightForWidth(width());
    const bool wasStale = m_stale;
    m_estimate = estimate;
    m_stale = false;
    m_hovered.reset();
    m_current.reset();
    updateAccessibleDescription();
    if (heightForWidth(width()) != heightBefore) {
        updateGeometry();
        update();
        return;
    }
    // The title and the legend stay as they are when the legend lists the same kinds: only
    // the bars, their names and totals are drawn again.
    const Geometry after = geometry();
    if (wasStale || before.legendEntries != after.legendEntries)
        update();
    else
        update(barsArea(before).united(barsArea(after)));
}

// The rows of bars with what is drawn around them (the outline of a lit layer sits 2 pixels
// outside it).
QRect SizeChart::barsArea(const Geometry &geometry)
{
    QRectF area = QRectF(geometry.labels[0].topLeft(), geometry.bars[1].bottomRight());
    for (const QRectF &total : geometry.totals)
        area = area.united(total);
    return area.adjusted(-3, -3, 3, 3).toAlignedRect();
}

void SizeChart::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    updateAccessibleDescription();
    update();
}

void SizeChart::setHighlightedStage(Bar bar, int stage)
{
    if (bar == m_litBar && stage == m_litStage)
        return;
    m_litBar = bar;
    m_litStage = stage;
    update();
}

// A stage's layers: those its instructions make (its base image included), and in a later
// stage the COPY --from that carries its files into the image.
bool SizeChart::isLit(Bar bar, const LayerEstimate &layer) const
{
    return m_litStage >= 0 && bar == m_litBar && (layer.stage == m_litStage || layer.copiedFromStage == m_litStage);
}

std::vector<std::size_t> SizeChart::highlightedLayers(Bar bar) const
{
    std::vector<std::size_t> lit;
    const ImageEstimate &img = image(bar);
    for (std::size_t i = 0; i < img.layers.size(); ++i) {
        if (isLit(bar, img.layers[i]))
            lit.push_back(i);
    }
    return lit;
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

std::vector<SizeChart::LegendEntry> SizeChart::legendEntries() const
{
    std::vector<LegendEntry> entries;
    bool anyAssumed = false;
    bool anyMeasured = false;
    for (const Kind &kind : Kinds) {
        bool shown = false;
        for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
            for (const LayerEstimate &layer : image(bar).layers) {
                if (layer.diskBytes <= 0)
                    continue;
                anyMeasured = anyMeasured || layer.measured;
                anyAssumed = anyAssumed || isAssumed(layer);
                shown = shown || &kindOf(layer.holds) == &kind;
            }
        }
        if (shown)
            entries.push_back({QCoreApplication::translate("LayerKind", kind.name), fillColor(kind, palette()), false, {}, {}});
    }
    // Grey, so the sample is not mistaken for one of the kinds above.
    const QColor sample = isDark(palette()) ? QColor(125, 125, 130) : QColor(140, 140, 145);
    if (anyMeasured)
        entries.push_back({SizeChart::tr("solid: measured in your project"), sample, false, {}, {}});
    if (anyAssumed)
        entries.push_back({SizeChart::tr("striped: assumed typical size"), sample, true, {}, {}});
    return entries;
}

// Lays the legend out in lines no wider than `width`, from (0, 0); returns the line count.
int SizeChart::layoutLegend(std::vector<LegendEntry> &entries, qreal width) const
{
    const QFontMetricsF sfm(smallFont(font()));
    const qreal swatch = std::round(sfm.height() * 0.7);
    const qreal lineHeight = sfm.height() + LegendLineGap;
    qreal x = 0;
    int line = 0;
    for (LegendEntry &entry : entries) {
        auto known = m_legendTextWidths.constFind(entry.text);
        if (known == m_legendTextWidths.cend())
            known = m_legendTextWidths.insert(entry.text, std::ceil(sfm.horizontalAdvance(entry.text)) + 1);
        const qreal textWidth = *known;
        const qreal entryWidth = swatch + 4 + textWidth;
        if (x > 0 && x + entryWidth > width) {
            ++line;
            x = 0;
        }
        const qreal top = line * lineHeight;
        entry.swatch = QRectF(x, std::round(top + (sfm.height() - swatch) / 2), swatch, swatch);
        entry.textRect = QRectF(x + swatch + 4, top, textWidth, sfm.height());
        x += entryWidth + LegendGap;
    }
    return entries.empty() ? 0 : line + 1;
}

qreal SizeChart::fixedHeight(qreal barHeight) const
{
    const QFontMetricsF bold(boldFont(font()));
    return 2 * Margin + bold.height() + 6 + 2 * barHeight + RowGap + 6;
}

qreal SizeChart::legendHeight(int lines) const
{
    const QFontMetricsF small(smallFont(font()));
    return lines <= 0 ? small.height() : lines * small.height() + (lines - 1) * LegendLineGap;
}

bool SizeChart::hasHeightForWidth() const
{
    return true;
}

int SizeChart::heightForWidth(int width) const
{
    std::vector<LegendEntry> entries = legendEntries();
    const int lines = layoutLegend(entries, std::max<qreal>(1, width - 2 * Margin));
    const qreal bar = std::round(QFontMetricsF(font()).height() * PreferredBar);
    return static_cast<int>(std::ceil(fixedHeight(bar) + legendHeight(lines)));
}

SizeChart::Geometry SizeChart::geometry() const
{
    Geometry g;
    const QFontMetricsF fm(font());
    const QFontMetricsF bold(boldFont(font()));
    const QRectF area = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);

    g.legendEntries = legendEntries();
    const int lines = layoutLegend(g.legendEntries, area.width());
    const qreal legendTall = legendHeight(lines);
    g.header = QRectF(area.left(), area.top(), area.width(), bold.height());
    g.legend = QRectF(area.left(), area.bottom() - legendTall, area.width(), legendTall);
    for (LegendEntry &entry : g.legendEntries) {
        entry.swatch.translate(g.legend.topLeft());
        entry.textRect.translate(g.legend.topLeft());
    }
    const qreal barsTop = g.header.bottom() + 6;
    const qreal barsSpace = g.legend.top() - 6 - barsTop;
    const qreal line = fm.height();
    const qreal barHeight = std::clamp(std::floor((barsSpace - RowGap) / 2), std::round(line * SmallestBar), std::round(line * LargestBar));
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

QStringList SizeChart::legendTexts() const
{
    QStringList texts;
    for (const LegendEntry &entry : geometry().legendEntries) {
        if (rect().contains(entry.textRect.toAlignedRect()))
            texts << entry.text;
    }
    return texts;
}

QString SizeChart::layerText(Bar bar, std::size_t index) const
{
    const ImageEstimate &img = image(bar);
    if (index >= img.layers.size())
        return {};
    const LayerEstimate &layer = img.layers[index];
    int position = 0;
    int drawn = 0;
    for (std::size_t i = 0; i < img.layers.size(); ++i) {
        if (img.layers[i].diskBytes > 0) {
            ++drawn;
            if (i <= index)
                position = drawn;
        }
    }
    const int sharing = isAssumed(layer) ? static_cast<int>(instructionsOfPart(img, layer).size()) : 1;
    return SizeChart::tr("%1 image, layer %2 of %3: %4, %5 on disk. %6 Made by %7.")
        .arg(barName(bar))
        .arg(position)
        .arg(drawn)
        .arg(kindName(layer), q(formatBytes(layer.diskBytes)), sourceSentence(img, layer, sharing),
             q(layer.instruction));
}

QString SizeChart::toolTipAt(QPoint pos) const
{
    if (auto hit = layerAt(pos)) {
        const ImageEstimate &img = image(hit->bar);
        const LayerEstimate &layer = img.layers[hit->index];
        const QStringList part = isAssumed(layer) ? instructionsOfPart(img, layer) : QStringList{q(layer.instruction)};
        const QString where = hit->bar == Bar::SingleStage ? tr("<b>%1</b> in the single-stage image") : tr("<b>%1</b> in the multi-stage image");
        QString text = QStringLiteral("<p style='white-space:pre-wrap'>%1<br>%2</p>")
                           .arg(where.arg(kindName(layer)),
                                tr("%1 on disk, %2 to download").arg(q(formatBytes(layer.diskBytes)), q(formatBytes(layer.compressedBytes))));
        text += QStringLiteral("<p>%1</p>").arg(sourceSentence(img, layer, static_cast<int>(part.size())).toHtmlEscaped());
        QStringList code;
        for (const QString &instruction : part)
            code << QStringLiteral("<code>%1</code>").arg(instruction.toHtmlEscaped());
        text += SizeChart::tr("<p>Made by: %1</p>").arg(code.join(QStringLiteral("<br>")));
        return text;
    }
    const Geometry g = geometry();
    const QPointF p = QPointF(pos) + QPointF(0.5, 0.5);
    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const int row = bar == Bar::SingleStage ? 0 : 1;
        if (g.labels[row].contains(p)) {
            return bar == Bar::SingleStage
                       ? SizeChart::tr("A single-stage Dockerfile builds and runs in one image: the toolchain, every "
                                        "dependency (dev ones too), the sources and whatever the build left behind all ship.")
                       : SizeChart::tr("A multi-stage Dockerfile builds in a throwaway stage; the final image starts from "
                                        "a small runtime base and copies in only what the app needs to run.");
        }
        const ImageEstimate &img = image(bar);
        if (!img.layers.empty() && g.totals[row].contains(p)) {
            return SizeChart::tr("%1 on disk (what <code>docker images</code> shows), %2 to download (compressed).")
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
        setAccessibleDescription(SizeChart::tr("No size estimate yet."));
        return;
    }
    if (m_current) {
        // The layer the arrow keys reached: what a screen reader reads out next.
        setAccessibleDescription(layerText(m_current->bar, m_current->index));
        return;
    }
    QString text = SizeChart::tr("Single-stage image: %1 on disk in %2 layers. Multi-stage image: %3 on disk in %4 layers")
                       .arg(q(formatBytes(single.diskBytes)))
                       .arg(single.layers.size())
                       .arg(q(formatBytes(multi.diskBytes)))
                       .arg(multi.layers.size());
    if (m_estimate.ratio > 0)
        text += QStringLiteral(", %1").arg(q(savingInWords(m_estimate.ratio)));
    text += QLatin1Char('.');
    if (m_stale)
        text.prepend(SizeChart::tr("Out of date, the last valid estimate: "));
    // Each base image's figure has its own date; the one the multi-stage image starts from.
    if (!multi.layers.empty() && !multi.layers.front().asOf.empty())
        text += SizeChart::tr(" The size of %1 is as of %2.").arg(q(multi.baseImage), q(multi.layers.front().asOf));
    text += SizeChart::tr(" Use the arrow keys to go through the layers.");
    setAccessibleDescription(text);
}

QSize SizeChart::sizeHint() const
{
    return QSize(1000, heightForWidth(width() > 0 ? width() : 1000));
}

QSize SizeChart::minimumSizeHint() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF bold(boldFont(font()));
    const qreal height = fixedHeight(std::round(fm.height() * SmallestBar)) + legendHeight(1);
    const qreal width = 2 * Margin + fm.horizontalAdvance(barName(Bar::SingleStage)) + 12 + 80
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
    const auto stageOf = [this](const std::optional<LayerHit> &h) {
        return h ? std::pair{h->bar, image(h->bar).layers[h->index].stage} : std::pair{Bar::MultiStage, -1};
    };
    const bool stageChanged = stageOf(hit) != stageOf(m_hovered);
    m_hovered = hit;
    update();
    if (stageChanged)
        Q_EMIT stageHovered(stageOf(hit).first, stageOf(hit).second);
}

void SizeChart::setCurrent(std::optional<LayerHit> hit)
{
    m_current = hit;
    updateAccessibleDescription();
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (hit && hasFocus()) {
        const QRect where = hit->rect.toAlignedRect();
        QToolTip::showText(mapToGlobal(where.bottomLeft()), toolTipAt(where.center()), this, where);
    } else {
        QToolTip::hideText();
    }
    update();
}

void SizeChart::keyPressEvent(QKeyEvent *event)
{
    const std::vector<Segment> segments = geometry().segments;
    if (segments.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    std::size_t at = 0;
    if (m_current) {
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (segments[i].bar == m_current->bar && segments[i].index == m_current->index)
                at = i;
        }
    }
    const auto firstOf = [&](Bar bar) {
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (segments[i].bar == bar)
                return i;
        }
        return at;
    };
    std::size_t next = at;
    switch (event->key()) {
    case Qt::Key_Right:
        next = m_current ? std::min(at + 1, segments.size() - 1) : 0;
        break;
    case Qt::Key_Left:
        next = at > 0 ? at - 1 : 0;
        break;
    case Qt::Key_Down:
        next = firstOf(Bar::MultiStage);
        break;
    case Qt::Key_Up:
        next = firstOf(Bar::SingleStage);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = segments.size() - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrent(LayerHit{segments[next].bar, segments[next].index, segments[next].rect});
    event->accept();
}

void SizeChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void SizeChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    setCurrent(std::nullopt);
}

void SizeChart::drawLeftLine(QPainter &painter, const QRectF &rect, const QString &text) const
{
    // Bounded: the totals change with every estimate.
    constexpr qsizetype MostTexts = 256;
    const QString key = painter.font().key() + QChar(0) + text;
    auto shaped = m_shapedTexts.find(key);
    if (shaped == m_shapedTexts.end()) {
        if (m_shapedTexts.size() >= MostTexts)
            m_shapedTexts.clear();
        QStaticText line(text);
        line.setTextFormat(Qt::PlainText);
        line.prepare(painter.transform(), painter.font());
        shaped = m_shapedTexts.insert(key, line);
    }
    const qreal top = rect.top() + (rect.height() - shaped->size().height()) / 2;
    painter.drawStaticText(QPointF(rect.left(), top), *shaped);
}

void SizeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_legendTextWidths.clear();
        m_shapedTexts.clear();
        updateGeometry();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void SizeChart::paintEvent(QPaintEvent *event)
{
    const QRect dirty = event->rect();
    QPainter painter(this);
    const QPalette &pal = palette();
    const Geometry g = geometry();
    const QFont normal = font();
    const QFont small = smallFont(normal);
    const QFont bold = boldFont(normal);
    QColor faint = pal.color(QPalette::PlaceholderText);

    if (hasFocus()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
        painter.restore();
    }

    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    if (dirty.intersects(g.header.toAlignedRect()))
        drawLeftLine(painter, g.header, SizeChart::tr("Estimated image size on disk"));
    if (m_stale) {
        // Said where the figures are read, in the colour of a problem.
        painter.setFont(small);
        painter.setPen(isDark(pal) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        // Right of the title, never over it: a longer translation is elided, not overlapped.
        const qreal title = QFontMetricsF(bold).horizontalAdvance(SizeChart::tr("Estimated image size on disk")) + 16;
        const QRectF room = g.header.adjusted(title, 0, 0, 0);
        painter.drawText(room, Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(small).elidedText(SizeChart::tr("Out of date: the last valid estimate, until the problem is fixed"),
                                                         Qt::ElideRight, room.width()));
    }

    if (m_estimate.singleStage.layers.empty() && m_estimate.multiStage.layers.empty()) {
        painter.setFont(normal);
        painter.setPen(faint);
        painter.drawText(QRectF(g.labels[0].topLeft(), g.bars[1].bottomRight()), Qt::AlignCenter,
                         SizeChart::tr("No estimate yet: choose a stack to see how big the image will be."));
        return;
    }

    const auto outlineLayer = [&](const LayerHit &hit) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(hit.rect.adjusted(-1, -1, 1, 1), 2, 2); // outside: thin layers stay visible
        painter.restore();
    };

    for (Bar bar : {Bar::SingleStage, Bar::MultiStage}) {
        const int row = bar == Bar::SingleStage ? 0 : 1;
        painter.setFont(normal);
        painter.setPen(pal.color(QPalette::WindowText));
        drawLeftLine(painter, g.labels[row], barName(bar));

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
            QColor fill = fillColor(kind, pal);
            // A stage lit from the preview: its layers keep their colour, the others fade.
            if (m_litStage >= 0 && m_litBar == bar && !isLit(bar, layer))
                fill.setAlphaF(0.3);
            // A one-pixel gap of window colour separates neighbouring layers.
            const QRectF r = s.rect.width() >= 4 ? s.rect.adjusted(0, 0, -1, 0) : s.rect;
            painter.fillRect(r, fill);
            if (isAssumed(layer))
                paintHatch(painter, r, fill);
            const QString label = segmentLabel(img, layer);
            painter.setFont(small);
            const QFontMetricsF sfm(small);
            // A label cut to a stub says nothing; the legend and the tooltip cover it.
            const QString elided = sfm.elidedText(label, Qt::ElideRight, r.width() - 10);
            if (elided == label || elided.size() >= 10) {
                painter.setPen(textOn(fill));
                drawLeftLine(painter, r.adjusted(5, 0, -5, 0), elided);
            }
        }
        painter.restore();

        for (const Segment &s : g.segments) {
            if (s.bar != bar || !isLit(bar, img.layers[s.index]))
                continue;
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(s.rect.adjusted(-1, -1, 1, 1), 2, 2);
            painter.restore();
        }

        if (m_hovered && m_hovered->bar == bar)
            outlineLayer(*m_hovered);
        if (m_current && hasFocus() && m_current->bar == bar)
            outlineLayer(*m_current);

        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::WindowText));
        drawLeftLine(painter, g.totals[row], totalText(bar));
    }

    if (m_stale) {
        // Washed out towards the window colour, still readable.
        QColor wash = pal.color(QPalette::Window);
        wash.setAlphaF(0.5);
        painter.fillRect(QRectF(g.labels[0].topLeft(), g.totals[1].bottomRight()).united(g.bars[1]), wash);
    }

    // Legend: the kinds on screen, then what solid and striped mean, wrapped onto more
    // lines rather than cut off.
    if (!dirty.intersects(g.legend.toAlignedRect()))
        return;
    painter.setFont(small);
    painter.setPen(pal.color(QPalette::WindowText));
    for (const LegendEntry &entry : g.legendEntries) {
        painter.fillRect(entry.swatch, entry.fill);
        if (entry.hatched)
            paintHatch(painter, entry.swatch, entry.fill);
        painter.setPen(pal.color(QPalette::WindowText));
        drawLeftLine(painter, entry.textRect, entry.text);
    }
}

} // namespace stagecraft
