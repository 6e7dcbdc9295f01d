#pragma once

#include "detect/dataengine.h"
#include "detect/scancontext.h"

#include <string>
#include <vector>

namespace stagecraft {

// The projects below the folder when it is a monorepo: npm/Yarn/Bun workspaces or a
// pnpm-workspace.yaml, or several manifests (package.json, go.mod, pyproject.toml, ...)
// in sub-folders. Empty for a plain single project. Internal to app/detect.
std::vector<DetectedProject> findProjects(ScanContext &context, DetectEngine &engine,
                                          const std::vector<DetectEntry> &entries);

// True when a '/'-separated path matches a workspace glob ("packages/*", "apps/**", "tools/cli").
bool matchesWorkspacePattern(const std::string &path, const std::string &pattern);

} // namespace stagecraft
