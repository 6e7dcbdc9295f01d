#include "detect/detectors.h"
#include "detect/versions.h"

#include <array>
#include <cctype>

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
        context.warn(packageFile + ": packageManager \"" + field + "\" is not one Stagecraft knows");
    }
    for (const auto &[file, manager] : found) {
        if (result.packageManager.empty()) {
            context.setOnce(result.packageManager, manager, file,
                            "lockfile " + fileNameOf(file) + (manager == "yarn-berry" ? " (Yarn Berry)" : ""),
                            Confidence::Certain);
        } else if (manager != result.packageManager) {
            context.warn(file + ": lockfile of " + manager + " while the project uses " + result.packageManager
                         + "; delete the stale lockfile");
        }
    }
    if (result.packageManager.empty()) {
        const std::string yarnrc = context.findUp(".yarnrc.yml");
        if (!yarnrc.empty()) {
            context.setOnce(result.packageManager, "yarn-berry", yarnrc, ".yarnrc.yml (Yarn Berry settings)",
                            Confidence::Likely);
        } else {
            context.setOnce(result.packageManager, "npm", packageFile, "no lockfile; npm is the default",
                            Confidence::Guess);
            context.warn("no lockfile found: dependency versions are not pinned; commit the lockfile of your package manager");
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

void detectNext(ScanContext &context)
{
    DetectionResult &result = context.result();
    for (const char *name : {"next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"}) {
        const std::string path = context.inProject(name);
        const auto text = context.read(path, 1024 * 1024);
        if (!text)
            continue;
        static const std::regex standalone(R"re(\boutput\s*:\s*['"`]standalone['"`])re");
        if (!findInLines(*text, standalone).empty()) {
            result.options["nextStandalone"] = "true";
            context.addEvidence(path, "output: 'standalone'", Confidence::Certain);
        } else {
            result.options["nextStandalone"] = "false";
            context.warn(path + " does not set output: 'standalone'; add `output: 'standalone'` to the exported "
                         "config so the image ships .next/standalone instead of all of node_modules");
        }
        return;
    }
    result.options["nextStandalone"] = "false";
    context.warn("no next.config.js: create next.config.mjs with `export default { output: 'standalone' }` "
                 "so the image ships .next/standalone instead of all of node_modules");
}

// The file a start command runs, if it is `node FILE`.
std::string nodeEntry(const std::string &command)
{
    static const std::regex node(R"(^node\s+(?:--\S+\s+)*([\w./@-]+\.[cm]?js)\b)");
    return searchLine(command, node);
}

void detectCommands(ScanContext &context, const json &package, const std::string &packageFile)
{
    DetectionResult &result = context.result();
    const json scripts = package.value("scripts", json::object());
    const std::string build = stringAt(scripts, "build");
    if (!build.empty())
        context.setOnce(result.buildCommand, runScript(result.packageManager, "build"), packageFile,
                        "scripts.build: \"" + build + "\"", Confidence::Certain);

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
            }
        } catch (const json::exception &error) {
            const auto *parseError = dynamic_cast<const json::parse_error *>(&error);
            const std::size_t offset = parseError ? parseError->byte : 0;
            context.warn(context.inProject("tsconfig.json") + ": malformed JSON at "
                         + positionOf(*tsconfig, offset > 0 ? offset - 1 : 0) + "; ignored");
        }
    }

    if (result.stack == "nextjs") {
        if (result.options["nextStandalone"] == "true")
            context.setOnce(result.startCommand, "node server.js", packageFile,
                            "Next.js standalone output starts with server.js", Confidence::Likely);
        else
            context.setOnce(result.startCommand, runScript(result.packageManager, "start"), packageFile,
                            "Next.js without standalone output runs `next start`", Confidence::Guess);
        return;
    }
    const std::string start = stringAt(scripts, "start");
    if (!start.empty()) {
        if (!nodeEntry(start).empty())
            context.setOnce(result.startCommand, start, packageFile, "scripts.start: \"" + start + "\"", Confidence::Certain);
        else
            context.setOnce(result.startCommand, runScript(result.packageManager, "start"), packageFile,
                            "scripts.start: \"" + start + "\"", Confidence::Likely);
        return;
    }
    const std::string main = stringAt(package, "main");
    if (!main.empty()) {
        context.setOnce(result.startCommand, "node " + main, packageFile, "main: \"" + main + "\"", Confidence::Likely);
        return;
    }
    for (const char *name : {"server.js", "index.js", "app.js", "main.js"}) {
        if (context.isFile(context.inProject(name))) {
            context.setOnce(result.startCommand, std::string("node ") + name, context.inProject(name),
                            "entry file by its conventional name", Confidence::Guess);
            return;
        }
    }
}

void detectNodePort(ScanContext &context, const json &package)
{
    DetectionResult &result = context.result();
    std::vector<std::string> candidates;
    const std::string entry = nodeEntry(result.startCommand);
    if (!entry.empty() && entry != "server.js")
        candidates.push_back(entry);
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
            context.setPort(port, path, "listens on " + std::to_string(port) + " by default", Confidence::Guess);
            return;
        }
    }
    struct Framework { const char *dependency; int port; };
    for (const Framework &framework : {Framework{"next", 3000}, Framework{"nuxt", 3000},
                                       Framework{"@nestjs/core", 3000}, Framework{"@remix-run/serve", 3000},
                                       Framework{"astro", 4321}}) {
        if (hasDependency(package, framework.dependency, nullptr)) {
            context.setPort(framework.port, context.inProject("package.json"),
                            std::string(framework.dependency) + " listens on " + std::to_string(framework.port)
                                + " by default",
                            Confidence::Guess);
            return;
        }
    }
}

} // namespace

bool hasNodeProject(const ScanContext &context)
{
    return context.isFile(context.inProject("package.json"));
}

void detectNode(ScanContext &context)
{
    DetectionResult &result = context.result();
    const std::string packageFile = context.inProject("package.json");
    result.language = "node";
    json package = json::object();
    if (auto parsed = context.readJson(packageFile); parsed && parsed->is_object())
        package = std::move(*parsed);

    const char *section = nullptr;
    if (hasDependency(package, "next", &section)) {
        result.stack = "nextjs";
        context.addEvidence(packageFile, std::string(section) + " has \"next\"", Confidence::Likely, "stack");
    } else {
        result.stack = "node";
        context.addEvidence(packageFile, "package.json", Confidence::Certain, "stack");
    }
    detectPackageManager(context, package, packageFile);
    detectNodeVersion(context, package, packageFile);
    if (result.stack == "nextjs")
        detectNext(context);
    detectCommands(context, package, packageFile);
    detectNodePort(context, package);
}

} // namespace stagecraft
