#pragma once

#include "common/outcome.h"

#include <memory>
#include <string>
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

} // namespace stagecraft
