#include "estimate/dockerfileread.h"

#include "check/dockerfileparser.h"
#include "common/translated.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

namespace stagecraft {

namespace {

using Values = std::map<std::string, std::string>;

enum class DependencyLevel { None, Production, All };

// What one stage's file system holds, in the estimator's parts.
struct StageParts
{
    std::string name;
    std::string workdir = "/";
    Values env;
    DependencyLevel dependencies = DependencyLevel::None;
    bool sources = false;
    bool built = false;
};

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool contains(const std::vector<std::string> &words, const std::string &word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

// The commands of a RUN line: split at &&, ||, ;, | and line breaks, each into words.
std::vector<std::vector<std::string>> commandsOf(const std::string &text)
{
    std::vector<std::vector<std::string>> commands(1);
    for (const std::string &word : shellWords(text, 4096)) {
        if (word == "&&" || word == "||" || word == ";" || word == "|" || word == "\\") {
            commands.emplace_back();
            continue;
        }
        std::string plain = word;
        bool ends = false;
        if (!plain.empty() && plain.back() == ';') {
            plain.pop_back();
            ends = true;
        }
        if (!plain.empty())
            commands.back().push_back(plain);
        if (ends)
            commands.emplace_back();
    }
    std::erase_if(commands, [](const auto &command) { return command.empty(); });
    return commands;
}

// Drops `VAR=value` prefixes and wrappers that run the rest (corepack, npx).
std::vector<std::string> withoutPrefixes(std::vector<std::string> words, bool &productionEnv)
{
    while (!words.empty()) {
        const std::string &first = words.front();
        if (first == "NODE_ENV=production") {
            productionEnv = true;
        } else if (first.find('=') == std::string::npos && first != "corepack" && first != "npx" && first != "env") {
            break;
        }
        words.erase(words.begin());
    }
    return words;
}

bool isProductionOnly(const std::vector<std::string> &words)
{
    for (const std::string &word : words) {
        if (word == "--omit=dev" || word == "--production" || word == "--production=true" || word == "--prod" || word == "-P"
            || word == "--only=main" || word == "--no-dev" || word == "--without=dev")
            return true;
    }
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if ((words[i] == "--omit" && words[i + 1] == "dev") || (words[i] == "--only" && words[i + 1] == "main")
            || (words[i] == "--without" && words[i + 1] == "dev"))
            return true;
    }
    return false;
}

bool includesDev(const std::vector<std::string> &words)
{
    return contains(words, "--include=dev") || contains(words, "--production=false") || contains(words, "--dev");
}

enum class Effect { None, Install, Prune, Build, SystemPackages };

// Maven goals and Gradle tasks: a dependency warm-up fills the tool's cache (the
// dependencies), a packaging goal or task writes the jar (the build).
Effect javaBuildEffect(const std::string &tool, const std::vector<std::string> &words)
{
    const bool maven = tool == "mvn" || tool == "mvnw";
    static const std::set<std::string> mavenBuilds = {"package", "install", "verify"};
    static const std::set<std::string> gradleBuilds = {"bootJar", "jar", "build", "assemble", "installDist", "shadowJar"};
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (maven ? mavenBuilds.count(words[i]) > 0 : gradleBuilds.count(words[i]) > 0)
            return Effect::Build;
    }
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (maven ? words[i].rfind("dependency:", 0) == 0 : words[i] == "dependencies")
            return Effect::Install;
    }
    return Effect::None;
}

