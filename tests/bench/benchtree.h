#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include <fcntl.h>
#include <unistd.h>

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

namespace stagecraft::bench {

// A Node project of about a million files (966 000), laid out as npm installs one: 3000 packages in
// node_modules (every tenth scoped, every 25th with two nested packages of its own, a
// .bin of links, a cache folder, a LICENSE hard-linked across packages as pnpm's store
// does), 1200 of them reachable from `dependencies`; 128 000 files under .git and 140 000
// sources, some of them logs and Markdown the .dockerignore leaves out. Plain POSIX calls:
// std::ofstream would make building it slower than measuring it.
class MillionFileProject
{
public:
    static constexpr int Packages = 3000;
    static constexpr int Direct = 600; // pkg0..599 in `dependencies`, each pulling in pkg<n + 600>

    explicit MillionFileProject(const std::filesystem::path &root)
        : m_root(root)
    {
    }

    std::int64_t build()
    {
        namespace fs = std::filesystem;
        std::string dependencies;
        std::string devDependencies;
        const fs::path modules = m_root / "node_modules";
        fs::create_directories(modules / ".bin");
        for (int p = 0; p < Packages; ++p) {
            const std::string name = packageName(p);
            const std::string quoted = "\"" + name + "\": \"^1.0.0\"";
            if (p < Direct)
                dependencies += (dependencies.empty() ? "" : ", ") + quoted;
            else if (p >= 2 * Direct)
                devDependencies += (devDependencies.empty() ? "" : ", ") + quoted;
            const std::string pulls = p < Direct ? "\"" + packageName(p + Direct) + "\": \"^1.0.0\"" : "";
            const fs::path folder = modules / name;
            package(folder, name, pulls, 28);
            if (p % 25 == 0) {
                package(folder / "node_modules/inner-a", "inner-a", "", 4);
                package(folder / "node_modules/@inner/b", "@inner/b", "", 4);
            }
            if (p % 15 == 0 && ::symlink(("../" + name + "/lib/index.js").c_str(), (modules / ".bin" / ("bin" + std::to_string(p))).c_str()) != 0)
                throw std::runtime_error("cannot create the .bin link of " + name);
            // pnpm's store: one file, many links.
            if (p > 0 && ::unlink((folder / "LICENSE").c_str()) == 0
                && ::link((modules / packageName(0) / "LICENSE").c_str(), (folder / "LICENSE").c_str()) != 0)
                throw std::runtime_error("cannot link the LICENSE of " + name);
        }
        fileSet(modules / ".cache/babel", 5000, ".json");
        text(m_root / "package.json", "{\"name\": \"million\", \"dependencies\": {" + dependencies
                                          + "}, \"devDependencies\": {" + devDependencies + "}}");
        text(m_root / ".dockerignore",
             "node_modules\n.git\n**/*.log\n*.md\n!README.md\n**/__snapshots__\ncoverage\n!src/keep/**\n");
        text(m_root / "README.md", "# million\n");
        for (int bucket = 0; bucket < 256; ++bucket)
            fileSet(m_root / ".git/objects" / std::to_string(bucket), 500, "");
        for (int module = 0; module < 140; ++module) {
            const fs::path folder = m_root / "src" / ("m" + std::to_string(module));
            fileSet(folder, 980, ".ts");
            fileSet(folder / "__snapshots__", 10, ".snap");
            fileSet(folder / "logs", 10, ".log");
        }
        return m_files;
    }

private:
    static std::string packageName(int p)
    {
        return p % 10 == 3 ? "@scope" + std::to_string(p % 20) + "/pkg" + std::to_string(p) : "pkg" + std::to_string(p);
    }

    // package.json, README.md, LICENSE and lib/ with eight folders of `perFolder` files.
    void package(const std::filesystem::path &folder, const std::string &name, const std::string &pulls, int perFolder)
    {
        text(folder / "package.json",
             "{\"name\": \"" + name + "\", \"version\": \"1.0.0\", \"dependencies\": {" + pulls + "}}");
        text(folder / "README.md", "# " + name + "\n");
        text(folder / "LICENSE", "MIT\n");
        for (int sub = 0; sub < 8; ++sub)
            fileSet(folder / "lib" / ("part" + std::to_string(sub)), perFolder, ".js");
        text(folder / "lib/index.js", "module.exports = {}\n");
    }

    void fileSet(const std::filesystem::path &folder, int count, const char *extension)
    {
        std::filesystem::create_directories(folder);
        for (int i = 0; i < count; ++i)
            bytes(folder / ("f" + std::to_string(i) + extension), static_cast<std::size_t>((i * 37) % 400));
    }

    void text(const std::filesystem::path &file, const std::string &content)
    {
        std::filesystem::create_directories(file.parent_path());
        write(file, content.data(), content.size());
    }

    void bytes(const std::filesystem::path &file, std::size_t size)
    {
        static const std::string filler(4096, 'x');
        write(file, filler.data(), std::min(size, filler.size()));
    }

    void write(const std::filesystem::path &file, const char *data, std::size_t size)
    {
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0)
            return;
        if (size > 0 && ::write(fd, data, size) < 0)
            std::perror("write");
        ::close(fd);
        ++m_files;
    }

    std::filesystem::path m_root;
    std::int64_t m_files = 0;
};

} // namespace stagecraft::bench
