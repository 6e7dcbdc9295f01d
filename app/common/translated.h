#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace stagecraft {

// Core messages in the user's language. The wizard installs translators for the user's
// locale at start-up (ui/mainwindow/translations.h); the command line installs none, so its
// plain text and every --json output stay English whatever LANG says. The core stays free of
// widgets: this is QCoreApplication::translate, which lupdate knows under this name
// (-tr-function-alias in ui/CMakeLists.txt), so `context` and `text` must be literals.
std::string coreText(const char *context, const char *text);

// `pattern` with %1 ... %9 replaced by the arguments of that number, so a translation may
// reorder them; the arguments are inserted as they are (never translated or re-expanded).
std::string withArgs(const std::string &pattern, std::initializer_list<std::string_view> args);

} // namespace stagecraft
