#include "common/translated.h"
#include "config/valuerules.h"
#include "detect/detectors.h"
#include "detect/nodeframeworks.h"
#include "detect/nodestart.h"
#include "detect/versions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <regex>
#include <sstream>

namespace stagecraft {

namespace {

using nlohmann::json;

std::string stringAt(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool hasDependency(const json &package, const std::string &name, const char **where)
{
    for (const char *section : {"dependencies", "devDependencies", "peerDependencies"}) {
        const auto found = package.find(section);
        if (found != package.end() && found->is_object() && found->contains(name)) {
            if (where)
                *where = section;
            return true;
        }
    }
    return false;
}

// "pnpm@9.1.0+sha512..." as Corepack writes it.
std::string managerFromField(const std::string &field)
{
    const auto at = field.find('@');
    const std::string name = field.substr(0, at);
    const std::string version = at == std::string::npos ? std::string() : field.substr(at + 1);
    if (name == "yarn") {
        const std::string major = reduceNodeVersion(version);
        return !major.empty() && major != "1" ? "yarn-berry" : "yarn";
    }
    if (name == "npm" || name == "pnpm" || name == "bun")
        return name;
    return {};
}

std::string runScript(const std::string &manager, const std::string &script)
{
    if (manager == "yarn" || manager == "yarn-berry")
        return "yarn " + script;
    if (manager.empty())
        return "npm run " + script;
    return manager + " run " + script;
}

// tsconfig.json allows trailing commas; nlohmann (with comments allowed) does not.
std::string withoutTrailingCommas(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        if (c == ',') {
            std::size_t next = i + 1;
            while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next])))
                ++next;
            if (next < text.size() && (text[next] == '}' || text[next] == ']'))
                continue;
        }
        out += c;
    }
    return out;
}

void detectPackageManager(ScanContext &context, const json &package, const std::string &packageFile)
{
    DetectionResult &result = context.result();
    struct Lock { const char *file; const char *manager; };
    static const std::array<Lock, 6> locks = {{
        {"pnpm-lock.yaml", "pnpm"}, {"bun.lock", "bun"}, {"bun.lockb", "bun"},
        {"yarn.lock", "yarn"}, {"package-lock.json", "npm"}, {"npm-shrinkwrap.json", "npm"},
    }};
    std::vector<std::pair<std::string, std::string>> found; // file, manager
    for (const Lock &lock : locks) {
        const std::string path = context.findUp(lock.file);
        if (path.empty())
            continue;
        std::string manager = lock.manager;
        if (manager == "yarn") {
            const std::string yarnrc = context.findUp(".yarnrc.yml");
            const auto text = context.read(path);
            // Berry lockfiles start with a __metadata block; classic ones never have it.
            if (!yarnrc.empty() || (text && text->find("__metadata:") != std::string::npos))
                manager = "yarn-berry";
        }
        found.emplace_back(path, manager);
    }

    const std::string field = stringAt(package, "packageManager");
    const std::string fromField = managerFromField(field);
    if (!fromField.empty()) {
        context.setOnce(result.packageManager, fromField, packageFile,
                        "\"packageManager\": \"" + field.substr(0, field.find('+')) + "\"", Confidence::Certain);
    } else if (!field.empty()) {
        context.warn(withArgs(coreText("scan", "%1: packageManager \"%2\" is not one Stagecraft knows"), {packageFile, field}));
    }
    for (const auto &[file, manager] : found) {
        if (result.packageManager.empty()) {
            context.setOnce(result.packageManager, manager, file,
                            manager == "yarn-berry" ? withArgs(coreText("scan", "lockfile %1 (Yarn Berry)"), {fileNameOf(file)})
                                                    : withArgs(coreText("scan", "lockfile %1"), {fileNameOf(file)}),
                            Confidence::Certain);
        } else if (manager != result.packageManager) {
            context.warn(withArgs(coreText("scan", "%1: lockfile of %2 while the project uses %3; delete the stale lockfile"),
                                  {file, manager, result.packageManager}));
        }
    }
    if (result.packageManager.empty()) {
        const std::string yarnrc = context.findUp(".yarnrc.yml");
        if (!yarnrc.empty()) {
            context.setOnce(result.packageManager, "yarn-berry", yarnrc, coreText("scan", ".yarnrc.yml (Yarn Berry settings)"),
                            Confidence::Likely);
        } else {
            context.setOnce(result.packageManager, "npm", packageFile, coreText("scan", "no lockfile; npm is the default"),
                            Confidence::Guess);
            context.warn(coreText("scan", "No lockfile found: dependency versions are not pinned; commit the lockfile of your package manager"));
        }
    }
}

