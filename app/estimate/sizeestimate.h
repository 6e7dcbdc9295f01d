#pragma once

#include "dockerfile/document.h"
#include "estimate/imagedata.h"
#include "estimate/projectmeasure.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stagecraft {

// One filesystem layer of the final image: the base image, or a RUN/COPY/ADD.
struct LayerEstimate
{
    std::string instruction;  // "FROM node:22-alpine", "COPY --from=build /app/dist ./dist"
    std::string description;  // what it holds and where its size comes from
    std::string holds;        // Holds::*; "base" for the base image
    std::int64_t diskBytes = 0;
    std::int64_t compressedBytes = 0;
    bool measured = false;    // true when the size comes from the user's project folder
    int stage = -1;           // the document's stage whose FROM or instruction makes the layer
    int instructionIndex = -1; // that instruction's index in the stage; -1 for the base image
    int copiedFromStage = -1; // for COPY --from=<an earlier stage>: that stage
    std::string asOf;         // the base image: the date of its published disk figure
    bool operator==(const LayerEstimate &) const = default;
};

struct ImageEstimate
{
    std::string baseImage;
    std::vector<LayerEstimate> layers;
    std::int64_t diskBytes = 0;
    std::int64_t compressedBytes = 0;
    bool operator==(const ImageEstimate &) const = default;
};

struct SizeEstimate
{
    ImageEstimate singleStage;
    ImageEstimate multiStage;
    double ratio = 0;              // single-stage on-disk size / multi-stage on-disk size
    std::string dataAsOf;          // the oldest base-image figure used (ISO date)
    std::vector<std::string> warnings; // images without figures, stacks without defaults
    bool operator==(const SizeEstimate &) const = default;
};

// Prices both documents layer by layer: the final stage's base image from `data`, every
// RUN/COPY/ADD by what it holds, measured from `project` where possible and otherwise
// from the stack's defaults. A final stage built FROM an earlier stage includes that
// stage's layers. Pure and fast: call it on every configuration change.
SizeEstimate estimateSizes(const Document &singleStage, const Document &multiStage, const std::string &stack,
                           const ImageSizeData &data, const ProjectMeasurement *project = nullptr);

// Prices one document's final image by the same rules: for another Dockerfile, read with
// readDockerfileForEstimate, next to Stagecraft's own.
ImageEstimate estimateImage(const Document &document, const std::string &stack, const ImageSizeData &data,
                            const ProjectMeasurement *project, std::vector<std::string> &warnings);

// One image as the CLI's JSON shows it: {compressedBytes, diskBytes, layers[...]}.
nlohmann::json imageToJson(const ImageEstimate &image);

// The CLI's JSON: singleStage/multiStage {compressedBytes, diskBytes, layers[{instruction,
// description, diskBytes, measured}]}, ratio, dataAsOf.
nlohmann::json toJson(const SizeEstimate &estimate);

// Decimal units, as `docker images` prints them: "1.26 GB", "217.5 MB", "12 kB".
std::string formatBytes(std::int64_t bytes);

// The saving in plain words: "about 9x smaller", "about 30% smaller", "no smaller".
std::string savingInWords(double ratio);

} // namespace stagecraft
