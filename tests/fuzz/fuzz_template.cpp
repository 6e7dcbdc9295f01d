// A stack template's JSON text: composition, the strict loader, then generate() over the stack's
// defaults and over each base and package manager it offers, rendered.
#include "fuzzsupport.h"

#include "config/config.h"

using namespace stagecraft;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

namespace {

void generateAndRender(const Catalog &catalog, const Config &config)
{
    if (const Outcome<Generated> generated = generate(catalog, config))
        fuzz::renderAll(generated.value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The parse the catalog loader runs on each template file's text; "extends" and
    // "include" reach the built-in stacks and parts.
    LoadIssue issue;
    Outcome<StackDefinition> stack
        = parseStackText(std::string(reinterpret_cast<const char *>(data), size), "fuzz.json", &issue, {":/templates"});
    if (!stack) {
        issue.toString();
        return 0;
    }
    Catalog catalog;
    catalog.add(std::move(stack).value());
    const StackDefinition &definition = catalog.stacks().front();
    const Config defaults = defaultConfig(definition);
    generateAndRender(catalog, defaults);
    // Conditions select on these; a few variants reach the stages the defaults skip.
    for (const Choice &base : definition.bases) {
        Config config = defaults;
        config.base = base.id;
        config.healthcheck = !config.healthcheck;
        config.nonRoot = !config.nonRoot;
        generateAndRender(catalog, config);
    }
    for (const Choice &packageManager : definition.packageManagers) {
        Config config = defaults;
        config.packageManager = packageManager.id;
        config.cacheMounts = !config.cacheMounts;
        config.labels.enabled = true;
        generateAndRender(catalog, config);
    }
    return 0;
}
