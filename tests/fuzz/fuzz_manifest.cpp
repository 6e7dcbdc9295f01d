// Every manifest reader, through the project scan and the detection data's readers
// (detect/filereaders.h) directly. One input is a small project: records
// separated by NUL bytes, each a byte that picks the file's name from kFileNames and the
// file's content. The harness writes them into an empty folder, scans it (and its first
// monorepo member, if any), and turns the result into JSON and a configuration.
#include "fuzzsupport.h"

#include "detect/configfromdetection.h"
#include "detect/detection.h"
#include "detect/filereaders.h"

#include <nlohmann/json.hpp>

#include <QDir>

#include <array>

using namespace stagecraft;

namespace {

// Every file a detector reads, at the place it looks; indices are part of the corpus
// format, so add names at the end only.
constexpr std::array kFileNames = {
    "package.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock",
    "pnpm-workspace.yaml", ".nvmrc", ".node-version", ".tool-versions", "tsconfig.json",
    "next.config.js", "next.config.mjs", "index.js", "server.js", "src/server.ts",
    "go.mod", "go.sum", "main.go", "cmd/api/main.go", "pyproject.toml",
    "requirements.txt", "requirements-dev.txt", "Pipfile", "Pipfile.lock", "uv.lock",
    "poetry.lock", "pdm.lock", "setup.py", "setup.cfg", "manage.py",
    "mysite/settings.py", "app.py", "main.py", "app/main.py", ".python-version",
    "runtime.txt", "Cargo.toml", "Cargo.lock", "rust-toolchain.toml", "pom.xml",
    "build.gradle", "build.gradle.kts", "Api.csproj", "composer.json", "composer.lock",
    "Gemfile", "Gemfile.lock", "Dockerfile", "packages/web/package.json", "packages/api/package.json",
    "apps/shop/package.json", "services/api/go.mod", "services/api/main.go", "services/worker/pyproject.toml",
    ".yarnrc.yml", "bun.lockb", "src/main.rs", "server/app.py",
    "compose.yaml", "deno.json", ".ruby-version", "rust-toolchain",
};

void writeProject(const std::string &folder, const std::string &input)
{
    std::size_t start = 0;
    while (start < input.size()) {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        if (end == start) { // an empty record names no file
            start = end + 1;
            continue;
        }
        const auto pick = static_cast<unsigned char>(input[start]);
        const std::string name = kFileNames[pick % kFileNames.size()];
        const std::string path = folder + "/" + name;
        QDir().mkpath(QString::fromStdString(path.substr(0, path.rfind('/'))));
        fuzz::writeFile(path, input.substr(start + 1, end - start - 1));
        start = end + 1;
    }
}

void useResult(const DetectionResult &result)
{
    toJson(result).dump();
    std::vector<std::string> notes;
    configFromDetection(result, fuzz::builtInCatalog(), &notes);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The detection data's text readers on their own, on the raw bytes.
    const std::string text = fuzz::asText(data, size);
    yamlValues(text, "services.app.ports.*");
    yamlValues(text, "packages.*.path");
    iniValues(text, "metadata.name");
    xmlValues(text, "//PropertyGroup/TargetFramework");
    xmlValues(text, "Project/@Sdk");
    reduceVersion("dotnet", text.substr(0, 256));

    const std::string folder = fuzz::scratchFolder() + "/project";
    QDir(QString::fromStdString(folder)).removeRecursively();
    QDir().mkpath(QString::fromStdString(folder));
    writeProject(folder, fuzz::asText(data, size));
    const DetectionResult result = scanProject(folder);
    useResult(result);
    if (!result.projects.empty()) {
        ScanOptions member;
        member.project = result.projects.front().path;
        useResult(scanProject(folder, member));
    }
    return 0;
}
