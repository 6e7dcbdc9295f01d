// A preset file: loadPreset against the built-in catalog, then what the CLI does with a
// preset: generate and render, and write it back as JSON.
#include "fuzzsupport.h"

#include "config/config.h"

#include <nlohmann/json.hpp>

using namespace stagecraft;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string path = fuzz::scratchFolder() + "/preset.json";
    fuzz::writeFile(path, fuzz::asText(data, size));
    const Catalog &catalog = fuzz::builtInCatalog();
    const Outcome<Config> config = loadPreset(path, catalog);
    if (!config)
        return 0;
    toJson(config.value()).dump();
    if (const Outcome<Generated> generated = generate(catalog, config.value()))
        fuzz::renderAll(generated.value());
    return 0;
}
