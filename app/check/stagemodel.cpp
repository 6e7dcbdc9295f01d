#include "check/stagemodel.h"

#include "check/dockerfileparser.h"
#include "common/translated.h"
#include "detect/detection.h"
#include "estimate/dockerignore.h"

#include <algorithm>
#include <cctype>

namespace stagecraft {

namespace {

constexpr std::size_t maxCommandsPerRun = 256;
constexpr std::size_t maxWordsPerCommand = 512;

std::string asFolder(const std::string &path)
{
    return path.empty() || path.back() == '/' ? path : path + '/';
}

bool insideAny(const std::set<std::string> &folders, const std::string &path)
{
    const std::string folder = asFolder(path);
    // The folder itself or any parent of `path`; a parent sorts before its children.
    for (std::size_t slash = folder.find('/'); slash != std::string::npos; slash = folder.find('/', slash + 1)) {
        if (folders.count(folder.substr(0, slash + 1)))
            return true;
    }
    return false;
}

// The commands of a shell line: split at &&, ||, ;, | and newlines outside quotes.
std::vector<std::string> shellCommands(const std::string &text)
{
    std::vector<std::string> commands;
    std::string current;
    char quote = 0;
    for (std::size_t i = 0; i < text.size() && commands.size() < maxCommandsPerRun; ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            current += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            current += c;
        } else if (c == ';' || c == '|' || c == '&' || c == '\n') {
            commands.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    commands.push_back(std::move(current));
    return commands;
}

bool isAssignment(const std::string &word)
{
    const auto equals = word.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(equals),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

std::string baseName(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::vector<std::string> operands(const std::vector<std::string> &words, std::size_t from)
{
    std::vector<std::string> out;
    for (std::size_t i = from; i < words.size(); ++i)
        if (!words[i].empty() && words[i][0] != '-')
            out.push_back(words[i]);
    return out;
}

std::string flagValue(const std::vector<std::string> &words, const std::vector<std::string> &flags)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (const std::string &flag : flags) {
            if (words[i] == flag && i + 1 < words.size())
                return words[i + 1];
            if (words[i].rfind(flag + "=", 0) == 0)
                return words[i].substr(flag.size() + 1);
        }
    }
    return {};
}

// Programs whose effects the check does not need to track: system packages, users,
// permissions, caches, printing.
bool changesNothingTracked(const std::string &program)
{
    static const std::set<std::string> programs = {
        "apk", "apt-get", "apt", "dpkg", "addgroup", "adduser", "useradd", "groupadd", "usermod", "chown", "chmod",
        "rm", "echo", "printf", "true", "set", "export", "corepack", "update-ca-certificates", "ldconfig", "test",
        "[", "which", "command", "sleep", "dnf", "yum", "microdnf", "cat", "ls", "env", ":", "rmdir", "sed",
        // PHP images: extensions and Apache modules change the image's own configuration.
        "install-php-extensions", "docker-php-ext-install", "docker-php-ext-enable", "docker-php-ext-configure", "pecl",
        "a2enmod", "a2enconf", "a2dismod", "a2disconf"};
    return programs.count(program) > 0;
}

enum class Effect { Nothing, Install, Build, Unknown };

Effect nodeEffect(const std::string &tool, const std::vector<std::string> &words)
{
    const std::string sub = words.size() > 1 ? words[1] : std::string();
    const std::string script = words.size() > 2 ? words[2] : std::string();
    if ((tool == "yarn" && (sub.empty() || sub[0] == '-')) || sub == "install" || sub == "i" || sub == "ci"
        || (tool == "yarn" && sub == "workspaces" && script == "focus"))
        return Effect::Install;
    if (((sub == "run" || sub == "run-script") && script == "build") || (sub == "build" && tool != "bun"))
        return Effect::Build;
    if (sub == "prune" || sub == "cache" || sub == "config" || sub == "set" || sub == "fetch" || sub == "dedupe")
        return Effect::Nothing;
    if ((sub == "exec" || sub == "dlx" || sub == "x") && script == "prisma")
        return Effect::Nothing;
    return Effect::Unknown;
}

// `bun build` bundles the modules it names: --outfile is the one file it writes (with
// --compile, the executable), --outdir the folder. Entries are told from flag values by
// their extension, since most flags take a separate value.
Effect bunBuildEffect(StageState &stage, const std::string &cwd, const std::vector<std::string> &words)
{
    static const std::vector<std::string> extensions = {".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"};
    const std::string outfile = flagValue(words, {"--outfile"});
    const std::string outdir = flagValue(words, {"--outdir"});
    if (outfile.find('$') != std::string::npos || outdir.find('$') != std::string::npos)
        return Effect::Unknown;
    for (std::size_t i = 2; i < words.size(); ++i) {
        const std::string &word = words[i];
        const bool isModule = std::any_of(extensions.begin(), extensions.end(), [&word](const std::string &extension) {
            return word.size() > extension.size() && word.compare(word.size() - extension.size(), extension.size(), extension) == 0;
        });
        if (!isModule || word[0] == '-' || word.find('$') != std::string::npos || words[i - 1] == "--outfile")
            continue;
        stage.runReads.push_back({resolvePath(cwd, word), coreText("check", "the entry module bun build bundles")});
    }
    if (!outfile.empty())
        addPath(stage, resolvePath(cwd, outfile));
    if (!outdir.empty())
        stage.producedFolders.insert(asFolder(resolvePath(cwd, outdir)));
    return Effect::Nothing;
}

// What a cargo command leaves in the stage. `cargo build` writes its binaries to
// <target dir>/[<triple>/]<profile>/: --target-dir, else CARGO_TARGET_DIR, else ./target;
// the profile is release for --release, debug for the default dev profile.
Effect cargoEffect(StageState &stage, const std::string &cwd, const std::vector<std::string> &words)
{
    const std::string sub = words.size() > 1 ? words[1] : std::string();
    const bool locked = std::find(words.begin(), words.end(), "--locked") != words.end()
                        || std::find(words.begin(), words.end(), "--frozen") != words.end();
    // Building or fetching reads the manifest, and with --locked/--frozen the lockfile beside it.
    if (sub == "build" || sub == "b" || sub == "fetch") {
        const std::string manifest = flagValue(words, {"--manifest-path"});
        const std::string manifestPath = resolvePath(cwd, manifest.empty() ? "Cargo.toml" : manifest);
        if (manifestPath.find('$') == std::string::npos) {
            stage.runReads.push_back({manifestPath, withArgs(coreText("check", "the manifest cargo %1 reads"), {sub})});
            if (locked)
                stage.runReads.push_back({manifestPath.substr(0, manifestPath.rfind('/') + 1) + "Cargo.lock",
                                          withArgs(coreText("check", "the lockfile cargo %1 --locked needs"), {sub})});
        }
    }
    if (sub == "build" || sub == "b") {
        std::string targetDir = flagValue(words, {"--target-dir"});
        if (targetDir.empty()) {
            const auto fromEnv = stage.env.find("CARGO_TARGET_DIR");
            targetDir = fromEnv != stage.env.end() ? fromEnv->second : "target";
        }
        // dev and test build into debug/, bench into release/, a custom profile into its name.
        std::string profile = flagValue(words, {"--profile"});
        if (profile.empty())
            profile = std::find(words.begin(), words.end(), "--release") != words.end()
                              || std::find(words.begin(), words.end(), "-r") != words.end()
                          ? "release"
                          : "dev";
        if (profile == "dev" || profile == "test")
            profile = "debug";
        else if (profile == "bench")
            profile = "release";
        const std::string triple = flagValue(words, {"--target"});
        const std::string folder = targetDir + "/" + (triple.empty() ? "" : triple + "/") + profile;
        if (folder.find('$') != std::string::npos)
            return Effect::Unknown;
        const std::string path = resolvePath(cwd, folder);
        addPath(stage, asFolder(path));
        stage.producedFolders.insert(asFolder(path));
        return Effect::Nothing;
    }
    if (sub == "install") {
        const std::string root = flagValue(words, {"--root"});
        const auto home = stage.env.find("CARGO_HOME");
        const std::string bin = root.empty() ? (home != stage.env.end() ? home->second : std::string("/usr/local/cargo")) + "/bin"
                                             : resolvePath(cwd, root) + "/bin";
        if (bin.find('$') != std::string::npos)
            return Effect::Unknown;
        stage.producedFolders.insert(asFolder(resolvePath(cwd, bin)));
        return Effect::Nothing;
    }
    static const std::set<std::string> harmless = {"fetch", "clean", "version", "--version", "-V", "generate-lockfile", "metadata", "tree"};
    return harmless.count(sub) ? Effect::Nothing : Effect::Unknown;
}

// Maven and Gradle, run directly or through their wrappers: the goals and tasks that write
// the project's jar put it under target/ or build/ (the path the project's build file may
// rename inside those folders is the build's to decide); dependency warm-ups write only
// into the tool's cache.
Effect javaBuildEffect(StageState &stage, const std::string &cwd, const std::string &program,
                       const std::vector<std::string> &words)
{
    const bool maven = program == "mvn" || program == "mvnw";
    static const std::set<std::string> mavenBuilds = {"package", "install", "verify"};
    static const std::set<std::string> gradleBuilds = {"bootJar", "jar", "build", "assemble", "installDist", "shadowJar"};
    static const std::set<std::string> mavenQuiet = {"dependency:go-offline", "dependency:resolve", "dependency:resolve-plugins",
                                                     "clean", "validate", "help:evaluate"};
    bool builds = false;
    bool known = false;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string &word = words[i];
        if (word.empty() || word[0] == '-')
            continue;
        if (maven ? mavenBuilds.count(word) > 0 : gradleBuilds.count(word) > 0)
            builds = known = true;
        else if (maven ? mavenQuiet.count(word) > 0 : word == "dependencies" || word == "clean")
            known = true;
        else
            return Effect::Unknown; // a goal or task the check does not know may write anything
    }
    if (builds)
        stage.producedFolders.insert(asFolder(resolvePath(cwd, maven ? "target" : "build")));
    return known ? Effect::Nothing : Effect::Unknown;
}

// The JDK's own tools in a build: a Spring Boot jar mode that extracts layers, jdeps (which
// only prints) and jlink (which writes a runtime to --output).
Effect jdkEffect(StageState &stage, const std::string &cwd, const std::string &program, const std::vector<std::string> &words)
{
    if (program == "jdeps")
        return Effect::Nothing;
    if (program == "jlink") {
        const std::string output = flagValue(words, {"--output"});
        if (output.empty())
            return Effect::Unknown;
        stage.producedFolders.insert(asFolder(resolvePath(cwd, output)));
        return Effect::Nothing;
    }
    const bool jarMode = std::any_of(words.begin(), words.end(), [](const std::string &word) {
        return word == "-Djarmode=tools" || word == "-Djarmode=layertools";
    });
    if (!jarMode || std::find(words.begin(), words.end(), "extract") == words.end())
        return Effect::Unknown;
    const std::string destination = flagValue(words, {"--destination"});
    // Without --destination the tools mode names the folder after the jar; older layertools used the current folder.
    if (destination.empty())
        return Effect::Unknown;
    stage.producedFolders.insert(asFolder(resolvePath(cwd, destination)));
    return Effect::Nothing;
}

// The .NET CLI: restore fills the NuGet cache; publish and build write to -o/--output.
Effect dotnetEffect(StageState &stage, const std::string &cwd, const std::vector<std::string> &words)
{
    const std::string verb = words.size() > 1 ? words[1] : std::string();
    if (verb == "restore" || verb == "--info" || verb == "--version" || verb == "nuget")
        return Effect::Nothing;
    if (verb != "publish" && verb != "build")
        return Effect::Unknown;
    const std::string output = flagValue(words, {"-o", "--output"});
    if (output.empty())
        return Effect::Unknown; // bin/<configuration>/<framework>/...: the project file decides
    stage.producedFolders.insert(asFolder(resolvePath(cwd, output)));
    return Effect::Nothing;
}

// Composer writes vendor/ (or COMPOSER_VENDOR_DIR) next to composer.json; dump-autoload
// writes into it, dump-env writes .env.local.php. Scripts run the project's own code.
Effect composerEffect(StageState &stage, const std::string &cwd, const std::vector<std::string> &words)
{
    const std::string &verb = words[1];
    const auto vendor = stage.env.find("COMPOSER_VENDOR_DIR");
    const std::string vendorDir = vendor != stage.env.end() ? vendor->second : "vendor";
    if (verb == "install" || verb == "update" || verb == "require") {
        stage.producedFolders.insert(asFolder(resolvePath(cwd, vendorDir)));
        return Effect::Nothing;
    }
    if (verb == "dump-autoload" || verb == "dumpautoload" || verb == "check-platform-reqs" || verb == "validate"
        || verb == "config" || verb == "diagnose" || verb == "--version")
        return Effect::Nothing;
    if (verb == "dump-env") {
        addPath(stage, resolvePath(cwd, ".env.local.php"));
        return Effect::Nothing;
    }
    return Effect::Unknown;
}

// Bundler installs into BUNDLE_PATH (the ruby images' GEM_HOME, /usr/local/bundle, when
// unset); bootsnap only fills its cache; `rails assets:precompile` writes public/assets.
Effect rubyEffect(StageState &stage, const std::string &cwd, const std::string &program, const std::vector<std::string> &words)
{
    if (program == "bundle" && words[1] == "install") {
        const auto path = stage.env.find("BUNDLE_PATH");
        stage.producedFolders.insert(asFolder(resolvePath(cwd, path != stage.env.end() ? path->second : "/usr/local/bundle")));
        return Effect::Nothing;
    }
    if (program == "bundle" && (words[1] == "config" || words[1] == "check" || words[1] == "clean"))
        return Effect::Nothing;
    if (program == "bundle" && words[1] == "exec" && words.size() > 2 && baseName(words[2]) == "bootsnap")
        return Effect::Nothing;
    if (program == "rails" && words[1] == "assets:precompile") {
        stage.producedFolders.insert(asFolder(resolvePath(cwd, "public/assets")));
        return Effect::Nothing;
    }
    return Effect::Unknown;
}

// Deno installs and caches into DENO_DIR (the Deno images set /deno-dir; elsewhere it is
// under the user's home, which the check does not follow); `deno compile -o FILE` writes FILE.
Effect denoEffect(StageState &stage, const std::string &cwd, const std::vector<std::string> &words)
{
    const std::string &verb = words[1];
    if (verb == "ci" || verb == "install" || verb == "i" || verb == "cache" || verb == "add") {
        const auto dir = stage.env.find("DENO_DIR");
        if (dir == stage.env.end() || dir->second.find('$') != std::string::npos)
            return Effect::Unknown;
        stage.producedFolders.insert(asFolder(resolvePath(cwd, dir->second)));
        return Effect::Nothing;
    }
    if (verb == "compile") {
        const std::string output = flagValue(words, {"--output", "-o"});
        if (output.empty() || output.find('$') != std::string::npos)
            return Effect::Unknown; // named after the entry module
        addPath(stage, resolvePath(cwd, output));
        return Effect::Nothing;
    }
    static const std::set<std::string> harmless = {"check", "fmt", "lint", "info", "--version", "-V", "types"};
    return harmless.count(verb) ? Effect::Nothing : Effect::Unknown;
}

} // namespace

void addPath(StageState &stage, const std::string &path)
{
    if (path.empty() || path[0] != '/')
        return;
    stage.paths.insert(path);
    for (std::size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1))
        stage.paths.insert(path.substr(0, slash + 1));
}

