#pragma once

#include "catalog/catalog.h"
#include "cli/arguments.h"

#include <nlohmann/json_fwd.hpp>

#include <QStringList>
#include <QTextStream>

#include <optional>
#include <string>
#include <vector>

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

// The version of the shape of every --json output (and of `stagecraft --version --json`),
// printed as its "schemaVersion": raised when a key is removed or changes meaning, never for
// a key added, so a script can refuse a shape it does not know.
inline constexpr int JsonSchemaVersion = 1;

// Prints `json` (an object) as every --json output is printed: with its schemaVersion,
// indented, invalid UTF-8 replaced.
void printJson(QTextStream &out, nlohmann::json json);

// A command's arguments could not be understood: one line on `err` with the problem and the
// command's usage line (the first line of its --help), so the fix is in view.
void reportBadArguments(const char *command, const std::string &problem, void (*usage)(QTextStream &), QTextStream &err);

// The catalog every command uses: built-in stacks plus the user's; a broken user
// template is reported on `err` as a warning and skipped.
Catalog loadCatalog(QTextStream &err);
// The same for a command that takes a configuration (generate, estimate, handout): when
// --stack gives the stack and neither --preset nor --project can bring another, only that
// stack's template of the built-ins is read (Catalog::loadDefaultFor).
Catalog loadCatalog(const Arguments &configuration, QTextStream &err);

// The opening of a command that takes one folder (detect, check): parse `specs` (plus
// --help), answer --help with `usage`, and require exactly one existing DIR. Nothing is
// returned when the command is already finished; `exitCode` then says how it ended.
std::optional<Arguments> parseFolderCommand(const char *command, const QStringList &args, std::vector<Arguments::Spec> specs,
                                            void (*usage)(QTextStream &), QTextStream &out, QTextStream &err, int &exitCode);

int runOptionsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int runGenerateCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
