// Issue #13's whole-process figures: the wizard's start-up to first paint against a minimal
// Qt window with KSyntaxHighlighting, and the CLI against a bare QCoreApplication. Warm,
// interleaved runs of each program; every program runs with the same environment (a fresh
// HOME, the offscreen platform).
#include "benchmark.h"
#include "processrun.h"

#include "catalog/catalog.h"
#include "dockerfile/document.h"
#include "generate/generator.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <stdexcept>

namespace stagecraft {

namespace {

constexpr int Warmups = 3;

std::vector<std::string> hermeticEnvironment(const QTemporaryDir &home)
{
    const std::string root = home.path().toStdString();
    return {"HOME=" + root, "XDG_CONFIG_HOME=" + root + "/config", "XDG_DATA_HOME=" + root + "/data",
            "XDG_CACHE_HOME=" + root + "/cache", "QT_QPA_PLATFORM=offscreen"};
}

std::vector<double> milliseconds(const std::vector<bench::ProcessRun> &runs)
{
    std::vector<double> result;
    for (const bench::ProcessRun &run : runs)
        result.push_back(run.milliseconds);
    return result;
}

// The hook fired: the program quit because it painted, not for another reason.
void expectFirstPaint(const bench::Program &program, const QTemporaryDir &home)
{
    const std::string log = home.filePath(QStringLiteral("first-paint.log")).toStdString();
    bench::runProcess(program, log);
    QFile file(QString::fromStdString(log));
    if (!file.open(QIODevice::ReadOnly) || !file.readAll().contains("first paint"))
        throw std::runtime_error(program.label + " exited without saying it painted");
}

std::string writeDockerfile(const QTemporaryDir &home)
{
    const Catalog catalog = Catalog::loadDefault();
    const Outcome<Generated> generated = generate(catalog, defaultConfig(*catalog.find("node")));
    if (!generated)
        throw std::runtime_error("the node defaults do not generate");
    const QString path = home.filePath(QStringLiteral("Dockerfile"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(render(generated->multiStage).text)) < 0)
        throw std::runtime_error("cannot write the reference window's Dockerfile");
    return path.toStdString();
}

} // namespace

STAGECRAFT_BENCHMARK("process: start-up to first paint", [] {
    QTemporaryDir home;
    std::vector<std::string> environment = hermeticEnvironment(home);
    environment.push_back("STAGECRAFT_QUIT_AFTER_FIRST_PAINT=1");
    const bench::Program wizard{"stagecraft (the wizard)", {STAGECRAFT_PROGRAM}, environment};
    const bench::Program reference{"reference window", {STAGECRAFT_REFERENCE_WINDOW, writeDockerfile(home)}, environment};
    expectFirstPaint(wizard, home);
    expectFirstPaint(reference, home);

    const auto runs = bench::runInterleaved({wizard, reference}, Warmups, bench::sampling().runs);
    const std::vector<double> ours = milliseconds(runs[0]);
    const std::vector<double> theirs = milliseconds(runs[1]);
    const double oursMedian = bench::percentile(ours, 0.5);
    const double theirsMedian = bench::percentile(theirs, 0.5);
    return std::vector<bench::Figure>{
        {"runs per program", double(ours.size()), ""},
        {"wizard median", oursMedian, "ms"},
        {"wizard p90", bench::percentile(ours, 0.9), "ms"},
        {"reference window median", theirsMedian, "ms"},
        {"reference window p90", bench::percentile(theirs, 0.9), "ms"},
        {"wizard / reference, median", theirsMedian > 0 ? oursMedian / theirsMedian : 0, "x"},
        {"wizard / reference, p90",
         bench::percentile(theirs, 0.9) > 0 ? bench::percentile(ours, 0.9) / bench::percentile(theirs, 0.9) : 0, "x"},
        {"wizard peak resident memory", bench::programPeakResidentMiB(wizard, Warmups), "MiB"},
        {"reference window peak resident memory", bench::programPeakResidentMiB(reference, Warmups), "MiB"},
    };
});

STAGECRAFT_BENCHMARK("process: CLI call", [] {
    QTemporaryDir home;
    const std::vector<std::string> environment = hermeticEnvironment(home);
    const std::vector<bench::Program> programs{
        {"stagecraft --version", {STAGECRAFT_PROGRAM, "--version"}, environment},
        {"stagecraft generate --stack node", {STAGECRAFT_PROGRAM, "generate", "--stack", "node"}, environment},
        {"bare QCoreApplication", {STAGECRAFT_REFERENCE_CLI}, environment},
    };
    const auto runs = bench::runInterleaved(programs, Warmups, bench::sampling().runs);
    const double referenceMedian = bench::percentile(milliseconds(runs[2]), 0.5);
    std::vector<bench::Figure> figures{{"runs per program", double(runs[0].size()), ""}};
    for (std::size_t p = 0; p < programs.size(); ++p) {
        const double median = bench::percentile(milliseconds(runs[p]), 0.5);
        figures.push_back({programs[p].label + " median", median, "ms"});
        if (p + 1 < programs.size())
            figures.push_back({programs[p].label + " / bare, median", referenceMedian > 0 ? median / referenceMedian : 0, "x"});
        figures.push_back({programs[p].label + " peak resident memory", bench::programPeakResidentMiB(programs[p], Warmups), "MiB"});
    }
    return figures;
});

} // namespace stagecraft
