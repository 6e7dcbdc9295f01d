#include "estimate/dockerignore.h"

#include "common/printable.h"

#include <QString>

#include <algorithm>

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
// Their quirks are Docker's (e.g. `**foo` matches "barfoo"), kept on purpose. Docker's
// regex is matched here by a small automaton over the pattern's pieces instead of a
// backtracking engine: `**/**/**/...` or `*a*a*a*...` cost time proportional to pattern
// length times path length, never exponential time.
struct DockerIgnore::Compiled
{
    enum class Kind { Exact, Prefix, Suffix, Regex };
    // One piece of Docker's regex: a character, `[^/]` (?), `[^/]*` (*), `.*` (trailing **),
    // `(.*/)?` (**/), a class, or `^` written inside a pattern (true only at the start).
    enum class Op { Char, OneInName, AnyInName, AnyRest, AnyFolders, Class, Start };
    struct Piece
    {
        Op op = Op::Char;
        char32_t c = 0;
        bool negated = false;
        std::vector<std::pair<char32_t, char32_t>> ranges;

        bool inClass(char32_t ch) const
        {
            bool found = false;
            for (const auto &[low, high] : ranges)
                found = found || (ch >= low && ch <= high);
            return found != negated;
        }
    };

    Kind kind = Kind::Exact;
    std::string text;
    std::vector<Piece> pieces;
    // Without `**` or a class, only a path with exactly this many slashes can match: most
    // paths are rejected without running the automaton. -1 when any count can.
    int slashes = -1;

