#pragma once

#include "config/config.h"
#include "export/exporter.h"

#include <string>
#include <vector>

namespace stagecraft {

struct Generated;

// A name Docker accepts for an image and a compose service, derived from a project
// folder's name ("My App!" -> "my-app"); "app" when nothing usable is left.
std::string imageNameFor(const std::string &folder);

// compose.yaml with one service built from ./Dockerfile, its port published on the host.
std::string composeYaml(const Config &config, const std::string &serviceName);

// The files one export writes: Dockerfile (multi-stage, or the single-stage version when
// asked; with each line's explanation as a comment when config.comments), .dockerignore,
// and compose.yaml when `withCompose`.
std::vector<ExportFile> deliverables(const Generated &generated, const Config &config, const std::string &folder,
                                     bool singleStage, bool withCompose);

// Commands to try the result, run from the project folder.
std::string dockerBuildCommand(const std::string &imageName);
std::string dockerRunCommand(const std::string &imageName, int port);

} // namespace stagecraft
