#include "common/translated.h"
#include "detect/detectors.h"
#include "detect/versions.h"

#include <algorithm>
#include <set>

namespace stagecraft {

namespace {

// The package clause, skipping comments (build tags and licence headers come first).
std::string packageName(const std::string &text)
{
    bool inBlockComment = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = trimmed(text.substr(start, end - start));
        start = end + 1;
        if (inBlockComment) {
            const auto close = line.find("*/");
            if (close == std::string::npos)
                continue;
            inBlockComment = false;
            line = trimmed(line.substr(close + 2));
        }
        if (line.rfind("/*", 0) == 0 && line.find("*/") == std::string::npos) {
            inBlockComment = true;
            continue;
        }
        if (line.empty() || line.rfind("//", 0) == 0 || line.rfind("/*", 0) == 0)
            continue;
        static const std::regex clause(R"(^package\s+(\w+))");
        return searchLine(line, clause);
    }
    return {};
}

bool importsC(const std::string &text)
{
    static const std::regex cImport(R"re(^\s*(?:import\s+)?"C"\s*$)re");
    return !findInLines(text, cImport).empty();
}

// The port a main file listens on: a literal address, or the default of a port variable
// (`port = "3000"` before `":"+port`), or 0.
int goPortInSource(const std::string &text)
{
    if (const int port = portInSource(text))
        return port;
    static const std::regex portDefault(R"re(\b(?:port|PORT|addr|Addr)\s*:?=\s*":?(\d{2,5})")re");
    const std::string found = findInLines(text, portDefault);
    return found.empty() ? 0 : std::stoi(found);
}

// "127.0.0.1" when the listen address names loopback (localhost:8080, 127.0.0.1:8080),
// "0.0.0.0" when it names no host (":8080", ":"+port), or "" when the code does not say.
std::string goBindInSource(const std::string &text)
{
    static const std::regex listen(R"re((?:ListenAndServe(?:TLS)?|\.Listen|\.Run|\.Start)\(\s*(?:"tcp"\s*,\s*)?"([^"]*):)re");
    static const std::regex addr(R"re(\bAddr:\s*"([^"]*):)re");
    std::string host = findInLines(text, listen);
    bool found = !host.empty() || text.find("ListenAndServe(\":") != std::string::npos;
    if (!found) {
        host = findInLines(text, addr);
        found = !host.empty() || text.find("Addr: \":") != std::string::npos;
    }
    if (!found)
        return {};
    return host == "localhost" || host == "127.0.0.1" || host == "[::1]" ? "127.0.0.1" : "0.0.0.0";
}

} // namespace

void detectGo(ScanContext &context)
{
    // The Go detection data (templates/go.json) has identified the module and read its Go
    // version, go.sum and cgo requirement; what remains is reading the code.
    DetectionResult &result = context.result();
    const std::string goMod = context.inProject("go.mod");
    static const std::regex moduleLine(R"(^\s*module\s+"?([^\s"]+))");
    const std::string module = findInLines(context.read(goMod).value_or(""), moduleLine);
    if (!context.isFile(context.inProject("go.sum")) && context.read(goMod).value_or("").find("require") != std::string::npos)
        context.warn(withArgs(coreText("scan", "%1 has requirements but there is no go.sum: run \"go mod tidy\" and commit go.sum"), {goMod}));

    const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
    std::set<std::string> mains;
    std::vector<std::string> mainFiles;
    std::string cgoFile;
    std::size_t goFilesRead = 0;
    for (const auto &file : context.projectFiles()) {
        if (file.size() < 3 || file.compare(file.size() - 3, 3, ".go") != 0 || file.find("_test.go") != std::string::npos)
            continue;
        const std::string dir = directoryOf(file.substr(prefix.size()));
        const bool mainCandidate = dir.empty() || (dir.rfind("cmd/", 0) == 0 && dir.find('/', 4) == std::string::npos);
        // Reading every file of a huge module for cgo would be unbounded; the first
        // thousand files are enough to warn.
        if (!mainCandidate && (goFilesRead >= 1000 || !cgoFile.empty()))
            continue;
        const auto text = context.read(file, 512 * 1024);
        ++goFilesRead;
        if (!text)
            continue;
        if (cgoFile.empty() && importsC(*text))
            cgoFile = file;
        if (mainCandidate && packageName(*text) == "main") {
            mains.insert(dir.empty() ? std::string(".") : "./" + dir);
            mainFiles.push_back(file);
        }
    }
    if (!cgoFile.empty()) {
        result.options["cgo"] = "true";
        context.addEvidence(cgoFile, "import \"C\" (cgo)", Confidence::Certain);
    }
    if (result.options.count("cgo"))
        context.warn(coreText("scan", "The project uses cgo: a scratch or static distroless base cannot run it; build with CGO_ENABLED=0 if the code allows, or pick a base with libc (slim, distroless/base)"));

    result.mainPackages.assign(mains.begin(), mains.end());
    if (mains.size() == 1) {
        const std::string main = *mains.begin();
        std::string binary = main == "." ? module.substr(module.rfind('/') + 1) : fileNameOf(main);
        if (binary.empty())
            binary = "app";
        result.options["mainPackage"] = main;
        context.setOnce(result.buildCommand, "go build -o " + binary + " " + main, mainFiles.front(),
                        "package main", Confidence::Certain);
        result.startCommand = "./" + binary;
        result.startFile = mainFiles.front().substr(prefix.size());
        context.addEvidence(mainFiles.front(), withArgs(coreText("scan", "package main: the binary is built from %1"), {main}),
                            Confidence::Certain, "startFile");
    } else if (mains.size() > 1) {
        std::string list;
        for (const auto &main : mains)
            list += (list.empty() ? "" : ", ") + main;
        for (const auto &file : mainFiles)
            context.addEvidence(file, "package main", Confidence::Certain);
        context.warn(withArgs(coreText("scan", "Several main packages (%1): choose the one this image runs"), {list}));
    } else {
        context.warn(coreText("scan", "No main package in the module root or cmd/*: nothing to build a binary from"));
    }

    for (const auto &file : mainFiles) {
        const auto text = context.read(file, 512 * 1024);
        const int port = text ? goPortInSource(*text) : 0;
        if (!port)
            continue;
        context.setPort(port, file, withArgs(coreText("scan", "listens on %1"), {std::to_string(port)}), Confidence::Guess);
        result.bindAddress = goBindInSource(*text);
        if (!result.bindAddress.empty())
            context.addEvidence(file, withArgs(coreText("scan", "listens on %1"), {result.bindAddress}), Confidence::Likely, "bind");
        if (result.bindAddress == "127.0.0.1")
            context.warn(withArgs(coreText("scan", "%1 listens on loopback only, unreachable from outside the container: listen on \":%2\" (no host) instead"),
                                  {file, std::to_string(port)}));
        break;
    }
}

} // namespace stagecraft
