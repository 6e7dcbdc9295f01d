// Properties every generated Dockerfile keeps, checked over every combination that
// `stagecraft options --json` offers: each stack in the catalog x package managers x
// language versions x usable bases x non-root on/off x cache mounts on/off. The checks read
// the rendered text, as a linter or a reviewer would, not the document model.
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "../support/offeredcombinations.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QStandardPaths>
#include <QTest>

#include <map>
#include <regex>
#include <set>

using namespace stagecraft;

namespace {

// What each package manager's dependency install must cache, as root in the official
// images (dockerfile-rules.md 4.1): a new package manager fails until it is named here.
const std::map<std::string, std::set<std::string>> &expectedCacheTargets()
{
    static const std::map<std::string, std::set<std::string>> table{
        {"npm", {"/root/.npm"}},
        {"pnpm", {"/pnpm/store"}},
        {"yarn", {"/usr/local/share/.cache/yarn"}},
        {"yarn-berry", {"/root/.yarn/berry/cache"}},
        {"bun", {"/root/.bun/install/cache"}},
        {"pip", {"/root/.cache/pip"}},
        {"poetry", {"/root/.cache/pypoetry"}},
        {"uv", {"/root/.cache/uv"}},
        {"go", {"/go/pkg/mod", "/root/.cache/go-build"}},
        {"gomod", {"/go/pkg/mod", "/root/.cache/go-build"}},
        {"go-modules", {"/go/pkg/mod", "/root/.cache/go-build"}},
        {"cargo", {"/usr/local/cargo/registry/", "/usr/local/cargo/git/db", "/cargo-target"}},
        {"maven", {"/root/.m2"}},
        {"gradle", {"/cache/gradle"}},
        {"nuget", {"/root/.nuget/packages"}},
        {"composer", {"/tmp/composer-cache"}},
        {"bundler", {"/cache/bundler"}},
        // DENO_DIR is both Deno's download cache and the install the runtime copies: no mount.
        {"deno", {}},
    };
    return table;
}

// Cache mounts any stack may add for system packages, whatever its package manager.
const std::set<std::string> &systemCacheTargets()
{
    static const std::set<std::string> targets{"/var/cache/apk", "/var/cache/apt", "/var/lib/apt"};
    return targets;
}

// The lockfile each package manager installs from.
const std::map<std::string, std::string> &lockfiles()
{
    static const std::map<std::string, std::string> table{
        {"npm", "package-lock.json"}, {"pnpm", "pnpm-lock.yaml"}, {"yarn", "yarn.lock"}, {"yarn-berry", "yarn.lock"},
        {"bun", "bun.lock"},          {"pip", "requirements.txt"}, {"poetry", "poetry.lock"}, {"uv", "uv.lock"},
        {"go", "go.sum"},             {"gomod", "go.sum"},         {"go-modules", "go.sum"},
        {"cargo", "Cargo.lock"},
        // Maven and Gradle have no lockfile: the build files the dependency step reads.
        // .NET: the default project file (projectDir ".", projectName "app").
        {"maven", "pom.xml"},         {"gradle", "build.gradle*"}, {"nuget", "app.csproj"},
        {"composer", "composer.lock"}, {"bundler", "Gemfile.lock"}, {"deno", "deno.lock"},
    };
    return table;
}

struct Line
{
    std::string keyword;
    std::vector<std::string> flags; // leading --flags
    std::string args;               // the rest
};

struct ParsedStage
{
    std::string image;
    std::string name;
    int parent = -1; // index of the stage this one is built FROM, or -1 for an image
    std::vector<Line> lines;
};

struct Parsed
{
    std::vector<std::string> directives; // leading "# x=y" lines
    bool directiveFirst = false;
    std::vector<ParsedStage> stages;
    std::vector<std::string> errors;
};

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> words(const std::string &s)
{
    std::vector<std::string> out;
    std::string word;
    char quote = 0;
    for (char c : s) {
        if (quote) {
            word += c;
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
            word += c;
        } else if (c == ' ' || c == '\t') {
            if (!word.empty())
                out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        out.push_back(word);
    return out;
}

Parsed parse(const std::string &text)
{
    Parsed parsed;
    std::vector<std::string> physical;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        physical.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    parsed.directiveFirst = !physical.empty() && physical.front().rfind("# syntax=", 0) == 0;
    std::string logical;
    bool seenInstruction = false;
    for (const std::string &raw : physical) {
        if (!seenInstruction && raw.rfind("# ", 0) == 0) {
            parsed.directives.push_back(raw);
            continue;
        }
        if (trim(raw).empty() || trim(raw).front() == '#') {
            if (!logical.empty())
                parsed.errors.push_back("blank or comment line inside a continuation");
            continue;
        }
        const bool continues = raw.size() >= 2 && raw.compare(raw.size() - 2, 2, " \\") == 0;
        logical += (logical.empty() ? "" : " ") + trim(continues ? raw.substr(0, raw.size() - 2) : raw);
        if (continues)
            continue;
        seenInstruction = true;
        std::vector<std::string> tokens = words(logical);
        Line line;
        line.keyword = tokens.front();
        std::size_t i = 1;
        while (i < tokens.size() && tokens[i].rfind("--", 0) == 0)
            line.flags.push_back(tokens[i++]);
        const std::size_t keywordEnd = logical.find(' ');
        std::string rest = keywordEnd == std::string::npos ? std::string() : trim(logical.substr(keywordEnd));
        for (const std::string &flag : line.flags)
            rest = trim(rest.substr(flag.size()));
        line.args = rest;
        logical.clear();
        if (line.keyword == "FROM") {
            ParsedStage stage;
            const std::vector<std::string> parts = words(line.args);
            stage.image = parts.empty() ? std::string() : parts[0];
            if (parts.size() == 3 && parts[1] == "AS")
                stage.name = parts[2];
            else if (parts.size() != 1)
                parsed.errors.push_back("FROM with unexpected arguments: " + line.args);
            for (std::size_t s = 0; s < parsed.stages.size(); ++s) {
                if (!parsed.stages[s].name.empty() && parsed.stages[s].name == stage.image)
                    stage.parent = static_cast<int>(s);
            }
            parsed.stages.push_back(stage);
            continue;
        }
        if (parsed.stages.empty()) {
            if (line.keyword != "ARG")
                parsed.errors.push_back(line.keyword + " before the first FROM");
            continue;
        }
        parsed.stages.back().lines.push_back(line);
    }
    if (!logical.empty())
        parsed.errors.push_back("the file ends inside a continuation");
    return parsed;
}

std::map<std::string, std::string> mountFields(const std::string &flag)
{
    std::map<std::string, std::string> fields;
    std::string body = flag.substr(std::string("--mount=").size());
    std::size_t start = 0;
    while (start <= body.size()) {
        const std::size_t comma = body.find(',', start);
        const std::string part = body.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const std::size_t eq = part.find('=');
        fields[part.substr(0, eq)] = eq == std::string::npos ? std::string() : part.substr(eq + 1);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return fields;
}

std::vector<std::map<std::string, std::string>> mounts(const Line &line)
{
    std::vector<std::map<std::string, std::string>> out;
    for (const std::string &flag : line.flags) {
        if (flag.rfind("--mount=", 0) == 0)
            out.push_back(mountFields(flag));
    }
    return out;
}

std::string flagValue(const Line &line, const std::string &name)
{
    for (const std::string &flag : line.flags) {
        if (flag.rfind(name + "=", 0) == 0)
            return flag.substr(name.size() + 1);
    }
    return {};
}

// An image reference that pins a version: a tag other than latest, or a digest.
bool pinnedImage(const std::string &image)
{
    if (image.find("@sha256:") != std::string::npos)
        return true;
    const std::size_t slash = image.rfind('/');
    const std::size_t colon = image.find(':', slash == std::string::npos ? 0 : slash);
    if (colon == std::string::npos)
        return false;
    const std::string tag = image.substr(colon + 1);
    return !tag.empty() && tag != "latest";
}

// The stages a stage inherits its filesystem and ENV from, itself last.
std::vector<int> chain(const Parsed &parsed, int stage)
{
    std::vector<int> out;
    for (int s = stage; s >= 0; s = parsed.stages[static_cast<std::size_t>(s)].parent)
        out.insert(out.begin(), s);
    return out;
}

// ENV values in effect before line `upTo` of `stage` (all lines of its ancestors).
std::map<std::string, std::string> envBefore(const Parsed &parsed, int stage, std::size_t upTo)
{
    std::map<std::string, std::string> env;
    for (int s : chain(parsed, stage)) {
        const ParsedStage &st = parsed.stages[static_cast<std::size_t>(s)];
        const std::size_t end = s == stage ? upTo : st.lines.size();
        for (std::size_t i = 0; i < end; ++i) {
            if (st.lines[i].keyword != "ENV")
                continue;
            for (const std::string &word : words(st.lines[i].args)) {
                const std::size_t eq = word.find('=');
                if (eq != std::string::npos)
                    env[word.substr(0, eq)] = word.substr(eq + 1);
            }
        }
    }
    return env;
}

// True when `stage` or a stage it is built from binds or copies `file` from the context.
bool usesFile(const Parsed &parsed, int stage, const std::string &file)
{
    for (int s : chain(parsed, stage))
        for (const Line &line : parsed.stages[static_cast<std::size_t>(s)].lines) {
            for (const auto &mount : mounts(line))
                if (mount.count("source") && mount.at("source") == file && !mount.count("from"))
                    return true;
            if (line.keyword == "COPY" && flagValue(line, "--from").empty()) {
                const std::vector<std::string> parts = words(line.args);
                for (std::size_t w = 0; w + 1 < parts.size(); ++w)
                    if (parts[w] == file)
                        return true;
            }
        }
    return false;
}

bool isFullInstall(const std::string &command)
{
    static const std::regex install("(^|&& )(npm ci|pnpm install|yarn install|bun install)( |$)");
    static const std::regex productionOnly("--omit=dev|--prod\\b|--production");
    return std::regex_search(command, install) && !std::regex_search(command, productionOnly);
}

using stagecraft::testing::Combination;

// A combination's two Dockerfiles, parsed.
struct GeneratedPair
{
    const Combination *combination;
    Parsed multi;
    Parsed single;
};

// std::regex compiles slowly (and far more slowly under a sanitizer): each pattern once.
bool matchesWhole(const std::string &text, const char *pattern)
{
    static std::map<std::string, std::regex> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.emplace(pattern, std::regex(pattern)).first;
    return std::regex_match(text, it->second);
}

} // namespace

class TestGeneratorProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY2(m_catalog.issues().empty(), m_catalog.issues().empty() ? "" : m_catalog.issues().front().toString().c_str());

        // The combinations come from the CLI's own contract, so whatever it offers is covered.
        const nlohmann::json options = stagecraft::testing::offeredOptions();
        QCOMPARE(options["stacks"].size(), m_catalog.stacks().size());
        m_combinations = stagecraft::testing::offeredCombinations(m_catalog, options);
        QVERIFY(m_combinations.size() >= 2 * 5 * 3 * 3 * 4); // node and nextjs alone give this many

        // The install facts a project scan sets, all at once in two ways, so their
        // instructions meet every rule too (the combinations above keep the defaults).
        const std::vector<std::map<std::string, std::string>> installFacts = {
            {{"locked", "false"}, {"npmrc", "true"}, {"pnpmfile", "true"}, {"patches", "true"}, {"installHook", "postinstall"},
             {"buildPackages", "python3 make g++"}, {"prismaEngine", "true"}, {"runtimePackages", "libcairo2"}},
            {{"yarnReleases", "true"}, {"yarnPlugins", "true"}, {"yarnPatches", "true"}, {"pnpmWorkspace", "true"},
             {"prismaGenerate", "true"}, {"prismaEngine", "true"}},
        };
        for (const char *stackId : {"node", "nextjs"}) {
            const StackDefinition *definition = m_catalog.find(stackId);
            for (std::size_t set = 0; set < installFacts.size(); ++set)
                for (const Choice &pm : definition->packageManagers)
                    for (const char *base : {"alpine", "slim", "distroless"})
                        for (bool cacheMounts : {true, false}) {
                            Config config = defaultConfig(*definition);
                            config.packageManager = pm.id;
                            config.base = base;
                            config.cacheMounts = cacheMounts;
                            for (const auto &[id, value] : installFacts[set])
                                if (definition->option(id) && !(id == "runtimePackages" && config.base == "distroless"))
                                    config.options[id] = value;
                            m_combinations.push_back({config, definition->id + " " + pm.id + " " + base + " install facts "
                                                                  + std::to_string(set + 1) + (cacheMounts ? " cache" : " no-cache")});
                        }
        }
    }

    // A combination `options --json` offers either generates, or is refused by validation with
    // a one-line reason (the contract cannot say "distroless only with Python 3.13"); it never
    // fails inside a template. Each offered base works with at least one version, and the
    // Node.js stacks refuse nothing they offer.
    void everyCombinationGeneratesOrIsRefusedWithAReason()
    {
        std::string failures;
        std::map<std::string, int> generatedPerBase;
        for (const Combination &c : m_combinations) {
            const std::string key = c.config.stack + " " + c.config.packageManager + " " + c.config.base;
            generatedPerBase[key] += 0;
            Outcome<Generated> generated = generate(m_catalog, c.config);
            if (generated) {
                ++generatedPerBase[key];
                continue;
            }
            const std::string reason = validateConfig(m_catalog, c.config);
            if (reason.empty() || reason != generated.error() || reason.find('\n') != std::string::npos)
                failures += "\n  " + c.label + ": " + generated.error();
            if (c.config.stack == "node" || c.config.stack == "nextjs")
                failures += "\n  " + c.label + " is offered but refused: " + generated.error();
        }
        for (const auto &[key, count] : generatedPerBase) {
            if (count == 0)
                failures += "\n  " + key + ": offered, but no language version generates";
        }
        QVERIFY2(failures.empty(), failures.c_str());
    }

    void structure()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            expect(multi.errors.empty(), c, "multi-stage: " + (multi.errors.empty() ? std::string() : multi.errors.front()));
            expect(single.errors.empty(), c, "single-stage: " + (single.errors.empty() ? std::string() : single.errors.front()));
            expect(multi.stages.size() >= 2, c, "the multi-stage variant has fewer than two FROM lines");
            expect(single.stages.size() == 1, c, "the single-stage variant does not have exactly one FROM");
            for (const Parsed *p : {&multi, &single}) {
                std::set<std::string> names;
                for (const ParsedStage &stage : p->stages) {
                    if (stage.name.empty())
                        continue;
                    expect(matchesWhole(stage.name, "[a-z][a-z0-9_.-]*"), c, "stage name not lower case: " + stage.name);
                    expect(names.insert(stage.name).second, c, "duplicate stage name " + stage.name);
                    expect(stage.name != "scratch" && stage.name != "context", c, "reserved stage name " + stage.name);
                }
            }
        });
    }

    void syntaxDirectiveWheneverBuildKitSyntaxIsUsed()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single}) {
                bool buildKit = false;
                for (const ParsedStage &stage : p->stages)
                    for (const Line &line : stage.lines) {
                        for (const std::string &flag : line.flags)
                            for (const char *prefix : {"--mount", "--link", "--chmod", "--parents", "--exclude", "--network", "--security"})
                                buildKit = buildKit || flag.rfind(prefix, 0) == 0;
                        buildKit = buildKit || line.args.rfind("<<", 0) == 0;
                    }
                if (buildKit)
                    expect(p->directiveFirst, c, "BuildKit syntax without '# syntax=' as the first line");
                for (std::size_t i = 0; i < p->directives.size(); ++i)
                    expect(p->directives[i].rfind("# syntax=", 0) != 0 || i == 0, c, "the syntax directive is not the first line");
            }
        });
    }

    void imagesArePinnedAndCopySourcesExist()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single}) {
                for (std::size_t s = 0; s < p->stages.size(); ++s) {
                    const ParsedStage &stage = p->stages[s];
                    expect(stage.parent >= 0 || stage.image == "scratch" || pinnedImage(stage.image), c,
                           "FROM without a pinned tag: " + stage.image);
                    for (const Line &line : stage.lines) {
                        const std::string from = flagValue(line, "--from");
                        if (line.keyword != "COPY" || from.empty())
                            continue;
                        bool earlier = false;
                        for (std::size_t e = 0; e < s; ++e)
                            earlier = earlier || p->stages[e].name == from;
                        expect(from != stage.name, c, "COPY --from names its own stage " + from);
                        expect(earlier || pinnedImage(from), c, "COPY --from=" + from + " is neither an earlier stage nor a pinned image");
                    }
                    for (const Line &line : stage.lines)
                        for (const auto &mount : mounts(line))
                            if (mount.count("from")) {
                                bool earlier = false;
                                for (std::size_t e = 0; e < s; ++e)
                                    earlier = earlier || p->stages[e].name == mount.at("from");
                                expect(earlier || pinnedImage(mount.at("from")), c, "mount from an unpinned image " + mount.at("from"));
                            }
                }
            }
        });
    }

    void finalStageRunsAsNonRootWhenAsked()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            if (!c.config.nonRoot)
                return;
            for (const Parsed *p : {&multi, &single}) {
                const ParsedStage &last = p->stages.back();
                std::string user;
                for (const Line &line : last.lines) {
                    if (line.keyword != "USER")
                        continue;
                    user = line.args;
                    expect(!matchesWhole(line.args, "(root|0)(:.*)?"), c, "USER root in the final stage: " + line.args);
                }
                expect(matchesWhole(user, "[1-9][0-9]*(:[0-9]+)?"), c,
                       "the final stage does not end as a non-zero numeric user: '" + user + "'");
            }
        });
    }

    void cacheMountsIfAndOnlyIfAsked()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            const auto expected = expectedCacheTargets().find(c.config.packageManager);
            expect(expected != expectedCacheTargets().end(), c, "no expected cache target in the test's table for " + c.config.packageManager);
            if (expected == expectedCacheTargets().end())
                return;
            std::set<std::string> found;
            for (const ParsedStage &stage : multi.stages)
                for (const Line &line : stage.lines)
                    for (const auto &mount : mounts(line))
                        if (mount.count("type") && mount.at("type") == "cache")
                            found.insert(mount.count("target") ? mount.at("target") : std::string());
            // A secret (.npmrc) is the one mount even the naive variant needs: copying it would
            // leave the token in a layer.
            for (const ParsedStage &stage : single.stages)
                for (const Line &line : stage.lines)
                    for (const auto &mount : mounts(line))
                        expect(mount.count("type") && mount.at("type") == "secret", c,
                               "the naive single-stage variant uses a mount other than a secret");
            if (!c.config.cacheMounts) {
                expect(found.empty(), c, "a cache mount although cache mounts are off");
                return;
            }
            for (const std::string &target : expected->second)
                expect(found.count(target), c, "missing the cache mount on " + target);
            for (const std::string &target : found)
                expect(expected->second.count(target) || systemCacheTargets().count(target), c, "unexpected cache mount target " + target);
        });
    }

    void execFormStartCommands()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single}) {
                bool started = false;
                for (const Line &line : p->stages.back().lines) {
                    std::string json;
                    if (line.keyword == "CMD" || line.keyword == "ENTRYPOINT")
                        json = line.args;
                    else if (line.keyword == "HEALTHCHECK" && line.args.rfind("CMD ", 0) == 0)
                        json = line.args.substr(4);
                    else
                        continue;
                    started = started || line.keyword != "HEALTHCHECK";
                    const nlohmann::json argv = nlohmann::json::parse(json, nullptr, false);
                    bool valid = argv.is_array() && !argv.empty();
                    for (const auto &word : argv)
                        valid = valid && word.is_string();
                    expect(valid, c, line.keyword + " is not in exec form: " + line.args);
                }
                expect(started, c, "the final stage has no CMD or ENTRYPOINT");
            }
        });
    }

    void lockfilesComeBeforeSources()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            const auto lock = lockfiles().find(c.config.packageManager);
            expect(lock != lockfiles().end(), c, "no lockfile in the test's table for " + c.config.packageManager);
            if (lock == lockfiles().end())
                return;
            const auto locked = c.config.options.find("locked");
            if (locked != c.config.options.end() && locked->second == "false")
                return; // a project without a lockfile: judged by noLockfileInstallsUnlockedWithAWarning
            for (const Parsed *p : {&multi, &single}) {
                bool lockfileSeen = false;
                for (std::size_t s = 0; s < p->stages.size(); ++s) {
                    for (std::size_t i = 0; i < p->stages[s].lines.size(); ++i) {
                        const Line &line = p->stages[s].lines[i];
                        for (const auto &mount : mounts(line)) {
                            if (mount.count("source") && mount.at("source") == lock->second)
                                lockfileSeen = true;
                            // A bind of the whole context (no source) holds the lockfile too.
                            if (mount.count("type") && mount.at("type") == "bind" && !mount.count("source") && !mount.count("from"))
                                lockfileSeen = true;
                        }
                        if (line.keyword == "COPY" && flagValue(line, "--from").empty()) {
                            const std::vector<std::string> parts = words(line.args);
                            for (std::size_t w = 0; w + 1 < parts.size(); ++w)
                                if (parts[w] == lock->second)
                                    lockfileSeen = true;
                            const bool copiesSources = !parts.empty() && (parts.front() == "." || parts.front() == "./");
                            if (!copiesSources)
                                continue;
                            // The sources arrive after the stage chain has installed from the lockfile.
                            bool installedBefore = false;
                            for (int a : chain(*p, static_cast<int>(s))) {
                                const ParsedStage &st = p->stages[static_cast<std::size_t>(a)];
                                const std::size_t end = a == static_cast<int>(s) ? i : st.lines.size();
                                for (std::size_t k = 0; k < end; ++k) {
                                    const Line &before = st.lines[k];
                                    for (const auto &mount : mounts(before))
                                        if (mount.count("source") && mount.at("source") == lock->second)
                                            installedBefore = true;
                                    if (before.keyword == "COPY" && before.args.find(lock->second) != std::string::npos)
                                        installedBefore = true;
                                    // Or the dependencies arrive from a stage that installed them from the lockfile.
                                    const std::string from = flagValue(before, "--from");
                                    for (std::size_t o = 0; o < s && before.keyword == "COPY" && !from.empty(); ++o)
                                        if (p->stages[o].name == from && usesFile(*p, static_cast<int>(o), lock->second))
                                            installedBefore = true;
                                }
                            }
                            expect(installedBefore, c, "sources are copied before the lockfile " + lock->second);
                        }
                    }
                }
                expect(lockfileSeen, c, "the lockfile " + lock->second + " is never bound or copied");
            }
        });
    }

    void envAndArgAreWellFormedAndHoldNoSecrets()
    {
        static const std::regex deny("(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)",
                                     std::regex::icase);
        static const std::regex allow("(?:_|^)(?:public|file|version)(?:_|$)", std::regex::icase);
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single})
                for (const ParsedStage &stage : p->stages)
                    for (const Line &line : stage.lines) {
                        if (line.keyword != "ENV" && line.keyword != "ARG")
                            continue;
                        for (const std::string &word : words(line.args)) {
                            const std::size_t eq = word.find('=');
                            expect(line.keyword == "ARG" || eq != std::string::npos, c, "ENV not in key=value form: " + line.args);
                            const std::string name = word.substr(0, eq);
                            expect(matchesWhole(name, "[A-Za-z_][A-Za-z0-9_]*"), c, "odd variable name " + name);
                            expect(!std::regex_search(name, deny) || std::regex_search(name, allow), c,
                                   name + " matches BuildKit's SecretsUsedInArgOrEnv");
                        }
                    }
        });
    }

    void systemPackageInstallsFollowTheRules()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single})
                for (const ParsedStage &stage : p->stages)
                    for (const Line &line : stage.lines) {
                        if (line.keyword != "RUN")
                            continue;
                        bool apkCache = false;
                        bool aptCache = false;
                        for (const auto &mount : mounts(line)) {
                            const std::string target = mount.count("target") ? mount.at("target") : std::string();
                            apkCache = apkCache || target == "/var/cache/apk";
                            aptCache = aptCache || target == "/var/cache/apt";
                        }
                        if (line.args.find("apk add") != std::string::npos) {
                            if (apkCache) {
                                expect(line.args.find("--no-cache") == std::string::npos, c, "apk --no-cache bypasses the cache mount");
                                expect(line.args.find("ln -s /var/cache/apk /etc/apk/cache") != std::string::npos, c,
                                       "apk cache mount without the /etc/apk/cache symlink caches nothing");
                            } else {
                                expect(line.args.find("--no-cache") != std::string::npos, c, "apk add without --no-cache");
                            }
                        }
                        if (line.args.find("apt-get install") != std::string::npos) {
                            expect(line.args.find("--no-install-recommends") != std::string::npos, c, "apt-get install without --no-install-recommends");
                            if (aptCache)
                                expect(line.args.find("docker-clean") != std::string::npos || stageRemovesDockerClean(stage), c,
                                       "apt cache mount while /etc/apt/apt.conf.d/docker-clean still deletes the packages");
                        }
                    }
        });
    }

    // hadolint DL3059: consecutive RUNs with the same flags should be one RUN.
    void noConsecutiveRunsThatCouldBeOne()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single})
                for (const ParsedStage &stage : p->stages)
                    for (std::size_t i = 1; i < stage.lines.size(); ++i) {
                        const Line &a = stage.lines[i - 1];
                        const Line &b = stage.lines[i];
                        if (a.keyword == "RUN" && b.keyword == "RUN")
                            expect(a.flags != b.flags, c, "consecutive RUNs '" + a.args + "' and '" + b.args + "'");
                    }
        });
    }

    void everyInstructionLineHasAnExplanation()
    {
        for (const Combination &c : m_combinations) {
            Outcome<Generated> outcome = generate(m_catalog, c.config);
            if (!outcome)
                continue; // judged by everyCombinationGeneratesOrIsRefusedWithAReason
            const Generated &generated = outcome.value();
            for (const Document *document : {&generated.multiStage, &generated.singleStage}) {
                const RenderedDockerfile rendered = render(*document);
                for (std::size_t line = 0; line < rendered.lines.size(); ++line) {
                    if (rendered.lines[line].stage < 0)
                        continue;
                    if (explanationForLine(*document, rendered, static_cast<int>(line)).empty())
                        QFAIL((c.label + ": line " + std::to_string(line + 1) + " has no explanation").c_str());
                }
            }
        }
    }

    // dockerfile-rules.md section 8, the snippets that circulate and are wrong.

    void yarnClassicCachesWhereRootsYarnLooks()
    {
        int checked = 0;
        forEachDocument([&checked](const Combination &c, const Parsed &multi, const Parsed &) {
            if (c.config.packageManager != "yarn" || !c.config.cacheMounts)
                return;
            for (std::size_t s = 0; s < multi.stages.size(); ++s)
                for (std::size_t i = 0; i < multi.stages[s].lines.size(); ++i) {
                    const Line &line = multi.stages[s].lines[i];
                    if (line.args.find("yarn install") == std::string::npos)
                        continue;
                    ++checked;
                    const auto env = envBefore(multi, static_cast<int>(s), i);
                    const std::string expected = env.count("YARN_CACHE_FOLDER") ? env.at("YARN_CACHE_FOLDER") : "/usr/local/share/.cache/yarn";
                    bool cached = false;
                    for (const auto &mount : mounts(line)) {
                        if (mount.at("type") != "cache")
                            continue;
                        expect(mount.at("target") != "/root/.cache/yarn", c, "yarn 1 as root never uses /root/.cache/yarn");
                        cached = cached || mount.at("target") == expected;
                    }
                    expect(cached, c, "yarn install without a cache mount on " + expected);
                }
        });
        QVERIFY(checked > 0);
    }

    void pnpmStoreMountHasPnpmHome()
    {
        int checked = 0;
        forEachDocument([&checked](const Combination &c, const Parsed &multi, const Parsed &) {
            if (c.config.packageManager != "pnpm" || !c.config.cacheMounts)
                return;
            for (std::size_t s = 0; s < multi.stages.size(); ++s)
                for (std::size_t i = 0; i < multi.stages[s].lines.size(); ++i)
                    for (const auto &mount : mounts(multi.stages[s].lines[i])) {
                        if (mount.at("type") != "cache")
                            continue;
                        ++checked;
                        const auto env = envBefore(multi, static_cast<int>(s), i);
                        expect(env.count("PNPM_HOME") && mount.at("target") == env.at("PNPM_HOME") + "/store", c,
                               "pnpm store mounted at " + mount.at("target") + " without PNPM_HOME pointing there");
                    }
        });
        QVERIFY(checked > 0);
    }

    void noProductionNodeEnvBeforeTheBuildInstall()
    {
        int checked = 0;
        forEachDocument([&checked](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single})
                for (std::size_t s = 0; s < p->stages.size(); ++s)
                    for (std::size_t i = 0; i < p->stages[s].lines.size(); ++i) {
                        const Line &line = p->stages[s].lines[i];
                        if (line.keyword != "RUN" || !isFullInstall(line.args))
                            continue;
                        ++checked;
                        const auto env = envBefore(*p, static_cast<int>(s), i);
                        expect(!env.count("NODE_ENV") || env.at("NODE_ENV") != "production", c,
                               "NODE_ENV=production before '" + line.args + "' drops the dev dependencies the build needs");
                    }
        });
        QVERIFY(checked > 0);
    }

    void scratchUsesNumericIds()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &) {
            for (const ParsedStage &stage : multi.stages) {
                if (stage.image != "scratch")
                    continue;
                for (const Line &line : stage.lines) {
                    if (line.keyword == "USER")
                        expect(matchesWhole(line.args, "[0-9]+(:[0-9]+)?"), c, "named USER on scratch: " + line.args);
                    const std::string chown = flagValue(line, "--chown");
                    if (!chown.empty())
                        expect(matchesWhole(chown, "[0-9]+(:[0-9]+)?"), c, "named --chown on scratch: " + chown);
                }
            }
        });
    }

    void copyWithSeveralSourcesEndsInASlash()
    {
        forEachDocument([](const Combination &c, const Parsed &multi, const Parsed &single) {
            for (const Parsed *p : {&multi, &single})
                for (const ParsedStage &stage : p->stages)
                    for (const Line &line : stage.lines) {
                        if (line.keyword == "WORKDIR")
                            expect(line.args.rfind("/", 0) == 0, c, "relative WORKDIR " + line.args);
                        if (line.keyword != "COPY")
                            continue;
                        const std::vector<std::string> parts = words(line.args);
                        expect(parts.size() >= 2, c, "COPY needs a source and a destination: " + line.args);
                        if (parts.size() > 2)
                            expect(parts.back().back() == '/', c, "COPY with several sources needs a folder destination: " + line.args);
                    }
        });
    }