Effect effectOf(const std::vector<std::string> &words)
{
    if (words.empty())
        return Effect::None;
    const std::string tool = words[0].substr(words[0].rfind('/') + 1);
    const std::string verb = words.size() > 1 ? words[1] : std::string();
    const std::string object = words.size() > 2 ? words[2] : std::string();
    if (tool == "apt-get" || tool == "apt" || tool == "yum" || tool == "dnf" || tool == "microdnf")
        return verb == "install" ? Effect::SystemPackages : Effect::None;
    if (tool == "apk")
        return verb == "add" ? Effect::SystemPackages : Effect::None;
    if (verb == "prune" && (tool == "npm" || tool == "pnpm"))
        return Effect::Prune;
    if (tool == "npm")
        return verb == "ci" || verb == "install" || verb == "i" || verb == "clean-install" ? Effect::Install
               : (verb == "run" || verb == "run-script") && object.find("build") != std::string::npos ? Effect::Build
                                                                                                   : Effect::None;
    if (tool == "yarn" || tool == "pnpm" || tool == "bun") {
        if (verb.empty() || verb == "install" || verb == "i" || (verb == "workspaces" && object == "focus"))
            return Effect::Install;
        if (verb.find("build") != std::string::npos || (verb == "run" && object.find("build") != std::string::npos))
            return Effect::Build;
        return Effect::None;
    }
    if (tool == "pip" || tool == "pip3" || (tool.rfind("python", 0) == 0 && verb == "-m" && object == "pip"))
        return contains(words, "install") ? Effect::Install : Effect::None;
    if (tool == "uv")
        return verb == "sync" || (verb == "pip" && object == "install") ? Effect::Install : Effect::None;
    if (tool == "poetry")
        return verb == "install" || verb == "sync" ? Effect::Install : Effect::None;
    if (tool == "composer")
        return verb == "install" || verb == "update" ? Effect::Install
               : verb == "dump-autoload" || verb == "dumpautoload" ? Effect::Build
                                                                     : Effect::None;
    // PHP extensions are compiled into the image's own PHP, with their system libraries.
    if (tool == "install-php-extensions" || tool == "docker-php-ext-install" || (tool == "pecl" && verb == "install"))
        return Effect::SystemPackages;
    if (tool == "bundle")
        return verb == "install" ? Effect::Install : Effect::None;
    if (tool == "rails" && verb == "assets:precompile")
        return Effect::Build;
    if (tool == "go")
        return verb == "build" || verb == "install" ? Effect::Build : verb == "mod" && object == "download" ? Effect::Install
                                                                                                          : Effect::None;
    if (tool == "cargo")
        return verb == "build" || verb == "install" ? Effect::Build : verb == "fetch" ? Effect::Install : Effect::None;
    if (tool == "deno")
        return verb == "ci" || verb == "install" || verb == "i" ? Effect::Install : verb == "compile" ? Effect::Build : Effect::None;
    if (tool == "dotnet")
        return verb == "restore" ? Effect::Install : verb == "publish" || verb == "build" ? Effect::Build : Effect::None;
    if (tool == "mvn" || tool == "mvnw" || tool == "gradle" || tool == "gradlew")
        return javaBuildEffect(tool, words);
    static const std::set<std::string> builders = {"tsc", "vite", "next", "nuxt", "astro", "nest", "react-router", "remix",
                                                   "svelte-kit", "webpack", "esbuild", "rollup", "gatsby", "react-scripts"};
    if (builders.count(tool) && (tool == "tsc" || verb == "build"))
        return Effect::Build;
    return Effect::None;
}

