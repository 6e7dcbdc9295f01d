#include "cli/cli.h"
#include "common/appidentity.h"
#include "mainwindow/application.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstdio>
#include <cstdlib>

namespace {

bool isSet(const char *variable)
{
    const char *value = std::getenv(variable);
    return value && *value;
}

// Qt aborts when its platform plugin finds no display, so the wizard checks first: an
// explicit platform (QT_QPA_PLATFORM, e.g. offscreen) is trusted, otherwise X11 or Wayland
// must be reachable.
bool displayAvailable()
{
    return isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    // One identity for the window and the command line, so both read the same user data
    // (userDataFolder(): templates/, image-sizes.json) and settings.
    stagecraft::setApplicationIdentity();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!stagecraft::isCliInvocation(args)) {
        if (!displayAvailable()) {
            std::fputs("stagecraft: cannot open the wizard: no display (DISPLAY or WAYLAND_DISPLAY is not set); "
                       "the commands work without one (see 'stagecraft --help')\n",
                       stderr);
            return stagecraft::ExitFailure;
        }
        return stagecraft::runWizard(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout, QIODevice::WriteOnly);
    QTextStream err(stderr, QIODevice::WriteOnly);
    return stagecraft::runCli(args, out, err);
}
