// The measurement as it was before issue #13 (a std::filesystem walk per question, a
// QString per matched path), kept only here so the benchmark can put the new one next to
// it in the same run and check that both give the same figures. Not used by the app.
#include "common/outcome.h"
#include "common/printable.h"
#include "estimate/bytecount.h"
#include "estimate/projectmeasure.h"
#include "legacymeasure.h"
#include "io/boundedfile.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <sys/stat.h>




namespace stagecraft::legacy {

// A parsed .dockerignore with Docker's matching rules: Go filepath.Match syntax plus `**`,
// `!` re-includes, leading and trailing slashes ignored, `#` comments in column one, and
// the last matching line decides. Paths are slash-separated and relative to the context
// root ("src/app.js"), as Docker matches them.
class DockerIgnore
{
public:
    struct Pattern
    {
        std::string text;       // cleaned, without the leading '!'
        bool exclusion = false; // a `!` line: re-includes what earlier lines excluded
        int line = 0;           // 1-based line in the file, for messages
    };

    // Reads the file's text the way the Docker CLI does. A pattern Go's filepath.Match
    // would reject fails the whole file, as it fails `docker build`.
    static Outcome<DockerIgnore> parse(const std::string &text);

    DockerIgnore();
    ~DockerIgnore();
    DockerIgnore(const DockerIgnore &other);
    DockerIgnore &operator=(const DockerIgnore &other);
    DockerIgnore(DockerIgnore &&) noexcept;
    DockerIgnore &operator=(DockerIgnore &&) noexcept;

    // Bounds on hostile files; no real .dockerignore comes near them.
    static constexpr std::size_t maxPatterns = 10000;
    static constexpr std::size_t maxPatternLength = 4096;

    // True when Docker leaves `path` out of the build context: the path itself or one of
    // its parent folders matches, and no later line re-includes it.
    bool excludes(const std::string &path) const;

    // For walks, which know a path's parent: for each pattern, whether it matches `path`
    // (clean and relative) or one of its parent folders, given the same for the parent
    // (empty at the top). Each path is matched once, where excludes() matches every parent
    // again, which made deep trees quadratic.
    using PathMatches = std::vector<bool>;
    PathMatches matchesWithParents(const std::string &path, const PathMatches &parent) const;
    // excludes() for a path whose matchesWithParents() is known.
    bool excludedBy(const PathMatches &matches) const;

    // For an excluded folder: whether the context walk still enters it because a
    // re-include line could match something inside. BuildKit skips the folder otherwise,
    // so a re-include that only names a parent of the folder does not bring files back.
    bool walksInto(const std::string &excludedFolder) const;

    const std::vector<Pattern> &patterns() const { return m_patterns; }

private:
    struct Compiled;
    std::vector<Pattern> m_patterns;
    std::vector<std::unique_ptr<Compiled>> m_compiled;
    bool m_hasExclusions = false;
    bool m_exclusionsArePlain = true;
};

// Go's path/filepath.Clean for slash-separated paths: the normal form Docker compares.
std::string cleanPath(const std::string &path);

} // namespace stagecraft::legacy





namespace stagecraft::legacy {

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

} // namespace stagecraft::legacy






namespace fs = std::filesystem;

namespace stagecraft::legacy {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// directory_iterator's ++ throws on a read error; this stops quietly instead.
template<typename F>
bool forEachEntry(const fs::path &dir, F &&f)
{
    std::error_code ec;
    fs::directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec)
        return false;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec)
            return false;
        if (!f(*it))
            break;
    }
    return !ec;
}

struct InodeKey
{
    dev_t dev;
    ino_t ino;
    bool operator==(const InodeKey &) const = default;
};

struct InodeHash
{
    size_t operator()(const InodeKey &k) const { return std::hash<ino_t>()(k.ino) ^ (std::hash<dev_t>()(k.dev) << 1); }
};

