#pragma once

#include <string>
#include <vector>

namespace stagecraft {

// A folder a stack's build leaves in a project (Composer's vendor, Cargo's target/release),
// declared by the stack's template under "measure". When the project holds it, its measured
// size prices that stack's layers that hold the same thing, instead of the stack's default.
struct StackFolder
{
    std::string stack;  // the stack whose template declares it
    std::string path;   // relative to the project, '/'-separated, one or two names deep
    std::string holds;  // Holds::Dependencies, AllDependencies or BuildOutput
    std::string what;   // what it is, for the layer's description: "Composer's vendor folder"
    std::vector<std::string> skip; // names directly inside it that no image holds
    bool operator==(const StackFolder &) const = default;
};

// How deep a declared folder may lie: the walk starts an account only in the first two levels.
inline constexpr int MaxStackFolderDepth = 2;
// How many a template may declare: every stack's folders are measured in the same walk.
inline constexpr std::size_t MaxStackFoldersPerStack = 4;

} // namespace stagecraft
