// The reference for a CLI call (issue #13): a bare QCoreApplication that prints one line.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::puts("stagecraft-bench-reference-cli 1");
    return 0;
}
