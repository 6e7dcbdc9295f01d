#pragma once

#include "detect/detection.h"

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// `stagecraft detect DIR [--json] [--project PATH]`: prints what the project scan found,
// each conclusion with its evidence and confidence, or the scan's JSON.
int runDetectCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The human-readable report the command prints without --json.
QString detectionReport(const DetectionResult &result);

} // namespace stagecraft
