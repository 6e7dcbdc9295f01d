#include "cli/cli.h"
#include "mainwindow/application.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // One name for the window and the command line, so both read the same user data
    // (~/.local/share/stagecraft: templates/, image-sizes.json) and settings.
    QCoreApplication::setApplicationName(QStringLiteral("stagecraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGECRAFT_VERSION));
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!stagecraft::isCliInvocation(args)) {
        return stagecraft::runWizard(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return stagecraft::runCli(args, out, err);
}
