#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// `stagecraft estimate [FLAGS] [--project DIR] [--json]`: the single-stage and
// multi-stage image sizes for a configuration, layer by layer.
int runEstimateCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
