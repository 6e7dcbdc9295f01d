#include "dockerfile/annotate.h"

#include "common/translated.h"

namespace stagecraft {

namespace {

// The fixed first comment: constant text, so it is never read as a parser directive and
// every directive line before it stays the only directive.
constexpr const char *Header = "# Annotated by Stagecraft: the comment above each instruction says why it is there.";

// One code point of `text` at `i` (advancing `i`), as its bytes; an invalid byte is '?'.
std::string nextCodePoint(const std::string &text, std::size_t &i, char32_t &codePoint)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) {
        ++i;
        codePoint = U'?';
        return "?";
    }
    char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            codePoint = U'?';
            return "?";
        }
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    const std::string bytes = text.substr(i, length);
    i += length;
    codePoint = value;
    return bytes;
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: anything an
// editor or a parser might take as the end of a line.
bool breaksOrControls(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

struct Word
{
    std::string bytes;
    std::size_t columns = 0;
};

std::vector<Word> words(const std::string &text)
{
    std::vector<Word> found;
    Word current;
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        const std::string bytes = nextCodePoint(text, i, c);
        if (c == U' ' || breaksOrControls(c)) {
            if (current.columns > 0)
                found.push_back(std::move(current));
            current = {};
            continue;
        }
        current.bytes += bytes;
        ++current.columns;
    }
    if (current.columns > 0)
        found.push_back(std::move(current));
    return found;
}

std::string finished(std::string line)
{
    // Dockerfile parsers drop comment lines before joining continuations, but other tools
    // may not: a comment never ends in the escape character.
    if (line.back() == '\\')
        line += '.';
    return line;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

} // namespace

std::vector<std::string> commentLines(const std::string &text, std::size_t width)
{
    const std::size_t room = width > 3 ? width - 2 : 1;
    std::vector<std::string> lines;
    std::string line;
    std::size_t columns = 0;
    for (const Word &word : words(text)) {
        if (columns > 0 && columns + 1 + word.columns > room) {
            lines.push_back(finished("# " + line));
            line.clear();
            columns = 0;
        }
        if (columns > 0) {
            line += ' ';
            ++columns;
        }
        line += word.bytes;
        columns += word.columns;
    }
    if (columns > 0)
        lines.push_back(finished("# " + line));
    return lines;
}

AnnotatedDockerfile annotate(const Document &document)
{
    const RenderedDockerfile plain = render(document);
    const std::vector<std::string> lines = splitLines(plain.text);
    AnnotatedDockerfile out;
    std::vector<std::string> result;
    const auto emit = [&](const std::string &line) { result.push_back(line); };
    const auto keep = [&](std::size_t index) {
        out.lineOf.push_back(static_cast<int>(result.size()));
        emit(lines[index]);
    };

    std::size_t next = 0;
    // render() writes the syntax directive and a blank line first when the file needs it.
    const bool directive = document.usesBuildKitSyntax();
    if (directive) {
        keep(next++);
        if (next < lines.size() && lines[next].empty())
            keep(next++);
    }
    emit(Header);
    if (directive) {
        for (std::string &comment : commentLines(withArgs(coreText("dockerfile", "Line 1: %1"), {explanationForLine(document, plain, 0)})))
            emit(comment);
    }
    for (; next < lines.size(); ++next) {
        const LineOrigin origin = plain.lines[next];
        const bool startsInstruction = origin.stage >= 0 && (next == 0 || !(plain.lines[next - 1] == origin));
        if (startsInstruction) {
            const std::vector<std::string> comments = commentLines(explanationForLine(document, plain, static_cast<int>(next)));
            if (!comments.empty() && !result.empty() && !result.back().empty())
                emit("");
            for (const std::string &comment : comments)
                emit(comment);
        }
        keep(next);
    }
    for (const std::string &line : result)
        out.text += line + '\n';
    return out;
}

std::string dockerfileText(const Document &document, bool comments)
{
    return comments ? annotate(document).text : render(document).text;
}

} // namespace stagecraft
