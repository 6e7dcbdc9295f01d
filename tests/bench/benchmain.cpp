// Runs every registered benchmark case (or those whose name contains one of the FILTER
// arguments) and prints one line per figure: the numbers the README's benchmark table quotes.
//
//   stagecraft-bench [--json FILE] [--samples N] [--runs N] [--field TEXT] [FILTER...]
//
// --json also writes every figure to FILE. A case that finds its own measurement broken (a
// keystroke that changed nothing, a program that failed) stops the run with exit code 1.
#include "benchmark.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <exception>
#include <fstream>

namespace stagecraft::bench {

std::vector<Case> &registry()
{
    static std::vector<Case> cases;
    return cases;
}

Sampling &sampling()
{
    static Sampling current;
    return current;
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

double percentile(std::vector<double> samples, double fraction)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
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

namespace {

int usage()
{
    std::fputs("usage: stagecraft-bench [--json FILE] [--samples N] [--runs N] [--field TEXT] [FILTER...]\n", stderr);
    return 2;
}

bool positive(const char *text, int &value)
{
    char *end = nullptr;
    const long parsed = std::strtol(text, &end, 10);
    if (!*text || *end || parsed < 1 || parsed > 1000000)
        return false;
    value = static_cast<int>(parsed);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    using namespace stagecraft::bench;
    std::string jsonPath;
    std::vector<std::string> filters;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json" && i + 1 < argc)
            jsonPath = argv[++i];
        else if (arg == "--samples" && i + 1 < argc) {
            if (!positive(argv[++i], sampling().samples))
                return usage();
        } else if (arg == "--runs" && i + 1 < argc) {
            if (!positive(argv[++i], sampling().runs))
                return usage();
        } else if (arg == "--field" && i + 1 < argc) {
            sampling().field = argv[++i];
        } else if (arg.starts_with("-"))
            return usage();
        else
            filters.push_back(arg);
    }
    const auto selected = [&filters](const std::string &name) {
        return filters.empty()
            || std::any_of(filters.begin(), filters.end(), [&name](const std::string &f) { return name.find(f) != std::string::npos; });
    };

    nlohmann::json cases = nlohmann::json::array();
    const auto print = [](const std::string &caseName, const Figure &figure) {
        std::printf("%-36s %-50s %12.2f %s\n", caseName.c_str(), figure.name.c_str(), figure.value, figure.unit.c_str());
        std::fflush(stdout);
    };
    for (const auto &benchCase : registry()) {
        if (!selected(benchCase.name))
            continue;
        std::vector<Figure> figures;
        try {
            figures = benchCase.run();
        } catch (const std::exception &error) {
            std::fprintf(stderr, "stagecraft-bench: %s: %s\n", benchCase.name.c_str(), error.what());
            return 1;
        }
        nlohmann::json entries = nlohmann::json::array();
        for (const auto &figure : figures) {
            print(benchCase.name, figure);
            entries.push_back({{"name", figure.name}, {"value", figure.value}, {"unit", figure.unit}});
        }
        cases.push_back({{"case", benchCase.name}, {"figures", entries}});
    }
    const Figure peak{"peak resident memory", peakResidentMiB(), "MiB"};
    print("process", peak);
    cases.push_back({{"case", "process"}, {"figures", {{{"name", peak.name}, {"value", peak.value}, {"unit", peak.unit}}}}});

    if (!jsonPath.empty()) {
        const nlohmann::json document{{"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
                                      {"samples", sampling().samples},
                                      {"runs", sampling().runs},
                                      {"cases", cases}};
        std::ofstream out(jsonPath);
        out << document.dump(2) << '\n';
        if (!out) {
            std::fprintf(stderr, "stagecraft-bench: cannot write %s\n", jsonPath.c_str());
            return 1;
        }
    }
    return 0;
}
