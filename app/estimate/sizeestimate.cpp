#include "estimate/sizeestimate.h"

#include "common/translated.h"
#include "estimate/bytecount.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>

namespace stagecraft {

namespace {

std::string instructionText(const Instruction &instruction)
{
    std::string text = instruction.keyword;
    for (const std::string &flag : instruction.flags)
        text += ' ' + flag;
    const std::string args = instruction.arguments();
    if (!args.empty())
        text += ' ' + args;
    return text;
}

bool hasCacheMount(const Instruction &instruction)
{
    return std::any_of(instruction.flags.begin(), instruction.flags.end(), [](const std::string &flag) {
        return flag.rfind("--mount=", 0) == 0 && flag.find("type=cache") != std::string::npos;
    });
}

// The last path element of each COPY source ("/app/dist" -> "dist").
std::vector<std::string> copySourceNames(const Instruction &instruction)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : instruction.arguments() + ' ') {
        if (c == ' ') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!words.empty())
        words.pop_back(); // the destination
    for (std::string &w : words) {
        while (w.size() > 1 && w.back() == '/')
            w.pop_back();
        const auto slash = w.rfind('/');
        if (slash != std::string::npos)
            w.erase(0, slash + 1);
    }
    return words;
}

struct Priced
{
    std::int64_t bytes = 0;
    bool measured = false;
    std::string description;
};

class Pricer
{
public:
    Pricer(const std::string &stack, const ImageSizeData &data, const ProjectMeasurement *project,
           std::vector<std::string> &warnings)
        : m_stack(stack), m_project(project)
    {
        if (auto defaults = data.stackDefaults(stack))
            m_defaults = *defaults;
        else
            warnings.push_back(withArgs(coreText("estimate", "no size defaults for stack '%1'; the application's layers count as 0"),
                                        {stack}));
    }

    double ratio() const { return m_defaults.compressionRatio; }

    Priced part(const std::string &holds, const Instruction &instruction) const
    {
        if (auto measured = measure(holds, instruction))
            return *measured;
        auto it = m_defaults.parts.find(holds);
        if (it == m_defaults.parts.end())
            return {0, false, coreText("estimate", "no files worth counting")};
        return {it->second.bytes, false, withArgs(coreText("estimate", "%1, assumed: %2"), {label(holds), it->second.basis})};
    }

    // The cache npm/pip/go leave in the layer when the install runs without a cache mount.
    std::optional<Priced> leftoverCache(const std::string &holds, const Instruction &instruction) const
    {
        if (instruction.keyword != "RUN" || hasCacheMount(instruction))
            return std::nullopt;
        const bool leaves = m_defaults.packageCacheLeftBy == "buildOutput"
                                ? holds == Holds::BuildOutput
                                : (holds == Holds::Dependencies || holds == Holds::AllDependencies);
        if (!leaves)
            return std::nullopt;
        return part(Holds::PackageCache, instruction);
    }

private:
    static std::string label(const std::string &holds)
    {
        if (holds == Holds::Dependencies)
            return coreText("estimate", "production dependencies");
        if (holds == Holds::AllDependencies)
            return coreText("estimate", "all dependencies, dev ones included");
        if (holds == Holds::Sources)
            return coreText("estimate", "the build context (sources)");
        if (holds == Holds::BuildOutput)
            return coreText("estimate", "the build output");
        if (holds == Holds::Application)
            return coreText("estimate", "the application");
        if (holds == Holds::PackageCache)
            return coreText("estimate", "the package manager's cache");
        if (holds == Holds::SystemPackages)
            return coreText("estimate", "system packages");
        if (holds == Holds::RuntimeFiles)
            return coreText("estimate", "runtime files (a runtime or executable, passwd, CA certificates)");
        if (holds == Holds::User)
            return coreText("estimate", "a user and group entry");
        return holds;
    }

