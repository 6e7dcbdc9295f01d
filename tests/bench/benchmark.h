#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace stagecraft::bench {

// One measured figure of a benchmark case.
struct Figure
{
    std::string name;
    double value;
    std::string unit;
};

struct Case
{
    std::string name;
    std::function<std::vector<Figure>()> run;
};

std::vector<Case> &registry();

struct Registrar
{
    Registrar(std::string name, std::function<std::vector<Figure>()> run) { registry().push_back({std::move(name), std::move(run)}); }
};

// How much the sampling cases measure (stagecraft-bench --samples N --runs N): the ctest
// smoke run asks for a few samples, the real run takes the defaults.
struct Sampling
{
    int samples = 500; // keystrokes per field kind, and per floor
    int runs = 30;     // process runs per program
    // --field TEXT: only the keystroke field kinds whose name contains TEXT ("stack", "port"),
    // to profile one kind alone.
    std::string field;
};
Sampling &sampling();

// Median wall time of `repetitions` runs of `work`, in microseconds.
double medianMicroseconds(int repetitions, const std::function<void()> &work);

// The value below which `fraction` (0.5 for the median, 0.99 for p99) of the samples lie
// (nearest rank); 0 for no samples.
double percentile(std::vector<double> samples, double fraction);

// The process's peak resident memory so far, in MiB.
double peakResidentMiB();

} // namespace stagecraft::bench

#define STAGECRAFT_BENCHMARK_CONCAT2(a, b) a##b
#define STAGECRAFT_BENCHMARK_CONCAT(a, b) STAGECRAFT_BENCHMARK_CONCAT2(a, b)
#define STAGECRAFT_BENCHMARK(name, ...) \
    static const ::stagecraft::bench::Registrar STAGECRAFT_BENCHMARK_CONCAT(benchmarkRegistrar, __LINE__){name, __VA_ARGS__}
