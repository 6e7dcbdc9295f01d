#pragma once

#include <string>

namespace stagecraft {

// Untrusted text (explanations, values, file names) for HTML element content and
// double-quoted attribute values: & < > " ' escaped, control characters other than tab
// and newline as spaces, invalid UTF-8 as U+FFFD. Nothing in it can open a tag.
std::string htmlEscaped(const std::string &text);

} // namespace stagecraft
