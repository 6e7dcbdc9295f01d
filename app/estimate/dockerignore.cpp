#include "estimate/dockerignore.h"

#include <QRegularExpression>
#include <QString>

namespace stagecraft {

namespace {

// Go's strings.TrimSpace for the ASCII whitespace a text file can hold.
std::string trimSpace(const std::string &s)
{
    const char *ws = " \t\r\n\v\f";
    const auto first = s.find_first_not_of(ws);
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(ws);
    return s.substr(first, last - first + 1);
}

// The syntax check Docker borrows from filepath.Match: a dangling escape, an unclosed
// class, an empty class or a range without an end makes the pattern unusable.
bool validGlob(const std::string &p)
{
    const size_t n = p.size();
    size_t i = 0;
    // One class member: an optional escape, never a bare '-' or ']' (Go's getEsc).
    auto member = [&](size_t &j) {
        if (j >= n || p[j] == '-' || p[j] == ']')
            return false;
        if (p[j] == '\\') {
            ++j;
            if (j >= n)
                return false;
        }
        ++j;
        return true;
    };
    while (i < n) {
        const char c = p[i];
        if (c == '\\') {
            if (i + 1 >= n)
                return false;
            i += 2;
        } else if (c == '[') {
            ++i;
            if (i < n && p[i] == '^')
                ++i;
            int ranges = 0;
            for (;;) {
                if (i >= n)
                    return false;
                if (p[i] == ']' && ranges > 0) {
                    ++i;
                    break;
                }
                if (!member(i))
                    return false;
                if (i < n && p[i] == '-') {
                    ++i;
                    if (!member(i))
                        return false;
                }
                ++ranges;
            }
        } else {
            ++i;
        }
    }
    return true;
}

bool hasGlobCharacters(const std::string &p)
{
    return p.find_first_of("*?[\\") != std::string::npos;
}

} // namespace

std::string cleanPath(const std::string &path)
{
    if (path.empty())
        return ".";
    const bool rooted = path[0] == '/';
    const size_t n = path.size();
    std::string out;
    size_t r = 0;
    size_t dotdot = 0;
    if (rooted) {
        out += '/';
        r = 1;
        dotdot = 1;
    }
    while (r < n) {
        if (path[r] == '/') {
            ++r;
        } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
            ++r;
        } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
            r += 2;
            if (out.size() > dotdot) {
                size_t w = out.size() - 1;
                while (w > dotdot && out[w] != '/')
                    --w;
                out.resize(w);
            } else if (!rooted) {
                if (!out.empty())
                    out += '/';
                out += "..";
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.empty()))
                out += '/';
            for (; r < n && path[r] != '/'; ++r)
                out += path[r];
        }
    }
    if (out.empty())
        return ".";
    return out;
}

// Docker turns each pattern into one of four matchers; the plain ones skip the regex.
// Their quirks are Docker's (e.g. `**foo` matches "barfoo"), kept on purpose.
struct DockerIgnore::Compiled
{
    enum class Kind { Exact, Prefix, Suffix, Regex };
    Kind kind = Kind::Exact;
    std::string text;
    QRegularExpression regex;

