// The wizard as a module the stagecraft launcher loads only when a window is wanted, so a
// command-line run never loads widgets, KSyntaxHighlighting or the display libraries.
#include "mainwindow/application.h"

extern "C" __attribute__((visibility("default"))) int stagecraft_run_wizard(int *argc, char **argv)
{
    return stagecraft::runWizard(*argc, argv);
}
