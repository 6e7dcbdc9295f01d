#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// Exit codes every command uses.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// True when the arguments (without the program name) ask for the command line rather
// than the wizard: a known subcommand, --version or --help.
bool isCliInvocation(const QStringList &args);

// Runs one command with injected streams, so tests run it in-process.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
