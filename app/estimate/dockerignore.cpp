#include "estimate/dockerignore.h"

#include "common/printable.h"
#include "common/translated.h"

#include <algorithm>
#include <array>
#include <unordered_map>

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

namespace {

// One code point of UTF-8 text, as Go's utf8.DecodeRune reads it: a byte that does not
// start a valid sequence (overlong, a surrogate, past U+10FFFF, cut short) reads as U+FFFD
// and advances by one byte.
char32_t decodeUtf8(const char *&p, const char *end)
{
    const auto b0 = static_cast<unsigned char>(*p);
    if (b0 < 0x80) {
        ++p;
        return b0;
    }
    auto continuation = [&](std::ptrdiff_t i) {
        return p + i < end && (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
    };
    int length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        c = b0 & 0x1F;
        minimum = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        c = b0 & 0x0F;
        minimum = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        c = b0 & 0x07;
        minimum = 0x10000;
    }
    for (int i = 1; i < length; ++i) {
        if (!continuation(i)) {
            length = 0;
            break;
        }
        c = (c << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
    }
    if (length == 0 || c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++p;
        return 0xFFFD;
    }
    p += length;
    return c;
}

// One line's lazily built DFA: each state set met gets a number, with its ASCII
// transitions filled in as they are taken (non-ASCII code points step the automaton).
struct LineCache
{
    static constexpr std::uint32_t Unknown = 0xFFFFFFFF;
    // Hostile lines can meet many sets; past this many the cache starts over.
    static constexpr std::size_t MaxSets = 4096;

    struct SetHash
    {
        std::size_t operator()(const std::vector<std::uint32_t> &set) const
        {
            std::size_t h = 1469598103934665603ull;
            for (const std::uint32_t s : set)
                h = (h ^ s) * 1099511628211ull;
            return h;
        }
    };
    std::unordered_map<std::vector<std::uint32_t>, std::uint32_t, SetHash> ids;
    std::vector<std::vector<std::uint32_t>> sets;
    std::vector<std::array<std::uint32_t, 128>> ascii;

    void clear()
    {
        ids.clear();
        sets.clear();
        ascii.clear();
    }

    std::uint32_t intern(std::vector<std::uint32_t> set)
    {
        std::sort(set.begin(), set.end());
        const auto [it, added] = ids.emplace(set, static_cast<std::uint32_t>(sets.size()));
        if (added) {
            sets.push_back(std::move(set));
            ascii.emplace_back();
            ascii.back().fill(Unknown);
        }
        return it->second;
    }
};

} // namespace

struct DockerIgnore::Scratch::Cache
{
    // Across all lines; past it every line's cache starts over, so memory stays bounded
    // whatever the number of lines (each set carries a 512-byte table).
    static constexpr std::size_t MaxSets = 65536;
    std::vector<LineCache> lines;
    std::size_t sets = 0;

    // Before reading with `line`; no set of any line is in use at that point.
    void makeRoom(LineCache &line)
    {
        if (sets >= MaxSets) {
            for (LineCache &each : lines)
                each.clear();
            sets = 0;
        } else if (line.sets.size() >= LineCache::MaxSets) {
            sets -= line.sets.size();
            line.clear();
        }
    }
};

DockerIgnore::Scratch::Scratch() = default;
DockerIgnore::Scratch::~Scratch() = default;
DockerIgnore::Scratch::Scratch(Scratch &&) noexcept = default;
DockerIgnore::Scratch &DockerIgnore::Scratch::operator=(Scratch &&) noexcept = default;

namespace {

} // namespace

// Docker turns each pattern into one of four matchers; the plain ones compare bytes.
// Their quirks are Docker's (e.g. `**foo` matches "barfoo"), kept on purpose. Docker's
// regex is matched here by a small automaton over the pattern's pieces instead of a
// backtracking engine: `**/**/**/...` or `*a*a*a*...` cost time proportional to pattern
// length times path length, never exponential time. The automaton reads a path one code
// point at a time and its states after "folder/" are kept by walks, so an entry costs
// the length of its own name.
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

    // Exact, Prefix and Suffix, on the whole clean path.
    bool matchesPath(std::string_view path) const
    {
        switch (kind) {
        case Kind::Exact:
            return path == text;
        case Kind::Prefix:
            return path.substr(0, text.size() - 2) == std::string_view(text).substr(0, text.size() - 2);
        case Kind::Suffix: {
            const std::string_view suffix = std::string_view(text).substr(2);
            if (path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix)
                return true;
            return !suffix.empty() && suffix[0] == '/' && path == suffix.substr(1);
        }
        case Kind::Regex:
            break;
        }
        return false;
    }

