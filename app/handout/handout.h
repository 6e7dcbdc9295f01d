#pragma once

#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"

#include <string>

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

// The handout: one self-contained HTML page for a class, printable on A4. The choices, the
// size chart (sizeChartSvg), then the multi-stage and the single-stage Dockerfile, each
// highlighted (highlightedDockerfileLines) with every instruction's explanation under its
// lines, each on pages of its own when printed. No scripts, fonts, images or style sheets
// from anywhere else (a Content-Security-Policy says so to the browser); every text from a
// template or a value is escaped. The wizard and `stagecraft handout` both write this.
std::string handoutHtml(const Catalog &catalog, const Config &config, const Generated &generated,
                        const SizeEstimate &estimate, KSyntaxHighlighting::Repository &repository);

} // namespace stagecraft
