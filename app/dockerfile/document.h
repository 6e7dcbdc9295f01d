#pragma once

#include <string>
#include <utility>
#include <vector>

namespace stagecraft {

// What a layer holds, so the size estimator can price it without parsing commands.
// The vocabulary is closed; the catalog loader rejects other words.
namespace Holds {
inline constexpr const char *Nothing = "";                     // metadata only (ENV, USER, ...)
inline constexpr const char *SystemPackages = "systemPackages"; // apt/apk installs
inline constexpr const char *Dependencies = "dependencies";     // production dependencies only
inline constexpr const char *AllDependencies = "allDependencies"; // dependencies including dev ones
inline constexpr const char *Sources = "sources";               // the build context
inline constexpr const char *BuildOutput = "buildOutput";       // compiled / bundled output
inline constexpr const char *Application = "application";       // the runnable app copied into the final stage
inline constexpr const char *PackageCache = "packageCache";     // caches left behind when no cache mount is used
inline constexpr const char *RuntimeFiles = "runtimeFiles";     // passwd, CA bundle, tzdata for scratch
inline constexpr const char *User = "user";                     // a user and group entry
} // namespace Holds

// One Dockerfile instruction as the generator decided it: keyword, flags, arguments,
// and the plain-language reason it is there.
struct Instruction
{
    std::string keyword;            // "RUN", "COPY", "ENV", ...
    std::vector<std::string> flags; // rendered before the arguments, e.g. "--from=build"
    std::vector<std::string> argumentLines; // one entry per rendered line (continuations)
    std::string explanation;
    std::string holds;              // one of Holds::*

    std::string arguments() const;  // the argument lines joined with spaces
    bool operator==(const Instruction &) const = default;
};

struct Stage
{
    std::string name;       // empty for the unnamed final stage
    std::string baseImage;  // an image reference, an earlier stage's name, or "scratch"
    std::string platform;   // e.g. "$BUILDPLATFORM"; empty for the default
    std::string explanation;
    std::vector<Instruction> instructions;

    bool operator==(const Stage &) const = default;
};

struct Document
{
    std::vector<Stage> stages;

    // True when the file needs BuildKit's Dockerfile frontend (RUN --mount, COPY --link, ...),
    // which is when the renderer writes the syntax directive as the first line.
    bool usesBuildKitSyntax() const;
    const Stage &finalStage() const { return stages.back(); }
    bool operator==(const Document &) const = default;
};

// Where each rendered line came from; -1 marks lines that belong to no stage or instruction.
struct LineOrigin
{
    int stage = -1;
    int instruction = -1; // -1 with stage >= 0 means the stage's FROM line
    bool operator==(const LineOrigin &) const = default;
};

struct RenderedDockerfile
{
    std::string text;
    std::vector<LineOrigin> lines; // one entry per line of text
};

inline constexpr const char *SyntaxDirective = "# syntax=docker/dockerfile:1";

RenderedDockerfile render(const Document &document);

// The explanation for a rendered line: the instruction's, or the stage's for a FROM line.
std::string explanationForLine(const Document &document, const RenderedDockerfile &rendered, int line);

// The 0-based lines [first, last] of the instruction (or FROM line) that rendered `line`,
// continuation lines included; {line, line} for a line of no instruction, {-1, -1} when
// `line` is outside the text.
std::pair<int, int> instructionLines(const RenderedDockerfile &rendered, int line);

// Where `line` of `before` is in `after`, after a change of configuration: the same text in
// the same stage, else the same instruction keyword in the same stage (its nth RUN stays its
// nth RUN), else that stage's FROM line, else the nearest line. -1 when `after` is empty.
int equivalentLine(const Document &before, const RenderedDockerfile &beforeRendered, int line, const Document &after,
                   const RenderedDockerfile &afterRendered);

} // namespace stagecraft