    std::optional<Priced> measure(const std::string &holds, const Instruction &instruction) const
    {
        if (!m_project)
            return std::nullopt;
        const ProjectMeasurement &p = *m_project;
        if (auto fromStackFolders = measuredInStackFolders(holds))
            return fromStackFolders;
        if (holds == Holds::Dependencies && p.nodeModules.present)
            return Priced{p.nodeModules.productionBytes, true, coreText("estimate", "production dependencies, measured in node_modules")};
        if (holds == Holds::AllDependencies && p.nodeModules.present)
            return Priced{p.nodeModules.totalBytes, true, coreText("estimate", "all dependencies, measured in node_modules")};
        if ((holds == Holds::Dependencies || holds == Holds::AllDependencies) && p.virtualEnv)
            return Priced{p.virtualEnv->size.bytes, true,
                          withArgs(coreText("estimate", "dependencies, measured in %1 (dev tools included)"), {p.virtualEnv->path})};
        if (holds == Holds::Sources && p.context.present)
            return Priced{p.context.bytes, true, coreText("estimate", "the build context after .dockerignore, measured")};
        if (holds == Holds::BuildOutput && !p.buildOutputs.empty())
            return Priced{p.buildOutputBytes(), true, coreText("estimate", "the build output, measured")};
        if (holds == Holds::PackageCache && p.nodeModules.present) {
            const auto bytes = static_cast<std::int64_t>(static_cast<double>(p.nodeModules.totalBytes) / ratio());
            return Priced{bytes, false, withArgs(coreText("estimate", "the package manager's cache, derived: measured node_modules / %1"),
                                                 {std::to_string(ratio()).substr(0, 4)})};
        }
        if (holds == Holds::Application) {
            const bool fromContext = std::none_of(instruction.flags.begin(), instruction.flags.end(),
                                                  [](const std::string &flag) { return flag.rfind("--from=", 0) == 0; });
            const std::vector<std::string> names = copySourceNames(instruction);
            // A project without a build step ships its sources: the whole context is the app.
            if (fromContext && p.context.present && names == std::vector<std::string>{"."})
                return Priced{p.context.bytes, true, coreText("estimate", "the application: the build context after .dockerignore, measured")};
            for (const std::string &name : names) {
                if (name == "standalone" && p.nextStandalone)
                    return Priced{p.nextStandalone->size.bytes, true, coreText("estimate", "the standalone server, measured")};
                for (const NamedSize &output : p.buildOutputs) {
                    if (output.path == name)
                        return Priced{output.size.bytes, true, withArgs(coreText("estimate", "the application (%1), measured"), {name})};
                }
            }
        }
        return std::nullopt;
    }

    // The folders this stack's template declares for what a layer holds, summed.
    std::optional<Priced> measuredInStackFolders(const std::string &holds) const
    {
        std::optional<Priced> priced;
        std::string folders;
        for (const MeasuredStackFolder &measured : m_project->stackFolders) {
            if (measured.folder.stack != m_stack || measured.folder.holds != holds)
                continue;
            const std::string folder = measured.folder.what + " (" + measured.folder.path + ")";
            if (!priced) {
                priced = Priced{0, true, {}};
                folders = folder;
            } else {
                folders = withArgs(coreText("estimate", "%1 and %2"), {folders, folder});
            }
            priced->bytes = addBytes(priced->bytes, measured.size.bytes);
        }
        if (priced)
            priced->description = withArgs(coreText("estimate", "%1, measured in %2"), {label(holds), folders});
        return priced;
    }

    std::string m_stack;
    const ProjectMeasurement *m_project;
    StackSizeDefaults m_defaults;
};

struct Builder
{
    const Document &document;
    const ImageSizeData &data;
    const Pricer &pricer;
    std::vector<std::string> &warnings;
    std::string oldestFigure;
    std::set<std::string> assumedParts;

    void noteDate(const SizeFigure &figure)
    {
        if (figure.bytes > 0 && !figure.asOf.empty() && (oldestFigure.empty() || figure.asOf < oldestFigure))
            oldestFigure = figure.asOf;
    }

