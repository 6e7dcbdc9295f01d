#include "benchmark.h"

#include "detect/detection.h"

#include <QTemporaryDir>

#include <filesystem>
#include <fstream>

namespace stagecraft {

namespace {

namespace fs = std::filesystem;

// The tree tests/core/tst_detecttree builds: 60 000 files under node_modules, 30 000
// under .git, 10 000 in the source tree.
void buildTree(const fs::path &root)
{
    fs::create_directories(root / "src");
    std::ofstream(root / "package.json") << R"({"name": "big", "scripts": {"start": "node src/index.js"}})";
    std::ofstream(root / "package-lock.json") << "{}";
    std::ofstream(root / "src/index.js") << "app.listen(8088)\n";
    for (int package = 0; package < 1000; ++package) {
        const fs::path folder = root / "node_modules" / ("pkg" + std::to_string(package));
        fs::create_directories(folder);
        std::ofstream(folder / "package.json") << "{}";
        for (int file = 1; file < 60; ++file)
            std::ofstream(folder / ("f" + std::to_string(file) + ".js"));
    }
    for (int bucket = 0; bucket < 300; ++bucket) {
        const fs::path folder = root / ".git/objects" / std::to_string(bucket);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / std::to_string(file));
    }
    for (int module = 0; module < 100; ++module) {
        const fs::path folder = root / "src/lib" / std::to_string(module);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / (std::to_string(file) + ".js"));
    }
}

} // namespace

STAGECRAFT_BENCHMARK("detect", [] {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    buildTree(root);
    ScanOptions everything;
    everything.skipHeavyDirectories = false;
    const double skipUs = bench::medianMicroseconds(5, [&] { scanProject(root); });
    const double fullUs = bench::medianMicroseconds(3, [&] { scanProject(root, everything); });
    const double fixtureUs = bench::medianMicroseconds(
        51, [] { scanProject(STAGECRAFT_SOURCE_DIR "/tests/fixtures/detect/node-workspaces"); });
    return std::vector<bench::Figure>{
        {"scan a 100 000-file tree (node_modules, .git skipped)", skipUs / 1000.0, "ms"},
        {"scan the same tree walking everything", fullUs / 1000.0, "ms"},
        {"scan a small workspace fixture", fixtureUs, "us"},
    };
});

} // namespace stagecraft
