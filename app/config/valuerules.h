#pragma once

#include "common/outcome.h"

#include <cstddef>
#include <string>

namespace stagecraft {

// The rules for any text that lands in a Dockerfile, wherever it came from: a flag, a
// preset, a project scan or a template.

// A value longer than this is refused before any pattern runs on it.
inline constexpr std::size_t MaxValueLength = 4096;

// True when `text` holds a control character (LF, CR, NUL, ESC, DEL, C1, ...) or bytes that
// are not UTF-8: on a Dockerfile line the first would start a new instruction or hide what
// follows from a reader, and the second cannot be written as a JSON string (exec form).
bool hasControlCharacter(const std::string &text);

// Why `value` (named `what` in the message) cannot stand inside one Dockerfile line:
// too long, holding a control character or not UTF-8. Empty when it can.
std::string singleLineProblem(const std::string &what, const std::string &value);

// Why `value` is not a relative path that stays inside the build context: absolute, or
// climbing above it with "..". Empty when it stays inside.
std::string contextPathProblem(const std::string &what, const std::string &value);

// True when the whole of `value` matches a template option's `pattern`. Patterns come from
// user templates, so they run with PCRE2 (QRegularExpression), whose match limit stops
// catastrophic backtracking such as "(a+)+b"; values longer than MaxValueLength never match.
// An invalid pattern matches nothing.
bool matchesWholePattern(const std::string &pattern, const std::string &value);
// Why `pattern`, as written, is not a valid option pattern (PCRE2's message); empty when it
// is. Templates are checked with it when they load.
std::string wholePatternProblem(const std::string &pattern);

// `text` as a whole number from 0 to 2147483647 (a port, uid or gid; whether it is in the
// value's own range is the configuration's rule). The error names `what`: "<what> needs a
// whole number, not 'x'" or "<what> N is out of range".
Outcome<int> parseWholeNumber(const std::string &what, const std::string &text);

} // namespace stagecraft