void detectNodeVersion(ScanContext &context, const json &package, const std::string &packageFile)
{
    DetectionResult &result = context.result();
    for (const char *name : {".nvmrc", ".node-version"}) {
        const std::string path = context.findUp(name);
        if (path.empty())
            continue;
        if (const auto text = context.read(path, 4096)) {
            const std::string stated = firstLine(*text);
            if (context.setOnce(result.languageVersion, reduceNodeVersion(stated), path, "Node " + stated, Confidence::Certain))
                return;
        }
    }
    const std::string toolVersions = context.findUp(".tool-versions");
    if (!toolVersions.empty()) {
        if (const auto text = context.read(toolVersions, 65536)) {
            static const std::regex nodeLine(R"(^\s*(?:nodejs|node)\s+(\S+))");
            const std::string stated = findInLines(*text, nodeLine);
            if (context.setOnce(result.languageVersion, reduceNodeVersion(stated), toolVersions, "nodejs " + stated,
                                Confidence::Certain))
                return;
        }
    }
    if (package.contains("volta")) {
        const std::string stated = stringAt(package["volta"], "node");
        if (context.setOnce(result.languageVersion, reduceNodeVersion(stated), packageFile,
                            "volta.node \"" + stated + "\"", Confidence::Certain))
            return;
    }
    if (package.contains("engines")) {
        const std::string stated = stringAt(package["engines"], "node");
        context.setOnce(result.languageVersion, reduceNodeVersion(stated), packageFile,
                        "engines.node \"" + stated + "\"", Confidence::Likely);
    }
}

void detectNext(ScanContext &context, const json &package)
{
    DetectionResult &result = context.result();
    for (const char *name : {"next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"}) {
        const std::string path = context.inProject(name);
        const auto text = context.read(path, 1024 * 1024);
        if (!text)
            continue;
        result.options["nextConfig"] = name;
        // next start compiles a TypeScript config with the typescript package each time it starts.
        const auto dependencies = package.find("dependencies");
        const bool typescriptAtRuntime = dependencies != package.end() && dependencies->is_object()
                                         && dependencies->contains("typescript");
        if (std::string(name) == "next.config.ts" && !typescriptAtRuntime) {
            result.options["configTypescript"] = "true";
            context.addEvidence(path, coreText("scan", "next.config.ts needs the typescript package when next start runs, and it is not a production dependency"),
                                Confidence::Certain);
        }
        static const std::regex standalone(R"re(\boutput\s*:\s*['"`]standalone['"`])re");
        if (!findInLines(*text, standalone).empty()) {
            result.options["nextStandalone"] = "true";
            context.addEvidence(path, "output: 'standalone'", Confidence::Certain);
        } else {
            result.options["nextStandalone"] = "false";
            context.warn(withArgs(coreText("scan", "%1 does not set output: 'standalone'; add output: 'standalone' to the exported config so the image ships .next/standalone instead of all of node_modules"),
                                  {path}));
        }
        return;
    }
    result.options["nextStandalone"] = "false";
    context.warn(coreText("scan", "No next.config.js: create next.config.mjs containing \"export default { output: 'standalone' }\" so the image ships .next/standalone instead of all of node_modules"));
}

// The config file of `framework` that exists in the project, or "".
std::string existingConfigFile(const ScanContext &context, const NodeFramework &framework)
{
    for (const std::string &name : framework.configFiles) {
        if (context.isFile(context.inProject(name)))
            return context.inProject(name);
    }
    return {};
}