    std::size_t stateCount() const { return 2 * pieces.size() + 1; }

    // States 0..m are "before piece i" (m: the whole pattern matched); m+1+i is "inside the
    // `.*` of the `(.*/)?` at i", which cannot end without a '/'. Adds `state` and every
    // state reachable from it without reading a character.
    void add(std::vector<std::uint32_t> &set, std::uint32_t state, bool atStart, Scratch &scratch) const
    {
        const std::size_t m = pieces.size();
        scratch.pending.assign(1, state);
        while (!scratch.pending.empty()) {
            const std::uint32_t s = scratch.pending.back();
            scratch.pending.pop_back();
            if (scratch.seen[s] == scratch.generation)
                continue;
            scratch.seen[s] = scratch.generation;
            if (s >= m) {
                set.push_back(s);
                continue;
            }
            const Op op = pieces[s].op;
            if (op == Op::Start) {
                if (atStart)
                    scratch.pending.push_back(s + 1);
                continue;
            }
            set.push_back(s);
            if (op == Op::AnyInName || op == Op::AnyRest || op == Op::AnyFolders)
                scratch.pending.push_back(s + 1);
        }
    }

    static void nextGeneration(Scratch &scratch)
    {
        if (++scratch.generation == 0) {
            std::fill(scratch.seen.begin(), scratch.seen.end(), 0);
            scratch.generation = 1;
        }
    }

    void start(std::vector<std::uint32_t> &set, Scratch &scratch) const
    {
        nextGeneration(scratch);
        set.clear();
        add(set, 0, true, scratch);
    }

    // The states after reading `ch` from the states `current`.
    void step(const std::vector<std::uint32_t> &current, char32_t ch, std::vector<std::uint32_t> &next,
              Scratch &scratch) const
    {
        const std::uint32_t m = static_cast<std::uint32_t>(pieces.size());
        nextGeneration(scratch);
        next.clear();
        for (const std::uint32_t s : current) {
            if (s > m) { // inside (.*/)? at s - m - 1
                if (ch == U'/')
                    add(next, s - m, false, scratch);
                if (ch != U'\n')
                    add(next, s, false, scratch);
                continue;
            }
            if (s == m)
                continue;
            const Piece &piece = pieces[s];
            switch (piece.op) {
            case Op::Char:
                if (ch == piece.c)
                    add(next, s + 1, false, scratch);
                break;
            case Op::OneInName:
                if (ch != U'/')
                    add(next, s + 1, false, scratch);
                break;
            case Op::Class:
                if (piece.inClass(ch))
                    add(next, s + 1, false, scratch);
                break;
            case Op::AnyInName:
                if (ch != U'/')
                    add(next, s, false, scratch);
                break;
            case Op::AnyRest:
                if (ch != U'\n')
                    add(next, s, false, scratch);
                break;
            case Op::AnyFolders:
                if (ch == U'/')
                    add(next, s + 1, false, scratch);
                if (ch != U'\n')
                    add(next, m + 1 + s, false, scratch);
                break;
            case Op::Start:
                break;
            }
        }
    }

    // Reads `bytes` from the states `from`; returns the number of the states reached in
    // `line`, whose sets are sorted.
    std::uint32_t read(const std::vector<std::uint32_t> &from, std::string_view bytes, LineCache &line,
                       Scratch &scratch) const
    {
        std::uint32_t id = line.intern(from);
        const char *p = bytes.data();
        const char *end = p + bytes.size();
        while (p < end && !line.sets[id].empty()) {
            const auto byte = static_cast<unsigned char>(*p);
            if (byte < 0x80) {
                ++p;
                std::uint32_t target = line.ascii[id][byte];
                if (target == LineCache::Unknown) {
                    step(line.sets[id], byte, scratch.next, scratch);
                    target = line.intern(scratch.next);
                    line.ascii[id][byte] = target;
                }
                id = target;
            } else {
                const char32_t ch = decodeUtf8(p, end);
                step(line.sets[id], ch, scratch.next, scratch);
                id = line.intern(scratch.next);
            }
        }
        return id;
    }

    bool accepts(const std::vector<std::uint32_t> &states) const
    {
        return std::find(states.begin(), states.end(), pieces.size()) != states.end();
    }

