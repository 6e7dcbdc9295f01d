#pragma once

#include "detect/scancontext.h"

#include <regex>
#include <string>
#include <vector>

// Internal to app/detect: the named analysers a stack's detection data can ask for
// ("analyser": "node"), for what data cannot say. The data has identified the project and
// run its value rules first; each fills the rest of the result through the context.
namespace stagecraft {

// Picks the Node-family stack (node, nextjs, static, bun) from resources/node-frameworks.json
// and the start script, and reads package manager, version, commands, port.
void detectNode(ScanContext &context);
void detectGo(ScanContext &context);
void detectPython(ScanContext &context);

// std::regex recurses once per character it matches, so a long enough line overflows the
// stack. Lines longer than this are never searched: no manifest line worth reading is.
constexpr std::size_t maxSearchedLine = 1000;

// The first capture of `pattern` in `line` (or the whole match when it has no group), or
// "" when there is none or the line is longer than maxSearchedLine. The only way app/detect
// runs a regex over project text.
std::string searchLine(const std::string &line, const std::regex &pattern);
// searchLine on each line of `text` in turn: the first hit (`^` anchors every line).
std::string findInLines(const std::string &text, const std::regex &pattern);
// The port a JS/TS/Python/Go entry file defaults to (`listen(3000)`, `PORT || 3000`,
// `":8080"`), or 0.
int portInSource(const std::string &text);
// "1.2.3" style: the file's first non-empty, non-comment line, trimmed.
std::string firstLine(const std::string &text);
std::string trimmed(const std::string &text);
std::string directoryOf(const std::string &path); // "" for a top-level file
std::string fileNameOf(const std::string &path);

} // namespace stagecraft
