#include "common/translated.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace stagecraft {

std::string coreText(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text).toStdString();
}

std::string withArgs(const std::string &pattern, std::initializer_list<std::string_view> args)
{
    // One pass over the pattern, so an argument that itself holds "%2" stays as it is.
    const std::vector<std::string_view> values(args);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9' && std::size_t(next - '1') < values.size()) {
            out += values[std::size_t(next - '1')];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace stagecraft
