#include "check/buildcontext.h"

#include "common/printable.h"
#include "detect/treewalker.h"
#include "estimate/dockerignore.h"
#include "io/boundedfile.h"

#include <QFileInfo>

namespace stagecraft {

namespace {

constexpr std::size_t maxContextEntries = 200000;

} // namespace

bool hasWildcard(const std::string &path)
{
    return path.find_first_of("*?[") != std::string::npos;
}

bool BuildContext::has(const std::string &path) const
{
    if (path.empty() || path == ".")
        return true;
    std::string plain = path;
    while (!plain.empty() && plain.back() == '/')
        plain.pop_back();
    return files.count(plain) > 0 || folders.count(plain + '/') > 0;
}

std::vector<std::string> BuildContext::matching(const std::string &pattern, std::size_t limit) const
{
    std::vector<std::string> found;
    // A pattern list of one line matches as COPY does: the path itself or a parent folder.
    const Outcome<DockerIgnore> matcher = DockerIgnore::parse(pattern);
    if (!matcher)
        return found;
    for (const std::string &file : files) {
        if (found.size() >= limit)
            break;
        if (matcher->excludes(file))
            found.push_back(file);
    }
    return found;
}

Outcome<BuildContext> readBuildContext(const std::string &folder, const std::optional<std::string> &dockerignore)
{
    if (!QFileInfo(QString::fromStdString(folder)).isDir())
        return Outcome<BuildContext>::failure("'" + printable(folder) + "' is not a readable folder");
    std::string ignoreText;
    if (dockerignore) {
        ignoreText = *dockerignore;
    } else {
        const Outcome<std::string> own = readBoundedFile(folder + "/.dockerignore", {.missingIsSilent = true});
        if (own)
            ignoreText = own.value();
        else if (!own.error().empty())
            return Outcome<BuildContext>::failure(own.error());
    }
    const Outcome<DockerIgnore> ignore = DockerIgnore::parse(ignoreText);
    if (!ignore)
        return Outcome<BuildContext>::failure(".dockerignore: " + ignore.error());
    const TreeIndex index = walkTree(folder, {.maxDepth = 64, .maxEntries = maxContextEntries, .skipHeavyDirectories = false},
                                     {}, nullptr);
    BuildContext context;
    context.truncated = index.truncated;
    for (const std::string &file : index.files) {
        if (ignore->excludes(file))
            continue;
        context.files.insert(file);
        for (auto slash = file.find('/'); slash != std::string::npos; slash = file.find('/', slash + 1))
            context.folders.insert(file.substr(0, slash + 1));
    }
    return Outcome<BuildContext>::success(std::move(context));
}

} // namespace stagecraft
