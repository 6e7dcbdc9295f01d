#pragma once

#include "common/outcome.h"

#include <string>
#include <vector>

namespace stagecraft {

// One Node.js framework as resources/node-frameworks.json describes it: what identifies it
// and how its production build runs. The scan tries the table in order; the first match wins.
struct NodeFramework
{
    std::string id;   // "nuxt", "astro-node"
    std::string name; // shown in evidence: "Nuxt"
    // It matches when package.json has one of `dependencies` and every condition below holds.
    std::vector<std::string> dependencies;
    std::string adapter;         // a second package the match needs ("@astrojs/node"), or ""
    std::string buildScriptRuns; // text the build script must contain ("nuxt generate"), or ""
    std::vector<std::string> configFiles; // its config files, cited as evidence when present
    std::string configPattern;   // an ECMAScript regex one config file must match, or ""
    std::string stack;           // node | nextjs | static
    std::string output;          // what its build writes ("dist", ".output"); "" when tsconfig says
    std::string start;           // its production server when the project states none, or ""
    std::vector<std::string> devCommands; // start scripts that run a development server
    int port = 0;                // where its server listens by default; 0: no server
    std::string bindAddress;     // "0.0.0.0", "127.0.0.1", or "" when unknown
    std::string bindSetting;     // "env:HOST", "flag:-a", or ""
    std::string layout;          // app | output (the output carries its own dependencies)
    std::string outputDir;       // static: the folder the web server serves
    std::string spaFallback;     // static: "true" when unknown paths fall back to index.html
    std::string explain;         // what differs about it, for people
};

// Parses the table strictly: every entry and field is checked, and the first problem comes
// back as one line naming where it is ("frameworks[3].stack: ...").
Outcome<std::vector<NodeFramework>> parseNodeFrameworks(const std::string &text);

// The built-in table (":/data/node-frameworks.json"), read once. Empty only if the binary
// was built without it, which the tests catch.
const std::vector<NodeFramework> &nodeFrameworks();

// True when `script` (a package.json start script) runs one of the framework's development
// servers: the words of a dev command, then nothing but flags.
bool runsDevServer(const NodeFramework &framework, const std::string &script);

} // namespace stagecraft
