#pragma once

#include "catalog/stackdefinition.h"
#include "common/outcome.h"

#include <cstddef>
#include <map>
#include <string>

namespace stagecraft {

// The values a template's conditions test: choice ids, "true"/"false" toggles, option values.
using Facts = std::map<std::string, std::string>;

bool conditionHolds(const Condition &condition, const Facts &facts);
bool included(const Condition &when, const Condition &unless, const Facts &facts);

// A value a template refers to as ${name}.
struct Variable
{
    std::string text;
    // Template text (a stack's or a choice's vars) may refer to other variables. Anything
    // else (choice ids, ports, ids, option values, labels, the start command) came from the
    // user and is inserted exactly as it is: expanding it again would let a value such as
    // "${healthcheckPath}" pull unchecked text into another line.
    bool isTemplateText = false;
};
using Scope = std::map<std::string, Variable>;

// What one generated document may expand to, all its text together.
inline constexpr std::size_t MaxExpandedBytes = 1024 * 1024;

// Replaces ${name} for lower-camel-case names from `scope`, once, in template text only.
// Names starting with an upper-case letter are Dockerfile variables (${TARGETOS}, $PATH)
// and stay as written. An unknown lower-case name is an error, and so is output beyond
// `budget` bytes (what is left of MaxExpandedBytes); `budget` shrinks by what was produced.
Outcome<std::string> substitute(const std::string &text, const Scope &scope, std::size_t &budget);

} // namespace stagecraft
