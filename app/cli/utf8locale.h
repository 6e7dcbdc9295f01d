#pragma once

namespace stagecraft {

// Qt needs a UTF-8 character type: when the environment gives none (LANG and LC_ALL unset,
// or C, as in most containers and CI jobs), QCoreApplication switches LC_CTYPE to a UTF-8
// locale itself and prints a four-line warning about it on every run. This makes the same
// switch first, in the environment Qt reads, so nothing is printed: only the character type
// changes (to LANG's locale in UTF-8, else C.UTF-8); messages, numbers, dates and collation
// keep the categories the environment chose. Call it before any QCoreApplication exists.
void useUtf8CharacterType();

} // namespace stagecraft