// Manifests and settings copied before an install: a few kilobytes, not the sources.
bool isManifest(const std::string &source)
{
    static const std::set<std::string> names = {
        "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "pnpm-workspace.yaml",
        "bun.lock", "bun.lockb", ".npmrc", ".yarnrc", ".yarnrc.yml", "requirements.txt", "pyproject.toml", "poetry.lock",
        "uv.lock", "pipfile", "pipfile.lock", "go.mod", "go.sum", "gemfile", "gemfile.lock", "composer.json",
        "composer.lock", "cargo.toml", "cargo.lock", "pom.xml", "mvnw", ".mvn", "gradlew", "gradle", "build.gradle",
        "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "gradle.properties", "global.json", "nuget.config",
        "directory.build.props", "directory.packages.props", "deno.json", "deno.jsonc", "deno.lock"};
    std::string name = lower(source);
    while (!name.empty() && name.back() == '/')
        name.pop_back();
    name = name.substr(name.rfind('/') + 1);
    while (!name.empty() && (name.back() == '*' || name.back() == ']'))
        name.pop_back();
    const auto endsWith = [&name](const std::string &suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return names.count(name) > 0 || (name.rfind("requirements", 0) == 0 && name.find(".txt") != std::string::npos)
           || endsWith(".csproj") || endsWith(".fsproj") || endsWith(".sln") || endsWith(".slnx");
}

std::string cleanFolder(const std::string &workdir, std::string path)
{
    if (path.empty() || path == ".")
        path = workdir;
    else if (path.front() != '/')
        path = (workdir == "/" ? std::string("/") : workdir + "/") + path;
    while (path.size() > 1 && path.back() == '/')
        path.pop_back();
    while (path.size() > 2 && path.compare(path.size() - 2, 2, "/.") == 0)
        path.erase(path.size() - 2);
    return path.empty() ? "/" : path;
}

Instruction layer(const ParsedInstruction &parsed, const std::string &holds)
{
    Instruction instruction;
    instruction.keyword = parsed.keyword;
    for (const auto &[flag, values] : parsed.flags) {
        for (const std::string &value : values)
            instruction.flags.push_back("--" + flag + "=" + value);
    }
    instruction.argumentLines = {parsed.text};
    instruction.holds = holds;
    return instruction;
}

const char *dependencyHolds(DependencyLevel level)
{
    return level == DependencyLevel::All ? Holds::AllDependencies : Holds::Dependencies;
}

class Reader
{
public:
    Outcome<Document> read(const std::string &text)
    {
        const ParsedDockerfile parsed = parseDockerfile(text);
        for (const ParsedInstruction &instruction : parsed.instructions) {
            if (instruction.keyword == "FROM")
                from(instruction);
            else if (m_parts.empty() && instruction.keyword == "ARG")
                remember(m_globalArgs, instruction.words);
            else if (!m_parts.empty())
                step(instruction);
        }
        if (m_document.stages.empty())
            return Outcome<Document>::failure(coreText("estimate", "the Dockerfile has no FROM instruction"));
        return Outcome<Document>::success(std::move(m_document));
    }

private:
    void remember(Values &values, const std::vector<std::string> &words)
    {
        for (const std::string &word : words) {
            const auto equals = word.find('=');
            if (equals == std::string::npos) {
                if (const auto global = m_globalArgs.find(word); global != m_globalArgs.end())
                    values[word] = global->second;
                continue;
            }
            bool resolved = true;
            values[word.substr(0, equals)] = expandVariables(word.substr(equals + 1), values, resolved);
        }
    }

    void from(const ParsedInstruction &instruction)
    {
        const std::vector<std::string> &words = instruction.words;
        bool resolved = true;
        const std::string image = words.empty() ? std::string() : expandVariables(words[0], m_globalArgs, resolved);
        Stage stage;
        stage.baseImage = image;
        StageParts parts;
        if (words.size() >= 3 && lower(words[1]) == "as")
            parts.name = stage.name = lower(words[2]);
        if (const StageParts *base = stageNamed(image))
            parts = StageParts{parts.name, base->workdir, base->env, base->dependencies, base->sources, base->built};
        m_document.stages.push_back(std::move(stage));
        m_parts.push_back(std::move(parts));
    }

    const StageParts *stageNamed(const std::string &name) const
    {
        const std::string wanted = lower(name);
        for (const StageParts &parts : m_parts) {
            if (!parts.name.empty() && parts.name == wanted)
                return &parts;
        }
        // --from=0 names a stage by its index.
        if (!wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](unsigned char c) { return std::isdigit(c); })
            && wanted.size() < 4 && static_cast<std::size_t>(std::stoi(wanted)) < m_parts.size())
            return &m_parts[static_cast<std::size_t>(std::stoi(wanted))];
        return nullptr;
    }

    void step(const ParsedInstruction &instruction)
    {
        StageParts &parts = m_parts.back();
        std::vector<Instruction> &into = m_document.stages.back().instructions;
        const std::string &keyword = instruction.keyword;
        if (keyword == "ENV" || keyword == "ARG") {
            remember(parts.env, instruction.words);
        } else if (keyword == "WORKDIR") {
            bool resolved = true;
            parts.workdir = cleanFolder(parts.workdir, expandVariables(instruction.text, parts.env, resolved));
        } else if (keyword == "RUN") {
            run(instruction, parts, into);
        } else if (keyword == "COPY" || keyword == "ADD") {
            copy(instruction, parts, into);
        }
    }

    void run(const ParsedInstruction &instruction, StageParts &parts, std::vector<Instruction> &into)
    {
        std::set<std::string> added;
        const auto add = [&](const std::string &holds) {
            if (added.insert(holds).second)
                into.push_back(layer(instruction, holds));
        };
        for (const auto &command : commandsOf(instruction.text)) {
            bool productionEnv = false;
            const std::vector<std::string> words = withoutPrefixes(command, productionEnv);
            switch (effectOf(words)) {
            case Effect::Install: {
                const auto nodeEnv = parts.env.find("NODE_ENV");
                productionEnv = productionEnv || (nodeEnv != parts.env.end() && nodeEnv->second == "production");
                const bool production = isProductionOnly(words) || (productionEnv && !includesDev(words));
                const DependencyLevel level = production ? DependencyLevel::Production : DependencyLevel::All;
                parts.dependencies = std::max(parts.dependencies, level);
                add(dependencyHolds(level));
                break;
            }
            case Effect::Prune:
                // Removing files adds no layer size, but a later COPY --from of this
                // stage then carries only the production dependencies.
                if (parts.dependencies == DependencyLevel::All)
                    parts.dependencies = DependencyLevel::Production;
                break;
            case Effect::Build:
                parts.built = true;
                add(Holds::BuildOutput);
                break;
            case Effect::SystemPackages:
                add(Holds::SystemPackages);
                break;
            case Effect::None:
                break;
            }
        }
        if (added.empty())
            into.push_back(layer(instruction, Holds::Nothing));
    }

    void copy(const ParsedInstruction &instruction, StageParts &parts, std::vector<Instruction> &into)
    {
        std::vector<std::string> sources = instruction.execForm ? instruction.words : shellWords(instruction.text, 4096);
        if (!sources.empty())
            sources.pop_back(); // the destination
        const auto from = instruction.flags.find("from");
        if (from == instruction.flags.end() || from->second.empty()) {
            const bool manifests = !sources.empty() && std::all_of(sources.begin(), sources.end(), isManifest);
            if (!manifests)
                parts.sources = true;
            into.push_back(layer(instruction, manifests ? Holds::Nothing : Holds::Sources));
            return;
        }
        const StageParts *origin = stageNamed(from->second.front());
        if (!origin) {
            // A file from another image (a binary such as bun or tini): small, not counted.
            into.push_back(layer(instruction, Holds::Nothing));
            return;
        }
        std::vector<std::string> holds;
        for (const std::string &source : sources) {
            bool resolved = true;
            const std::string path = cleanFolder(origin->workdir, expandVariables(source, origin->env, resolved));
            const std::string name = path.substr(path.rfind('/') + 1);
            if (path == origin->workdir || path == "/") {
                // The whole working folder: everything the stage put there.
                if (origin->dependencies != DependencyLevel::None)
                    holds.push_back(dependencyHolds(origin->dependencies));
                if (origin->sources)
                    holds.push_back(Holds::Sources);
                if (origin->built)
                    holds.push_back(Holds::BuildOutput);
                parts.dependencies = std::max(parts.dependencies, origin->dependencies);
                parts.sources = parts.sources || origin->sources;
                parts.built = parts.built || origin->built;
            } else if (name == "node_modules" || name == ".venv" || name == "site-packages" || name == "venv") {
                holds.push_back(dependencyHolds(origin->dependencies));
                parts.dependencies = std::max(parts.dependencies, origin->dependencies);
            } else if (origin->built && (name == "dependencies" || name == "snapshot-dependencies")) {
                // A Spring Boot layer of libraries: the runtime dependencies, not the app.
                holds.push_back(Holds::Dependencies);
                parts.dependencies = std::max(parts.dependencies, DependencyLevel::Production);
            } else if (origin->built && name == "spring-boot-loader") {
                continue; // empty unless extracted with --launcher; a few hundred kilobytes if not
            } else if (origin->built && !isManifest(name)) {
                holds.push_back(Holds::Application);
                parts.built = true;
            } else if (origin->sources && !isManifest(name)) {
                holds.push_back(Holds::Sources);
                parts.sources = true;
            }
        }
        std::set<std::string> seen;
        for (const std::string &part : holds) {
            if (seen.insert(part).second)
                into.push_back(layer(instruction, part));
        }
        if (seen.empty())
            into.push_back(layer(instruction, Holds::Nothing));
    }

    Document m_document;
    std::vector<StageParts> m_parts; // one per stage, in order
    Values m_globalArgs;
};

} // namespace

Outcome<Document> readDockerfileForEstimate(const std::string &text)
{
    return Reader().read(text);
}

} // namespace stagecraft
