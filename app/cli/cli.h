#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// Exit codes every command uses.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// True when the arguments (without the program name) ask for the command line rather than
// the wizard: a command first, or anything other than nothing, --preset FILE or an existing
// folder. A mistyped command is then the command line's error, never a window opening.
bool isCliInvocation(const QStringList &args);

// Runs one command with injected streams, so tests run it in-process. Whatever `out`
// could not take (a full disk, a closed pipe) makes the command a failure (ExitFailure).
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

// `stagecraft handout` needs KSyntaxHighlighting, which the core does not link: its runner
// (runHandoutCommand, in the stagecraft_handout library) is provided by whoever linked or
// loaded it, before runCli. Without one the command says what is missing.
using CommandRunner = int (*)(const QStringList &args, QTextStream &out, QTextStream &err);
void provideHandoutCommand(CommandRunner runner);

} // namespace stagecraft
