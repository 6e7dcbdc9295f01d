// A start command: split it, and check that the exec form it becomes is one Dockerfile
// line that reads back as exactly the words that were split.
#include "fuzzsupport.h"

#include "config/startcommand.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

using namespace stagecraft;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Outcome<std::vector<std::string>> argv = splitStartCommand(fuzz::asText(data, size));
    if (!argv)
        return 0;
    const std::string form = execForm(argv.value());
    if (form.find_first_of(std::string("\r\n\0", 3)) != std::string::npos) {
        std::fprintf(stderr, "fuzz: exec form spans lines: %s\n", form.c_str());
        std::abort();
    }
    // Words that are not UTF-8 cannot round-trip through JSON; everything else must.
    const nlohmann::json parsed = nlohmann::json::parse(form, nullptr, false);
    if (!parsed.is_discarded() && parsed != nlohmann::json(argv.value())) {
        std::fprintf(stderr, "fuzz: exec form reads back differently: %s\n", form.c_str());
        std::abort();
    }
    return 0;
}