bool matchesFramework(ScanContext &context, const NodeFramework &framework, const json &package, std::string *dependency)
{
    const auto found = std::find_if(framework.dependencies.begin(), framework.dependencies.end(),
                                    [&](const std::string &name) { return hasDependency(package, name, nullptr); });
    if (found == framework.dependencies.end())
        return false;
    if (!framework.adapter.empty() && !hasDependency(package, framework.adapter, nullptr))
        return false;
    if (!framework.buildScriptRuns.empty()
        && stringAt(package.value("scripts", json::object()), "build").find(framework.buildScriptRuns) == std::string::npos)
        return false;
    if (!framework.configPattern.empty()) {
        const std::string config = existingConfigFile(context, framework);
        const auto text = config.empty() ? std::nullopt : context.read(config, 1024 * 1024);
        const std::regex pattern(framework.configPattern);
        if (!text || findInLines(*text, pattern).empty())
            return false;
    }
    *dependency = *found;
    return true;
}

// A start script that a production container can run: present and not a development server.
bool hasProductionStart(const json &package, const NodeFramework &framework)
{
    const std::string start = stringAt(package.value("scripts", json::object()), "start");
    if (!start.empty())
        return !runsDevServer(framework, start);
    return !stringAt(package, "main").empty();
}

// The first framework of the table the project matches. A static-site generator counts only
// when nothing else starts a server: an Express app with Vite for its front end is a server.
const NodeFramework *identifyFramework(ScanContext &context, const json &package, const std::string &packageFile)
{
    for (const NodeFramework &framework : nodeFrameworks()) {
        std::string dependency;
        if (!matchesFramework(context, framework, package, &dependency))
            continue;
        if (framework.stack == "static" && hasProductionStart(package, framework))
            continue;
        std::string finding;
        if (framework.adapter.empty() && framework.buildScriptRuns.empty())
            finding = withArgs(coreText("scan", "%1 project (%2)"), {framework.name, dependency});
        else if (framework.buildScriptRuns.empty())
            finding = withArgs(coreText("scan", "%1 project (%2 with %3)"), {framework.name, dependency, framework.adapter});
        else if (framework.adapter.empty())
            finding = withArgs(coreText("scan", "%1 project (%2), the build runs %3"),
                               {framework.name, dependency, framework.buildScriptRuns});
        else
            finding = withArgs(coreText("scan", "%1 project (%2 with %3), the build runs %4"),
                               {framework.name, dependency, framework.adapter, framework.buildScriptRuns});
        context.addEvidence(packageFile, finding, Confidence::Likely, "stack");
        if (const std::string config = existingConfigFile(context, framework); !config.empty())
            context.addEvidence(config, framework.configPattern.empty()
                                            ? withArgs(coreText("scan", "%1 config"), {framework.name})
                                            : withArgs(coreText("scan", "%1 config (its output setting)"), {framework.name}),
                                Confidence::Likely, "stack");
        return &framework;
    }
    return nullptr;
}

std::string asFolder(std::string path)
{
    while (path.rfind("./", 0) == 0)
        path.erase(0, 2);
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    return path.empty() ? path : path + "/";
}

// The files and folders a Dockerfile may name, as they exist in the project folder (the
// build context): a lockfile above it is outside the context and does not count.
void detectNodeFiles(ScanContext &context)
{
    DetectionResult &result = context.result();
    for (const char *name : {"package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock",
                             "bun.lockb", "bunfig.toml", ".yarnrc.yml", ".npmrc", "pnpm-workspace.yaml", ".pnpmfile.cjs", "prisma/schema.prisma",
                             "next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"}) {
        const std::string path = context.inProject(name);
        if (context.isFile(path)) {
            result.files.emplace_back(name);
            context.addEvidence(path, withArgs(coreText("scan", "%1 exists"), {name}), Confidence::Certain, "files");
        }
    }
    const std::vector<std::string> inside = context.projectFiles();
    for (const char *folder : {".yarn/releases/", ".yarn/plugins/", ".yarn/patches/", "patches/", "public/"}) {
        const std::string prefix = context.inProject(folder);
        const auto found = std::find_if(inside.begin(), inside.end(),
                                        [&](const std::string &file) { return file.rfind(prefix, 0) == 0; });
        if (found != inside.end()) {
            result.files.emplace_back(folder);
            context.addEvidence(*found, withArgs(coreText("scan", "%1 exists"), {folder}), Confidence::Certain, "files");
        } else if (std::string(folder).rfind(".yarn/", 0) == 0 && context.isNonEmptyDirectory(prefix.substr(0, prefix.size() - 1))) {
            // The walk skips .yarn (mostly Yarn's cache), so its settings folders are looked at directly.
            result.files.emplace_back(folder);
            context.addEvidence(prefix, withArgs(coreText("scan", "%1 exists"), {folder}), Confidence::Certain, "files");
        }
    }
    std::sort(result.files.begin(), result.files.end());
    result.files.erase(std::unique(result.files.begin(), result.files.end()), result.files.end());
}