    bool matches(const std::string &path, const std::u32string &path32, int pathSlashes) const
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
            return (slashes < 0 || slashes == pathSlashes) && matchesPieces(path32);
        }
        return false;
    }

    // States 0..m are "before piece i" (m: the whole pattern matched); m+1+i is "inside the
    // `.*` of the `(.*/)?` at i", which cannot end without a '/'.
    bool matchesPieces(const std::u32string &path) const
    {
        const std::size_t m = pieces.size();
        std::vector<std::size_t> seen(2 * m + 1, 0);
        std::size_t generation = 1;
        std::vector<std::size_t> current, next, pending;
        // Adds `state` and every state reachable from it without reading a character.
        auto add = [&](std::vector<std::size_t> &set, std::size_t state, std::size_t position) {
            pending.assign(1, state);
            while (!pending.empty()) {
                const std::size_t s = pending.back();
                pending.pop_back();
                if (seen[s] == generation)
                    continue;
                seen[s] = generation;
                if (s >= m) {
                    set.push_back(s);
                    continue;
                }
                const Op op = pieces[s].op;
                if (op == Op::Start) {
                    if (position == 0)
                        pending.push_back(s + 1);
                    continue;
                }
                set.push_back(s);
                if (op == Op::AnyInName || op == Op::AnyRest || op == Op::AnyFolders)
                    pending.push_back(s + 1);
            }
        };
        add(current, 0, 0);
        for (std::size_t position = 0; position < path.size() && !current.empty(); ++position) {
            const char32_t ch = path[position];
            ++generation;
            next.clear();
            for (const std::size_t s : current) {
                if (s > m) { // inside (.*/)? at s - m - 1
                    if (ch == U'/')
                        add(next, s - m, position + 1);
                    if (ch != U'\n')
                        add(next, s, position + 1);
                    continue;
                }
                if (s == m)
                    continue;
                const Piece &piece = pieces[s];
                switch (piece.op) {
                case Op::Char:
                    if (ch == piece.c)
                        add(next, s + 1, position + 1);
                    break;
                case Op::OneInName:
                    if (ch != U'/')
                        add(next, s + 1, position + 1);
                    break;
                case Op::Class:
                    if (piece.inClass(ch))
                        add(next, s + 1, position + 1);
                    break;
                case Op::AnyInName:
                    if (ch != U'/')
                        add(next, s, position + 1);
                    break;
                case Op::AnyRest:
                    if (ch != U'\n')
                        add(next, s, position + 1);
                    break;
                case Op::AnyFolders:
                    if (ch == U'/')
                        add(next, s + 1, position + 1);
                    if (ch != U'\n')
                        add(next, m + 1 + s, position + 1);
                    break;
                case Op::Start:
                    break;
                }
            }
            current.swap(next);
        }
        return std::find(current.begin(), current.end(), m) != current.end();
    }

    static std::unique_ptr<Compiled> compile(const std::string &patternText)
    {
        auto out = std::make_unique<Compiled>();
        out->text = patternText;
        const std::u32string pattern = QString::fromStdString(patternText).toStdU32String();
        Kind kind = Kind::Exact;
        auto piece = [&](Op op, char32_t c = 0) { out->pieces.push_back(Piece{op, c, false, {}}); };
        const size_t n = pattern.size();
        for (size_t i = 0; i < n;) {
            const size_t start = i;
            const char32_t c = pattern[i++];
            if (c == U'*') {
                if (i < n && pattern[i] == U'*') {
                    ++i;
                    if (i < n && pattern[i] == U'/')
                        ++i;
                    if (i >= n) {
                        if (kind == Kind::Exact) {
                            kind = Kind::Prefix;
                        } else {
                            piece(Op::AnyRest);
                            kind = Kind::Regex;
                        }
                    } else {
                        piece(Op::AnyFolders);
                        kind = Kind::Regex;
                    }
                    if (start == 0)
                        kind = Kind::Suffix;
                } else {
                    piece(Op::AnyInName);
                    kind = Kind::Regex;
                }
            } else if (c == U'?') {
                piece(Op::OneInName);
                kind = Kind::Regex;
            } else if (c == U'\\') {
                // validGlob allows no dangling escape: the next character stands for itself.
                piece(Op::Char, i < n ? pattern[i++] : c);
                kind = Kind::Regex;
            } else if (c == U'[') {
                // validGlob has checked the class is well formed.
                Piece cls{Op::Class, 0, false, {}};
                if (i < n && pattern[i] == U'^') {
                    cls.negated = true;
                    ++i;
                }
                auto member = [&] {
                    if (i + 1 < n && pattern[i] == U'\\')
                        ++i;
                    return i < n ? pattern[i++] : char32_t(0);
                };
                while (i < n && pattern[i] != U']') {
                    const char32_t low = member();
                    char32_t high = low;
                    if (i < n && pattern[i] == U'-') {
                        ++i;
                        high = member();
                    }
                    cls.ranges.emplace_back(low, high);
                }
                ++i; // the closing ']'
                out->pieces.push_back(std::move(cls));
                kind = Kind::Regex;
            } else if (c == U']') {
                piece(Op::Char, c);
                kind = Kind::Regex;
            } else if (c == U'^') {
                piece(Op::Start); // Docker leaves it unescaped: an anchor in its regex
            } else {
                piece(Op::Char, c);
            }
        }
        out->kind = kind;
        out->slashes = int(std::count_if(out->pieces.begin(), out->pieces.end(),
                                         [](const Piece &p) { return p.op == Op::Char && p.c == U'/'; }));
        for (const Piece &p : out->pieces) {
            if (p.op == Op::AnyFolders || p.op == Op::AnyRest || p.op == Op::Class)
                out->slashes = -1;
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
                                                  + printable(line) + "'");
        if (line.size() > maxPatternLength)
            return Outcome<DockerIgnore>::failure("line " + std::to_string(lineNumber) + ": a pattern longer than "
                                                  + std::to_string(maxPatternLength) + " characters");
        if (result.m_patterns.size() == maxPatterns)
            return Outcome<DockerIgnore>::failure("more than " + std::to_string(maxPatterns) + " patterns");
        auto compiled = Compiled::compile(line);
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
    // "a", then "a/b", then "a/b/c": each prefix is matched once.
    PathMatches matches;
    for (size_t slash = file.find('/');; slash = file.find('/', slash + 1)) {
        matches = matchesWithParents(file.substr(0, slash), matches);
        if (slash == std::string::npos)
            return excludedBy(matches);
    }
}

DockerIgnore::PathMatches DockerIgnore::matchesWithParents(const std::string &path, const PathMatches &parent) const
{
    PathMatches matches(m_patterns.size(), false);
    const std::u32string path32 = QString::fromStdString(path).toStdU32String();
    const int slashes = int(std::count(path.begin(), path.end(), '/'));
    for (size_t i = 0; i < m_patterns.size(); ++i)
        matches[i] = (i < parent.size() && parent[i]) || m_compiled[i]->matches(path, path32, slashes);
    return matches;
}

bool DockerIgnore::excludedBy(const PathMatches &matches) const
{
    bool excluded = false;
    for (size_t i = 0; i < m_patterns.size() && i < matches.size(); ++i) {
        if (matches[i])
            excluded = !m_patterns[i].exclusion; // the last matching line decides
    }
    return excluded;
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
