#pragma once

#include "common/outcome.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft {

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

    // For walks, which go from a folder to its entries: what the lines know about a folder,
    // so an entry is matched by reading its own name only, byte by byte, never the whole
    // path again. Start at root(); child() steps into an entry.
    struct Position
    {
        std::vector<char> matched;                       // per line: matches the folder or a parent
        std::vector<std::vector<std::uint32_t>> states; // per line: automaton states after "folder/"
    };
    // What a walk keeps between entries: scratch space, and for each line the automaton's
    // state sets met so far with their transitions (a lazily built DFA), so that reading a
    // name mostly costs one table lookup per byte.
    struct Scratch
    {
        Scratch();
        ~Scratch();
        Scratch(Scratch &&) noexcept;
        Scratch &operator=(Scratch &&) noexcept;
        std::vector<std::uint32_t> current, next, pending, seen;
        std::uint32_t generation = 0;
        struct Cache;
        std::unique_ptr<Cache> cache;
    };
    Position root() const;
    // Whether Docker leaves out the entry `name` of the folder at `folder`; `path` is the
    // entry's clean path. With `entered`, also where a walk stands inside the entry (a
    // folder).
    bool excludesEntry(const Position &folder, std::string_view path, std::string_view name, Scratch &scratch,
                       Position *entered = nullptr) const;

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
    std::size_t m_maxStates = 0; // of the largest automaton, for Scratch
};

// Go's path/filepath.Clean for slash-separated paths: the normal form Docker compares.
std::string cleanPath(const std::string &path);

} // namespace stagecraft
