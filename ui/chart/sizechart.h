#pragma once

#include "estimate/sizeestimate.h"

#include <QColor>
#include <QRectF>
#include <QStaticText>
#include <QStringList>
#include <QHash>
#include <QWidget>

#include <cstddef>
#include <optional>
#include <vector>

class QPainter;

namespace stagecraft {

// Compares the single-stage and the multi-stage image on one scale: one bar each,
// stacked per layer (base image first), solid where the size was measured in the
// user's project and hatched where it is assumed. Totals sit next to the bars, the
// saving in plain words next to the multi-stage total; hovering a layer (or reaching it
// with Tab and the arrow keys) tells what it holds and which instruction makes it. Purely
// a view of a SizeEstimate.
class SizeChart : public QWidget
{
    Q_OBJECT

public:
    enum class Bar { SingleStage, MultiStage };

    // A layer as drawn: which bar, its index in ImageEstimate::layers, and where.
    struct LayerHit
    {
        Bar bar = Bar::SingleStage;
        std::size_t index = 0;
        QRectF rect;
    };

    explicit SizeChart(QWidget *parent = nullptr);

    // Replaces what is shown; repaints once (no relayout of the parent).
    void setEstimate(const SizeEstimate &estimate);
    const SizeEstimate &estimate() const { return m_estimate; }
    // The estimate no longer matches the choices (they have a problem): it stays, faded and
    // marked out of date, until the next estimate.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // Lights up the layers a stage of one bar's Dockerfile makes or copies from (the stage is
    // hovered in the preview); -1 for none.
    void setHighlightedStage(Bar bar, int stage);
    // The indexes of the lit layers of that bar, in order.
    std::vector<std::size_t> highlightedLayers(Bar bar) const;

    // The layer under a point in widget coordinates; nothing over gaps, labels and
    // layers too small to be drawn (0 bytes).
    std::optional<LayerHit> layerAt(QPoint pos) const;
    // The tooltip text for a point: a layer's description, a bar label's explanation.
    QString toolTipAt(QPoint pos) const;
    // The drawn extent of a bar (empty when its total is 0) and the text next to it.
    QRectF barRect(Bar bar) const;
    QString totalText(Bar bar) const;

    // Every entry of the legend that is fully inside the widget (all of them: it wraps).
    QStringList legendTexts() const;
    // One layer in words, for a screen reader: which image, which layer, its size, where
    // the figure comes from and the instruction that makes it.
    QString layerText(Bar bar, std::size_t index) const;
    // The layer the arrow keys reached while the chart has the focus.
    std::optional<LayerHit> currentLayer() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // The mouse is over a layer made in this stage of the bar's Dockerfile; -1 when it left.
    void stageHovered(Bar bar, int stage);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Segment
    {
        Bar bar;
        std::size_t index;
        QRectF rect;
    };
    struct LegendEntry
    {
        QString text;
        QColor fill;
        bool hatched = false;
        QRectF swatch;
        QRectF textRect;
        bool operator==(const LegendEntry &) const = default;
    };
    struct Geometry
    {
        QRectF header;
        QRectF labels[2];
        QRectF bars[2]; // the full track each bar may use
        QRectF totals[2];
        QRectF legend;
        std::vector<LegendEntry> legendEntries;
        std::vector<Segment> segments;
    };

    Geometry geometry() const;
    static QRect barsArea(const Geometry &geometry);
    std::vector<LegendEntry> legendEntries() const;
    int layoutLegend(std::vector<LegendEntry> &entries, qreal width) const;
    qreal fixedHeight(qreal barHeight) const;
    qreal legendHeight(int lines) const;
    void setCurrent(std::optional<LayerHit> hit);
    const ImageEstimate &image(Bar bar) const;
    void updateAccessibleDescription();
    void setHovered(std::optional<LayerHit> hit);

    bool isLit(Bar bar, const LayerEstimate &layer) const;
    // Draws one line of text at the left of `rect`, centred vertically, in the painter's font.
    void drawLeftLine(QPainter &painter, const QRectF &rect, const QString &text) const;

    SizeEstimate m_estimate;
    std::optional<LayerHit> m_hovered;
    bool m_stale = false;
    Bar m_litBar = Bar::MultiStage;
    int m_litStage = -1;
    std::optional<LayerHit> m_current;
    // Legend text widths in the small font, which every layout and paint would measure again.
    mutable QHash<QString, qreal> m_legendTextWidths;
    // The chart's texts are few and repeat from paint to paint: each is shaped once, by font.
    mutable QHash<QString, QStaticText> m_shapedTexts;
};

} // namespace stagecraft
