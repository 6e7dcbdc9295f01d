#pragma once

#include <QString>
#include <QStringList>

namespace stagecraft {

// What the wizard was asked to open: `--preset FILE` and/or a project folder.
struct WizardArguments
{
    QString preset;
    QString folder;
    QString error; // non-empty: the arguments could not be understood
};

// Parses the arguments after the program name (Qt's own options already removed).
WizardArguments parseWizardArguments(const QStringList &args);

// Earlier builds set no organisation name, so Qt saved their settings under
// "Unknown Organization". Moves them to the current settings file when that has none yet
// and returns whether it did; the old file is removed once its values are saved.
bool migrateLegacySettings();

// Opens the wizard (with --preset FILE or a project folder pre-filled) and runs the
// event loop until the window closes.
int runWizard(int &argc, char **argv);

} // namespace stagecraft
