#include "catalog/catalog.h"

#include "common/appidentity.h"
#include "common/printable.h"
#include "common/translated.h"
#include "io/boundedfile.h"

#include <QDir>

#include <algorithm>
#include <future>
#include <optional>
#include <thread>

namespace stagecraft {

std::string LoadIssue::toString() const
{
    switch (kind) {
    case Kind::SkippedFile:
        return withArgs(coreText("templates", "warning: skipped template %1"), {printable(file + ": " + pointer + ": " + message)});
    case Kind::Warning:
        return withArgs(coreText("templates", "warning: %1"), {printable(message)});
    case Kind::Note:
        return withArgs(coreText("templates", "note: %1"), {printable(message)});
    }
    return printable(message);
}

void Catalog::add(StackDefinition stack)
{
    const auto it = std::find_if(m_stacks.begin(), m_stacks.end(),
                                 [&](const StackDefinition &s) { return s.id == stack.id; });
    if (it != m_stacks.end())
        *it = std::move(stack);
    else
        m_stacks.push_back(std::move(stack));
}

const StackDefinition *Catalog::find(const std::string &id) const
{
    const auto it = std::find_if(m_stacks.begin(), m_stacks.end(), [&](const StackDefinition &s) { return s.id == id; });
    return it == m_stacks.end() ? nullptr : &*it;
}

namespace {

// One template file, read and parsed: the stack, or the issue that kept it out.
struct LoadedFile
{
    std::string path;
    std::optional<StackDefinition> stack;
    LoadIssue issue;
};

LoadedFile loadFile(const std::string &path, const std::vector<std::string> &searchFolders)
{
    LoadedFile file{path, std::nullopt, {}};
    const Outcome<std::string> text = readBoundedFile(path, {.maxBytes = MaxTemplateBytes});
    if (!text) {
        // The reader's message starts with the path, which the issue names already.
        const std::string reason = text.error().rfind(path + ": ", 0) == 0 ? text.error().substr(path.size() + 2) : text.error();
        file.issue = {path, "/", reason};
        return file;
    }
    Outcome<StackDefinition> stack = parseStackText(text.value(), path, &file.issue, searchFolders);
    if (stack)
        file.stack = std::move(stack).value();
    return file;
}

// Parsing the templates is most of what loading the catalog costs, and each file parses on
// its own (composition only reads other files), so a folder's files are parsed side by side
// on the machine's cores; the caller adds them in name order, as if read one by one.
std::vector<LoadedFile> loadFiles(const std::vector<std::string> &paths, const std::vector<std::string> &searchFolders)
{
    std::vector<LoadedFile> files(paths.size());
    const std::size_t workers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), paths.size());
    const auto work = [&](std::size_t first) {
        for (std::size_t i = first; i < paths.size(); i += workers)
            files[i] = loadFile(paths[i], searchFolders);
    };
    std::vector<std::future<void>> others;
    for (std::size_t worker = 1; worker < workers; ++worker)
        others.push_back(std::async(std::launch::async, work, worker));
    if (workers > 0)
        work(0);
    for (std::future<void> &other : others)
        other.get();
    return files;
}

} // namespace

Catalog Catalog::load(const std::vector<std::string> &folders)
{
    return load(folders, {});
}

Catalog Catalog::load(const std::vector<std::string> &folders, const std::string &firstFolderStack)
{
    Catalog catalog;
    // A file's "extends" and "include" look in its own folder, then in the ones before it.
    std::vector<std::string> searchFolders;
    for (const std::string &folder : folders) {
        searchFolders.insert(searchFolders.begin(), folder);
        const QDir dir(QString::fromStdString(folder));
        if (!dir.exists())
            continue;
        QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        if (!firstFolderStack.empty() && &folder == &folders.front()) {
            const QString only = QString::fromStdString(firstFolderStack) + QStringLiteral(".json");
            names = names.contains(only) ? QStringList{only} : QStringList();
        }
        if (names.size() > MaxTemplatesPerFolder) {
            catalog.m_issues.push_back({folder, "",
                                        withArgs(coreText("templates", "%1 holds %2 templates; the first %3 by name were loaded and %4 skipped"),
                                                 {folder, std::to_string(names.size()), std::to_string(MaxTemplatesPerFolder),
                                                  std::to_string(names.size() - MaxTemplatesPerFolder)}),
                                        LoadIssue::Kind::Warning});
        }
        std::vector<std::string> paths;
        for (const QString &name : names.mid(0, MaxTemplatesPerFolder))
            paths.push_back(dir.filePath(name).toStdString());
        for (LoadedFile &file : loadFiles(paths, searchFolders)) {
            if (!file.stack) {
                catalog.m_issues.push_back(file.issue);
                continue;
            }
            if (const StackDefinition *replaced = catalog.find(file.stack->id)) {
                const std::string note = replaced->sourceFile.rfind(":/", 0) == 0
                                             ? withArgs(coreText("templates", "template %1 replaces the built-in stack '%2'"),
                                                        {file.path, file.stack->id})
                                             : withArgs(coreText("templates", "template %1 replaces the stack '%2' of %3"),
                                                        {file.path, file.stack->id, replaced->sourceFile});
                catalog.m_issues.push_back({file.path, "", note, LoadIssue::Kind::Note});
            }
            catalog.add(std::move(*file.stack));
        }
    }
    return catalog;
}

std::string Catalog::userTemplatesFolder()
{
    return userDataFolder() + "/templates";
}

Catalog Catalog::loadDefault()
{
    return load({":/templates", userTemplatesFolder()});
}

Catalog Catalog::loadDefaultFor(const std::string &stackId)
{
    Catalog catalog = load({":/templates", userTemplatesFolder()}, stackId);
    if (catalog.find(stackId))
        return catalog;
    return loadDefault();
}

} // namespace stagecraft