std::string resolvePath(const std::string &workdir, const std::string &path)
{
    const std::string joined = !path.empty() && path[0] == '/' ? path : asFolder(workdir) + path;
    std::string clean = cleanPath(joined);
    if (clean.empty() || clean[0] != '/')
        clean = '/' + clean;
    return clean;
}

Presence lookup(const std::vector<StageState> &stages, int index, const std::string &path)
{
    bool unknown = false;
    bool owned = false;
    // Down the base-stage chain; indexes only decrease, so this ends.
    for (int at = index; at >= 0 && at < static_cast<int>(stages.size()); at = stages[at].baseStage) {
        const StageState &stage = stages[at];
        if (stage.paths.count(path) || stage.paths.count(asFolder(path)) || insideAny(stage.producedFolders, path))
            return Presence::There;
        if (stage.imageFiles.ships(path))
            return Presence::There;
        if (!stage.unknownRuns.empty())
            unknown = true;
        owned = owned || insideAny(stage.ownedFolders, path);
        // What the base image holds outside the folders the Dockerfile made its own is
        // unknown unless the table lists all of it.
        if (stage.baseStage < 0 && !owned && !stage.imageFiles.complete)
            unknown = true;
    }
    return unknown ? Presence::Unknown : Presence::Missing;
}

void applyRun(StageState &stage, const std::string &shellText, const DetectionResult *project, int line,
              const std::string &shown)
{
    std::string cwd = stage.workdir;
    bool unknown = false;
    stage.runReads.clear();
    for (const std::string &command : shellCommands(shellText)) {
        std::vector<std::string> words = shellWords(command, maxWordsPerCommand);
        // Redirections create files; the words after them are not arguments.
        for (std::size_t i = 0; i < words.size();) {
            const std::string &word = words[i];
            const auto redirect = word.find('>');
            // "> file", ">file", "2>file"; "2>&1" and a '>' inside quoted code are no files.
            const bool isRedirect = redirect != std::string::npos
                                    && (redirect == 0 || (redirect == 1 && std::isdigit(static_cast<unsigned char>(word[0]))))
                                    && word.find('&', redirect) == std::string::npos;
            if (!isRedirect) {
                ++i;
                continue;
            }
            std::string target = word.substr(word.find_first_not_of(">&", redirect) == std::string::npos
                                                 ? word.size()
                                                 : word.find_first_not_of(">&", redirect));
            std::size_t erase = 1;
            if (target.empty() && i + 1 < words.size()) {
                target = words[i + 1];
                erase = 2;
            }
            if (!target.empty() && target.rfind("/dev/", 0) != 0 && target.find('$') == std::string::npos)
                addPath(stage, resolvePath(cwd, target));
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i),
                        words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), i + erase)));
        }
        while (!words.empty() && isAssignment(words.front()))
            words.erase(words.begin());
        if (words.empty())
            continue;
        const std::string program = baseName(words[0]);
        const std::string joined = [&] {
            std::string text;
            for (const std::string &word : words)
                text += (text.empty() ? "" : " ") + word;
            return text;
        }();
        Effect effect = Effect::Unknown;
        if (project && !project->buildCommand.empty() && joined == project->buildCommand) {
            effect = Effect::Build;
        } else if (changesNothingTracked(program)) {
            effect = Effect::Nothing;
        } else if (program == "cd") {
            if (words.size() > 1)
                cwd = resolvePath(cwd, words[1]);
            effect = Effect::Nothing;
        } else if (program == "mkdir" || program == "touch" || program == "ln" || program == "cp" || program == "mv") {
            const std::vector<std::string> args = operands(words, 1);
            if (program == "mkdir" || program == "touch") {
                for (const std::string &arg : args)
                    addPath(stage, resolvePath(cwd, arg) + (program == "mkdir" ? "/" : ""));
            } else if (!args.empty()) {
                const std::string target = resolvePath(cwd, args.back());
                addPath(stage, target);
                stage.producedFolders.insert(asFolder(target));
            }
            effect = Effect::Nothing;
        } else if (program == "bun" && words.size() > 1 && words[1] == "build") {
            effect = bunBuildEffect(stage, cwd, words);
        } else if (program == "npm" || program == "yarn" || program == "pnpm" || program == "bun") {
            effect = nodeEffect(program, words);
        } else if (program == "npx" || program == "bunx") {
            effect = words.size() > 1 && words[1] == "prisma" ? Effect::Nothing : Effect::Unknown;
        } else if (program == "uv" && words.size() > 1 && words[1] == "sync") {
            const auto custom = stage.env.find("UV_PROJECT_ENVIRONMENT");
            stage.producedFolders.insert(asFolder(resolvePath(cwd, custom != stage.env.end() ? custom->second : ".venv")));
            effect = Effect::Nothing;
        } else if ((program == "uv" && words.size() > 2 && words[1] == "venv")
                   || (program.rfind("python", 0) == 0 && words.size() > 3 && words[1] == "-m" && words[2] == "venv")) {
            const std::vector<std::string> args = operands(words, program == "uv" ? 2 : 3);
            if (!args.empty())
                stage.producedFolders.insert(asFolder(resolvePath(cwd, args.front())));
            effect = Effect::Nothing;
        } else if (program == "uv" && words.size() > 1 && words[1] == "pip") {
            effect = Effect::Nothing;
        } else if (program == "poetry") {
            const auto inProject = stage.env.find("POETRY_VIRTUALENVS_IN_PROJECT");
            if (words.size() > 1 && (words[1] == "install" || words[1] == "sync") && inProject != stage.env.end()
                && (inProject->second == "true" || inProject->second == "1"))
                stage.producedFolders.insert(asFolder(resolvePath(cwd, ".venv")));
            effect = Effect::Nothing;
        } else if (program == "pip" || program == "pip3"
                   || (program.rfind("python", 0) == 0 && words.size() > 2 && words[1] == "-m" && words[2] == "pip")) {
            const std::string target = flagValue(words, {"--target", "-t", "--prefix", "--root"});
            if (!target.empty())
                stage.producedFolders.insert(asFolder(resolvePath(cwd, target)));
            effect = Effect::Nothing;
        } else if (program.rfind("python", 0) == 0 && words.size() > 2 && words[1] == "-m" && words[2] == "compileall") {
            effect = Effect::Nothing;
        } else if (program == "cargo") {
            effect = cargoEffect(stage, cwd, words);
        } else if (program == "mvn" || program == "mvnw" || program == "gradle" || program == "gradlew") {
            effect = javaBuildEffect(stage, cwd, program, words);
        } else if (program == "dotnet") {
            effect = dotnetEffect(stage, cwd, words);
        } else if (program == "java" || program == "jdeps" || program == "jlink") {
            effect = jdkEffect(stage, cwd, program, words);
        } else if (program == "composer" && words.size() > 1) {
            effect = composerEffect(stage, cwd, words);
        } else if (program == "deno" && words.size() > 1) {
            effect = denoEffect(stage, cwd, words);
        } else if ((program == "bundle" || program == "rails") && words.size() > 1) {
            effect = rubyEffect(stage, cwd, program, words);
        } else if (program == "go" && words.size() > 1) {
            if (words[1] == "build") {
                const std::string output = flagValue(words, {"-o"});
                if (!output.empty()) {
                    const std::string target = resolvePath(cwd, output);
                    addPath(stage, output.back() == '/' ? asFolder(target) : target);
                    if (output.back() == '/')
                        stage.producedFolders.insert(asFolder(target));
                    effect = Effect::Nothing;
                }
            } else if (words[1] == "mod" || words[1] == "install" || words[1] == "env" || words[1] == "version") {
                effect = Effect::Nothing;
            }
        }
        if (effect == Effect::Install) {
            stage.producedFolders.insert(asFolder(resolvePath(cwd, "node_modules")));
        } else if (effect == Effect::Build) {
            // A model with a build command but no outputs could not tell them; one with no
            // build command says the project builds nothing.
            if (!project || (!project->buildCommand.empty() && project->buildOutputs.empty())) {
                effect = Effect::Unknown;
            } else {
                for (const std::string &output : project->buildOutputs)
                    stage.producedFolders.insert(asFolder(resolvePath(cwd, output)));
            }
        }
        if (effect == Effect::Unknown)
            unknown = true;
    }
    if (unknown)
        stage.unknownRuns.push_back(withArgs(coreText("check", "%1: the check cannot tell what this RUN creates"),
                                             {withArgs(coreText("check", "line %1: %2"), {std::to_string(line), shown})}));
}

} // namespace stagecraft
