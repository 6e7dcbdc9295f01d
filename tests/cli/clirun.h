#pragma once

// Runs the command line in-process with streams on strings, as the CLI tests need it.
#include "cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::testing {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCliCapturing(const QStringList &args)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace stagecraft::testing
