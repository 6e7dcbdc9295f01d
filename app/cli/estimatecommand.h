#pragma once

#include "cli/configflags.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace stagecraft {

// `stagecraft estimate [FLAGS] [--project DIR] [--json]`: the single-stage and
// multi-stage image sizes for a configuration, layer by layer.
int runEstimateCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// What a command prices `generated` with: the size data and, with --project, the project's
// measurement. Warnings and problems go to `err` as the command's lines; nothing is
// returned when the project cannot be measured (bad input).
struct CommandSizes
{
    ImageSizeData data;
    std::optional<ProjectMeasurement> project;
    SizeEstimate estimate;
};
std::optional<CommandSizes> sizesForCommand(const char *command, const CommandConfig &resolved, const Generated &generated,
                                            QTextStream &err);

} // namespace stagecraft