// Dependencies whose install compiles C++ with node-gyp (no prebuilt binary for every
// libc), up to the last major that does: later majors ship prebuilds (frameworks.md 5).
struct NativeAddon { const char *dependency; int lastCompilingMajor; };
constexpr std::array<NativeAddon, 3> nativeAddons = {{{"better-sqlite3", 12}, {"canvas", 3}, {"sqlite3", 5}}};

// What the install stages need beyond the package manager: a compiler for native addons,
// and Prisma's major version (6 and older generate into node_modules/.prisma with a
// native engine; 7 is Rust-free).
void detectInstallNeeds(ScanContext &context, const json &package, const std::string &packageFile)
{
    DetectionResult &result = context.result();
    for (const char *section : {"dependencies", "devDependencies"}) {
        const json deps = package.value(section, json::object());
        if (!deps.is_object())
            continue;
        for (const NativeAddon &addon : nativeAddons) {
            const std::string range = stringAt(deps, addon.dependency);
            const std::string major = reduceNodeVersion(range);
            if (range.empty() || result.options.count("nativeAddon"))
                continue;
            if (major.empty() || std::stoi(major.substr(0, 6)) <= addon.lastCompilingMajor) {
                result.options["nativeAddon"] = std::string(addon.dependency) + " " + range;
                context.addEvidence(packageFile, withArgs(coreText("scan", "%1 \"%2\" compiles with node-gyp at install"), {addon.dependency, range}),
                                    Confidence::Likely);
            }
        }
        for (const char *prisma : {"@prisma/client", "prisma"}) {
            const std::string range = stringAt(deps, prisma);
            if (!range.empty() && !result.options.count("prismaMajor")) {
                result.options["prismaMajor"] = reduceNodeVersion(range);
                context.addEvidence(packageFile, std::string(prisma) + " \"" + range + "\"", Confidence::Likely);
            }
        }
    }
}

void setStart(ScanContext &context, const NodeStart &start, const std::string &script, const std::string &file,
              const std::string &finding, Confidence confidence)
{
    DetectionResult &result = context.result();
    // A script that cannot run in exec form stays as written: it is the project's fact, and
    // the config step says why it cannot be used.
    context.setOnce(result.startCommand, start.command.empty() ? script : start.command, file, finding, confidence);
    if (!start.startFile.empty() && result.startFile.empty()) {
        result.startFile = start.startFile;
        context.addEvidence(file, withArgs(coreText("scan", "the start command runs %1"), {start.startFile}), confidence, "startFile");
    }
    if (!start.bindFlag.empty()) {
        // fastify-cli listens on localhost unless its address flag says otherwise.
        result.bindAddress = "127.0.0.1";
        result.bindSetting = "flag:" + start.bindFlag;
        context.addEvidence(file, withArgs(coreText("scan", "%1 listens on 127.0.0.1 by default; %2 sets the address"), {start.command, start.bindFlag}),
                            Confidence::Likely, "bind");
    }
}

