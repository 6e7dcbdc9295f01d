#include "common/printable.h"

namespace stagecraft {

namespace {

void appendHex(std::string &out, unsigned char c)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[c >> 4];
    out += digits[c & 0xf];
}

// Length of a valid UTF-8 sequence starting at text[i] (0 when invalid). C1 controls
// (U+0080-U+009F) count as invalid: some terminals act on them.
std::size_t utf8Length(const std::string &text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    std::size_t length = 0;
    unsigned int codepoint = 0;
    if (c >= 0xc2 && c <= 0xdf) {
        length = 2;
        codepoint = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        length = 3;
        codepoint = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        length = 4;
        codepoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
        codepoint = (codepoint << 6) | (byte(i + k) & 0x3f);
    }
    const bool overlong = (length == 3 && codepoint < 0x800) || (length == 4 && codepoint < 0x10000);
    const bool surrogate = codepoint >= 0xd800 && codepoint <= 0xdfff;
    const bool c1 = codepoint >= 0x80 && codepoint <= 0x9f;
    if (overlong || surrogate || c1 || codepoint > 0x10ffff)
        return 0;
    return length;
}

} // namespace

bool isPrintable(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            ++i;
            continue;
        }
        const std::size_t length = c >= 0x80 ? utf8Length(text, i) : 0;
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

std::string printable(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += char(c);
            ++i;
        } else if (c == '\n') {
            out += "\\n";
            ++i;
        } else if (c == '\t') {
            out += "\\t";
            ++i;
        } else if (c == '\r') {
            out += "\\r";
            ++i;
        } else if (const std::size_t length = c >= 0x80 ? utf8Length(text, i) : 0; length > 0) {
            out.append(text, i, length);
            i += length;
        } else {
            appendHex(out, c);
            ++i;
        }
    }
    return out;
}

} // namespace stagecraft
