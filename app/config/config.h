#pragma once

#include "common/outcome.h"

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <string>

namespace stagecraft {

class Catalog;
struct StackDefinition;

// OCI image labels (org.opencontainers.image.*) the final stage carries when enabled.
struct OciLabels
{
    bool enabled = false;
    std::string title;
    std::string description;
    std::string source;   // repository URL
    std::string licenses; // SPDX expression
    bool operator==(const OciLabels &) const = default;
};

// Every choice a user makes, as one value. The wizard edits it, the CLI builds it from
// flags, a preset file is its JSON form; generation reads nothing else.
struct Config
{
    std::string stack;
    std::string packageManager;
    std::string languageVersion;
    std::string base;             // alpine | slim | distroless | scratch
    bool nonRoot = true;
    int uid = 10001;
    int gid = 10001;
    bool cacheMounts = true;
    int port = 8080;
    std::string startCommand;     // one command line; becomes exec-form CMD/ENTRYPOINT
    bool healthcheck = false;
    std::string healthcheckPath = "/health";
    OciLabels labels;
    std::map<std::string, std::string> options; // stack-specific values, e.g. "mainPackage"
    bool comments = false;        // export each line's explanation as a comment above it (annotate())

    bool operator==(const Config &) const = default;
};

inline constexpr int MaxUid = 2147483647;

// The stack's defaults as a complete configuration.
Config defaultConfig(const StackDefinition &stack);

// The same configuration moved to another stack: what belongs to the stack (package
// manager, versions, base, port, start command, options) takes the new stack's defaults;
// choices that mean the same everywhere (user, cache mounts, healthcheck, labels, comments) stay.
Config switchStack(const Config &config, const StackDefinition &stack);

// The preset file format. Keys the stack leaves out keep the values in `start`.
nlohmann::json toJson(const Config &config);
Outcome<Config> configFromJson(const nlohmann::json &json, const Config &start);

// Reads a preset file (a regular file of at most 1 MiB: a FIFO, device or pipe is refused
// without blocking); the error names the file and what is wrong in it, printable.
Outcome<Config> loadPreset(const std::string &path, const Catalog &catalog);
// The preset file's text (what --save-preset and File > Save preset write, through the
// export writer, which never writes through a link and keeps a backup).
std::string presetText(const Config &config);

} // namespace stagecraft
