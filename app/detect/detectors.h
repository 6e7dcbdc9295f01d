#pragma once

#include "detect/scancontext.h"

#include <regex>
#include <string>
#include <vector>

// Internal to app/detect: one detector per language. Each returns false when the project
// folder holds none of its manifests, and otherwise fills the result through the context.
namespace stagecraft {

bool hasNodeProject(const ScanContext &context);
bool hasGoProject(const ScanContext &context);
bool hasPythonProject(const ScanContext &context);

void detectNode(ScanContext &context);
void detectGo(ScanContext &context);
void detectPython(ScanContext &context);
// Rust, Java, .NET, PHP, Ruby: recognised so the user hears why no stack fits.
bool detectOther(ScanContext &context);

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