// The address the start file listens on when its code says so (`listen(port, 'localhost')`).
void detectBindInCode(ScanContext &context)
{
    DetectionResult &result = context.result();
    if (result.startFile.empty())
        return;
    const std::string path = context.inProject(result.startFile);
    const auto text = context.read(path, 512 * 1024);
    if (!text)
        return;
    static const std::regex loopback(R"re(\blisten\s*\([^)]*['"](localhost|127\.0\.0\.1)['"])re");
    static const std::regex everywhere(R"re(\blisten\s*\([^)]*['"](0\.0\.0\.0|::)['"])re");
    static const std::regex bunLoopback(R"re(\bhostname\s*:\s*['"](localhost|127\.0\.0\.1)['"])re");
    if (result.stack == "bun") {
        // Bun.serve (and Elysia or Hono on it) listens on 0.0.0.0 unless a hostname says otherwise.
        const std::string host = findInLines(*text, bunLoopback);
        const std::string listenHost = findInLines(*text, loopback);
        result.bindSetting.clear();
        if (!host.empty() || !listenHost.empty()) {
            result.bindAddress = "127.0.0.1";
            context.addEvidence(path, withArgs(coreText("scan", "listens on %1 only"), {host.empty() ? listenHost : host}), Confidence::Likely,
                                "bind");
        } else {
            result.bindAddress = "0.0.0.0";
            context.addEvidence(path, coreText("scan", "no loopback hostname: Bun's server listens on all interfaces"), Confidence::Likely,
                                "bind");
        }
        return;
    }
    if (const std::string host = findInLines(*text, loopback); !host.empty()) {
        result.bindAddress = "127.0.0.1";
        result.bindSetting.clear();
        context.addEvidence(path, withArgs(coreText("scan", "listens on %1 only"), {host}), Confidence::Likely, "bind");
    } else if (const std::string any = findInLines(*text, everywhere); !any.empty()) {
        result.bindAddress = "0.0.0.0";
        context.addEvidence(path, withArgs(coreText("scan", "listens on %1"), {any}), Confidence::Likely, "bind");
    } else if (result.bindAddress.empty() && result.bindSetting.empty()) {
        static const std::regex listen(R"(\blisten\s*\()");
        if (!findInLines(*text, listen).empty()) {
            result.bindAddress = "0.0.0.0";
            context.addEvidence(path, coreText("scan", "listen() without a host: all interfaces"), Confidence::Likely, "bind");
        }
    }
}

// The module a Bun starter's only script runs in development: `bun run --hot src/index.ts`
// (Hono's template) or `bun --watch src/index.ts` (Elysia's), with nothing else on the
// line; "" for anything else. Without the reload flag it is the production start.
std::string bunDevEntry(const json &package)
{
    std::istringstream words(stringAt(package.value("scripts", json::object()), "dev"));
    std::string word;
    if (!(words >> word) || word != "bun" || !(words >> word))
        return {};
    if (word == "run" && !(words >> word))
        return {};
    if (word != "--hot" && word != "--watch")
        return {};
    std::string entry;
    if (!(words >> entry) || (words >> word))
        return {};
    return matchesWholePattern(R"([A-Za-z0-9_][A-Za-z0-9_./-]*\.(ts|tsx|mts|js|jsx|mjs))", entry)
                   && entry.find("..") == std::string::npos
               ? entry
               : std::string();
}

void detectCommands(ScanContext &context, const json &package, const std::string &packageFile,
                    const NodeFramework *framework)
{
    DetectionResult &result = context.result();
    const json scripts = package.value("scripts", json::object());
    const std::string build = stringAt(scripts, "build");
    if (!build.empty())
        context.setOnce(result.buildCommand, runScript(result.packageManager, "build"), packageFile,
                        "scripts.build: \"" + build + "\"", Confidence::Certain);
    for (const char *hook : {"preinstall", "install", "postinstall"}) {
        if (const std::string text = stringAt(scripts, hook); !text.empty()) {
            result.options["installScript"] = std::string(hook) + ": " + text;
            context.addEvidence(packageFile, withArgs(coreText("scan", "scripts.%1: \"%2\" runs at install"), {hook, text}),
                                Confidence::Certain);
        }
    }

    if (const auto tsconfig = context.read(context.inProject("tsconfig.json"), 1024 * 1024)) {
        try {
            const json parsed = json::parse(withoutTrailingCommas(*tsconfig), nullptr, true, true);
            const std::string outDir = parsed.is_object()
                ? stringAt(parsed.value("compilerOptions", json::object()), "outDir") : std::string();
            if (!outDir.empty()) {
                std::string dir = outDir.rfind("./", 0) == 0 ? outDir.substr(2) : outDir;
                while (!dir.empty() && dir.back() == '/')
                    dir.pop_back();
                result.options["outputDir"] = dir;
                context.addEvidence(context.inProject("tsconfig.json"), "compilerOptions.outDir: \"" + outDir + "\"",
                                    Confidence::Certain);
                if (!build.empty() && !dir.empty())
                    result.buildOutputs.push_back(asFolder(dir));
            }
        } catch (const json::exception &error) {
            const auto *parseError = dynamic_cast<const json::parse_error *>(&error);
            const std::size_t offset = parseError ? parseError->byte : 0;
            context.warn(withArgs(coreText("scan", "%1: malformed JSON at %2; ignored"),
                                  {context.inProject("tsconfig.json"), positionOf(*tsconfig, offset > 0 ? offset - 1 : 0)}));
        }
    }

    if (result.stack == "nextjs") {
        if (!build.empty()) {
            result.buildOutputs = {".next/"};
            context.addEvidence(packageFile, coreText("scan", "next build writes .next/"), Confidence::Certain, "buildOutput");
        }
        if (result.options["nextStandalone"] == "true") {
            context.setOnce(result.startCommand, "node server.js", packageFile,
                            coreText("scan", "Next.js standalone output starts with server.js"), Confidence::Likely);
            result.startFile = ".next/standalone/server.js";
            context.addEvidence(packageFile, coreText("scan", "the standalone build writes .next/standalone/server.js"), Confidence::Likely,
                                "startFile");
            result.bindAddress = "0.0.0.0";
            result.bindSetting = "env:HOSTNAME";
        } else {
            // node runs next's CLI file itself: the .bin link's `#!/usr/bin/env node` line needs
            // an env program that distroless does not have.
            context.setOnce(result.startCommand, "node node_modules/next/dist/bin/next start", packageFile,
                            coreText("scan", "Next.js without standalone output runs next start"), Confidence::Likely);
            result.startFile = "node_modules/next/dist/bin/next";
            result.bindAddress = "0.0.0.0";
            result.bindSetting = "flag:-H";
        }
        context.addEvidence(packageFile,
                            withArgs(coreText("scan", "Next.js reads PORT and %1"), {result.bindSetting.substr(result.bindSetting.find(':') + 1)}),
                            Confidence::Likely, "bind");
        return;
    }

    if (framework && framework->stack == "static") {
        result.options["outputDir"] = framework->outputDir;
        result.options["spaFallback"] = framework->spaFallback;
        result.buildOutputs = {asFolder(framework->outputDir)};
        context.addEvidence(packageFile, withArgs(coreText("scan", "%1 builds a static site into %2/"), {framework->name, framework->outputDir}),
                            Confidence::Likely, "buildOutput");
        return;
    }
    if (framework) {
        if (!build.empty() && !framework->output.empty() && result.buildOutputs.empty())
            result.buildOutputs.push_back(asFolder(framework->output));
        for (const auto &output : result.buildOutputs)
            context.addEvidence(packageFile, withArgs(coreText("scan", "%1 builds into %2"), {framework->name, output}), Confidence::Likely,
                                "buildOutput");
        result.options["runtimeLayout"] = framework->layout;
        result.bindAddress = framework->bindAddress;
        result.bindSetting = framework->bindSetting;
        if (!framework->bindAddress.empty())
            context.addEvidence(packageFile,
                                framework->bindSetting.empty()
                                    ? withArgs(coreText("scan", "%1 listens on %2 by default"), {framework->name, framework->bindAddress})
                                    : withArgs(coreText("scan", "%1 listens on %2 by default, set by %3"),
                                               {framework->name, framework->bindAddress, framework->bindSetting}),
                                Confidence::Likely, "bind");
    } else {
        for (const auto &output : result.buildOutputs)
            context.addEvidence(context.inProject("tsconfig.json"), withArgs(coreText("scan", "the build writes %1"), {output}),
                                Confidence::Likely, "buildOutput");
    }

    NodeStartContext startContext;
    startContext.main = stringAt(package, "main");
    startContext.buildOutputs = result.buildOutputs;
    startContext.isFile = [&context](const std::string &path) { return context.isFile(context.inProject(path)); };
    startContext.bunRuntime = result.stack == "bun";

    // `nest start` is the dev CLI; Nest's own scripts run production with start:prod.
    std::string scriptName = "start";
    std::string start = stringAt(scripts, "start");
    if (start.rfind("nest start", 0) == 0 && !stringAt(scripts, "start:prod").empty()) {
        scriptName = "start:prod";
        start = stringAt(scripts, "start:prod");
    }
    if (!start.empty() && framework && runsDevServer(*framework, start)) {
        context.addEvidence(packageFile,
                            withArgs(coreText("scan", "scripts.%1: \"%2\" runs %3's development server, not the production one"),
                                     {scriptName, start, framework->name}),
                            Confidence::Certain);
        start.clear();
    }
    if (!start.empty()) {
        setStart(context, translateStartScript(start, startContext), start, packageFile,
                 "scripts." + scriptName + ": \"" + start + "\"", Confidence::Certain);
    } else if (framework && !framework->start.empty()) {
        setStart(context, translateStartScript(framework->start, startContext), framework->start, packageFile,
                 withArgs(coreText("scan", "%1's production server: %2"), {framework->name, framework->start}), Confidence::Likely);
    } else if (startContext.bunRuntime && !stringAt(package, "module").empty()) {
        const std::string command = "bun run " + stringAt(package, "module");
        setStart(context, translateStartScript(command, startContext), command, packageFile,
                 "module: \"" + stringAt(package, "module") + "\"", Confidence::Likely);
    } else if (const std::string devEntry = startContext.bunRuntime ? bunDevEntry(package) : std::string(); !devEntry.empty()) {
        const std::string command = "bun run " + devEntry;
        setStart(context, translateStartScript(command, startContext), command, packageFile,
                 withArgs(coreText("scan", "scripts.dev: \"%1\" without the reloader"), {stringAt(scripts, "dev")}), Confidence::Likely);
    } else if (!startContext.main.empty()) {
        const std::string command = "node " + startContext.main;
        setStart(context, translateStartScript(command, startContext), command, packageFile,
                 "main: \"" + startContext.main + "\"", Confidence::Likely);
    } else {
        // npm start runs `node server.js` when there is no start script.
        for (const char *name : {"server.js", "index.js", "app.js", "main.js"}) {
            if (context.isFile(context.inProject(name))) {
                const std::string command = std::string("node ") + name;
                setStart(context, translateStartScript(command, startContext), command, context.inProject(name),
                         std::string(name) == "server.js" ? coreText("scan", "server.js: what npm start runs without a start script")
                                                          : coreText("scan", "entry file by its conventional name"),
                         Confidence::Guess);
                break;
            }
        }
    }
    detectBindInCode(context);
}

void detectNodePort(ScanContext &context, const json &package, const NodeFramework *framework)
{
    DetectionResult &result = context.result();
    std::vector<std::string> candidates;
    if (!result.startFile.empty() && result.stack != "nextjs")
        candidates.push_back(result.startFile);
    const std::string main = stringAt(package, "main");
    if (!main.empty())
        candidates.push_back(main);
    for (const char *name : {"src/index.ts", "src/server.ts", "src/main.ts", "src/app.ts", "src/index.js",
                             "src/server.js", "server.js", "index.js", "app.js", "server.ts", "index.ts"})
        candidates.emplace_back(name);
    for (const auto &candidate : candidates) {
        const std::string path = context.inProject(candidate);
        const auto text = context.read(path, 512 * 1024);
        if (!text)
            continue;
        if (const int port = portInSource(*text)) {
            context.setPort(port, path, withArgs(coreText("scan", "listens on %1 by default"), {std::to_string(port)}), Confidence::Guess);
            return;
        }
    }
    if (framework && framework->port > 0) {
        context.setPort(framework->port, context.inProject("package.json"),
                        withArgs(coreText("scan", "%1 listens on %2 by default"), {framework->name, std::to_string(framework->port)}),
                        Confidence::Guess);
        return;
    }
    // Bun serves an entry module's default export (an object or app with a fetch handler,
    // as Hono and Elysia export) on $PORT, else 3000.
    if (result.stack == "bun" && !result.startFile.empty()) {
        static const std::regex defaultExport(R"(^\s*export\s+default\b)");
        const std::string path = context.inProject(result.startFile);
        if (const auto text = context.read(path, 512 * 1024); text && !findInLines(*text, defaultExport).empty())
            context.setPort(3000, path, coreText("scan", "Bun serves the default export on $PORT, else 3000"), Confidence::Guess);
    }
}

// Whether the app runs under Bun rather than Node.js: its start script runs `bun`, or,
// with no start script, package.json names a "module" entry or a dev script that runs one
// with Bun's reloader, and the project is Bun's (`bun init` writes a "module" and
// @types/bun; Hono's and Elysia's Bun starters a dev script).
bool runsOnBun(ScanContext &context, const json &package, const std::string &packageFile)
{
    const std::string start = stringAt(package.value("scripts", json::object()), "start");
    if (!start.empty()) {
        const std::size_t end = start.find_first_of(" \t");
        if (start.substr(0, end) != "bun")
            return false;
        context.addEvidence(packageFile, coreText("scan", "scripts.start runs bun: the app runs on Bun, not Node.js"), Confidence::Certain,
                            "stack");
        return true;
    }
    const std::string module = stringAt(package, "module");
    const bool bunProject = hasDependency(package, "@types/bun", nullptr) || hasDependency(package, "bun-types", nullptr)
                            || context.isFile(context.inProject("bun.lock")) || context.isFile(context.inProject("bun.lockb"));
    if (!bunProject)
        return false;
    if (!module.empty()) {
        context.addEvidence(packageFile,
                            withArgs(coreText("scan", "module \"%1\" with no start script in a Bun project: bun run %1 starts it"), {module}),
                            Confidence::Likely, "stack");
        return true;
    }
    const std::string devEntry = bunDevEntry(package);
    if (devEntry.empty())
        return false;
    context.addEvidence(packageFile,
                        withArgs(coreText("scan", "scripts.dev runs %1 with Bun's reloader, and there is no start script: the app runs on Bun"),
                                 {devEntry}),
                        Confidence::Likely, "stack");
    return true;
}

// "1.2" from "bun@1.2.18", "^1.3.0" or "1.4": the release line the Bun template offers.
std::string bunReleaseLine(const std::string &stated)
{
    static const std::regex version(R"((\d+\.\d+))");
    return searchLine(stated.substr(0, 64), version);
}

void detectBunVersion(ScanContext &context, const json &package, const std::string &packageFile)
{
    DetectionResult &result = context.result();
    const std::string bunVersionFile = context.findUp(".bun-version");
    if (!bunVersionFile.empty()) {
        if (const auto text = context.read(bunVersionFile, 4096)) {
            const std::string stated = firstLine(*text);
            if (context.setOnce(result.languageVersion, bunReleaseLine(stated), bunVersionFile, "Bun " + stated,
                                Confidence::Certain))
                return;
        }
    }
    const std::string field = stringAt(package, "packageManager");
    if (field.rfind("bun@", 0) == 0) {
        const std::string stated = field.substr(4, field.find('+') == std::string::npos ? std::string::npos : field.find('+') - 4);
        if (context.setOnce(result.languageVersion, bunReleaseLine(stated), packageFile,
                            "\"packageManager\": \"bun@" + stated + "\"", Confidence::Certain))
            return;
    }
    if (package.contains("engines")) {
        const std::string stated = stringAt(package["engines"], "bun");
        context.setOnce(result.languageVersion, bunReleaseLine(stated), packageFile, "engines.bun \"" + stated + "\"",
                        Confidence::Likely);
    }
}

} // namespace

void detectNode(ScanContext &context)
{
    DetectionResult &result = context.result();
    const std::string packageFile = context.inProject("package.json");
    result.language = "node";
    json package = json::object();
    if (auto parsed = context.readJson(packageFile); parsed && parsed->is_object())
        package = std::move(*parsed);

    const NodeFramework *framework = identifyFramework(context, package, packageFile);
    result.stack = framework ? framework->stack : "node";
    if (!framework) {
        context.addEvidence(packageFile, "package.json", Confidence::Certain, "stack");
        if (runsOnBun(context, package, packageFile))
            result.stack = "bun";
    }
    detectNodeFiles(context);
    detectPackageManager(context, package, packageFile);
    if (result.stack == "bun")
        detectBunVersion(context, package, packageFile);
    else
        detectNodeVersion(context, package, packageFile);
    if (result.stack == "nextjs")
        detectNext(context, package);
    detectCommands(context, package, packageFile, framework);
    detectInstallNeeds(context, package, packageFile);
    if (result.stack != "static")
        detectNodePort(context, package, framework);
}

} // namespace stagecraft
