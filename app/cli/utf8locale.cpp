#include "cli/utf8locale.h"

#include <clocale>
#include <cstdlib>
#include <cstring>
#include <langinfo.h>
#include <string>
#include <strings.h>

namespace stagecraft {

namespace {

bool characterTypeIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

// The locale's name without its encoding or variant, in UTF-8 (de_DE.ISO-8859-1 -> de_DE.UTF-8),
// then C.UTF-8: the first one the system has.
std::string availableUtf8Locale(std::string name)
{
    name = name.substr(0, name.find_first_of(".@"));
    for (const std::string &candidate : {name + ".UTF-8", std::string("C.UTF-8"), std::string("C.utf8")}) {
        if (std::setlocale(LC_CTYPE, candidate.c_str()))
            return candidate;
    }
    return {};
}

} // namespace

void useUtf8CharacterType()
{
    std::setlocale(LC_ALL, "");
    if (characterTypeIsUtf8())
        return;
    const char *current = std::setlocale(LC_CTYPE, nullptr);
    const std::string utf8 = availableUtf8Locale(current ? current : "C");
    std::setlocale(LC_ALL, "");
    if (utf8.empty())
        return; // no UTF-8 locale at all: Qt's own warning is then the truth
    // LC_ALL overrides every category: hand its value to each of them but the character type.
    if (const char *all = std::getenv("LC_ALL"); all && *all) {
        const std::string value = all;
        for (const char *category : {"LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LC_PAPER",
                                     "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"})
            setenv(category, value.c_str(), 1);
        unsetenv("LC_ALL");
    }
    setenv("LC_CTYPE", utf8.c_str(), 1);
    std::setlocale(LC_ALL, "");
}

} // namespace stagecraft
