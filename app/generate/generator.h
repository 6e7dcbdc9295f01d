#pragma once

#include "catalog/catalog.h"
#include "common/outcome.h"
#include "config/config.h"
#include "dockerfile/document.h"

#include <string>
#include <vector>

namespace stagecraft {

// Everything one configuration produces.
struct Generated
{
    Document multiStage;
    Document singleStage;  // the naive "before" picture
    std::string dockerignore;
    std::vector<std::string> notes; // consequences the user should know (e.g. ports below 1024)
};

// The first thing wrong with a configuration, as one line; empty when it can be generated.
std::string validateConfig(const Catalog &catalog, const Config &config);

// Why `stack` cannot use `baseId` (empty when it can).
std::string baseUnavailableReason(const StackDefinition &stack, const std::string &baseId);

// Why the healthcheck cannot be used with this configuration's base (empty when it can).
std::string healthcheckUnavailableReason(const StackDefinition &stack, const Config &config);

// A pure function of its inputs: same catalog and configuration, same documents.
Outcome<Generated> generate(const Catalog &catalog, const Config &config);

} // namespace stagecraft
