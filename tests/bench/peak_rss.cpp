// Prints the peak resident memory, in KiB, of one run of a program: `stagecraft-bench-peak-rss
// PROGRAM [ARGS...]` forks, runs it with stdin, stdout and stderr on /dev/null, and prints
// wait4's ru_maxrss of that child. The benchmark cannot ask wait4 itself: a child's
// ru_maxrss includes the memory of the process it was forked from, and this one is small.
// Exits 1 when the program could not run or failed.
#include <cstdio>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("usage: stagecraft-bench-peak-rss PROGRAM [ARGS...]\n", stderr);
        return 2;
    }
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[1], argv + 1);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
    std::printf("%ld\n", usage.ru_maxrss);
    return 0;
}
