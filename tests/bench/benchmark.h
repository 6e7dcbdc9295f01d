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

// Median wall time of `repetitions` runs of `work`, in microseconds.
double medianMicroseconds(int repetitions, const std::function<void()> &work);

// The process's peak resident memory so far, in MiB.
double peakResidentMiB();

} // namespace stagecraft::bench

#define STAGECRAFT_BENCHMARK_CONCAT2(a, b) a##b
#define STAGECRAFT_BENCHMARK_CONCAT(a, b) STAGECRAFT_BENCHMARK_CONCAT2(a, b)
#define STAGECRAFT_BENCHMARK(name, ...) \
    static const ::stagecraft::bench::Registrar STAGECRAFT_BENCHMARK_CONCAT(benchmarkRegistrar, __LINE__){name, __VA_ARGS__}
