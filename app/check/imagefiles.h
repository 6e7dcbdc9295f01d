#pragma once

#include <string>
#include <vector>

namespace stagecraft {

// What a well-known base image ships (resources/image-files.json). Images the table does
// not know ship unknown paths; a complete entry (scratch, the uv image) ships nothing else.
struct ImageFiles
{
    bool known = false;
    bool complete = false;
    std::vector<std::string> paths; // absolute; folders end in '/'

    // `path` (absolute, clean) is one of `paths` or inside one of their folders.
    bool ships(const std::string &path) const;
};

ImageFiles imageFiles(const std::string &imageReference);

// "docker.io/library/node:22-alpine@sha256:..." -> "node".
std::string imageRepository(const std::string &imageReference);

} // namespace stagecraft
