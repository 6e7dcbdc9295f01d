#pragma once

#include "catalog/catalog.h"
#include "generate/generator.h"

#include <cstddef>
#include <cstdint>
#include <string>

// What every libFuzzer harness shares. Harnesses are built only with STAGECRAFT_FUZZ
// (clang, -fsanitize=fuzzer); they never run in ctest.
namespace stagecraft::fuzz {

// Once per process, before the first input: a QCoreApplication, QStandardPaths in test
// mode so no user template or size file takes part (a finding must reproduce anywhere).
void initialise(int *argc, char ***argv);

// The built-in catalog, loaded once.
const Catalog &builtInCatalog();

// A folder of this process for files the harness writes; removed at exit.
std::string scratchFolder();

// Writes `bytes` to `path`, replacing it; aborts when it cannot (the harness is broken,
// not the code under test).
void writeFile(const std::string &path, const std::string &bytes);

inline std::string asText(const std::uint8_t *data, std::size_t size)
{
    return std::string(reinterpret_cast<const char *>(data), size);
}

// Renders both documents of a generation so the renderer sees what the generator made.
void renderAll(const Generated &generated);

} // namespace stagecraft::fuzz
