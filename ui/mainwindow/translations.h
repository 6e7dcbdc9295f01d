#pragma once

#include <QLocale>

namespace stagecraft {

// Installs the translations for `locale` into the running application: Qt's own (qtbase,
// from Qt's translations folder: the standard buttons and dialogs) and Stagecraft's (built
// in, :/i18n/stagecraft_<lang>.qm: the window, the core's messages and the template
// explanations). Call it before the catalog loads, which translates the templates as it
// reads them. Returns whether Stagecraft has a translation for the locale; English, the
// source language, needs none.
bool installTranslations(const QLocale &locale);

} // namespace stagecraft