// One lstat per entry gives type, size and link count together.
class Sizer
{
public:
    // Returns the bytes the entry adds, or -1 for a folder to descend into.
    std::int64_t entryBytes(const fs::path &path, bool *isDir)
    {
        struct stat st {};
        *isDir = false;
        if (::lstat(path.c_str(), &st) != 0)
            return 0;
        if (S_ISDIR(st.st_mode)) {
            *isDir = true;
            return 0;
        }
        // Docker sends a link as a link: its own size (the target's name), never the target.
        if (S_ISLNK(st.st_mode))
            return static_cast<std::int64_t>(st.st_size);
        if (!S_ISREG(st.st_mode))
            return 0;
        if (st.st_nlink > 1 && !m_seen.insert(InodeKey{st.st_dev, st.st_ino}).second)
            return 0; // BuildKit sends later links to one inode as links, without content
        return static_cast<std::int64_t>(st.st_size);
    }

private:
    std::unordered_set<InodeKey, InodeHash> m_seen;
};

// A manifest from the project, parsed; discarded JSON when it cannot be read (a FIFO, a
// device, too large) or parsed.
nlohmann::json readManifest(const fs::path &path)
{
    const auto text = readBoundedFile(path.string(), {.maxBytes = 4 * 1024 * 1024});
    if (!text)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(text.value(), nullptr, false);
}

// A folder in its own right, not a link to one: Docker sends a link as it is, so nothing
// behind it (`.next -> /`) belongs to the image.
bool isRealFolder(const fs::path &path)
{
    std::error_code ec;
    return fs::is_directory(fs::symlink_status(path, ec));
}

struct ContextWalk
{
    const DockerIgnore &ignore;
    const MeasureOptions &options;
    Sizer sizer;
    FolderSize result;
    std::vector<std::string> *warnings = nullptr;
    bool stopped = false;

    // `matches`: which .dockerignore lines match `rel` or a folder above it, so each
    // entry is matched once whatever its depth.
    void walk(const fs::path &dir, const std::string &rel, const DockerIgnore::PathMatches &matches)
    {
        const bool readable = forEachEntry(dir, [&](const fs::directory_entry &entry) {
            if (cancelled(options.cancel)) {
                stopped = true;
                return false;
            }
            const std::string name = entry.path().filename().string();
            const std::string path = rel.empty() ? name : rel + '/' + name;
            bool isDir = false;
            const std::int64_t bytes = sizer.entryBytes(entry.path(), &isDir);
            const DockerIgnore::PathMatches entryMatches = ignore.matchesWithParents(path, matches);
            const bool excluded = ignore.excludedBy(entryMatches);
            if (isDir) {
                if (!excluded || ignore.walksInto(path))
                    walk(entry.path(), path, entryMatches);
                return !stopped;
            }
            if (excluded)
                return true;
            if (options.keptFiles) {
                if (options.keptFiles->size() >= options.maxKeptFiles) {
                    stopped = true;
                    return false;
                }
                options.keptFiles->push_back(path);
            }
            result.bytes = addBytes(result.bytes, bytes);
            ++result.files;
            if (options.progress && result.files % 4096 == 0)
                options.progress(result.files);
            return true;
        });
        if (!readable && !stopped && warnings)
            warnings->push_back("cannot read folder '" + (rel.empty() ? std::string(".") : rel) + "'");
    }
};

// Node's lookup: from a package folder, try <ancestor>/node_modules/<name> upwards,
// skipping ancestors that are node_modules folders themselves. Stops at the project root,
// since nothing above it goes into the image.
std::optional<fs::path> resolvePackage(const fs::path &from, const std::string &name, const fs::path &root)
{
    for (fs::path dir = from;; dir = dir.parent_path()) {
        if (dir.filename() != "node_modules") {
            const fs::path candidate = dir / "node_modules" / name;
            std::error_code ec;
            if (fs::exists(candidate / "package.json", ec)) {
                const fs::path real = fs::canonical(candidate, ec);
                if (!ec)
                    return real;
            }
        }
        if (dir == root || !dir.has_parent_path() || dir.parent_path() == dir)
            return std::nullopt;
    }
}

std::vector<std::string> dependencyNames(const nlohmann::json &manifest, bool includePeers)
{
    std::vector<std::string> names;
    std::vector<const char *> keys = {"dependencies", "optionalDependencies"};
    if (includePeers)
        keys.push_back("peerDependencies"); // npm 7 and later install peers of what is installed
    for (const char *key : keys) {
        auto it = manifest.find(key);
        if (it == manifest.end() || !it->is_object())
            continue;
        for (auto dep = it->begin(); dep != it->end(); ++dep)
            names.push_back(dep.key());
    }
    return names;
}

