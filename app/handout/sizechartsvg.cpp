#include "handout/sizechartsvg.h"

#include "common/translated.h"
#include "estimate/layerkinds.h"
#include "handout/htmltext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace stagecraft {

namespace {

constexpr double Width = 760;
constexpr double LabelWidth = 104;
constexpr double BarHeight = 34;
constexpr double RowGap = 12;
constexpr double TextGap = 8;
constexpr double MinSegment = 2;
constexpr double FontSize = 13;
constexpr double SmallFontSize = 11;

// Text cannot be measured without fonts: a generous average advance keeps text from
// overlapping whatever the reader's sans-serif font is.
double textWidth(const std::string &text, double fontSize)
{
    std::size_t characters = 0;
    for (unsigned char c : text)
        characters += (c & 0xC0) != 0x80;
    return static_cast<double>(characters) * fontSize * 0.6;
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

struct Rgb
{
    double r, g, b;
};

// QColor::fromHsl's model (hue in degrees, saturation and lightness 0-255), as the widget paints.
Rgb fromHsl(int hue, int saturation, int lightness)
{
    const double s = saturation / 255.0;
    const double l = lightness / 255.0;
    const double c = (1 - std::fabs(2 * l - 1)) * s;
    const double h = std::fmod(hue, 360) / 60.0;
    const double x = c * (1 - std::fabs(std::fmod(h, 2) - 1));
    Rgb rgb{0, 0, 0};
    if (h < 1)
        rgb = {c, x, 0};
    else if (h < 2)
        rgb = {x, c, 0};
    else if (h < 3)
        rgb = {0, c, x};
    else if (h < 4)
        rgb = {0, x, c};
    else if (h < 5)
        rgb = {x, 0, c};
    else
        rgb = {c, 0, x};
    const double m = l - c / 2;
    return {rgb.r + m, rgb.g + m, rgb.b + m};
}

std::string css(const Rgb &rgb)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", static_cast<int>(std::lround(rgb.r * 255)),
                  static_cast<int>(std::lround(rgb.g * 255)), static_cast<int>(std::lround(rgb.b * 255)));
    return buffer;
}

// The light-palette fill of the chart widget.
Rgb fillOf(const LayerKind &kind)
{
    return fromHsl(kind.hue, kind.saturation, 150);
}

std::string textOn(const Rgb &fill)
{
    const double luminance = 0.299 * fill.r + 0.587 * fill.g + 0.114 * fill.b;
    return luminance > 0.58 ? "#141414" : "#fafafa";
}

// The kinds' names are marked in layerkinds.h (context "LayerKind"), as the chart widget shows them.
std::string kindName(const LayerKind &kind)
{
    return QCoreApplication::translate("LayerKind", kind.name).toStdString();
}

bool isAssumed(const LayerEstimate &layer)
{
    return !layer.measured && layer.holds != "base";
}

std::string segmentLabel(const ImageEstimate &image, const LayerEstimate &layer)
{
    if (layer.holds == "base")
        return image.baseImage;
    return kindName(layerKindOf(layer.holds));
}

std::string totalText(const SizeEstimate &estimate, const ImageEstimate &image, bool multiStage)
{
    std::string text = formatBytes(image.diskBytes);
    if (multiStage && estimate.ratio > 0)
        text += "  \u00b7  " + savingInWords(estimate.ratio);
    return text;
}

std::string textElement(double x, double y, const std::string &text, const std::string &attributes)
{
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"" + attributes + ">" + htmlEscaped(text) + "</text>\n";
}

} // namespace

