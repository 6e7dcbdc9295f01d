#include "detect/projects.h"

#include "detect/detectors.h"

#include <fnmatch.h>

#include <cctype>

#include <map>
#include <set>

namespace stagecraft {

namespace {

std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool matchParts(const std::vector<std::string> &path, std::size_t p, const std::vector<std::string> &pattern,
                std::size_t q)
{
    if (q == pattern.size())
        return p == path.size();
    if (pattern[q] == "**") {
        for (std::size_t skip = p; skip <= path.size(); ++skip) {
            if (matchParts(path, skip, pattern, q + 1))
                return true;
        }
        return false;
    }
    return p < path.size() && fnmatch(pattern[q].c_str(), path[p].c_str(), 0) == 0
        && matchParts(path, p + 1, pattern, q + 1);
}

std::string withoutDotSlash(std::string text)
{
    while (text.rfind("./", 0) == 0)
        text = text.substr(2);
    while (!text.empty() && text.back() == '/')
        text.pop_back();
    return text;
}

std::vector<std::string> workspacePatterns(ScanContext &context)
{
    std::vector<std::string> patterns;
    if (context.isFile("package.json")) {
        if (const auto json = context.readJson("package.json"); json && json->is_object() && json->contains("workspaces")) {
            nlohmann::json list = (*json)["workspaces"];
            if (list.is_object())
                list = list.value("packages", nlohmann::json::array());
            if (list.is_array()) {
                for (const auto &entry : list) {
                    if (entry.is_string())
                        patterns.push_back(withoutDotSlash(entry.get<std::string>()));
                }
            }
        }
    }
    // pnpm-workspace.yaml: only the `packages:` list matters; a YAML library for one list
    // of strings would be a dependency without a purpose.
    if (const auto text = context.isFile("pnpm-workspace.yaml") ? context.read("pnpm-workspace.yaml", 65536)
                                                                 : std::nullopt) {
        bool inPackages = false;
        std::size_t start = 0;
        while (start < text->size()) {
            std::size_t end = text->find('\n', start);
            if (end == std::string::npos)
                end = text->size();
            const std::string raw = text->substr(start, end - start);
            start = end + 1;
            const std::string line = trimmed(raw);
            if (line.empty() || line[0] == '#')
                continue;
            if (!raw.empty() && !std::isspace(static_cast<unsigned char>(raw[0])) && line[0] != '-') {
                inPackages = line.rfind("packages:", 0) == 0;
                continue;
            }
            if (inPackages && line[0] == '-') {
                std::string value = trimmed(line.substr(1));
                if (const auto hash = value.find(" #"); hash != std::string::npos)
                    value = trimmed(value.substr(0, hash));
                if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') && value.back() == value.front())
                    value = value.substr(1, value.size() - 2);
                patterns.push_back(withoutDotSlash(value));
            }
        }
    }
    return patterns;
}

// A file that makes its folder a project: a name a stack's or language's identify rule looks
// for, unless the rule is only a guess (app.py alone does not make a folder a project).
bool isManifest(const std::string &name, const std::vector<DetectEntry> &entries)
{
    for (const DetectEntry &entry : entries) {
        for (const DetectRule &rule : entry.spec->identify) {
            if (rule.confidence == Confidence::Guess)
                continue;
            for (const std::string &file : rule.files) {
                if (file.find('/') == std::string::npos && fnmatch(file.c_str(), name.c_str(), 0) == 0)
                    return true;
            }
        }
    }
    return false;
}

// A member folder, by the same detection data and precedence the scan uses for the folder itself.
DetectedProject describe(DetectEngine &engine, const std::vector<DetectEntry> &entries, const std::string &dir)
{
    DetectedProject project;
    project.path = dir;
    for (const DetectEntry &entry : entries) {
        if (!engine.identify(*entry.spec, dir))
            continue;
        project.language = entry.spec->language;
        project.stack = entry.stack;
        project.name = engine.name(*entry.spec, dir);
        break;
    }
    return project;
}

} // namespace

bool matchesWorkspacePattern(const std::string &path, const std::string &pattern)
{
    return matchParts(split(path), 0, split(withoutDotSlash(pattern)), 0);
}

std::vector<DetectedProject> findProjects(ScanContext &context, DetectEngine &engine, const std::vector<DetectEntry> &entries)
{
    std::map<std::string, std::set<std::string>> manifests; // folder -> manifest names
    bool rootHasManifest = false;
    for (const auto &file : context.tree().files) {
        const std::string name = fileNameOf(file);
        if (!isManifest(name, entries))
            continue;
        const std::string dir = directoryOf(file);
        if (dir.empty())
            rootHasManifest = true;
        else
            manifests[dir].insert(name);
    }
    const std::vector<std::string> patterns = workspacePatterns(context);
    if (!patterns.empty()) {
        // Workspaces name their members; other package.json files (fixtures, examples) are not projects.
        for (auto it = manifests.begin(); it != manifests.end();) {
            bool member = false, excluded = false;
            for (const auto &pattern : patterns) {
                if (!pattern.empty() && pattern[0] == '!')
                    excluded = excluded || matchesWorkspacePattern(it->first, pattern.substr(1));
                else
                    member = member || matchesWorkspacePattern(it->first, pattern);
            }
            const bool nodeOnly = it->second.size() == 1 && it->second.count("package.json");
            if (nodeOnly && (!member || excluded))
                it = manifests.erase(it);
            else
                ++it;
        }
    } else if (manifests.size() < 2 && rootHasManifest) {
        return {};
    }
    std::vector<DetectedProject> projects;
    for (const auto &[dir, unused] : manifests) {
        (void)unused;
        if (projects.size() >= 500)
            break;
        projects.push_back(describe(engine, entries, dir));
    }
    return projects;
}

} // namespace stagecraft
