#pragma once

#include "common/outcome.h"
#include "config/config.h"
#include "detect/detection.h"

#include <string>
#include <vector>

namespace stagecraft {

class Catalog;

// The starting configuration a scan suggests: the stack's defaults, overlaid with what
// the project states (package manager, the nearest offered language version, port, start
// command where the template can run it, stack options such as mainPackage or
// outputDir). Fails with the scan's reason when no stack of the catalog fits. `notes`
// (optional) receives one line per adjustment the user should know about, e.g. a version
// the stack does not offer.
Outcome<Config> configFromDetection(const DetectionResult &result, const Catalog &catalog,
                                    std::vector<std::string> *notes = nullptr);

// The offered version closest to `wanted`: the lowest one at or above it, else the
// newest. "" when `choices` is empty.
std::string nearestVersion(const std::string &wanted, const std::vector<std::string> &choices);

} // namespace stagecraft