private:
    static bool stageRemovesDockerClean(const ParsedStage &stage)
    {
        for (const Line &line : stage.lines)
            if (line.keyword == "RUN" && line.args.find("rm -f /etc/apt/apt.conf.d/docker-clean") != std::string::npos)
                return true;
        return false;
    }

    static void expect(bool condition, const Combination &c, const std::string &what)
    {
        if (!condition && s_failures.size() < 20)
            s_failures.push_back(c.label + ": " + what);
    }

    // Each combination is generated and parsed once for all the checks (under a sanitizer,
    // generating every combination again per check took longer than the test's time limit).
    const std::vector<GeneratedPair> &documents()
    {
        if (m_documents.empty()) {
            for (const Combination &c : m_combinations) {
                // A combination that does not generate is judged by everyCombinationGeneratesOrIsRefusedWithAReason;
                // here it has no document to check.
                Outcome<Generated> generated = generate(m_catalog, c.config);
                if (generated)
                    m_documents.push_back({&c, parse(render(generated->multiStage).text), parse(render(generated->singleStage).text)});
            }
        }
        return m_documents;
    }

    template<typename Check>
    void forEachDocument(Check &&check)
    {
        s_failures.clear();
        for (const GeneratedPair &document : documents())
            check(*document.combination, document.multi, document.single);
        std::string all;
        for (const std::string &failure : s_failures)
            all += "\n  " + failure;
        QVERIFY2(s_failures.empty(), all.c_str());
    }

    Catalog m_catalog;
    std::vector<Combination> m_combinations;
    std::vector<GeneratedPair> m_documents;
    static inline std::vector<std::string> s_failures;
};

QTEST_GUILESS_MAIN(TestGeneratorProperties)
#include "tst_generatorproperties.moc"
