// An image-size file (the user's override): load it, lay it over the built-in data, and
// estimate every built-in stack's default Dockerfiles with the result.
#include "fuzzsupport.h"

#include "config/config.h"
#include "estimate/imagedata.h"
#include "estimate/sizeestimate.h"

#include <nlohmann/json.hpp>

using namespace stagecraft;

namespace {

struct StackDocuments
{
    std::string stack;
    Generated generated;
};

const ImageSizeData &builtInData()
{
    static const ImageSizeData data = ImageSizeData::loadDefault();
    return data;
}

const std::vector<StackDocuments> &defaultDocuments()
{
    static const std::vector<StackDocuments> documents = [] {
        std::vector<StackDocuments> all;
        const Catalog &catalog = fuzz::builtInCatalog();
        for (const StackDefinition &stack : catalog.stacks()) {
            if (Outcome<Generated> generated = generate(catalog, defaultConfig(stack)))
                all.push_back({stack.id, std::move(generated).value()});
        }
        return all;
    }();
    return documents;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    builtInData();
    defaultDocuments();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string path = fuzz::scratchFolder() + "/image-sizes.json";
    fuzz::writeFile(path, fuzz::asText(data, size));
    const Outcome<ImageSizeData> user = ImageSizeData::fromFile(path);
    if (!user)
        return 0;
    ImageSizeData merged = builtInData();
    merged.overrideWith(user.value());
    for (const StackDocuments &documents : defaultDocuments()) {
        const SizeEstimate estimate = estimateSizes(documents.generated.singleStage, documents.generated.multiStage,
                                                    documents.stack, merged);
        toJson(estimate).dump();
    }
    for (const ImageSizes &image : user.value().images()) {
        merged.find(image.ref);
        formatBytes(image.disk.bytes);
    }
    return 0;
}
