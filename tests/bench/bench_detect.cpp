#include "benchmark.h"
#include "benchtree.h"

#include "detect/detection.h"

#include <QTemporaryDir>


namespace stagecraft {

STAGECRAFT_BENCHMARK("detect", [] {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    bench::buildTree(root);
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
