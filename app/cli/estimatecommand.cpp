#include "cli/estimatecommand.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/configflags.h"
#include "estimate/dockerfileread.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"
#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

namespace stagecraft {

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: stagecraft estimate [FLAGS] [--project DIR] [--compare FILE] [--json]\n\n"
           "Estimates the image size of the naive single-stage build and of the multi-stage build,\n"
           "layer by layer, from published base-image figures and, with --project, the project's\n"
           "own dependencies, sources and build output (measured read-only).\n\n"
        << configFlagsHelp()
        << "  --project DIR               measure this project folder instead of assuming sizes\n"
           "  --compare FILE              also price another Dockerfile (your own, another tool's) by the\n"
           "                              same rules, for a side-by-side comparison\n"
           "  --json                      print the estimate as JSON\n";
}

void printImage(QTextStream &out, const char *title, const ImageEstimate &image)
{
    out << title << ": " << QString::fromStdString(formatBytes(image.diskBytes)) << " on disk, "
        << QString::fromStdString(formatBytes(image.compressedBytes)) << " to pull\n";
    for (const LayerEstimate &layer : image.layers) {
        QString instruction = printableText(layer.instruction);
        if (instruction.size() > 60)
            instruction = instruction.left(57) + QStringLiteral("...");
        // A base image's size is a published (or derived) figure, not an assumption.
        const char *basis = layer.measured ? "measured " : layer.instruction.rfind("FROM ", 0) == 0 ? "data     " : "assumed  ";
        out << "  " << QString::fromStdString(formatBytes(layer.diskBytes)).rightJustified(9) << "  " << basis << instruction << '\n';
    }
}

} // namespace

std::optional<CommandSizes> sizesForCommand(const char *command, const CommandConfig &resolved, const Generated &generated,
                                            QTextStream &err)
{
    CommandSizes sizes;
    if (resolved.scan) {
        const ProjectScan &scan = *resolved.scan;
        if (!scan.measurementError.empty()) {
            err << "stagecraft " << command << ": " << printableText(scan.measurementError) << '\n';
            return std::nullopt;
        }
        std::vector<std::string> problems;
        sizes.project = measurementFor(scan, generated, &problems);
        for (const std::string &problem : problems) {
            err << "stagecraft " << command << ": " << printableText(problem) << '\n';
            return std::nullopt;
        }
        for (const std::string &warning : sizes.project->warnings)
            err << "stagecraft " << command << ": warning: " << printableText(warning) << '\n';
    }
    std::vector<std::string> problems;
    sizes.data = ImageSizeData::loadDefault(&problems);
    for (const std::string &problem : problems)
        err << "stagecraft " << command << ": warning: " << printableText(problem) << '\n';
    sizes.estimate = estimateSizes(generated.singleStage, generated.multiStage, resolved.config.stack, sizes.data,
                                   sizes.project ? &*sizes.project : nullptr);
    return sizes;
}

int runEstimateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const std::vector<Arguments::Spec> extra{{"--project", true}, {"--compare", true}, {"--json"}};
    int exitCode = ExitOk;
    const std::optional<Arguments> parsed = parseConfigCommand("estimate", args, extra, printUsage, out, err, exitCode);
    if (!parsed)
        return exitCode;
    const Arguments &a = *parsed;
    // The file to compare is read (and refused) before any work, like every other input.
    std::optional<Document> compared;
    const std::string comparedPath = a.value("--compare");
    if (a.has("--compare")) {
        const Outcome<std::string> text = readBoundedFile(comparedPath);
        const Outcome<Document> read = text ? readDockerfileForEstimate(text.value()) : Outcome<Document>::failure(text.error());
        if (!read) {
            err << "stagecraft estimate: --compare " << printableText(comparedPath) << ": "
                << printableText(read.error()) << '\n';
            return ExitBadInput;
        }
        compared = read.value();
    }
    const Catalog catalog = loadCatalog(a, err);
    // With --project the scan supplies the starting configuration and the measurement, as
    // for generate and in the wizard.
    const std::optional<CommandConfig> resolved = resolveCommandConfig("estimate", a, catalog, true, err);
    if (!resolved)
        return ExitBadInput;
    const Config &config = resolved->config;
    Outcome<Generated> generated = generate(catalog, config);
    if (!generated) {
        err << "stagecraft estimate: " << printableText(generated.error()) << '\n';
        return ExitFailure;
    }

    const std::optional<CommandSizes> sizes = sizesForCommand("estimate", *resolved, generated.value(), err);
    if (!sizes)
        return ExitBadInput;
    const ImageSizeData &data = sizes->data;
    const std::optional<ProjectMeasurement> &project = sizes->project;
    const SizeEstimate &estimate = sizes->estimate;
    std::vector<std::string> warnings = estimate.warnings;
    std::optional<ImageEstimate> other;
    if (compared)
        other = estimateImage(*compared, config.stack, data, project ? &*project : nullptr, warnings);
    for (const std::string &warning : warnings)
        err << "stagecraft estimate: warning: " << printableText(warning) << '\n';

    if (a.has("--json")) {
        nlohmann::json json = toJson(estimate);
        if (other) {
            json["compared"] = imageToJson(*other);
            json["compared"]["file"] = comparedPath;
        }
        printJson(out, std::move(json));
        return ExitOk;
    }
    printImage(out, "single-stage", estimate.singleStage);
    printImage(out, "multi-stage", estimate.multiStage);
    if (other) {
        const std::string title = "compared (" + comparedPath + ")";
        printImage(out, title.c_str(), *other);
    }
    out << "multi-stage is " << QString::fromStdString(savingInWords(estimate.ratio)) << " ("
        << QString::number(estimate.ratio, 'f', 1) << "x). Image sizes as of "
        << printableText(estimate.dataAsOf) << " (oldest figure used); "
        << (project ? "project sizes measured where marked.\n" : "application sizes assumed (see --json for the basis).\n");
    return ExitOk;
}

} // namespace stagecraft
