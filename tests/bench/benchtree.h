#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace stagecraft::bench {

// The tree tests/core/tst_detecttree builds: 60 000 files under node_modules, 30 000
// under .git, 10 000 in the source tree.
inline void buildTree(const std::filesystem::path &root)
{
    std::filesystem::create_directories(root / "src");
    std::ofstream(root / "package.json") << R"({"name": "big", "scripts": {"start": "node src/index.js"}})";
    std::ofstream(root / "package-lock.json") << "{}";
    std::ofstream(root / "src/index.js") << "app.listen(8088)\n";
    for (int package = 0; package < 1000; ++package) {
        const std::filesystem::path folder = root / "node_modules" / ("pkg" + std::to_string(package));
        std::filesystem::create_directories(folder);
        std::ofstream(folder / "package.json") << "{}";
        for (int file = 1; file < 60; ++file)
            std::ofstream(folder / ("f" + std::to_string(file) + ".js"));
    }
    for (int bucket = 0; bucket < 300; ++bucket) {
        const std::filesystem::path folder = root / ".git/objects" / std::to_string(bucket);
        std::filesystem::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / std::to_string(file));
    }
    for (int module = 0; module < 100; ++module) {
        const std::filesystem::path folder = root / "src/lib" / std::to_string(module);
        std::filesystem::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            std::ofstream(folder / (std::to_string(file) + ".js"));
    }
}


} // namespace stagecraft::bench
