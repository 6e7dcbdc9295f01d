#include "detect/detection.h"

#include "detect/detectors.h"
#include "detect/projects.h"
#include "detect/scancontext.h"
#include "detect/treewalker.h"

#include <filesystem>
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

} // namespace

DetectionResult scanProject(const std::string &dir, const ScanOptions &options, const ProgressCallback &progress,
                            const std::atomic_bool *cancel)
{
    DetectionResult result;
    std::error_code ec;
    const fs::path root(dir);
    if (!fs::is_directory(root, ec)) {
        result.reason = "not a folder: " + toValidUtf8(dir);
        return result;
    }
    bool valid = true;
    const std::string project = normalisedProject(options.project, &valid);
    if (!valid || (!project.empty() && !fs::is_directory(root / project, ec))) {
        result.reason = "no project folder \"" + toValidUtf8(options.project) + "\" inside " + toValidUtf8(dir);
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
        result.reason = "scan cancelled";
        return result;
    }
    if (truncated)
        context.warn("Stopped walking after " + std::to_string(result.filesSeen) + " entries; projects deeper in the tree may be missing");

    detectExposedPort(context);
    const bool node = hasNodeProject(context);
    bool found = true;
    if (hasGoProject(context))
        detectGo(context);
    else if (hasPythonProject(context))
        detectPython(context);
    else if (detectOther(context))
        ;
    else if (node)
        detectNode(context);
    else
        found = false;
    if (found && node && result.language != "node")
        context.warn(context.inProject("package.json") + " is here too (front-end assets?); the scan follows the "
                     + result.language + " project");

    result.projects = findProjects(context);
    if (!found) {
        result.reason = result.projects.empty()
            ? "no project found: none of package.json, go.mod, pyproject.toml, requirements.txt, Pipfile, Cargo.toml, "
              "pom.xml, build.gradle, *.csproj, composer.json, Gemfile"
            : "no project at the top of this folder; it holds " + std::to_string(result.projects.size())
                  + " projects: scan one of them";
    } else if (!result.projects.empty() && project.empty()) {
        context.warn("This folder holds " + std::to_string(result.projects.size())
                     + " projects (see projects): scan one of them to build it on its own");
    }
    return result;
}

} // namespace stagecraft
