#pragma once

#include <nlohmann/json_fwd.hpp>

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace stagecraft {

class Catalog;

// How sure a conclusion is: a lockfile or an explicit setting is certain, a dependency
// name is likely, a default is a guess.
enum class Confidence { Certain, Likely, Guess };

// "certain", "likely", "guess": the words the JSON output and the UI use.
std::string toString(Confidence confidence);

// One fact the scan relied on: which file (relative to the scanned folder, '/'-separated)
// and what in it. Paths keep the file system's bytes (not always UTF-8); toJson() and
// QString::fromStdString replace invalid sequences with U+FFFD.
struct Evidence
{
    std::string file;
    std::string finding;
    Confidence confidence = Confidence::Guess;
    // The conclusion it supports: "stack", "packageManager", "languageVersion",
    // "buildCommand", "startCommand", "port", "files", "buildOutput", "startFile", "bind", "refusal",
    // or "" for other findings (options, main
    // packages, TypeScript output). Not part of the JSON output.
    std::string about;
    bool operator==(const Evidence &) const = default;
};

// A project found inside a monorepo. Scan it with ScanOptions::project = path.
struct DetectedProject
{
    std::string path;     // relative to the scanned folder, '/'-separated, never "."
    std::string stack;    // a stack id, or empty when Stagecraft has no stack for it
    std::string language; // node, go, python, rust, java, dotnet, php, ruby
    std::string name;     // package name or module path when the manifest has one
    bool operator==(const DetectedProject &) const = default;
};

// What a folder says about itself. Empty strings mean "not found".
struct DetectionResult
{
    std::string stack;    // node | nextjs | go | python, or empty
    std::string reason;   // why stack is empty, one plain sentence
    std::string language; // the recognised language even when no stack fits it
    std::string project;  // the scanned project relative to the folder ("" = the folder itself)
    std::string packageManager; // npm | pnpm | yarn | yarn-berry | bun | pip | poetry | uv | go
    std::string languageVersion; // reduced to what a template needs: "20", "1.22", "3.12", "21", "8.0"
    std::string buildCommand;
    std::string startCommand;
    int port = 0;            // 0: no port found
    bool portIsGuess = true; // false only when the project states it (an existing EXPOSE)
    // Stack-specific values a template can use, e.g. "mainPackage" (Go), "outputDir"
    // (TypeScript), "wsgiModule" (Django), "nextStandalone" ("true"/"false").
    std::map<std::string, std::string> options;
    // Go: every main package ("." or "./cmd/api"). More than one is a choice for the user;
    // options["mainPackage"] is set only when there is exactly one.
    std::vector<std::string> mainPackages;
    std::vector<DetectedProject> projects;

    // The project model: the facts a Dockerfile must fit. Paths are relative to the project
    // folder (the build context), '/'-separated; folders end in '/'. Each fact has evidence
    // whose `about` names it ("files", "buildOutput", "startFile", "bind").
    //
    // Files and folders a Dockerfile may name or depend on that exist: lockfiles (also
    // bun.lockb), .yarnrc.yml, .yarn/releases/, .npmrc, pnpm-workspace.yaml, patches/,
    // public/, go.sum, prisma/schema.prisma, manage.py, Procfile, ... Sorted, unique.
    std::vector<std::string> files;
    // What buildCommand writes ("dist/", ".next/", ".output/", "build/"); empty without a build.
    std::vector<std::string> buildOutputs;
    // The file startCommand runs, as it exists after the build ("app.js", "dist/main.js",
    // "bin/www"); empty when the command runs an installed program only (gunicorn mod:app).
    std::string startFile;
    // The address the app listens on as the project is written: "0.0.0.0" (all interfaces,
    // also for "::"), "127.0.0.1" (loopback, "localhost" too), or "" when unknown.
    std::string bindAddress;
    // How that address is changed when it is loopback: "env:HOST", "env:HOSTNAME",
    // "flag:--host", "flag:-a", ... or "" when only the code can change it.
    std::string bindSetting;
    // Why the stack's template cannot fit this project (a "refusal" detection rule), or "":
    // generating from the scan is refused with it.
    std::string refusal;
    // The option values that answer the refusal when the user sets them (see DetectRule).
    std::map<std::string, std::string> refusalAnsweredBy;

    std::vector<Evidence> evidence;
    std::vector<std::string> warnings;
    std::size_t filesSeen = 0;
    bool cancelled = false;

    bool operator==(const DetectionResult &) const = default;
};

struct ScanOptions
{
    // A monorepo member to scan, relative to the folder (an entry of `projects`). Files
    // shared with the folder (lockfiles, version files) are still read from above it,
    // and evidence paths stay relative to the folder so a Dockerfile can use them.
    std::string project;
    int maxDepth = 8;                // directory levels below the folder
    std::size_t maxFiles = 1000000;  // stop walking after this many entries
    bool skipHeavyDirectories = true; // node_modules, .git, .venv, target, dist, ...
    // The stacks whose "detect" blocks the scan runs (plus resources/languages.json for
    // languages none of them declares); null: the built-in templates.
    const Catalog *catalog = nullptr;
};

// Called from the scanning thread with the number of directory entries seen so far.
using ProgressCallback = std::function<void(std::size_t filesSeen)>;

// Scans a project folder. Never throws; a broken manifest becomes a warning and the scan
// goes on. Setting *cancel to true stops the walk soon; the result then has cancelled set
// and whatever was concluded so far. Safe to call from a worker thread.
DetectionResult scanProject(const std::string &dir, const ScanOptions &options = {},
                            const ProgressCallback &progress = {},
                            const std::atomic_bool *cancel = nullptr);

// The JSON `stagecraft detect --json` prints: stack (id or null) and reason (text or
// null), packageManager, languageVersion, buildCommand, startCommand (text or null),
// port (number or null), files and buildOutputs (arrays), startFile, bindAddress and
// bindSetting and refusal (text or null), projects, evidence [{file, finding, confidence}], warnings.
nlohmann::json toJson(const DetectionResult &result);

// Directory names the walk skips by default.
const std::vector<std::string> &heavyDirectoryNames();

} // namespace stagecraft
