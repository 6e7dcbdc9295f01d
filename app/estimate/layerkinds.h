#pragma once

#include "dockerfile/document.h"

#include <string>

namespace stagecraft {

// What a layer holds in a learner's words, with the hue and saturation (HSL, 0-255) the size
// chart paints it in. The size chart widget and the handout's chart share this table, so
// both draw the same picture.
struct LayerKind
{
    const char *holds; // Holds::*, or "base" for the base image
    const char *name;
    int hue;
    int saturation;
};

// In the legend's order; the last entry is the fallback for any other value.
inline constexpr LayerKind LayerKinds[] = {
    {"base", "Base image", 215, 55},
    {Holds::SystemPackages, "System packages", 28, 170},
    {Holds::AllDependencies, "All dependencies (incl. dev)", 45, 185},
    {Holds::Dependencies, "Production dependencies", 140, 120},
    {Holds::Sources, "Source code", 275, 110},
    {Holds::BuildOutput, "Build output", 188, 150},
    {Holds::Application, "Application", 330, 130},
    {Holds::PackageCache, "Package cache", 0, 150},
    {Holds::RuntimeFiles, "Runtime files", 55, 120},
    {Holds::User, "User account", 300, 60},
    {Holds::Nothing, "Other files", 0, 0},
};

const LayerKind &layerKindOf(const std::string &holds);

} // namespace stagecraft
