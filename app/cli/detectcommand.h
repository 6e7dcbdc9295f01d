#pragma once

#include "cli/arguments.h"
#include "common/outcome.h"
#include "detect/detection.h"

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// `stagecraft detect DIR [--json] [--project PATH]`: prints what the project scan found,
// each conclusion with its evidence and confidence, or the scan's JSON.
int runDetectCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The human-readable report the command prints without --json.
QString detectionReport(const DetectionResult &result);

class Catalog;

// `generate --project DIR`: scans DIR and returns its starting configuration as flags to
// put in front of the user's (`--stack`, `--package-manager`, ..., `--option K=V`),
// leaving out every flag the user gave, so explicit flags win. A --stack naming another
// stack than the scan found drops the scan's findings. `notes` gets one line per
// adjustment. Fails (bad input) when DIR is not a folder, is combined with --preset, or
// holds no stack and no --stack is given.
Outcome<QStringList> projectStartFlags(const Arguments &given, const Catalog &catalog, std::vector<std::string> *notes);

} // namespace stagecraft
