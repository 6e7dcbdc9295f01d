#pragma once

#include "config/config.h"
#include "export/exporter.h"

#include <string>
#include <vector>

namespace stagecraft {

struct Generated;

// The tag suggested for the built image and the compose service, a name Docker accepts
// that cannot pass for a real image: the OCI title label when the configuration has one
// ("Catalog API" -> "catalog-api"), else the project folder's name with "-app"
// ("node" -> "node-app"; "app" when the folder leaves nothing usable). A title that names
// an image the Dockerfile builds FROM ("node") gets "-app" too.
std::string imageNameFor(const Generated &generated, const Config &config, const std::string &folder);

// compose.yaml with one service built from ./Dockerfile, its port published on the host.
std::string composeYaml(const Config &config, const std::string &serviceName);

// The files one export writes: Dockerfile (multi-stage, or the single-stage version when
// asked; with each line's explanation as a comment when config.comments), .dockerignore,
// and compose.yaml when `withCompose`.
std::vector<ExportFile> deliverables(const Generated &generated, const Config &config, const std::string &folder,
                                     bool singleStage, bool withCompose);

// Commands to try the result, run from the project folder; `dockerfile` is the file's name
// there when it is not "Dockerfile" (the new one written beside the user's own).
std::string dockerBuildCommand(const std::string &imageName, const std::string &dockerfile = "Dockerfile");
std::string dockerRunCommand(const std::string &imageName, int port);

} // namespace stagecraft