    static std::unique_ptr<Compiled> compile(const std::string &patternText)
    {
        auto out = std::make_unique<Compiled>();
        out->text = patternText;
        std::u32string pattern;
        for (const char *p = patternText.data(), *end = p + patternText.size(); p < end;)
            pattern.push_back(decodeUtf8(p, end));
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
    , m_maxStates(other.m_maxStates)
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
            return Outcome<DockerIgnore>::failure(withArgs(coreText("estimate", "line %1: a '!' needs a pattern after it"),
                                                           {std::to_string(lineNumber)}));
        if (!validGlob(line))
            return Outcome<DockerIgnore>::failure(
                withArgs(coreText("estimate", "line %1: malformed pattern '%2'"), {std::to_string(lineNumber), printable(line)}));
        if (line.size() > maxPatternLength)
            return Outcome<DockerIgnore>::failure(withArgs(coreText("estimate", "line %1: a pattern longer than %2 characters"),
                                                           {std::to_string(lineNumber), std::to_string(maxPatternLength)}));
        if (result.m_patterns.size() == maxPatterns)
            return Outcome<DockerIgnore>::failure(withArgs(coreText("estimate", "more than %1 patterns"), {std::to_string(maxPatterns)}));
        auto compiled = Compiled::compile(line);
        pattern.text = line;
        if (pattern.exclusion) {
            result.m_hasExclusions = true;
            if (hasGlobCharacters(line))
                result.m_exclusionsArePlain = false;
        }
        result.m_maxStates = std::max(result.m_maxStates, compiled->stateCount());
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
    // "a", then "a/b", then "a/b/c", as a walk reaches them.
    Scratch scratch;
    Position folder = root();
    for (std::size_t start = 0;;) {
        const std::size_t slash = file.find('/', start);
        const std::string_view name = std::string_view(file).substr(start, slash - start);
        if (slash == std::string::npos)
            return excludesEntry(folder, file, name, scratch);
        Position entered;
        excludesEntry(folder, std::string_view(file).substr(0, slash), name, scratch, &entered);
        folder = std::move(entered);
        start = slash + 1;
    }
}

DockerIgnore::Position DockerIgnore::root() const
{
    Position position;
    position.matched.assign(m_patterns.size(), 0);
    position.states.resize(m_patterns.size());
    Scratch scratch;
    scratch.seen.assign(m_maxStates, 0);
    for (std::size_t i = 0; i < m_compiled.size(); ++i) {
        if (m_compiled[i]->kind == Compiled::Kind::Regex)
            m_compiled[i]->start(position.states[i], scratch);
    }
    return position;
}

bool DockerIgnore::excludesEntry(const Position &folder, std::string_view path, std::string_view name,
                                 Scratch &scratch, Position *entered) const
{
    const std::size_t n = m_patterns.size();
    if (entered) {
        entered->matched.assign(n, 0);
        entered->states.resize(n);
    }
    if (scratch.seen.size() < m_maxStates)
        scratch.seen.resize(m_maxStates, 0);
    if (!scratch.cache)
        scratch.cache = std::make_unique<Scratch::Cache>();
    if (scratch.cache->lines.size() < n)
        scratch.cache->lines.resize(n);
    bool decided = false;
    bool excluded = false;
    // The last matching line decides: read from the end, and stop at the first match
    // unless the entry is a folder whose position is wanted.
    for (std::size_t i = n; i-- > 0;) {
        const Compiled &compiled = *m_compiled[i];
        bool matches = folder.matched[i];
        if (!matches) {
            if (compiled.kind != Compiled::Kind::Regex) {
                matches = compiled.matchesPath(path);
            } else if (!folder.states[i].empty()) {
                LineCache &line = scratch.cache->lines[i];
                // Not inside read(): the sets read from must outlive the reading.
                scratch.cache->makeRoom(line);
                const std::size_t before = line.sets.size();
                const std::uint32_t reached = compiled.read(folder.states[i], name, line, scratch);
                matches = compiled.accepts(line.sets[reached]);
                if (entered && !matches && !line.sets[reached].empty())
                    entered->states[i] = line.sets[compiled.read(line.sets[reached], "/", line, scratch)];
                scratch.cache->sets += line.sets.size() - before;
            }
        }
        if (entered)
            entered->matched[i] = matches;
        if (matches && !decided) {
            decided = true;
            excluded = !m_patterns[i].exclusion;
            if (!entered)
                break;
        }
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