bool isInside(const fs::path &path, const fs::path &folder)
{
    auto [a, b] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return a == folder.end();
}

std::string relativeTo(const fs::path &path, const fs::path &root)
{
    return fs::relative(path, root).generic_string();
}

// Package folders below node_modules, one level of @scope included: each is a package
// whether or not anything reaches it.
void listPackages(const fs::path &nodeModules, std::vector<fs::path> &out, int depth = 0)
{
    forEachEntry(nodeModules, [&](const fs::directory_entry &entry) {
        const std::string name = entry.path().filename().string();
        std::error_code ec;
        // .bin, .package-lock.json and caches are no packages; pnpm's .pnpm comes below.
        if (name.empty() || name[0] == '.' || entry.is_symlink(ec) || !entry.is_directory(ec))
            return true;
        if (name[0] == '@') {
            listPackages(entry.path(), out, depth);
            return true;
        }
        if (fs::exists(entry.path() / "package.json", ec)) {
            out.push_back(entry.path());
            if (fs::is_directory(entry.path() / "node_modules", ec))
                listPackages(entry.path() / "node_modules", out, depth + 1);
        }
        return true;
    });
    // pnpm keeps the real packages in .pnpm/<name>@<version>/node_modules/<name>.
    const fs::path pnpm = nodeModules / ".pnpm";
    std::error_code ec;
    if (depth == 0 && fs::is_directory(pnpm, ec)) {
        forEachEntry(pnpm, [&](const fs::directory_entry &entry) {
            std::error_code typeEc;
            if (entry.is_directory(typeEc) && fs::is_directory(entry.path() / "node_modules", typeEc))
                listPackages(entry.path() / "node_modules", out, depth + 1);
            return true;
        });
    }
}

} // namespace

FolderSize measureFolder(const std::string &folder, const std::atomic_bool *cancel = nullptr,
                         const std::vector<std::string> &skipChildren = {})
{
    FolderSize size;
    if (!isRealFolder(folder))
        return size;
    size.present = true;
    Sizer sizer;
    std::deque<fs::path> pending{fs::path(folder)};
    bool top = true;
    while (!pending.empty()) {
        const fs::path dir = pending.front();
        pending.pop_front();
        forEachEntry(dir, [&](const fs::directory_entry &entry) {
            if (cancelled(cancel))
                return false;
            if (top && std::find(skipChildren.begin(), skipChildren.end(), entry.path().filename().string())
                           != skipChildren.end())
                return true;
            bool isDir = false;
            const std::int64_t bytes = sizer.entryBytes(entry.path(), &isDir);
            if (isDir) {
                pending.push_back(entry.path());
            } else {
                size.bytes = addBytes(size.bytes, bytes);
                ++size.files;
            }
            return true;
        });
        if (cancelled(cancel))
            return size;
        top = false;
    }
    return size;
}

Outcome<FolderSize> measureContext(const std::string &folder, const std::string &dockerignoreText,
                                   const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<FolderSize>::failure("'" + folder + "' is not a readable folder");
    auto ignore = DockerIgnore::parse(dockerignoreText);
    if (!ignore)
        return Outcome<FolderSize>::failure(".dockerignore " + ignore.error());
    ContextWalk walk{ignore.value(), options, {}, {}, nullptr, false};
    walk.result.present = true;
    walk.walk(fs::path(folder), {}, {});
    return Outcome<FolderSize>::success(walk.result);
}

