// The wizard as a module the stagecraft launcher loads only when a window (or the handout,
// which highlights with KSyntaxHighlighting) is wanted, so other commands never load widgets,
// KSyntaxHighlighting or the display libraries.
#include "cli/handoutcommand.h"
#include "mainwindow/application.h"

extern "C" __attribute__((visibility("default"))) int stagecraft_run_wizard(int *argc, char **argv)
{
    return stagecraft::runWizard(*argc, argv);
}

// `stagecraft handout`: the launcher provides this runner to runCli (it needs KSyntaxHighlighting).
extern "C" __attribute__((visibility("default"))) int stagecraft_handout_command(const QStringList &args, QTextStream &out,
                                                                                QTextStream &err)
{
    return stagecraft::runHandoutCommand(args, out, err);
}
