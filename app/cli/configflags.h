#pragma once

#include "catalog/catalog.h"
#include "cli/arguments.h"
#include "config/config.h"
#include "project/projectscan.h"

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace stagecraft {

// The flags of every command that builds a configuration (generate, estimate).
const std::vector<Arguments::Spec> &configFlagSpecs();

// Layers, later winning: `start` (a project scan's configuration) or a preset or the
// stack defaults, then the flags. The result is validated; the error is one line for stderr.
Outcome<Config> configFromArguments(const Arguments &arguments, const Catalog &catalog, const Config *start = nullptr);

// The opening every configuration command shares: parse the config flags plus `extra`,
// answer --help with `usage`, refuse stray arguments. Nothing is returned when the command
// is already finished; `exitCode` then says how it ended.
std::optional<Arguments> parseConfigCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> extra,
                                            void (*usage)(QTextStream &), QTextStream &out, QTextStream &err, int &exitCode);

// What a command line describes: the configuration and, with --project DIR, the scan it
// started from (the same scanAndMeasure() the wizard runs).
struct CommandConfig
{
    Config config;
    std::optional<ProjectScan> scan;
};

// The configuration a command line describes. With --project DIR the scan's configuration
// is the start and the given flags change it; the scan's notes go to `notes`. `measure`
// also measures the build context.
Outcome<CommandConfig> configFromCommandLine(const Arguments &parsed, const Catalog &catalog, bool measure,
                                             std::vector<std::string> *notes);

// configFromCommandLine for a command: the scan's notes and any error go to `err` as the
// command's lines; nothing is returned when the configuration is bad input.
std::optional<CommandConfig> resolveCommandConfig(const char *command, const Arguments &parsed, const Catalog &catalog,
                                                  bool measure, QTextStream &err);

// Help text lines for the flags above.
const char *configFlagsHelp();

} // namespace stagecraft
