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

bool isManifest(const std::string &name)
{
    static const std::set<std::string> names = {
        "package.json", "go.mod", "pyproject.toml", "requirements.txt", "Pipfile", "setup.py", "Cargo.toml",
        "pom.xml", "build.gradle", "build.gradle.kts", "composer.json", "Gemfile",
    };
    return names.count(name) > 0 || (name.size() > 7 && name.compare(name.size() - 7, 7, ".csproj") == 0);
}

// Language of a folder by the same precedence the scan uses for the folder itself.
DetectedProject describe(ScanContext &context, const std::string &dir, const std::set<std::string> &names)
{
    DetectedProject project;
    project.path = dir;
    auto has = [&](const char *name) { return names.count(name) > 0; };
    bool csproj = false;
    for (const auto &name : names)
        csproj = csproj || name.find(".csproj") != std::string::npos;
    if (has("go.mod")) {
        project.language = project.stack = "go";
        if (const auto text = context.read(dir + "/go.mod")) {
            static const std::regex moduleLine(R"(^\s*module\s+"?([^\s"]+))");
            project.name = findInLines(*text, moduleLine);
        }
    } else if (has("pyproject.toml") || has("requirements.txt") || has("Pipfile") || has("setup.py")) {
        project.language = project.stack = "python";
        if (has("pyproject.toml")) {
            if (const auto table = context.readToml(dir + "/pyproject.toml")) {
                project.name = (*table)["project"]["name"].value_or(std::string());
                if (project.name.empty())
                    project.name = (*table)["tool"]["poetry"]["name"].value_or(std::string());
            }
        }
    } else if (has("Cargo.toml")) {
        project.language = "rust";
        if (const auto table = context.readToml(dir + "/Cargo.toml"))
            project.name = (*table)["package"]["name"].value_or(std::string());
    } else if (has("pom.xml") || has("build.gradle") || has("build.gradle.kts")) {
        project.language = "java";
    } else if (csproj) {
        project.language = "dotnet";
    } else if (has("composer.json")) {
        project.language = "php";
    } else if (has("Gemfile")) {
        project.language = "ruby";
    } else {
        project.language = project.stack = "node";
        if (const auto json = context.readJson(dir + "/package.json"); json && json->is_object()) {
            // A member's manifest is as untrusted as any file: "name" may be any JSON type.
            if (const auto name = json->find("name"); name != json->end() && name->is_string())
                project.name = name->get<std::string>();
            for (const char *section : {"dependencies", "devDependencies"}) {
                const auto deps = json->value(section, nlohmann::json::object());
                if (deps.is_object() && deps.contains("next"))
                    project.stack = "nextjs";
            }
        }
    }
    return project;
}

} // namespace

bool matchesWorkspacePattern(const std::string &path, const std::string &pattern)
{
    return matchParts(split(path), 0, split(withoutDotSlash(pattern)), 0);
}

std::vector<DetectedProject> findProjects(ScanContext &context)
{
    std::map<std::string, std::set<std::string>> manifests; // folder -> manifest names
    bool rootHasManifest = false;
    for (const auto &file : context.tree().files) {
        const std::string name = fileNameOf(file);
        if (!isManifest(name))
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
    for (const auto &[dir, names] : manifests) {
        if (projects.size() >= 500)
            break;
        projects.push_back(describe(context, dir, names));
    }
    return projects;
}

} // namespace stagecraft
