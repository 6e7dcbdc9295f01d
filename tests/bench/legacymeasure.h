#pragma once

#include "estimate/projectmeasure.h"

namespace stagecraft::legacy {

// measureProject() as it was before issue #13, for the benchmark's side-by-side figures.
Outcome<ProjectMeasurement> measureProject(const std::string &folder, const MeasureOptions &options = {});

} // namespace stagecraft::legacy