    bool matches(const std::string &path) const
    {
        switch (kind) {
        case Kind::Exact:
            return path == text;
        case Kind::Prefix:
            return path.compare(0, text.size() - 2, text, 0, text.size() - 2) == 0;
        case Kind::Suffix: {
            const std::string suffix = text.substr(2);
            if (path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
                return true;
            return !suffix.empty() && suffix[0] == '/' && path == suffix.substr(1);
        }
        case Kind::Regex:
            return regex.match(QString::fromStdString(path)).hasMatch();
        }
        return false;
    }

    static std::unique_ptr<Compiled> compile(const std::string &pattern)
    {
        auto out = std::make_unique<Compiled>();
        out->text = pattern;
        std::string re = "^";
        Kind kind = Kind::Exact;
        const size_t n = pattern.size();
        for (size_t i = 0; i < n;) {
            const size_t start = i;
            const char c = pattern[i++];
            if (c == '*') {
                if (i < n && pattern[i] == '*') {
                    ++i;
                    if (i < n && pattern[i] == '/')
                        ++i;
                    if (i >= n) {
                        if (kind == Kind::Exact) {
                            kind = Kind::Prefix;
                        } else {
                            re += ".*";
                            kind = Kind::Regex;
                        }
                    } else {
                        re += "(.*/)?";
                        kind = Kind::Regex;
                    }
                    if (start == 0)
                        kind = Kind::Suffix;
                } else {
                    re += "[^/]*";
                    kind = Kind::Regex;
                }
            } else if (c == '?') {
                re += "[^/]";
                kind = Kind::Regex;
            } else if (std::string_view(".+()|{}$").find(c) != std::string_view::npos) {
                re += '\\';
                re += c;
            } else if (c == '\\') {
                if (i < n) {
                    re += '\\';
                    // The escaped character may be a multi-byte UTF-8 sequence.
                    size_t len = 1;
                    const auto lead = static_cast<unsigned char>(pattern[i]);
                    if (lead >= 0xF0)
                        len = 4;
                    else if (lead >= 0xE0)
                        len = 3;
                    else if (lead >= 0xC0)
                        len = 2;
                    re += pattern.substr(i, len);
                    i += len;
                    kind = Kind::Regex;
                } else {
                    re += "\\\\";
                }
            } else if (c == '[' || c == ']') {
                re += c;
                kind = Kind::Regex;
            } else {
                re += c;
            }
        }
        out->kind = kind;
        if (kind == Kind::Regex) {
            // \z, not $: Go's $ does not match before a trailing newline, PCRE's does.
            re += "\\z";
            out->regex = QRegularExpression(QString::fromStdString(re));
        }
        return out;
    }
};

DockerIgnore::DockerIgnore() = default;
DockerIgnore::~DockerIgnore() = default;
DockerIgnore::DockerIgnore(DockerIgnore &&) noexcept = default;
DockerIgnore &DockerIgnore::operator=(DockerIgnore &&) noexcept = default;

DockerIgnore::DockerIgnore(const DockerIgnore &other)
    : m_patterns(other.m_patterns)
    , m_hasExclusions(other.m_hasExclusions)
    , m_exclusionsArePlain(other.m_exclusionsArePlain)
{
    for (const auto &c : other.m_compiled)
        m_compiled.push_back(std::make_unique<Compiled>(*c));
}

DockerIgnore &DockerIgnore::operator=(const DockerIgnore &other)
{
    if (this != &other) {
        DockerIgnore copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Outcome<DockerIgnore> DockerIgnore::parse(const std::string &text)
{
    DockerIgnore result;
    size_t pos = 0;
    int lineNumber = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        const bool last = end == std::string::npos;
        if (last)
            end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (last && line.empty())
            break;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (lineNumber == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        // Only a '#' in the first column starts a comment; " #x" is a pattern.
        if (!line.empty() && line[0] == '#')
            continue;
        line = trimSpace(line);
        if (line.empty())
            continue;
        Pattern pattern;
        pattern.line = lineNumber;
        pattern.exclusion = line[0] == '!';
        if (pattern.exclusion)
            line = trimSpace(line.substr(1));
        if (!line.empty()) {
            line = cleanPath(line);
            if (line.size() > 1 && line[0] == '/')
                line.erase(0, 1);
        }
        if (pattern.exclusion && line.empty())
            return Outcome<DockerIgnore>::failure("line " + std::to_string(lineNumber)
                                                  + ": a '!' needs a pattern after it");
        if (!validGlob(line))
            return Outcome<DockerIgnore>::failure("line " + std::to_string(lineNumber) + ": malformed pattern '"
                                                  + line + "'");
        auto compiled = Compiled::compile(line);
        if (compiled->kind == Compiled::Kind::Regex && !compiled->regex.isValid())
            return Outcome<DockerIgnore>::failure("line " + std::to_string(lineNumber) + ": malformed pattern '"
                                                  + line + "'");
        pattern.text = line;
        if (pattern.exclusion) {
            result.m_hasExclusions = true;
            if (hasGlobCharacters(line))
                result.m_exclusionsArePlain = false;
        }
        result.m_patterns.push_back(std::move(pattern));
        result.m_compiled.push_back(std::move(compiled));
    }
    return Outcome<DockerIgnore>::success(std::move(result));
}

bool DockerIgnore::excludes(const std::string &path) const
{
    const std::string file = cleanPath(path);
    if (file == ".")
        return false; // Docker never drops the context root itself
    std::vector<std::string> parents; // "a", "a/b", ... for "a/b/c"
    for (size_t slash = file.find('/'); slash != std::string::npos; slash = file.find('/', slash + 1))
        parents.push_back(file.substr(0, slash));

    bool matched = false;
    for (size_t i = 0; i < m_patterns.size(); ++i) {
        // An exclude line cannot change an excluded path, nor a re-include an included one.
        if (m_patterns[i].exclusion != matched)
            continue;
        bool match = m_compiled[i]->matches(file);
        for (size_t p = 0; !match && p < parents.size(); ++p)
            match = m_compiled[i]->matches(parents[p]);
        if (match)
            matched = !m_patterns[i].exclusion;
    }
    return matched;
}

bool DockerIgnore::walksInto(const std::string &excludedFolder) const
{
    if (!m_hasExclusions)
        return false;
    // A wildcard re-include could match anywhere below, so BuildKit looks everywhere.
    if (!m_exclusionsArePlain)
        return true;
    const std::string dirSlash = cleanPath(excludedFolder) + '/';
    for (const Pattern &pattern : m_patterns) {
        if (pattern.exclusion && (pattern.text + '/').rfind(dirSlash, 0) == 0)
            return true;
    }
    return false;
}

} // namespace stagecraft
