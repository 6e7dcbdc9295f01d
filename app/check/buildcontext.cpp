#include "check/buildcontext.h"

#include "common/printable.h"
#include "common/translated.h"
#include "estimate/dockerignore.h"
#include "estimate/projectmeasure.h"
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
        return Outcome<BuildContext>::failure(withArgs(coreText("check", "'%1' is not a readable folder"), {printable(folder)}));
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
    // The walk the measurement uses: it skips folders .dockerignore leaves out (unless a
    // re-include reaches inside), as BuildKit does, so node_modules costs nothing.
    std::vector<std::string> kept;
    MeasureOptions options;
    options.keptFiles = &kept;
    options.maxKeptFiles = maxContextEntries;
    const Outcome<FolderSize> walked = measureContext(folder, ignoreText, options);
    if (!walked)
        return Outcome<BuildContext>::failure(walked.error());
    BuildContext context;
    context.truncated = kept.size() >= maxContextEntries;
    for (const std::string &file : kept) {
        for (auto slash = file.find('/'); slash != std::string::npos; slash = file.find('/', slash + 1))
            context.folders.insert(file.substr(0, slash + 1));
        context.files.insert(file);
    }
    return Outcome<BuildContext>::success(std::move(context));
}

} // namespace stagecraft
