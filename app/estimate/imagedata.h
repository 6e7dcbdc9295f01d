#pragma once

#include "common/outcome.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// One published or derived size. `derived` says how a figure was computed from others;
// empty means it is quoted from `source` as published.
struct SizeFigure
{
    std::int64_t bytes = 0; // at most 1 TB: larger figures are refused when read
    std::string asOf;    // ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the build it describes
    std::string source;
    std::string derived;
    std::string note;
};

struct ImageSizes
{
    std::string ref;                  // "node:22-alpine"
    std::vector<std::string> aliases; // other references with the same figures
    SizeFigure compressed;            // pull size, linux/amd64
    SizeFigure disk;                  // unpacked size, what `docker images` shows
    std::string notes;
};

// The default size of one part of an application (by Holds word) and where it comes from.
struct PartDefault
{
    std::int64_t bytes = 0;
    std::string basis; // "published: ...", "derived: ..." or "assumption: ..."
};

struct StackSizeDefaults
{
    double compressionRatio = 2.7; // disk / compressed for the application's layers
    std::string compressionBasis;
    // Which install leaves the package cache behind when no cache mount is used:
    // "dependencies" (npm, pip) or "buildOutput" (go build's cache).
    std::string packageCacheLeftBy = "dependencies";
    std::map<std::string, PartDefault> parts; // keyed by Holds::*
};

// The size dataset: the built-in resource, with a user file's entries on top.
class ImageSizeData
{
public:
    // Strict: unknown keys and wrong types are errors naming the JSON pointer.
    static Outcome<ImageSizeData> fromJson(const nlohmann::json &json, const std::string &origin);
    // Through readBoundedFile: at most maxFileBytes, a regular file only.
    static Outcome<ImageSizeData> fromFile(const std::string &path);
    static constexpr std::size_t maxFileBytes = 4 * 1024 * 1024;

    // The built-in data (":/data/image-sizes.json") plus userFile() when it exists. A user
    // file that cannot be used is described in `problems` and ignored.
    static ImageSizeData loadDefault(std::vector<std::string> *problems = nullptr);
    static std::string userFile(); // userDataFolder() + "/image-sizes.json"

    // Entries of `other` replace entries with the same ref; stack defaults by stack id.
    void overrideWith(const ImageSizeData &other);

    // By reference or alias; a digest (@sha256:...) is ignored, a missing tag means latest.
    const ImageSizes *find(const std::string &imageRef) const;
    // The stack's defaults with the "common" parts filled in; nothing for an unknown stack.
    std::optional<StackSizeDefaults> stackDefaults(const std::string &stack) const;

    const std::vector<ImageSizes> &images() const { return m_images; }

private:
    std::vector<ImageSizes> m_images;
    std::map<std::string, PartDefault> m_common;
    std::map<std::string, StackSizeDefaults> m_stacks;
};

} // namespace stagecraft
