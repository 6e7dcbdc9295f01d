// A .dockerignore: parse, then match paths. Before the first NUL byte is the file; after
// it, one path per line. Without a NUL the paths come from the patterns themselves (each
// line, a file inside it and its parent), so matches and re-includes get exercised.
#include "fuzzsupport.h"

#include "estimate/dockerignore.h"

using namespace stagecraft;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

namespace {

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input = fuzz::asText(data, size);
    const std::size_t split = input.find('\0');
    const std::string fileText = input.substr(0, split);
    const Outcome<DockerIgnore> ignore = DockerIgnore::parse(fileText);
    if (!ignore)
        return 0;
    std::vector<std::string> paths;
    if (split != std::string::npos) {
        paths = linesOf(input.substr(split + 1));
    } else {
        for (const DockerIgnore::Pattern &pattern : ignore.value().patterns()) {
            paths.push_back(pattern.text);
            paths.push_back(pattern.text + "/file");
            paths.push_back(cleanPath(pattern.text + "/.."));
        }
    }
    for (const std::string &path : paths) {
        const std::string clean = cleanPath(path);
        if (ignore.value().excludes(clean))
            ignore.value().walksInto(clean);
    }
    return 0;
}
