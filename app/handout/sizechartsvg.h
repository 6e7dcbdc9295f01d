#pragma once

#include "estimate/sizeestimate.h"

#include <string>

namespace stagecraft {

// The size chart as an inline SVG, drawn from the estimate alone (no widgets, no fonts
// to measure), so the command line and the wizard produce the same picture: one bar per
// image on one scale, stacked per layer in the chart widget's colours, hatched where a size
// is assumed, totals and the saving beside the bars, a legend that wraps, and each layer's
// instruction as its tooltip. Every text is escaped.
std::string sizeChartSvg(const SizeEstimate &estimate);

} // namespace stagecraft
