#pragma once

#include "catalog/stackdefinition.h"
#include "common/outcome.h"

#include <map>
#include <string>

namespace stagecraft {

// The values a template's conditions test: choice ids, "true"/"false" toggles, option values.
using Facts = std::map<std::string, std::string>;

bool conditionHolds(const Condition &condition, const Facts &facts);
bool included(const Condition &when, const Condition &unless, const Facts &facts);

// Replaces ${name} for lower-camel-case names from `variables` (values may refer to other
// variables). Names starting with an upper-case letter are Dockerfile variables
// (${TARGETOS}, $PATH) and stay as written. An unknown lower-case name is an error.
Outcome<std::string> substitute(const std::string &text, const Variables &variables);

} // namespace stagecraft
