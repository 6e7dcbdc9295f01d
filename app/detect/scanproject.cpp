#include "detect/detection.h"

#include "common/translated.h"
#include "detect/dataengine.h"

#include "detect/detectors.h"
#include "detect/projects.h"
#include "detect/scancontext.h"
#include "detect/treewalker.h"

#include <filesystem>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace stagecraft {

namespace {

// "./apps/web/" -> "apps/web"; empty when the path leaves the folder.
std::string normalisedProject(const std::string &path, bool *valid)
{
    *valid = true;
    std::string out;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        const std::string part = path.substr(start, end - start);
        start = end + 1;
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            *valid = false;
            return {};
        }
        out += (out.empty() ? "" : "/") + part;
    }
    *valid = path.empty() || path[0] != '/';
    return out;
}

void detectExposedPort(ScanContext &context)
{
    for (const char *name : {"Dockerfile", "Containerfile"}) {
        const std::string path = context.inProject(name);
        const auto text = context.read(path, 1024 * 1024);
        if (!text)
            continue;
        static const std::regex expose(R"(^\s*[Ee][Xx][Pp][Oo][Ss][Ee]\s+(\d{1,5})\b)");
        const std::string port = findInLines(*text, expose);
        if (!port.empty())
            context.setPort(std::stoi(port), path, "EXPOSE " + port, Confidence::Likely);
        return;
    }
}

std::string listed(const std::vector<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

// The deep analysis a stack's detection names: what data cannot say (Node frameworks and
// start scripts, Python entry points, Go main packages).
void runAnalyser(const std::string &analyser, ScanContext &context)
{
    if (analyser == "node")
        detectNode(context);
    else if (analyser == "python")
        detectPython(context);
    else if (analyser == "go")
        detectGo(context);
}

} // namespace

DetectionResult scanProject(const std::string &dir, const ScanOptions &options, const ProgressCallback &progress,
                            const std::atomic_bool *cancel)
{
    DetectionResult result;
    std::error_code ec;
    const fs::path root(dir);
    if (!fs::is_directory(root, ec)) {
        result.reason = withArgs(coreText("scan", "not a folder: %1"), {toValidUtf8(dir)});
        return result;
    }
    bool valid = true;
    const std::string project = normalisedProject(options.project, &valid);
    if (!valid || (!project.empty() && !fs::is_directory(root / project, ec))) {
        result.reason = withArgs(coreText("scan", "no project folder \"%1\" inside %2"), {toValidUtf8(options.project), toValidUtf8(dir)});
        return result;
    }
    result.project = project;

    TreeWalkOptions walkOptions;
    walkOptions.maxDepth = options.maxDepth;
    walkOptions.maxEntries = options.maxFiles;
    walkOptions.skipHeavyDirectories = options.skipHeavyDirectories;
    TreeIndex tree = walkTree(dir, walkOptions, progress, cancel);
    result.filesSeen = tree.entriesSeen;
    result.cancelled = tree.cancelled;
    const bool truncated = tree.truncated;
    ScanContext context(root, project, std::move(tree), result);
    for (const auto &warning : context.tree().warnings)
        context.warn(warning);
    if (result.cancelled) {
        result.reason = coreText("scan", "scan cancelled");
        return result;
    }
    if (truncated)
        context.warn(withArgs(coreText("scan", "Stopped walking after %1 entries; projects deeper in the tree may be missing"),
                              {std::to_string(result.filesSeen)}));

    detectExposedPort(context);
    const Catalog &catalog = options.catalog ? *options.catalog : builtInCatalog();
    const std::vector<DetectEntry> entries = detectEntries(catalog);
    DetectEngine engine(context);
    // Entries come highest precedence first; the first that identifies the folder wins, and
    // a runner-up that asks to be mentioned (package.json beside a Python project) is.
    const DetectEntry *winner = nullptr;
    std::vector<std::pair<const DetectEntry *, DetectMatch>> runnersUp;
    for (const DetectEntry &entry : entries) {
        std::optional<DetectMatch> match = engine.identify(*entry.spec, project);
        if (!match)
            continue;
        if (!winner) {
            winner = &entry;
            result.language = entry.spec->language;
            result.stack = entry.stack;
            if (match->reportFinding)
                context.addEvidence(match->file, match->finding, match->confidence, "stack");
        } else if (!entry.spec->alsoHere.empty() && entry.spec->language != result.language) {
            runnersUp.emplace_back(&entry, std::move(*match));
        }
    }
    const bool found = winner != nullptr;
    if (winner) {
        if (winner->stack.empty())
            result.reason = withArgs(coreText("scan", "%1 project found; Stagecraft has no %1 stack yet"), {winner->spec->languageName});
        engine.applyValues(*winner->spec);
        runAnalyser(winner->spec->analyser, context);
    }
    std::set<std::string> mentioned;
    for (const auto &[entry, match] : runnersUp) {
        if (mentioned.insert(match.file).second)
            context.warn(withArgs(coreText("scan", "%1 is here too (%2); the scan follows the %3 project"),
                                  {match.file, entry->spec->alsoHere, result.language}));
    }

    result.projects = findProjects(context, engine, entries);
    if (!found) {
        result.reason = result.projects.empty()
            ? withArgs(coreText("scan", "no project found: none of %1"), {listed(DetectEngine::identifyNames(entries))})
            : withArgs(coreText("scan", "no project at the top of this folder; it holds %1 projects: scan one of them"),
                       {std::to_string(result.projects.size())});
    } else if (!result.projects.empty() && project.empty()) {
        context.warn(withArgs(coreText("scan", "This folder holds %1 projects (see projects): scan one of them to build it on its own"),
                              {std::to_string(result.projects.size())}));
    }
    return result;
}

} // namespace stagecraft
