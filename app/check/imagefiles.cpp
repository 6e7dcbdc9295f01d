#include "check/imagefiles.h"

#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace stagecraft {

namespace {

struct TableEntry
{
    std::vector<std::string> repositories;
    ImageFiles files;
};

std::vector<TableEntry> loadTable()
{
    std::vector<TableEntry> table;
    // Built into the binary; should it be unreadable, every image is simply unknown.
    const Outcome<std::string> text = readBoundedFile(":/data/image-files.json");
    if (!text)
        return table;
    const nlohmann::json root = nlohmann::json::parse(text.value(), nullptr, false);
    if (root.is_discarded() || !root.contains("images") || !root["images"].is_array())
        return table;
    for (const nlohmann::json &image : root["images"]) {
        if (!image.is_object() || !image.contains("repositories") || !image.contains("paths"))
            continue;
        TableEntry entry;
        entry.files.known = true;
        entry.files.complete = image.value("complete", false);
        for (const auto &repository : image["repositories"])
            if (repository.is_string())
                entry.repositories.push_back(repository.get<std::string>());
        for (const auto &path : image["paths"])
            if (path.is_string())
                entry.files.paths.push_back(path.get<std::string>());
        table.push_back(std::move(entry));
    }
    return table;
}

} // namespace

bool ImageFiles::ships(const std::string &path) const
{
    const std::string asFolder = path.empty() || path.back() == '/' ? path : path + '/';
    return std::any_of(paths.begin(), paths.end(), [&](const std::string &shipped) {
        if (shipped == path || shipped == asFolder)
            return true;
        // Inside a shipped folder, or a folder on the way to a shipped path.
        return (shipped.back() == '/' && path.rfind(shipped, 0) == 0) || shipped.rfind(asFolder, 0) == 0;
    });
}

std::string imageRepository(const std::string &imageReference)
{
    std::string name = imageReference.substr(0, imageReference.find('@'));
    const auto slash = name.rfind('/');
    const auto colon = name.rfind(':');
    if (colon != std::string::npos && (slash == std::string::npos || colon > slash))
        name.erase(colon);
    for (const char *prefix : {"docker.io/library/", "index.docker.io/library/", "docker.io/", "library/"}) {
        if (name.rfind(prefix, 0) == 0) {
            name.erase(0, std::string(prefix).size());
            break;
        }
    }
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

ImageFiles imageFiles(const std::string &imageReference)
{
    static const std::vector<TableEntry> table = loadTable();
    const std::string repository = imageRepository(imageReference);
    for (const TableEntry &entry : table) {
        if (std::find(entry.repositories.begin(), entry.repositories.end(), repository) != entry.repositories.end())
            return entry.files;
    }
    return {};
}

} // namespace stagecraft
