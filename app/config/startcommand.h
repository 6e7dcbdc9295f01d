#pragma once

#include "common/outcome.h"

#include <string>
#include <vector>

namespace stagecraft {

// Splits a start command the way a POSIX shell would split plain words and quotes, and
// refuses what only a shell could run (pipes, &&, redirects, $VAR, globbing): exec-form
// CMD runs no shell, so such a command would silently do something else.
Outcome<std::vector<std::string>> splitStartCommand(const std::string &command);

// ["a", "b"] as a Dockerfile exec-form array.
std::string execForm(const std::vector<std::string> &argv);

} // namespace stagecraft
