#include "benchmark.h"
#include "benchtree.h"

#include "catalog/catalog.h"
#include "detect/configfromdetection.h"
#include "detect/detection.h"
#include "generate/generator.h"
#include "project/fit.h"

#include <QTemporaryDir>

namespace stagecraft {

// The build check runs after every change in the wizard (on a worker), so its cost next to
// the scan of the same folder, measured in the same run, is the figure that matters.
STAGECRAFT_BENCHMARK("check", [] {
    const Catalog catalog = Catalog::loadDefault();
    const std::string fixture = STAGECRAFT_SOURCE_DIR "/tests/fixtures/projects/node-nestjs";
    const DetectionResult nest = scanProject(fixture);
    const Generated nestFile = generate(catalog, configFromDetection(nest, catalog).value()).value();
    const double fixtureUs = bench::medianMicroseconds(51, [&] { checkGenerated(nestFile, fixture, &nest); });
    const double fixtureScanUs = bench::medianMicroseconds(51, [&] { scanProject(fixture); });

    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    bench::buildTree(root);
    const DetectionResult big = scanProject(root);
    const Generated bigFile = generate(catalog, defaultConfig(*catalog.find("node"))).value();
    const double treeUs = bench::medianMicroseconds(5, [&] { checkGenerated(bigFile, root, &big); });
    const double treeScanUs = bench::medianMicroseconds(5, [&] { scanProject(root); });
    return std::vector<bench::Figure>{
        {"check a generated file against a small project", fixtureUs, "us"},
        {"  the same run's scan of that project (reference)", fixtureScanUs, "us"},
        {"check against a 100 000-file tree (.dockerignore applied)", treeUs / 1000.0, "ms"},
        {"  the same run's scan of that tree (reference)", treeScanUs / 1000.0, "ms"},
    };
});

} // namespace stagecraft
