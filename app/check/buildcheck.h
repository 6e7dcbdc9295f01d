#pragma once

#include "detect/detection.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace stagecraft {

// A static simulation of a Dockerfile against its build context and the project model:
// what a build or a start would miss, found without running anything.
struct CheckFinding
{
    int line = 0;             // 1-based line of the instruction in the Dockerfile; 0 = the whole file
    std::string instruction;  // the instruction's first line, trimmed, at most ~100 chars
    std::string problem;      // what is missing or wrong, one sentence
    std::string advice;       // what to do, one sentence
    std::string rule;         // "copy-source", "mount-source", "stage-path", "start-file", "port", "bind", "syntax"
    bool operator==(const CheckFinding &) const = default;
};

struct CheckResult
{
    std::vector<CheckFinding> findings;   // empty: fits, as far as a static check can tell
    std::vector<std::string> unverified;  // what it could not prove (an unknown RUN's outputs, ...)
};

struct CheckInput
{
    std::string dockerfile;                   // the Dockerfile text
    std::string contextDir;                   // the build context folder
    std::optional<std::string> dockerignore;  // .dockerignore text; nullopt: the context's own file
    const DetectionResult *project = nullptr; // the model (build outputs, start file, bind), optional
};

// Never throws; bounded time and memory for any input (a Dockerfile is untrusted).
CheckResult checkDockerfile(const CheckInput &input);
nlohmann::json toJson(const CheckResult &result);      // {"fits": bool, "findings": [...], "unverified": [...]}
std::string findingText(const CheckFinding &finding);  // "line 12: COPY ...: problem; advice" (printable)

} // namespace stagecraft
