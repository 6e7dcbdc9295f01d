#pragma once

#include <string>

namespace stagecraft {

// Names the program the same way for the window and the command line: application name,
// version, organisation and domain. QSettings then writes ~/.config/stagecraft/stagecraft.conf
// (not "Unknown Organization"), and the desktop sees one program.
void setApplicationIdentity();

// The one folder of the user's own data, read by the wizard and the command line alike:
// templates/ (stack templates) and image-sizes.json (size figures), in
// ${XDG_DATA_HOME:-~/.local/share}/stagecraft. It does not depend on the organisation name.
std::string userDataFolder();

} // namespace stagecraft
