#include "processrun.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace stagecraft::bench {

namespace {

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (std::string &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

std::vector<std::string> environmentWith(const std::vector<std::string> &added)
{
    std::vector<std::string> result;
    for (char **entry = environ; *entry; ++entry) {
        const std::string current = *entry;
        const std::string name = current.substr(0, current.find('='));
        bool replaced = false;
        for (const std::string &add : added)
            replaced = replaced || add.substr(0, add.find('=')) == name;
        if (!replaced)
            result.push_back(current);
    }
    result.insert(result.end(), added.begin(), added.end());
    return result;
}

} // namespace

ProcessRun runProcess(const Program &program, const std::string &stderrFile, const std::string &stdoutFile)
{
    std::vector<std::string> argv = program.argv;
    std::vector<std::string> environment = environmentWith(program.environment);
    const std::vector<char *> argvPointers = pointers(argv);
    const std::vector<char *> environmentPointers = pointers(environment);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdoutFile.empty() ? "/dev/null" : stdoutFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrFile.empty() ? "/dev/null" : stderrFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const auto start = std::chrono::steady_clock::now();
    pid_t child = 0;
    const int spawned = posix_spawn(&child, argvPointers[0], &actions, nullptr, argvPointers.data(), environmentPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error(program.label + ": cannot start " + program.argv[0] + ": " + std::strerror(spawned));
    int status = 0;
    if (::waitpid(child, &status, 0) != child)
        throw std::runtime_error(program.label + ": wait4 failed");
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(program.label + ": exited with status " + std::to_string(status));
    return {std::chrono::duration<double, std::milli>(end - start).count()};
}

double programPeakResidentMiB(const Program &program, int runs)
{
    Program measured = program;
    measured.argv.insert(measured.argv.begin(), STAGECRAFT_PEAK_RSS);
    char output[] = "/tmp/stagecraft-bench-rss.XXXXXX";
    const int fd = ::mkstemp(output);
    if (fd < 0)
        throw std::runtime_error("cannot create a temporary file");
    ::close(fd);
    std::vector<double> peaks;
    for (int i = 0; i < runs; ++i) {
        runProcess(measured, {}, output);
        std::ifstream in(output);
        long kib = 0;
        if (!(in >> kib) || kib <= 0)
            throw std::runtime_error(program.label + ": no peak resident memory reported");
        peaks.push_back(static_cast<double>(kib) / 1024.0);
    }
    ::unlink(output);
    std::sort(peaks.begin(), peaks.end());
    return peaks[peaks.size() / 2];
}

std::vector<std::vector<ProcessRun>> runInterleaved(const std::vector<Program> &programs, int warmups, int runs)
{
    for (int i = 0; i < warmups; ++i) {
        for (const Program &program : programs)
            runProcess(program);
    }
    std::vector<std::vector<ProcessRun>> results(programs.size());
    for (int i = 0; i < runs; ++i) {
        for (std::size_t p = 0; p < programs.size(); ++p)
            results[p].push_back(runProcess(programs[p]));
    }
    return results;
}

} // namespace stagecraft::bench
