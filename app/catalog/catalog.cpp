#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace stagecraft {

std::string LoadIssue::toString() const
{
    return file + ": " + pointer + ": " + message;
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
    for (const std::string &folder : folders) {
        const QDir dir(QString::fromStdString(folder));
        if (!dir.exists())
            continue;
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            const std::string path = dir.filePath(name).toStdString();
            QFile file(dir.filePath(name));
            if (file.size() > 4 * 1024 * 1024) {
                catalog.m_issues.push_back({path, "/", "larger than 4 MiB; not a stack template"});
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                catalog.m_issues.push_back({path, "/", "cannot be read: " + file.errorString().toStdString()});
                continue;
            }
            const QByteArray bytes = file.readAll();
            nlohmann::json json;
            try {
                json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            } catch (const nlohmann::json::parse_error &error) {
                catalog.m_issues.push_back({path, "/", "not valid JSON at byte " + std::to_string(error.byte)});
                continue;
            }
            LoadIssue issue;
            Outcome<StackDefinition> stack = parseStack(json, path, &issue);
            if (!stack) {
                catalog.m_issues.push_back(issue);
                continue;
            }
            catalog.add(std::move(stack).value());
        }
    }
    return catalog;
}

std::string Catalog::userTemplatesFolder()
{
    return (QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/stagecraft/templates"))
        .toStdString();
}

Catalog Catalog::loadDefault()
{
    return load({":/templates", userTemplatesFolder()});
}

} // namespace stagecraft
