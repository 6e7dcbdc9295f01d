#pragma once

#include "catalog/catalog.h"
#include "cli/arguments.h"
#include "config/config.h"

#include <vector>

namespace stagecraft {

// The flags of every command that builds a configuration (generate, estimate).
const std::vector<Arguments::Spec> &configFlagSpecs();

// Layers, later winning: `start` (a preset, a project scan, or the stack defaults),
// then the flags. The result is validated; the error is one line for stderr.
Outcome<Config> configFromArguments(const Arguments &arguments, const Catalog &catalog);

// Help text lines for the flags above.
const char *configFlagsHelp();

} // namespace stagecraft