std::string sizeChartSvg(const SizeEstimate &estimate)
{
    const ImageEstimate *images[2] = {&estimate.singleStage, &estimate.multiStage};
    const std::string names[2] = {coreText("handout", "Single-stage"), coreText("handout", "Multi-stage")};
    std::string body;
    body += textElement(0, 16, coreText("handout", "Estimated image size on disk"), " font-size=\"14\" font-weight=\"bold\"");
    if (!estimate.dataAsOf.empty())
        body += textElement(Width, 16, withArgs(coreText("handout", "image sizes as of %1"), {estimate.dataAsOf}),
                            " font-size=\"" + number(SmallFontSize) + "\" fill=\"#666666\" text-anchor=\"end\"");

    const double trackLeft = LabelWidth;
    const double trackWidth = Width - trackLeft;
    double scale = -1;
    for (int row = 0; row < 2; ++row) {
        const ImageEstimate &image = *images[row];
        if (image.diskBytes <= 0)
            continue;
        const double room = trackWidth - TextGap - textWidth(totalText(estimate, image, row == 1), FontSize)
                            - MinSegment * static_cast<double>(image.layers.size());
        const double s = std::max(0.0, room) / static_cast<double>(image.diskBytes);
        scale = scale < 0 ? s : std::min(scale, s);
    }
    scale = std::max(0.0, scale);

    bool shown[std::size(LayerKinds)] = {};
    bool anyAssumed = false;
    bool anyMeasured = false;
    const double firstRow = 30;
    for (int row = 0; row < 2; ++row) {
        const ImageEstimate &image = *images[row];
        const double top = firstRow + row * (BarHeight + RowGap);
        const double middle = top + BarHeight / 2 + FontSize * 0.35;
        body += textElement(0, middle, names[row], " font-size=\"" + number(FontSize) + "\"");
        if (image.layers.empty()) {
            body += textElement(trackLeft, middle, coreText("handout", "no estimate"),
                                " font-size=\"" + number(FontSize) + "\" fill=\"#666666\"");
            continue;
        }
        std::string segments;
        double x = trackLeft;
        for (const LayerEstimate &layer : image.layers) {
            if (layer.diskBytes <= 0)
                continue;
            const double width = std::max(MinSegment, std::round(static_cast<double>(layer.diskBytes) * scale));
            const LayerKind &kind = layerKindOf(layer.holds);
            shown[static_cast<std::size_t>(&kind - LayerKinds)] = true;
            const Rgb fill = fillOf(kind);
            // A one-unit gap separates neighbouring layers, as in the widget.
            const double drawn = width >= 4 ? width - 1 : width;
            const std::string rect = "x=\"" + number(x) + "\" y=\"" + number(top) + "\" width=\"" + number(drawn)
                                     + "\" height=\"" + number(BarHeight) + "\"";
            const std::string basis = layer.measured    ? coreText("handout", "measured")
                                      : isAssumed(layer) ? coreText("handout", "assumed")
                                                         : coreText("handout", "published");
            segments += "<g><title>"
                        + htmlEscaped(withArgs(coreText("handout", "%1, %2 on disk (%3): %4"),
                                               {kindName(kind), formatBytes(layer.diskBytes), basis, layer.instruction}))
                        + "</title>\n<rect " + rect + " fill=\"" + css(fill) + "\"/>\n";
            anyMeasured = anyMeasured || layer.measured;
            if (isAssumed(layer)) {
                anyAssumed = true;
                segments += "<rect " + rect + " fill=\"url(#sc-hatch)\"/>\n";
            }
            const std::string label = segmentLabel(image, layer);
            if (textWidth(label, SmallFontSize) <= drawn - 10)
                segments += textElement(x + 5, top + BarHeight / 2 + SmallFontSize * 0.35, label,
                                        " font-size=\"" + number(SmallFontSize) + "\" fill=\"" + textOn(fill) + "\"");
            segments += "</g>\n";
            x += width;
        }
        const std::string clip = "sc-bar-" + std::to_string(row);
        body += "<clipPath id=\"" + clip + "\"><rect x=\"" + number(trackLeft) + "\" y=\"" + number(top) + "\" width=\""
                + number(x - trackLeft) + "\" height=\"" + number(BarHeight) + "\" rx=\"3\"/></clipPath>\n";
        body += "<g clip-path=\"url(#" + clip + ")\">\n" + segments + "</g>\n";
        body += textElement(x + TextGap, middle, totalText(estimate, image, row == 1),
                            " font-size=\"" + number(FontSize) + "\" font-weight=\"bold\"");
    }

    // The legend: the kinds drawn, then what solid and striped mean; it wraps to new rows.
    double legendX = 0;
    double legendY = firstRow + 2 * BarHeight + RowGap + 14;
    const double swatch = 10;
    const auto entry = [&](const std::string &text, const std::string &fill, bool hatched) {
        const double width = swatch + 5 + textWidth(text, SmallFontSize) + 16;
        if (legendX > 0 && legendX + width - 16 > Width) {
            legendX = 0;
            legendY += 18;
        }
        const std::string box = "x=\"" + number(legendX) + "\" y=\"" + number(legendY) + "\" width=\"" + number(swatch)
                                + "\" height=\"" + number(swatch) + "\"";
        body += "<rect " + box + " fill=\"" + fill + "\"/>\n";
        if (hatched)
            body += "<rect " + box + " fill=\"url(#sc-hatch)\"/>\n";
        body += textElement(legendX + swatch + 5, legendY + swatch - 1, text, " font-size=\"" + number(SmallFontSize) + "\"");
        legendX += width;
    };
    for (std::size_t k = 0; k < std::size(LayerKinds); ++k) {
        if (shown[k])
            entry(kindName(LayerKinds[k]), css(fillOf(LayerKinds[k])), false);
    }
    // Grey, so the sample is not mistaken for one of the kinds above.
    const std::string sample = "#8c8c91";
    if (anyMeasured)
        entry(coreText("handout", "solid: measured in your project"), sample, false);
    if (anyAssumed)
        entry(coreText("handout", "striped: assumed typical size"), sample, true);
    const double height = legendY + swatch + 4;

    const std::string single = formatBytes(estimate.singleStage.diskBytes);
    const std::string multi = formatBytes(estimate.multiStage.diskBytes);
    const std::string summary
        = estimate.ratio > 0
              ? withArgs(coreText("handout", "Single-stage image: %1 on disk. Multi-stage image: %2 on disk, %3."),
                         {single, multi, savingInWords(estimate.ratio)})
              : withArgs(coreText("handout", "Single-stage image: %1 on disk. Multi-stage image: %2 on disk."), {single, multi});

    return "<svg class=\"size-chart\" viewBox=\"0 0 " + number(Width) + " "
           + number(height) + "\" width=\"" + number(Width) + "\" height=\"" + number(height)
           + "\" role=\"img\" font-family=\"sans-serif\">\n<title>" + htmlEscaped(summary) + "</title>\n"
           + "<defs><pattern id=\"sc-hatch\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" "
             "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#ffffff\" "
             "stroke-opacity=\"0.6\" stroke-width=\"1.5\"/></pattern></defs>\n"
           + body + "</svg>\n";
}

} // namespace stagecraft
