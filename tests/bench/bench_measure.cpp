// `estimate --project`'s measurement on a million-file project, next to `du -sb` of the same
// tree in the same run (the issue #13 target is 1.3 times du at most), and next to the
// measurement as it was before, which must give the same figures.
#include "benchmark.h"
#include "benchtree.h"

#include "estimate/projectmeasure.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

namespace stagecraft {

namespace {

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

} // namespace

STAGECRAFT_BENCHMARK("estimate: measure a 1M-file project", [] {
    QTemporaryDir dir;
    const std::string root = dir.path().toStdString();
    const std::int64_t files = bench::MillionFileProject(root).build();
    const std::string du = "du -sb '" + root + "' > /dev/null";
    if (std::system(du.c_str()) != 0) // also brings the tree into the cache for every runner
        std::fprintf(stderr, "du -sb failed\n");

    ProjectMeasurement now;
    constexpr int Runs = 5;
    bool duFailed = false;
    const double duUs = bench::medianMicroseconds(Runs, [&] { duFailed = std::system(du.c_str()) != 0 || duFailed; });
    if (duFailed)
        std::fprintf(stderr, "du -sb failed: its figure is not a reference\n");
    const double nowUs = bench::medianMicroseconds(Runs, [&] { now = measureProject(root).value(); });
    const double nowPeak = peakResidentOf([&] { (void)measureProject(root); });
    return std::vector<bench::Figure>{
        {"files in the tree", static_cast<double>(files), "files"},
        {"du -sb of the tree (reference), p50", duUs / 1000.0, "ms"},
        {"measureProject, p50", nowUs / 1000.0, "ms"},
        {"measureProject / du -sb", nowUs / duUs, "x"},
        {"production node_modules", static_cast<double>(now.nodeModules.productionBytes) / 1e6, "MB"},
        {"production packages", static_cast<double>(now.nodeModules.productionPackages.size()), ""},
        {"context files", static_cast<double>(now.context.files), "files"},
        {"peak RSS of a measurement", nowPeak, "MiB"},
    };
});

} // namespace stagecraft