    // The earlier stage a COPY --from=<name> takes its files from, by name or index.
    int copiedFromStage(const Instruction &instruction) const
    {
        for (const std::string &flag : instruction.flags) {
            if (flag.rfind("--from=", 0) != 0)
                continue;
            const std::string from = flag.substr(7);
            for (std::size_t s = 0; s < document.stages.size(); ++s) {
                if (!document.stages[s].name.empty() && document.stages[s].name == from)
                    return static_cast<int>(s);
            }
            if (!from.empty() && std::all_of(from.begin(), from.end(), [](char c) { return c >= '0' && c <= '9'; })
                && from.size() < 4 && std::stoi(from) < static_cast<int>(document.stages.size()))
                return std::stoi(from);
        }
        return -1;
    }

    void addStage(size_t index, ImageEstimate &image, int depth)
    {
        const Stage &stage = document.stages[index];
        // FROM <earlier stage> starts from that stage's filesystem.
        auto parent = std::find_if(document.stages.begin(), document.stages.begin() + static_cast<long>(index),
                                   [&](const Stage &s) { return !s.name.empty() && s.name == stage.baseImage; });
        if (parent != document.stages.begin() + static_cast<long>(index) && depth < 16) {
            addStage(static_cast<size_t>(parent - document.stages.begin()), image, depth + 1);
        } else {
            image.baseImage = stage.baseImage;
            LayerEstimate base;
            base.instruction = "FROM " + stage.baseImage;
            base.holds = "base";
            base.stage = static_cast<int>(index);
            if (stage.baseImage == "scratch") {
                base.description = coreText("estimate", "scratch: an empty filesystem, no base layer");
            } else if (const ImageSizes *sizes = data.find(stage.baseImage)) {
                base.diskBytes = sizes->disk.bytes;
                base.compressedBytes = sizes->compressed.bytes;
                noteDate(sizes->disk);
                noteDate(sizes->compressed);
                base.asOf = sizes->disk.asOf;
                base.description = withArgs(coreText("estimate", "base image %1: %2 on disk, %3 to pull; %4"),
                                            {sizes->ref, formatBytes(sizes->disk.bytes), formatBytes(sizes->compressed.bytes),
                                             sizes->disk.derived.empty()
                                                 ? withArgs(coreText("estimate", "published figure as of %1"), {sizes->disk.asOf})
                                                 : sizes->disk.derived});
            } else {
                base.description = withArgs(coreText("estimate", "base image %1: no size figure in the dataset, counted as 0"),
                                            {stage.baseImage});
                warnings.push_back(withArgs(coreText("estimate", "no size figure for image '%1'"), {stage.baseImage}));
            }
            image.layers.push_back(base);
        }
        for (std::size_t position = 0; position < stage.instructions.size(); ++position) {
            const Instruction &instruction = stage.instructions[position];
            if (instruction.keyword != "RUN" && instruction.keyword != "COPY" && instruction.keyword != "ADD")
                continue; // metadata only: no filesystem layer
            Priced priced = pricer.part(instruction.holds, instruction);
            // A default covers the whole part: when several COPYs carry pieces of it
            // (public, standalone, static), the first one takes the assumed size.
            if (!priced.measured && !instruction.holds.empty() && !assumedParts.insert(instruction.holds).second) {
                priced.bytes = 0;
                priced.description = coreText("estimate", "more of the same part, assumed size already counted in an earlier layer");
            }
            if (auto cache = pricer.leftoverCache(instruction.holds, instruction)) {
                priced.bytes = addBytes(priced.bytes, cache->bytes);
                priced.description = withArgs(coreText("estimate", "%1; plus %2"), {priced.description, cache->description});
            }
            LayerEstimate layer;
            layer.instruction = instructionText(instruction);
            layer.holds = instruction.holds;
            layer.diskBytes = priced.bytes;
            layer.compressedBytes = static_cast<std::int64_t>(std::llround(static_cast<double>(priced.bytes) / pricer.ratio()));
            layer.measured = priced.measured;
            layer.description = priced.description;
            layer.stage = static_cast<int>(index);
            layer.instructionIndex = static_cast<int>(position);
            layer.copiedFromStage = copiedFromStage(instruction);
            image.layers.push_back(layer);
        }
    }

