#include "detect/nodeconfig.h"

#include "catalog/stackdefinition.h"
#include "common/printable.h"
#include "common/translated.h"
#include "config/valuerules.h"
#include "detect/nodestart.h"

#include <algorithm>
#include <array>

namespace stagecraft {

namespace {

bool has(const DetectionResult &result, const std::string &file)
{
    return std::find(result.files.begin(), result.files.end(), file) != result.files.end();
}

// Sets a template option to a project fact; "" when it fits, else why not.
std::string setFact(Config &config, const StackDefinition &stack, const std::string &id, const std::string &value)
{
    const StackOption *option = stack.option(id);
    if (!option)
        return {};
    if (!option->pattern.empty() && !matchesWholePattern(option->pattern, value))
        return withArgs(coreText("scan", "the project's %1 \"%2\" does not fit the %3 template; set --option %4=..."),
                        {option->label, printable(value), stack.name, id});
    config.options[id] = value;
    return {};
}

// Without a lockfile, a template that can install unlocked (the `locked` toggle) does so
// with a warning, as every build may then get different dependency versions; one that
// cannot refuses, since `npm ci` and its kin stop at once.
std::string withoutLockfile(const StackDefinition &stack, Config &config, std::vector<std::string> *notes,
                            const std::string &install, const std::string &file)
{
    if (!stack.option("locked"))
        return withArgs(coreText("scan", "no lockfile: run %1 and commit %2"), {install, file});
    config.options["locked"] = "false";
    if (notes)
        notes->push_back(withArgs(coreText("scan", "no lockfile: the image installs the newest versions package.json allows, so the build is not reproducible; run %1 and commit %2"),
                                  {install, file}));
    return {};
}

std::string lockfileProblem(const DetectionResult &result, const StackDefinition &stack, Config &config,
                            std::vector<std::string> *notes)
{
    const std::string &manager = config.packageManager;
    if (manager == "bun") {
        if (has(result, "bun.lock"))
            return {};
        if (has(result, "bun.lockb"))
            return setFact(config, stack, "bunLockfile", "bun.lockb");
        return withoutLockfile(stack, config, notes, "bun install", "bun.lock");
    }
    struct Lock { const char *manager; const char *file; const char *install; };
    for (const Lock &lock : {Lock{"npm", "package-lock.json", "npm install"}, Lock{"pnpm", "pnpm-lock.yaml", "pnpm install"},
                             Lock{"yarn", "yarn.lock", "yarn install"}, Lock{"yarn-berry", "yarn.lock", "yarn install"}}) {
        if (manager != lock.manager || has(result, lock.file))
            continue;
        if (manager == "npm" && has(result, "npm-shrinkwrap.json"))
            return coreText("scan", "npm-shrinkwrap.json is not supported yet: the npm template installs from package-lock.json; rename it");
        return withoutLockfile(stack, config, notes, lock.install, lock.file);
    }
    return {};
}

// Root install hooks known to need the sources, and so to run after COPY . . instead of at
// install. Anything else is refused: Stagecraft cannot tell what an unknown hook needs.
struct KnownHook { const char *command; const char *why; };
// (patch-package is not one: the production install must apply its patches too.)
constexpr std::array<KnownHook, 3> knownHooks = {{
    {"prisma generate", "reads prisma/schema.prisma"},
    {"nuxt prepare", "reads the Nuxt config and sources"},
    {"nuxi prepare", "reads the Nuxt config and sources"},
}};

std::string setInstallHook(const DetectionResult &result, const StackDefinition &stack, Config &config)
{
    const auto found = result.options.find("installScript"); // "postinstall: prisma generate"
    if (found == result.options.end())
        return {};
    const std::string &text = found->second;
    const auto colon = text.find(": ");
    const std::string hook = text.substr(0, colon);
    const std::string command = colon == std::string::npos ? std::string() : text.substr(colon + 2);
    const bool known = std::any_of(knownHooks.begin(), knownHooks.end(), [&](const KnownHook &k) {
        return command == k.command || command.rfind(std::string(k.command) + " ", 0) == 0;
    });
    if (!known || !stack.option("installHook"))
        return withArgs(coreText("scan", "package.json runs \"%1\" at install, which may need the sources, but the dependency stages install before the sources are copied: move it into the build script"),
                        {printable(text)});
    return setFact(config, stack, "installHook", hook);
}

// Prisma 6 and older generate their client, with a native engine, into node_modules/.prisma;
// the build stage generates it (through the hook when the project has one).
std::string setPrisma(const DetectionResult &result, const StackDefinition &stack, Config &config)
{
    const auto major = result.options.find("prismaMajor");
    if (major == result.options.end() || !has(result, "prisma/schema.prisma"))
        return {};
    if (!stack.option("prismaGenerate"))
        return withArgs(coreText("scan", "the project uses Prisma, and the %1 template cannot generate its client yet: use the Node.js template, or generate the client in a build script"),
                        {stack.name});
    const auto hook = result.options.find("installScript");
    const bool hookGenerates = hook != result.options.end() && hook->second.find("prisma generate") != std::string::npos;
    if (!hookGenerates) {
        if (std::string problem = setFact(config, stack, "prismaGenerate", "true"); !problem.empty())
            return problem;
    }
    const bool engine = !major->second.empty() && major->second.size() < 3 && std::stoi(major->second) <= 6;
    return setFact(config, stack, "prismaEngine", engine ? "true" : "false");
}

// node-gyp's toolchain, the same package names on Alpine (apk) and Debian (apt).
std::string setBuildPackages(const DetectionResult &result, const StackDefinition &stack, Config &config,
                             std::vector<std::string> *notes)
{
    const auto addon = result.options.find("nativeAddon");
    if (addon == result.options.end() || !stack.option("buildPackages"))
        return {};
    std::string &packages = config.options["buildPackages"];
    if (packages.empty())
        packages = "python3 make g++";
    if (notes && addon->second.rfind("canvas", 0) == 0)
        notes->push_back(coreText("scan", "canvas links cairo, pango, libjpeg, giflib and librsvg: add their headers with --option buildPackages=... and their libraries with --option runtimePackages=... for the chosen base"));
    return {};
}

std::string withoutSlash(std::string folder)
{
    while (!folder.empty() && folder.back() == '/')
        folder.pop_back();
    return folder;
}

// The settings files an install reads, bind-mounted only where the project has them.
std::string setInstallFiles(const DetectionResult &result, const StackDefinition &stack, Config &config)
{
    struct Toggle { const char *option; const char *file; };
    for (const Toggle &toggle : {Toggle{"npmrc", ".npmrc"}, Toggle{"bunfig", "bunfig.toml"},
                                 Toggle{"pnpmWorkspace", "pnpm-workspace.yaml"},
                                 Toggle{"pnpmfile", ".pnpmfile.cjs"}, Toggle{"patches", "patches/"},
                                 Toggle{"yarnrc", ".yarnrc.yml"}, Toggle{"yarnReleases", ".yarn/releases/"},
                                 Toggle{"yarnPlugins", ".yarn/plugins/"}, Toggle{"yarnPatches", ".yarn/patches/"}}) {
        if (std::string problem = setFact(config, stack, toggle.option, has(result, toggle.file) ? "true" : "false");
            !problem.empty())
            return problem;
    }
    return {};
}

std::string fitNext(const DetectionResult &result, const StackDefinition &stack, Config &config,
                    std::vector<std::string> *notes)
{
    const auto fact = [&result](const char *id, const char *otherwise) {
        const auto found = result.options.find(id);
        return found == result.options.end() ? std::string(otherwise) : found->second;
    };
    const bool standalone = fact("nextStandalone", "false") == "true";
    if (std::string problem = setFact(config, stack, "nextStandalone", standalone ? "true" : "false"); !problem.empty())
        return problem;
    if (!standalone) {
        if (fact("nextConfig", "").empty())
            return coreText("scan", "Next.js without a next.config file: create next.config.mjs containing \"export default { output: 'standalone' }\"");
        if (std::string problem = setFact(config, stack, "nextConfig", fact("nextConfig", "")); !problem.empty())
            return problem;
        const bool needsTypescript = fact("configTypescript", "false") == "true";
        // pnpm links node_modules/typescript into its store, so the folder alone is not the package.
        if (needsTypescript && config.packageManager == "pnpm")
            return coreText("scan", "next.config.ts needs typescript when next start runs, and with pnpm it cannot be taken from the build alone: add output: 'standalone' to next.config.ts, or move typescript to dependencies");
        if (std::string problem = setFact(config, stack, "configTypescript", needsTypescript ? "true" : "false");
            !problem.empty())
            return problem;
        config.startCommand = result.startCommand;
    }
    if (std::string problem = lockfileProblem(result, stack, config, notes); !problem.empty())
        return problem;
    if (std::string problem = setInstallHook(result, stack, config); !problem.empty())
        return problem;
    if (std::string problem = setPrisma(result, stack, config); !problem.empty())
        return problem;
    if (std::string problem = setBuildPackages(result, stack, config, notes); !problem.empty())
        return problem;
    if (std::string problem = setFact(config, stack, "publicDir", has(result, "public/") ? "true" : "false"); !problem.empty())
        return problem;
    return setInstallFiles(result, stack, config);
}

std::string fitNode(const DetectionResult &result, const StackDefinition &stack, Config &config,
                    std::vector<std::string> *notes, bool bunRuntime)
{
    if (std::string problem = setInstallHook(result, stack, config); !problem.empty())
        return problem;
    if (result.startCommand.empty())
        return coreText("scan", "the project states no start command: add a start script to package.json or set --start-command");
    NodeStartContext context;
    context.buildOutputs = result.buildOutputs;
    context.bunRuntime = bunRuntime;
    const NodeStart start = translateStartScript(result.startCommand, context);
    if (!start.problem.empty())
        return start.problem;
    if (std::string problem = lockfileProblem(result, stack, config, notes); !problem.empty())
        return problem;
    if (std::string problem = setPrisma(result, stack, config); !problem.empty())
        return problem;
    if (std::string problem = setBuildPackages(result, stack, config, notes); !problem.empty())
        return problem;

    // A known server's port and address flags (fastify's -p and -a) are the generator's to
    // write, from config.port and 0.0.0.0, so EXPOSE and the command always agree.
    config.startCommand = start.command;
    if (result.bindAddress == "127.0.0.1") {
        if (result.bindSetting.rfind("env:", 0) == 0) {
            if (std::string problem = setFact(config, stack, "hostEnv", result.bindSetting.substr(4)); !problem.empty())
                return problem;
        } else if (result.bindSetting.empty()) {
            return withArgs(coreText("scan", "the app listens on 127.0.0.1 only (%1), which is unreachable from outside a container: make it listen on 0.0.0.0"),
                            {printable(result.startFile)});
        }
    }

    if (const auto layout = result.options.find("runtimeLayout"); layout != result.options.end()) {
        if (std::string problem = setFact(config, stack, "runtimeLayout", layout->second); !problem.empty())
            return problem;
    }
    if (result.buildCommand.empty()) {
        // Nothing to build: the runtime stage takes the sources as they are.
        config.options["buildScript"] = "";
    } else if (!result.buildOutputs.empty()) {
        const std::string output = withoutSlash(result.buildOutputs.front());
        if (std::string problem = setFact(config, stack, "outputDir", output); !problem.empty())
            return problem;
        if (!result.startFile.empty() && result.startFile.rfind(output + "/", 0) != 0)
            return withArgs(coreText("scan", "the start file %1 is not in the build output %2/, the only part of the project the runtime stage copies: not supported yet"),
                            {printable(result.startFile), printable(output)});
    } else if (notes) {
        notes->push_back(withArgs(coreText("scan", "could not tell which folder the build writes; set --option outputDir=... (now %1)"),
                                  {config.options["outputDir"]}));
    }
    // Prisma 7 generates its client into the sources (its generator's output folder), which
    // a project without a build step ships straight from the context, without that client.
    if (const auto prisma = result.options.find("prismaMajor"); prisma != result.options.end()
        && prisma->second.size() < 3 && !prisma->second.empty() && std::stoi(prisma->second) >= 7
        && config.options["buildScript"].empty())
        return withArgs(coreText("scan", "Prisma %1 generates its client into the sources, and a project without a build script ships them as they are in the folder, without that client: add a build step whose output folder holds the app and the generated client"),
                        {prisma->second});
    return setInstallFiles(result, stack, config);
}

// A static build: the folder its build writes and whether unknown paths fall back to
// index.html, for the static template's options (those it lacks are left alone).
std::string fitStaticSite(const DetectionResult &result, const StackDefinition &stack, Config &config,
                          std::vector<std::string> *notes)
{
    for (const char *id : {"outputDir", "spaFallback"}) {
        const auto found = result.options.find(id);
        if (found == result.options.end())
            continue;
        if (std::string problem = setFact(config, stack, id, found->second); !problem.empty())
            return problem;
    }
    // The build installs like any Node.js project's.
    if (std::string problem = lockfileProblem(result, stack, config, notes); !problem.empty())
        return problem;
    if (std::string problem = setInstallHook(result, stack, config); !problem.empty())
        return problem;
    if (std::string problem = setBuildPackages(result, stack, config, notes); !problem.empty())
        return problem;
    return setInstallFiles(result, stack, config);
}

} // namespace

std::string fitNodeProject(const DetectionResult &result, const StackDefinition &stack, Config &config,
                           std::vector<std::string> *notes)
{
    // The stack's detection data names how its project is fitted ("prefill": {"fit": ...}).
    const std::string fit = stack.detect ? stack.detect->prefill.fit : std::string();
    if (fit == "nextjs")
        return fitNext(result, stack, config, notes);
    if (fit == "nodeServer" || fit == "bunServer")
        return fitNode(result, stack, config, notes, fit == "bunServer");
    if (fit == "staticSite" && result.language == "node")
        return fitStaticSite(result, stack, config, notes);
    return {};
}

} // namespace stagecraft
