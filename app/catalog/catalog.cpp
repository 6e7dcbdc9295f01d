#include "catalog/catalog.h"

#include "common/appidentity.h"
#include "common/printable.h"
#include "io/boundedfile.h"

#include <QDir>

#include <algorithm>

namespace stagecraft {

std::string LoadIssue::toString() const
{
    switch (kind) {
    case Kind::SkippedFile:
        return "warning: skipped template " + printable(file + ": " + pointer + ": " + message);
    case Kind::Warning:
        return "warning: " + printable(message);
    case Kind::Note:
        return "note: " + printable(message);
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

Catalog Catalog::load(const std::vector<std::string> &folders)
{
    Catalog catalog;
    // A file's "extends" and "include" look in its own folder, then in the ones before it.
    std::vector<std::string> searchFolders;
    for (const std::string &folder : folders) {
        searchFolders.insert(searchFolders.begin(), folder);
        const QDir dir(QString::fromStdString(folder));
        if (!dir.exists())
            continue;
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        if (names.size() > MaxTemplatesPerFolder) {
            catalog.m_issues.push_back({folder, "", folder + " holds " + std::to_string(names.size()) + " templates; the first "
                                                       + std::to_string(MaxTemplatesPerFolder) + " by name were loaded and "
                                                       + std::to_string(names.size() - MaxTemplatesPerFolder) + " skipped",
                                        LoadIssue::Kind::Warning});
        }
        for (const QString &name : names.mid(0, MaxTemplatesPerFolder)) {
            const std::string path = dir.filePath(name).toStdString();
            const Outcome<std::string> text = readBoundedFile(path, {.maxBytes = MaxTemplateBytes});
            if (!text) {
                // The reader's message starts with the path, which the issue names already.
                const std::string reason = text.error().rfind(path + ": ", 0) == 0 ? text.error().substr(path.size() + 2) : text.error();
                catalog.m_issues.push_back({path, "/", reason});
                continue;
            }
            LoadIssue issue;
            Outcome<StackDefinition> stack = parseStackText(text.value(), path, &issue, searchFolders);
            if (!stack) {
                catalog.m_issues.push_back(issue);
                continue;
            }
            if (const StackDefinition *replaced = catalog.find(stack->id)) {
                const std::string whose = replaced->sourceFile.rfind(":/", 0) == 0 ? "the built-in stack '" + stack->id + "'"
                                                                                    : "the stack '" + stack->id + "' of " + replaced->sourceFile;
                catalog.m_issues.push_back({path, "", "template " + path + " replaces " + whose, LoadIssue::Kind::Note});
            }
            catalog.add(std::move(stack).value());
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

} // namespace stagecraft
