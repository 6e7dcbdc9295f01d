// `estimate --project`'s measurement on a million-file project, next to `du -sb` of the same
// tree in the same run (the issue #13 target is 1.3 times du at most), and next to the
// measurement as it was before, which must give the same figures.
#include "benchmark.h"
#include "benchtree.h"
#include "legacymeasure.h"

#include "estimate/projectmeasure.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace stagecraft {

namespace {

bool sameSize(const FolderSize &a, const FolderSize &b)
{
    return a.present == b.present && a.bytes == b.bytes && a.files == b.files;
}

bool sameMeasurement(const ProjectMeasurement &a, const ProjectMeasurement &b)
{
    auto sameNamed = [](const NamedSize &x, const NamedSize &y) { return x.path == y.path && sameSize(x.size, y.size); };
    const NodeModulesSplit &m = a.nodeModules;
    const NodeModulesSplit &n = b.nodeModules;
    return sameSize(a.context, b.context) && m.present == n.present && m.totalBytes == n.totalBytes
           && m.productionBytes == n.productionBytes && m.devBytes == n.devBytes
           && m.productionPackages == n.productionPackages && m.devPackages == n.devPackages
           && std::equal(a.buildOutputs.begin(), a.buildOutputs.end(), b.buildOutputs.begin(), b.buildOutputs.end(),
                         sameNamed)
           && a.virtualEnv.has_value() == b.virtualEnv.has_value() && a.warnings == b.warnings
           && a.cancelled == b.cancelled;
}

// Peak resident memory of `work` alone, run in a child process, in MiB.
double peakResidentOf(const std::function<void()> &work)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return 0;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        work();
        const double peak = bench::peakResidentMiB();
        if (::write(fds[1], &peak, sizeof peak) < 0)
            ::_exit(1);
        ::_exit(0);
    }
    ::close(fds[1]);
    double peak = 0;
    if (child < 0 || ::read(fds[0], &peak, sizeof peak) != sizeof peak)
        peak = 0;
    ::close(fds[0]);
    if (child > 0)
        ::waitpid(child, nullptr, 0);
    return peak;
}

// Every folder of the test fixtures measured both ways: how many give the same figures.
std::pair<int, int> fixturesMeasuredAlike()
{
    namespace fs = std::filesystem;
    int same = 0;
    int all = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(STAGECRAFT_SOURCE_DIR "/tests/fixtures", ec), end; !ec && it != end;
         it.increment(ec)) {
        if (!it->is_directory(ec) || it->is_symlink(ec))
            continue;
        const std::string folder = it->path().string();
        const auto now = measureProject(folder);
        const auto before = legacy::measureProject(folder);
        ++all;
        if (now.ok() == before.ok() && (!now.ok() || sameMeasurement(now.value(), before.value())))
            ++same;
        else
            std::fprintf(stderr, "measured differently: %s\n", folder.c_str());
    }
    return {same, all};
}

} // namespace

STAGECRAFT_BENCHMARK("estimate: measure a 1M-file project", [] {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    const std::int64_t files = bench::MillionFileProject(root).build();
    const std::string du = "du -sb '" + root + "' > /dev/null";
    if (std::system(du.c_str()) != 0) // also brings the tree into the cache for every runner
        std::fprintf(stderr, "du -sb failed\n");

    ProjectMeasurement now;
    ProjectMeasurement before;
    constexpr int Runs = 5;
    const double duUs = bench::medianMicroseconds(Runs, [&] { (void)std::system(du.c_str()); });
    const double nowUs = bench::medianMicroseconds(Runs, [&] { now = measureProject(root).value(); });
    const double beforeUs = bench::medianMicroseconds(3, [&] { before = legacy::measureProject(root).value(); });
    const bool same = sameMeasurement(now, before);
    if (!same)
        std::fprintf(stderr, "the measurement differs from the one before: context %lld/%lld bytes, production %lld/%lld\n",
                     static_cast<long long>(now.context.bytes), static_cast<long long>(before.context.bytes),
                     static_cast<long long>(now.nodeModules.productionBytes),
                     static_cast<long long>(before.nodeModules.productionBytes));
    const double nowPeak = peakResidentOf([&] { (void)measureProject(root); });
    const double beforePeak = peakResidentOf([&] { (void)legacy::measureProject(root); });
    const auto [alike, fixtures] = fixturesMeasuredAlike();
    return std::vector<bench::Figure>{
        {"fixture folders measured alike", static_cast<double>(alike), "of " + std::to_string(fixtures)},
        {"files in the tree", static_cast<double>(files), "files"},
        {"du -sb of the tree (reference), p50", duUs / 1000.0, "ms"},
        {"measureProject, p50", nowUs / 1000.0, "ms"},
        {"measureProject / du -sb", nowUs / duUs, "x"},
        {"measureProject before #13, p50", beforeUs / 1000.0, "ms"},
        {"before / now", beforeUs / nowUs, "x"},
        {"same figures as before (1 = yes)", same ? 1.0 : 0.0, ""},
        {"production node_modules", static_cast<double>(now.nodeModules.productionBytes) / 1e6, "MB"},
        {"production packages", static_cast<double>(now.nodeModules.productionPackages.size()), ""},
        {"context files", static_cast<double>(now.context.files), "files"},
        {"peak RSS of a measurement, now", nowPeak, "MiB"},
        {"peak RSS of a measurement, before", beforePeak, "MiB"},
    };
});

} // namespace stagecraft
