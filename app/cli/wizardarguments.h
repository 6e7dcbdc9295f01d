#pragma once

#include <QString>
#include <QStringList>

namespace stagecraft {

// What the wizard was asked to open: `--preset FILE` and/or a project folder.
struct WizardArguments
{
    QString preset;
    QString folder;
    QString error; // non-empty: the arguments could not be understood (one printable line)
};

// Parses the arguments after the program name. The program reads them before it loads the
// wizard module, so a mistyped flag is a command-line error (exit 2) and no window opens.
WizardArguments parseWizardArguments(const QStringList &args);

} // namespace stagecraft
