#pragma once

#include <string>

namespace stagecraft {

// Version strings as projects write them, reduced to what a template chooses between.
// Each returns "" when the text names no usable version. Ranges reduce to their lower
// bound, which is what the project promises to support.

// "v20.11.1", ">=18 <21", "^20.0.0", "20.x", "lts/iron", "nodejs 20.1" -> "20", "18"...
std::string reduceNodeVersion(const std::string &text);
// "1.22.3", "go1.23.1", ">=3.11,<4", "~=3.12.0", "python-3.12.1", "^3.11" -> "1.22", "3.11"...
std::string reduceMajorMinor(const std::string &text);
// "21", "1.8", "VERSION_17", "JavaVersion.VERSION_1_8", "temurin-21.0.2" -> "21", "8", "17"
std::string reduceJavaVersion(const std::string &text);
// "net8.0", "netcoreapp3.1", "net8.0-windows" -> "8.0", "3.1"; .NET Framework ("net48") -> ""
std::string reduceDotnetVersion(const std::string &text);

} // namespace stagecraft
