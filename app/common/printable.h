#pragma once

#include <string>

namespace stagecraft {

// `text` made safe to print on one terminal line: control characters (newlines, escape
// sequences, NUL, DEL) are shown as \n, \t, \r or \xNN, and invalid UTF-8 bytes as \xNN.
// Every message that quotes a file's content, a file name or an argument goes through it,
// so a hostile input can neither forge extra lines nor drive the terminal.
std::string printable(const std::string &text);
// True when printable(text) == text, without building the copy: checked on every string of
// every template at load time.
bool isPrintable(const std::string &text);

} // namespace stagecraft