NodeModulesSplit splitNodeModules(const std::string &projectFolder, std::vector<std::string> *warnings = nullptr,
                                  const std::atomic_bool *cancel = nullptr)
{
    NodeModulesSplit split;
    std::error_code ec;
    const fs::path root = fs::canonical(projectFolder, ec);
    if (ec)
        return split;
    const fs::path nodeModules = root / "node_modules";
    if (!isRealFolder(nodeModules))
        return split;
    split.present = true;

    const nlohmann::json rootManifest = readManifest(root / "package.json");
    if (!rootManifest.is_object()) {
        if (warnings)
            warnings->push_back("package.json is missing or not valid JSON; every installed package counts as dev");
    }

    std::set<fs::path> production;
    std::deque<std::pair<fs::path, std::vector<std::string>>> queue;
    if (rootManifest.is_object())
        queue.emplace_back(root, dependencyNames(rootManifest, false));
    while (!queue.empty() && !cancelled(cancel)) {
        auto [from, names] = std::move(queue.front());
        queue.pop_front();
        for (const std::string &name : names) {
            const auto resolved = resolvePackage(from, name, root);
            // A package linked from outside the project is not in the image; nothing there is read.
            if (!resolved || !isInside(*resolved, root) || !production.insert(*resolved).second)
                continue;
            const nlohmann::json manifest = readManifest(*resolved / "package.json");
            if (manifest.is_object())
                queue.emplace_back(*resolved, dependencyNames(manifest, true));
            else if (warnings)
                warnings->push_back("cannot read " + relativeTo(*resolved, root) + "/package.json");
        }
    }

    split.totalBytes = measureFolder(nodeModules.string(), cancel).bytes;
    std::vector<fs::path> all;
    listPackages(nodeModules, all);
    std::set<fs::path> seen;
    for (const fs::path &package : all) {
        const fs::path real = fs::canonical(package, ec);
        if (ec || !seen.insert(real).second)
            continue;
        const std::string rel = relativeTo(real, root);
        if (production.count(real))
            split.productionPackages.push_back(rel);
        else
            split.devPackages.push_back(rel);
    }
    for (const fs::path &package : production) {
        // Workspace links point outside node_modules: their files are in the context already.
        if (!isInside(package, nodeModules))
            continue;
        split.productionBytes = addBytes(split.productionBytes,
                                         measureFolder(package.string(), cancel, {"node_modules"}).bytes);
    }
    split.devBytes = split.totalBytes - split.productionBytes;
    std::sort(split.productionPackages.begin(), split.productionPackages.end());
    std::sort(split.devPackages.begin(), split.devPackages.end());
    return split;
}

Outcome<ProjectMeasurement> measureProject(const std::string &folder, const MeasureOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Outcome<ProjectMeasurement>::failure("'" + folder + "' is not a readable folder");
    const fs::path root(folder);
    ProjectMeasurement m;
    m.folder = folder;

    std::string ignoreText;
    if (options.dockerignore) {
        ignoreText = *options.dockerignore;
    } else {
        auto text = readBoundedFile((root / ".dockerignore").string(), {.maxBytes = 1024 * 1024, .missingIsSilent = true});
        if (!text && !text.error().empty())
            return Outcome<ProjectMeasurement>::failure(text.error());
        if (text)
            ignoreText = std::move(text).value();
    }
    auto ignore = DockerIgnore::parse(ignoreText);
    if (!ignore)
        return Outcome<ProjectMeasurement>::failure(".dockerignore " + ignore.error());
    ContextWalk walk{ignore.value(), options, {}, {}, &m.warnings, false};
    walk.result.present = true;
    walk.walk(root, {}, {});
    m.context = walk.result;
    if (walk.stopped) {
        m.cancelled = true;
        return Outcome<ProjectMeasurement>::success(std::move(m));
    }

    m.nodeModules = splitNodeModules(folder, &m.warnings, options.cancel);

    for (const char *venv : {".venv", "venv"}) {
        if (fs::exists(root / venv / "pyvenv.cfg", ec)) {
            m.virtualEnv = NamedSize{venv, measureFolder((root / venv).string(), options.cancel)};
            break;
        }
    }
    for (const char *output : {"dist", "build", ".next"}) {
        // Next.js keeps its build cache inside .next; no Dockerfile copies it.
        const std::vector<std::string> skip = std::string(output) == ".next" ? std::vector<std::string>{"cache"}
                                                                              : std::vector<std::string>{};
        FolderSize size = measureFolder((root / output).string(), options.cancel, skip);
        if (size.present)
            m.buildOutputs.push_back(NamedSize{output, size});
    }
    const FolderSize standalone = isRealFolder(root / ".next")
        ? measureFolder((root / ".next" / "standalone").string(), options.cancel) : FolderSize{};
    if (standalone.present)
        m.nextStandalone = NamedSize{".next/standalone", standalone};
    m.cancelled = cancelled(options.cancel);
    return Outcome<ProjectMeasurement>::success(std::move(m));
}

} // namespace stagecraft::legacy
