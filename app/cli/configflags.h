#pragma once

#include "catalog/catalog.h"
#include "cli/arguments.h"
#include "config/config.h"

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace stagecraft {

// The flags of every command that builds a configuration (generate, estimate).
const std::vector<Arguments::Spec> &configFlagSpecs();

// Layers, later winning: `start` (a preset, a project scan, or the stack defaults),
// then the flags. The result is validated; the error is one line for stderr.
Outcome<Config> configFromArguments(const Arguments &arguments, const Catalog &catalog);

// The opening every configuration command shares: parse the config flags plus `extra`,
// answer --help with `usage`, refuse stray arguments. Nothing is returned when the command
// is already finished; `exitCode` then says how it ended.
std::optional<Arguments> parseConfigCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> extra,
                                            void (*usage)(QTextStream &), QTextStream &out, QTextStream &err, int &exitCode);

// The configuration a command line describes. With --project DIR the scan's findings are
// placed in front of the given flags, so what the user typed wins; the scan's notes go to
// `notes`. `extra` is the command's own flag list, as given to parseConfigCommand.
Outcome<Config> configFromCommandLine(const QStringList &args, const Arguments &parsed, std::vector<Arguments::Spec> extra,
                                      const Catalog &catalog, std::vector<std::string> *notes);

// configFromCommandLine for a command: the scan's notes and any error go to `err` as the
// command's lines; nothing is returned when the configuration is bad input.
std::optional<Config> resolveCommandConfig(const char *command, const QStringList &args, const Arguments &parsed,
                                           std::vector<Arguments::Spec> extra, const Catalog &catalog, QTextStream &err);

// Help text lines for the flags above.
const char *configFlagsHelp();

} // namespace stagecraft
