#pragma once

#include <functional>
#include <string>
#include <vector>

namespace stagecraft {

// A package.json start script as a container runs it: in exec form, without npm or a shell.
struct NodeStart
{
    std::string command;   // one command line for Config::startCommand; empty when refused
    std::string startFile; // the project-relative file it runs ("app.js", "dist/main.js"), or ""
    std::string problem;   // why the script cannot run that way, one sentence; empty when it can
    std::string bindFlag;  // the flag that sets the listen address ("-a" for fastify), or ""
};

// What the translation needs to know about the project.
struct NodeStartContext
{
    std::string main;                       // package.json "main", or ""
    std::vector<std::string> buildOutputs;  // "dist/", "build/": files there appear after the build
    std::function<bool(const std::string &)> isFile; // project-relative; may be empty
    bool bunRuntime = false; // the image runs Bun, so `bun FILE` runs as written
};

// Translates npm-isms into the command itself: `cross-env NODE_ENV=production node .` ->
// `node MAIN`, `nest start` -> `node dist/main`, `fastify start app.js` ->
// `node_modules/.bin/fastify start app.js`, and on the Bun runtime `bun run index.ts` as is.
// Idempotent: a translated command comes back as is.
NodeStart translateStartScript(const std::string &script, const NodeStartContext &context);

} // namespace stagecraft
