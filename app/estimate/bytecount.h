#pragma once

#include <cstdint>
#include <limits>

namespace stagecraft {

// Adds two byte counts (never negative), stopping at the largest int64 instead of
// overflowing: a sparse file can claim exabytes, and a signed overflow is undefined
// behaviour that printed negative sizes.
constexpr std::int64_t addBytes(std::int64_t a, std::int64_t b)
{
    constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
    return a > most - b ? most : a + b;
}

} // namespace stagecraft
