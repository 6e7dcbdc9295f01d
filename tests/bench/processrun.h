#pragma once

#include <string>
#include <vector>

namespace stagecraft::bench {

// One run of a program as a child process: wall time from spawning it to reaping it.
struct ProcessRun
{
    double milliseconds = 0;
};

struct Program
{
    std::string label;
    std::vector<std::string> argv; // argv[0] is the executable's path
    std::vector<std::string> environment; // NAME=value entries added to this process's environment
};

// Runs `program` with stdin on /dev/null, stderr into `stderrFile` and stdout into
// `stdoutFile` (each /dev/null when empty). Throws when it cannot start or does not exit
// with status 0.
ProcessRun runProcess(const Program &program, const std::string &stderrFile = {}, const std::string &stdoutFile = {});

// The program's peak resident memory in MiB, the median of `runs` runs (made by
// stagecraft-bench-peak-rss, so this process's own memory is not counted in).
double programPeakResidentMiB(const Program &program, int runs);

// Every program `runs` times, interleaved (A B A B ...) after `warmups` unrecorded runs of
// each; the results are per program, in the order given.
std::vector<std::vector<ProcessRun>> runInterleaved(const std::vector<Program> &programs, int warmups, int runs);

} // namespace stagecraft::bench
