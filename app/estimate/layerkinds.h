#pragma once

#include "dockerfile/document.h"

#include <QtGlobal>

#include <string>

namespace stagecraft {

// What a layer holds in a learner's words, with the hue and saturation (HSL, 0-255) the size
// chart paints it in. The size chart widget and the handout's chart share this table, so
// both draw the same picture. The names are marked for translation (context "LayerKind"):
// both show them translated (the command line installs no translator: its handout stays English).
struct LayerKind
{
    const char *holds; // Holds::*, or "base" for the base image
    const char *name;
    int hue;
    int saturation;
};

// In the legend's order; the last entry is the fallback for any other value.
inline constexpr LayerKind LayerKinds[] = {
    {"base", QT_TRANSLATE_NOOP("LayerKind", "Base image"), 215, 55},
    {Holds::SystemPackages, QT_TRANSLATE_NOOP("LayerKind", "System packages"), 28, 170},
    {Holds::AllDependencies, QT_TRANSLATE_NOOP("LayerKind", "All dependencies (incl. dev)"), 45, 185},
    {Holds::Dependencies, QT_TRANSLATE_NOOP("LayerKind", "Production dependencies"), 140, 120},
    {Holds::Sources, QT_TRANSLATE_NOOP("LayerKind", "Source code"), 275, 110},
    {Holds::BuildOutput, QT_TRANSLATE_NOOP("LayerKind", "Build output"), 188, 150},
    {Holds::Application, QT_TRANSLATE_NOOP("LayerKind", "Application"), 330, 130},
    {Holds::PackageCache, QT_TRANSLATE_NOOP("LayerKind", "Package cache"), 0, 150},
    {Holds::RuntimeFiles, QT_TRANSLATE_NOOP("LayerKind", "Runtime files"), 55, 120},
    {Holds::User, QT_TRANSLATE_NOOP("LayerKind", "User account"), 300, 60},
    {Holds::Nothing, QT_TRANSLATE_NOOP("LayerKind", "Other files"), 0, 0},
};

const LayerKind &layerKindOf(const std::string &holds);

} // namespace stagecraft
