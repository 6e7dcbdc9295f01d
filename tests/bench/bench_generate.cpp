#include "benchmark.h"

#include "catalog/catalog.h"
#include "generate/generator.h"

namespace stagecraft {

STAGECRAFT_BENCHMARK("generate", [] {
    const Catalog catalog = Catalog::loadDefault();
    std::vector<Config> configs;
    for (const StackDefinition &stack : catalog.stacks())
        configs.push_back(defaultConfig(stack));
    const double loadUs = bench::medianMicroseconds(21, [] { Catalog::loadDefault(); });
    const double generateUs = bench::medianMicroseconds(201, [&] {
        for (const Config &config : configs)
            render(generate(catalog, config)->multiStage);
    });
    return std::vector<bench::Figure>{{"load the catalog", loadUs, "us"},
                                      {"generate+render, per stack", generateUs / static_cast<double>(configs.size()), "us"}};
});

} // namespace stagecraft
