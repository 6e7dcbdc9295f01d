#include "benchmark.h"

#include "catalog/catalog.h"
#include "estimate/projectmeasure.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace stagecraft {

namespace {

namespace fs = std::filesystem;

constexpr int Packages = 1000;      // node_modules/pkgN, 60 files each
constexpr int ProductionPackages = 400;
constexpr int TotalFiles = Packages * 60 + 300 * 100 + 100 * 100;

void write(const fs::path &file, std::size_t bytes)
{
    std::ofstream(file) << std::string(bytes, 'x');
}

// 100 000 files: 60 000 under node_modules (400 packages reachable from `dependencies`,
// half of them directly and half transitively, the other 600 dev-only), 30 000 under .git, 10 000 sources;
// a .dockerignore that leaves node_modules and .git out of the context.
void buildTree(const fs::path &root)
{
    std::string dependencies;
    std::string devDependencies;
    constexpr int Direct = ProductionPackages / 2;
    for (int package = 0; package < Packages; ++package) {
        const std::string name = "pkg" + std::to_string(package);
        const std::string entry = "\"" + name + "\": \"1.0.0\"";
        // pkg0..: listed in `dependencies`, each pulling in pkg<Direct + n>; pkg<400>..: dev.
        if (package < Direct)
            dependencies += (dependencies.empty() ? "" : ", ") + entry;
        else if (package >= ProductionPackages)
            devDependencies += (devDependencies.empty() ? "" : ", ") + entry;
        const std::string pulls = package < Direct ? "\"pkg" + std::to_string(package + Direct) + "\": \"1.0.0\"" : "";
        const fs::path folder = root / "node_modules" / name;
        fs::create_directories(folder);
        std::ofstream(folder / "package.json")
            << "{\"name\": \"" << name << "\", \"version\": \"1.0.0\", \"dependencies\": {" << pulls << "}}";
        for (int file = 1; file < 60; ++file)
            write(folder / ("f" + std::to_string(file) + ".js"), 512);
    }
    std::ofstream(root / "package.json") << "{\"name\": \"big\", \"dependencies\": {" << dependencies
                                         << "}, \"devDependencies\": {" << devDependencies << "}}";
    std::ofstream(root / ".dockerignore") << "node_modules\n.git\n**/*.log\n";
    for (int bucket = 0; bucket < 300; ++bucket) {
        const fs::path folder = root / ".git/objects" / std::to_string(bucket);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            write(folder / std::to_string(file), 256);
    }
    for (int module = 0; module < 100; ++module) {
        const fs::path folder = root / "src/lib" / std::to_string(module);
        fs::create_directories(folder);
        for (int file = 0; file < 100; ++file)
            write(folder / (std::to_string(file) + ".js"), 1024);
    }
}

} // namespace

STAGECRAFT_BENCHMARK("estimate: measure a project", [] {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    buildTree(root);
    std::int64_t production = 0;
    std::int64_t context = 0;
    const double us = bench::medianMicroseconds(3, [&] {
        auto measured = measureProject(root);
        production = measured ? measured->nodeModules.productionBytes : -1;
        context = measured ? measured->context.files : -1;
    });
    // The figures are only worth quoting when the walk saw what the tree holds.
    const std::int64_t expectedProduction = std::int64_t(ProductionPackages) * 59 * 512;
    if (production < expectedProduction || context < 100 * 100)
        std::fprintf(stderr, "measureProject saw %lld production bytes (expected at least %lld) and %lld context files\n",
                     static_cast<long long>(production), static_cast<long long>(expectedProduction),
                     static_cast<long long>(context));
    return std::vector<bench::Figure>{
        {"measure a 100 000-file project", us / 1000.0, "ms"},
        {"measure, files per second", TotalFiles / (us / 1e6), "files/s"},
        {"production node_modules found", static_cast<double>(production) / 1e6, "MB"},
    };
});

STAGECRAFT_BENCHMARK("estimate: price the default configs", [] {
    QStandardPaths::setTestModeEnabled(true); // the built-in figures only, not the user's file
    const Catalog catalog = Catalog::loadDefault();
    const ImageSizeData data = ImageSizeData::loadDefault();
    struct Pair
    {
        std::string stack;
        Generated generated;
    };
    std::vector<Pair> pairs;
    for (const StackDefinition &stack : catalog.stacks()) {
        auto generated = generate(catalog, defaultConfig(stack));
        if (generated)
            pairs.push_back({stack.id, generated.value()});
    }
    std::vector<bench::Figure> figures;
    for (const Pair &pair : pairs) {
        const double us = bench::medianMicroseconds(501, [&] {
            estimateSizes(pair.generated.singleStage, pair.generated.multiStage, pair.stack, data);
        });
        figures.push_back({"estimateSizes, " + pair.stack + " defaults", us, "us"});
    }
    figures.push_back({"load the size dataset", bench::medianMicroseconds(21, [] { ImageSizeData::loadDefault(); }), "us"});
    return figures;
});

} // namespace stagecraft
