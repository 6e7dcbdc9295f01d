#include "project/projectscan.h"

#include "catalog/catalog.h"
#include "common/translated.h"
#include "detect/configfromdetection.h"
#include "generate/generator.h"

#include <algorithm>

namespace stagecraft {

ProjectScan scanAndMeasure(const std::string &folder, const Catalog &catalog, const ProjectScanOptions &options)
{
    ProjectScan scan;
    scan.folder = folder;
    scan.projectFolder = options.member.empty() ? folder : folder + "/" + options.member;
    ScanOptions scanOptions;
    scanOptions.project = options.member;
    // The catalog the configuration comes from also says which stacks the scan can pick.
    scanOptions.catalog = &catalog;
    std::int64_t detected = 0;
    scan.detection = scanProject(folder, scanOptions, [&](std::size_t files) {
        detected = static_cast<std::int64_t>(files);
        if (options.progress)
            options.progress(detected);
    }, options.cancel);
    if (scan.detection.cancelled || (options.cancel && *options.cancel)) {
        scan.cancelled = true;
        return scan;
    }
    if (!options.startCommand.empty() && options.startCommand != scan.detection.startCommand) {
        // The scan's start file came from the project's command, not from this one.
        scan.detection.startCommand = options.startCommand;
        scan.detection.startFile.clear();
    }
    const auto answered = [&options](const std::map<std::string, std::string> &answers) {
        return !answers.empty() && std::all_of(answers.begin(), answers.end(), [&options](const auto &answer) {
            const auto chosen = options.chosenOptions.find(answer.first);
            return chosen != options.chosenOptions.end() && chosen->second == answer.second;
        });
    };
    if (!scan.detection.refusal.empty() && answered(scan.detection.refusalAnsweredBy)) {
        scan.notes.push_back(withArgs(coreText("project", "the scan alone would not generate (%1); the options given answer that"),
                                      {scan.detection.refusal}));
        scan.detection.refusal.clear();
    }
    if (Outcome<Config> config = configFromDetection(scan.detection, catalog, &scan.notes)) {
        scan.config = config.value();
        const StackDefinition *stack = catalog.find(scan.config->stack);
        scan.stackStartsOwnServer = stack && stack->startsOwnServer;
        // The user's option values win over what the scan read, for the stack's own options,
        // so the measurement (and the wizard, which has no flags) sees the image they choose.
        for (const auto &[id, value] : options.chosenOptions) {
            if (stack && stack->option(id))
                scan.config->options[id] = value;
        }
    }
    else
        scan.refusal = config.error();
    for (const StackDefinition &stack : catalog.stacks())
        scan.stackFolders.insert(scan.stackFolders.end(), stack.measuredFolders.begin(), stack.measuredFolders.end());
    if (!options.measure || !scan.config)
        return scan;
    const Outcome<Generated> generated = generate(catalog, *scan.config);
    if (!generated)
        return scan;

    MeasureOptions measure;
    measure.cancel = options.cancel;
    measure.progress = [&](std::int64_t files) {
        if (options.progress)
            options.progress(detected + files);
    };
    measure.dockerignore = contextDockerignore(generated.value());
    measure.stackFolders = scan.stackFolders;
    Outcome<ProjectMeasurement> measurement = measureProject(scan.projectFolder, measure);
    if (measurement) {
        scan.cancelled = measurement->cancelled;
        if (!scan.cancelled) {
            scan.measurement = measurement.value();
            scan.measuredDockerignore = *measure.dockerignore;
        }
    } else {
        scan.measurementError = measurement.error();
    }
    return scan;
}

const std::string &contextDockerignore(const Generated &generated)
{
    return generated.dockerignore;
}

std::optional<ProjectMeasurement> measurementFor(const ProjectScan &scan, const Generated &generated,
                                                 std::vector<std::string> *warnings)
{
    if (scan.measurement && scan.measuredDockerignore == contextDockerignore(generated))
        return scan.measurement;
    MeasureOptions measure;
    measure.dockerignore = contextDockerignore(generated);
    measure.stackFolders = scan.stackFolders;
    Outcome<ProjectMeasurement> measured = measureProject(scan.projectFolder, measure);
    if (!measured) {
        if (warnings)
            warnings->push_back(measured.error());
        return std::nullopt;
    }
    return std::move(measured).value();
}

} // namespace stagecraft
