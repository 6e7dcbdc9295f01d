#pragma once

namespace stagecraft {

// Opens the wizard (with --preset FILE or a project folder pre-filled) and runs the
// event loop until the window closes.
int runWizard(int &argc, char **argv);

} // namespace stagecraft
