#pragma once

#include "catalog/catalog.h"

#include <QStringList>
#include <QTextStream>

#include <string>

namespace stagecraft {

// One subcommand: its name, a one-line summary for --help, and the function that runs it
// with the arguments after the name.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

// Text from an argument, a file or a template, ready for a stream: control characters and
// invalid UTF-8 escaped (printable()), so it can neither forge lines nor drive a terminal.
QString printableText(const std::string &untrusted);

// The catalog every command uses: built-in stacks plus the user's; a broken user
// template is reported on `err` as a warning and skipped.
Catalog loadCatalog(QTextStream &err);

int runOptionsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runGenerateCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
