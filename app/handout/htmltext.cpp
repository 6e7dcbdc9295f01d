#include "handout/htmltext.h"

#include <QString>

namespace stagecraft {

std::string htmlEscaped(const std::string &text)
{
    const QString decoded = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); // invalid bytes: U+FFFD
    QString escaped;
    escaped.reserve(decoded.size() + decoded.size() / 8);
    for (const QChar c : decoded) {
        const char16_t u = c.unicode();
        if (u == '&')
            escaped += QStringLiteral("&amp;");
        else if (u == '<')
            escaped += QStringLiteral("&lt;");
        else if (u == '>')
            escaped += QStringLiteral("&gt;");
        else if (u == '"')
            escaped += QStringLiteral("&quot;");
        else if (u == '\'')
            escaped += QStringLiteral("&#39;");
        else if ((u < 0x20 && u != '\t' && u != '\n') || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            escaped += QLatin1Char(' ');
        else
            escaped += c;
    }
    return escaped.toStdString();
}

} // namespace stagecraft
