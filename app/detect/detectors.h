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

// The first capture of `pattern` on any line of `text`, or "" (line by line: bounded work
// and `^` anchors every line).
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
