#include "project/projectscan.h"

#include "detect/configfromdetection.h"
#include "generate/generator.h"

#include <QFileInfo>

namespace stagecraft {

ProjectScan scanAndMeasure(const std::string &folder, const std::string &member, const Catalog &catalog,
                           const std::function<void(std::int64_t)> &progress, const std::atomic_bool *cancel)
{
    ProjectScan scan;
    scan.folder = folder;
    ScanOptions options;
    options.project = member;
    std::int64_t detected = 0;
    scan.detection = scanProject(folder, options, [&](std::size_t files) {
        detected = static_cast<std::int64_t>(files);
        if (progress)
            progress(detected);
    }, cancel);
    if (scan.detection.cancelled || (cancel && *cancel)) {
        scan.cancelled = true;
        return scan;
    }
    if (Outcome<Config> config = configFromDetection(scan.detection, catalog, &scan.notes))
        scan.config = config.value();

    const std::string projectFolder = member.empty() ? folder : folder + "/" + member;
    MeasureOptions measure;
    measure.cancel = cancel;
    measure.progress = [&](std::int64_t files) {
        if (progress)
            progress(detected + files);
    };
    // The project's own .dockerignore decides what Docker sends; without one, the file
    // Stagecraft would write for the suggested configuration does.
    if (!QFileInfo::exists(QString::fromStdString(projectFolder + "/.dockerignore")) && scan.config) {
        if (Outcome<Generated> generated = generate(catalog, *scan.config))
            measure.dockerignore = generated->dockerignore;
    }
    Outcome<ProjectMeasurement> measurement = measureProject(projectFolder, measure);
    if (measurement) {
        scan.cancelled = measurement->cancelled;
        if (!scan.cancelled)
            scan.measurement = measurement.value();
    } else {
        scan.measurementError = measurement.error();
    }
    return scan;
}

} // namespace stagecraft
