#include "detect/nodeconfig.h"

#include "catalog/stackdefinition.h"
#include "common/printable.h"
#include "config/valuerules.h"
#include "detect/nodestart.h"

#include <algorithm>

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
        return "the project's " + option->label + " \"" + printable(value) + "\" does not fit the " + stack.name
               + " template; set --option " + id + "=...";
    config.options[id] = value;
    return {};
}

// The lockfile a frozen install needs: without it `npm ci` and its kin stop at once, and
// an install without one would give every build different dependency versions.
std::string lockfileProblem(const DetectionResult &result, const StackDefinition &stack, Config &config)
{
    const std::string &manager = config.packageManager;
    if (manager == "bun") {
        if (has(result, "bun.lock"))
            return {};
        if (has(result, "bun.lockb"))
            return setFact(config, stack, "bunLockfile", "bun.lockb");
        return "no lockfile: run bun install and commit bun.lock";
    }
    struct Lock { const char *manager; const char *file; const char *install; };
    for (const Lock &lock : {Lock{"npm", "package-lock.json", "npm install"}, Lock{"pnpm", "pnpm-lock.yaml", "pnpm install"},
                             Lock{"yarn", "yarn.lock", "yarn install"}, Lock{"yarn-berry", "yarn.lock", "yarn install"}}) {
        if (manager != lock.manager || has(result, lock.file))
            continue;
        if (manager == "npm" && has(result, "npm-shrinkwrap.json"))
            return "npm-shrinkwrap.json is not supported yet: the npm template installs from package-lock.json; rename it";
        return std::string("no lockfile: run ") + lock.install + " and commit " + lock.file;
    }
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
    for (const Toggle &toggle : {Toggle{"npmrc", ".npmrc"}, Toggle{"pnpmWorkspace", "pnpm-workspace.yaml"},
                                 Toggle{"patches", "patches/"}, Toggle{"yarnrc", ".yarnrc.yml"}}) {
        if (std::string problem = setFact(config, stack, toggle.option, has(result, toggle.file) ? "true" : "false");
            !problem.empty())
            return problem;
    }
    return {};
}

std::string fitNext(const DetectionResult &result, const StackDefinition &stack, Config &config)
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
            return "Next.js without a next.config file: create next.config.mjs with `export default { output: 'standalone' }`";
        if (std::string problem = setFact(config, stack, "nextConfig", fact("nextConfig", "")); !problem.empty())
            return problem;
        const bool needsTypescript = fact("configTypescript", "false") == "true";
        // pnpm links node_modules/typescript into its store, so the folder alone is not the package.
        if (needsTypescript && config.packageManager == "pnpm")
            return "next.config.ts needs typescript when next start runs, and with pnpm it cannot be taken from the build "
                   "alone: add output: 'standalone' to next.config.ts, or move typescript to dependencies";
        if (std::string problem = setFact(config, stack, "configTypescript", needsTypescript ? "true" : "false");
            !problem.empty())
            return problem;
        config.startCommand = result.startCommand;
    }
    if (std::string problem = lockfileProblem(result, stack, config); !problem.empty())
        return problem;
    if (std::string problem = setFact(config, stack, "publicDir", has(result, "public/") ? "true" : "false"); !problem.empty())
        return problem;
    return setInstallFiles(result, stack, config);
}

std::string fitNode(const DetectionResult &result, const StackDefinition &stack, Config &config,
                    std::vector<std::string> *notes)
{
    if (const auto hook = result.options.find("installScript"); hook != result.options.end())
        return "package.json runs \"" + printable(hook->second) + "\" at install, which needs the sources, but the "
               "dependency stages install before the sources are copied: not supported yet";
    if (result.startCommand.empty())
        return "the project states no start command: add a start script to package.json or set --start-command";
    NodeStartContext context;
    context.buildOutputs = result.buildOutputs;
    const NodeStart start = translateStartScript(result.startCommand, context);
    if (!start.problem.empty())
        return start.problem;
    if (std::string problem = lockfileProblem(result, stack, config); !problem.empty())
        return problem;

    // A known server's port and address flags (fastify's -p and -a) are the generator's to
    // write, from config.port and 0.0.0.0, so EXPOSE and the command always agree.
    config.startCommand = start.command;
    if (result.bindAddress == "127.0.0.1") {
        if (result.bindSetting.rfind("env:", 0) == 0) {
            if (std::string problem = setFact(config, stack, "hostEnv", result.bindSetting.substr(4)); !problem.empty())
                return problem;
        } else if (result.bindSetting.empty()) {
            return "the app listens on 127.0.0.1 only (" + printable(result.startFile)
                   + "), which is unreachable from outside a container: make it listen on 0.0.0.0";
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
            return "the start file " + printable(result.startFile) + " is not in the build output " + printable(output)
                   + "/, the only part of the project the runtime stage copies: not supported yet";
    } else if (notes) {
        notes->push_back("could not tell which folder the build writes; set --option outputDir=... (now "
                         + config.options["outputDir"] + ")");
    }
    return setInstallFiles(result, stack, config);
}

// A static build: the folder its build writes and whether unknown paths fall back to
// index.html, for the static template's options (those it lacks are left alone).
std::string fitStaticSite(const DetectionResult &result, const StackDefinition &stack, Config &config)
{
    for (const char *id : {"outputDir", "spaFallback"}) {
        const auto found = result.options.find(id);
        if (found == result.options.end())
            continue;
        if (std::string problem = setFact(config, stack, id, found->second); !problem.empty())
            return problem;
    }
    return {};
}

} // namespace

std::string fitNodeProject(const DetectionResult &result, const StackDefinition &stack, Config &config,
                           std::vector<std::string> *notes)
{
    if (result.stack == "nextjs")
        return fitNext(result, stack, config);
    if (result.stack == "node")
        return fitNode(result, stack, config, notes);
    if (result.stack == "static" && result.language == "node")
        return fitStaticSite(result, stack, config);
    return {};
}

} // namespace stagecraft
