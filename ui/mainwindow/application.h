#pragma once

#include "cli/wizardarguments.h"

namespace stagecraft {

// Earlier builds set no organisation name, so Qt saved their settings under
// "Unknown Organization". Moves them to the current settings file when that has none yet
// and returns whether it did; the old file is removed once its values are saved.
bool migrateLegacySettings();

// Opens the wizard (with --preset FILE or a project folder pre-filled) and runs the
// event loop until the window closes.
int runWizard(int &argc, char **argv);

} // namespace stagecraft