    ImageEstimate build()
    {
        ImageEstimate image;
        if (document.stages.empty())
            return image;
        addStage(document.stages.size() - 1, image, 0);
        for (const LayerEstimate &layer : image.layers) {
            image.diskBytes = addBytes(image.diskBytes, layer.diskBytes);
            image.compressedBytes = addBytes(image.compressedBytes, layer.compressedBytes);
        }
        return image;
    }
};

nlohmann::json imageJson(const ImageEstimate &image)
{
    nlohmann::json layers = nlohmann::json::array();
    for (const LayerEstimate &layer : image.layers) {
        layers.push_back({{"instruction", layer.instruction},
                          {"description", layer.description},
                          {"diskBytes", layer.diskBytes},
                          {"measured", layer.measured}});
    }
    return {{"compressedBytes", image.compressedBytes}, {"diskBytes", image.diskBytes}, {"layers", layers}};
}

} // namespace

SizeEstimate estimateSizes(const Document &singleStage, const Document &multiStage, const std::string &stack,
                           const ImageSizeData &data, const ProjectMeasurement *project)
{
    SizeEstimate estimate;
    Pricer pricer(stack, data, project, estimate.warnings);
    Builder single{singleStage, data, pricer, estimate.warnings, {}, {}};
    Builder multi{multiStage, data, pricer, estimate.warnings, {}, {}};
    estimate.singleStage = single.build();
    estimate.multiStage = multi.build();
    estimate.dataAsOf = std::min(single.oldestFigure.empty() ? multi.oldestFigure : single.oldestFigure,
                                 multi.oldestFigure.empty() ? single.oldestFigure : multi.oldestFigure);
    if (estimate.multiStage.diskBytes > 0)
        estimate.ratio = static_cast<double>(estimate.singleStage.diskBytes)
                         / static_cast<double>(estimate.multiStage.diskBytes);
    return estimate;
}

ImageEstimate estimateImage(const Document &document, const std::string &stack, const ImageSizeData &data,
                            const ProjectMeasurement *project, std::vector<std::string> &warnings)
{
    Pricer pricer(stack, data, project, warnings);
    Builder builder{document, data, pricer, warnings, {}, {}};
    return builder.build();
}

nlohmann::json imageToJson(const ImageEstimate &image)
{
    return imageJson(image);
}

nlohmann::json toJson(const SizeEstimate &estimate)
{
    return {{"singleStage", imageJson(estimate.singleStage)},
            {"multiStage", imageJson(estimate.multiStage)},
            {"ratio", std::round(estimate.ratio * 100.0) / 100.0},
            {"dataAsOf", estimate.dataAsOf}};
}

std::string formatBytes(std::int64_t bytes)
{
    char buffer[32];
    const double b = static_cast<double>(bytes);
    if (bytes >= 1000LL * 1000 * 1000)
        std::snprintf(buffer, sizeof buffer, "%.2f GB", b / 1e9);
    else if (bytes >= 100LL * 1000 * 1000)
        std::snprintf(buffer, sizeof buffer, "%.0f MB", b / 1e6);
    else if (bytes >= 1000LL * 1000)
        std::snprintf(buffer, sizeof buffer, "%.1f MB", b / 1e6);
    else if (bytes >= 1000)
        std::snprintf(buffer, sizeof buffer, "%.0f kB", b / 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "%lld B", static_cast<long long>(bytes));
    return buffer;
}

std::string savingInWords(double ratio)
{
    if (ratio >= 1.95)
        return withArgs(coreText("estimate", "about %1x smaller"), {std::to_string(std::lround(ratio))});
    if (ratio > 1.0) {
        const long percent = std::lround((1.0 - 1.0 / ratio) * 100.0);
        if (percent >= 1)
            return withArgs(coreText("estimate", "about %1% smaller"), {std::to_string(percent)});
    }
    return coreText("estimate", "no smaller");
}

} // namespace stagecraft
