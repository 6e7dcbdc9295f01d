// Runs every registered benchmark case (or those whose name contains argv[1]) and
// prints one line per figure: the numbers the README's benchmark table quotes.
#include "benchmark.h"

#include <QApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace stagecraft::bench {

std::vector<Case> &registry()
{
    static std::vector<Case> cases;
    return cases;
}

double medianMicroseconds(int repetitions, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < repetitions; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        samples.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace stagecraft::bench

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const std::string filter = argc > 1 ? argv[1] : "";
    for (const auto &benchCase : stagecraft::bench::registry()) {
        if (!filter.empty() && benchCase.name.find(filter) == std::string::npos)
            continue;
        for (const auto &figure : benchCase.run())
            std::printf("%-40s %-34s %12.1f %s\n", benchCase.name.c_str(), figure.name.c_str(), figure.value, figure.unit.c_str());
        std::fflush(stdout);
    }
    std::printf("%-40s %-34s %12.1f %s\n", "process", "peak resident memory", stagecraft::bench::peakResidentMiB(), "MiB");
    return 0;
}
