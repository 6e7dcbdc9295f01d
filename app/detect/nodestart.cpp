#include "detect/nodestart.h"

#include "common/printable.h"
#include "common/translated.h"
#include "config/startcommand.h"
#include "config/valuerules.h"

#include <algorithm>
#include <cctype>

namespace stagecraft {

namespace {

bool isEnvAssignment(const std::string &word)
{
    const auto equals = word.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(equals), [](unsigned char c) {
        return std::isalnum(c) || c == '_';
    }) && !std::isdigit(static_cast<unsigned char>(word[0]));
}

std::string withoutDotSlash(std::string path)
{
    while (path.rfind("./", 0) == 0)
        path.erase(0, 2);
    return path;
}

bool hasScriptExtension(const std::string &path)
{
    for (const char *extension : {".js", ".mjs", ".cjs"}) {
        const std::string ext = extension;
        if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
            return true;
    }
    return false;
}

std::string joined(const std::vector<std::string> &words)
{
    std::string line;
    for (const auto &word : words) {
        if (!line.empty())
            line += ' ';
        // Config::startCommand is split again by splitStartCommand: quote what needs it.
        const bool plain = !word.empty() && word.find_first_of(" \t'\"\\$`|&;<>()*?[]#~") == std::string::npos;
        if (plain) {
            line += word;
        } else if (word.find('\'') == std::string::npos) {
            line += "'" + word + "'";
        } else {
            std::string quoted = "\"";
            for (const char c : word) {
                if (c == '"' || c == '\\')
                    quoted += '\\';
                quoted += c;
            }
            line += quoted + "\"";
        }
    }
    return line;
}

// The file Node runs for `node TARGET`, the way Node resolves it: as written, with .js
// added, or the folder's index.js. A file under a build output exists only after the build.
std::string resolvedEntry(const std::string &target, const NodeStartContext &context)
{
    const std::string path = withoutDotSlash(target);
    const auto exists = [&](const std::string &candidate) {
        if (context.isFile && context.isFile(candidate))
            return true;
        return std::any_of(context.buildOutputs.begin(), context.buildOutputs.end(), [&](const std::string &output) {
            return candidate.rfind(output, 0) == 0;
        });
    };
    if (path.empty() || path == ".")
        return {};
    if (hasScriptExtension(path) || (context.isFile && context.isFile(path)))
        return path;
    for (const auto &output : context.buildOutputs) {
        if (path + "/" == output)
            return path + "/index.js";
    }
    if (exists(path + ".js"))
        return path + ".js";
    if (exists(path + "/index.js"))
        return path + "/index.js";
    return path;
}

// Servers installed as dependencies, run from node_modules/.bin without npm.
bool isInstalledServer(const std::string &program)
{
    return program == "fastify" || program == "remix-serve" || program == "react-router-serve";
}

bool hasBunScriptExtension(const std::string &path)
{
    for (const char *extension : {".ts", ".tsx", ".mts", ".cts", ".jsx", ".js", ".mjs", ".cjs"}) {
        const std::string ext = extension;
        if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
            return true;
    }
    return false;
}

// `bun [run] [flags] FILE [args]`: Bun runs TypeScript and JavaScript files itself, so the
// command stays as written once it names a file; `bun run NAME` of a package script does not.
NodeStart translateBunScript(const std::vector<std::string> &words, const NodeStartContext &context)
{
    NodeStart start;
    const std::string script = joined(words);
    std::size_t i = 1;
    while (i < words.size() && (words[i] == "run" || (!words[i].empty() && words[i][0] == '-'))) {
        if (words[i] == "run") {
            ++i;
            continue;
        }
        const std::string &flag = words[i];
        if (flag == "--watch" || flag == "--hot") {
            start.problem = withArgs(coreText("scan", "the start script \"%1\" runs Bun with %2, a development mode that restarts on file changes; set --start-command"),
                                     {printable(script), flag});
            return start;
        }
        const bool takesValue = flag == "--preload" || flag == "-r" || flag == "--env-file" || flag == "--cwd"
                                || flag == "--conditions" || flag == "--tsconfig-override";
        i += takesValue ? 2 : 1;
    }
    if (i >= words.size()) {
        start.problem = withArgs(coreText("scan", "the start script \"%1\" runs bun without a file"), {printable(script)});
        return start;
    }
    const std::string file = withoutDotSlash(words[i]);
    if (!hasBunScriptExtension(file) && !(context.isFile && context.isFile(file))) {
        start.problem = withArgs(coreText("scan", "the start script \"%1\" runs \"%2\", a package script or tool rather than a file; set --start-command to the file it starts"),
                                 {printable(script), printable(words[i])});
        return start;
    }
    start.startFile = file;
    start.command = script;
    return start;
}

} // namespace

NodeStart translateStartScript(const std::string &script, const NodeStartContext &context)
{
    NodeStart start;
    if (std::string problem = singleLineProblem(coreText("scan", "the start script"), script); !problem.empty()) {
        start.problem = problem;
        return start;
    }
    const auto split = splitStartCommand(script);
    if (!split) {
        start.problem = withArgs(coreText("scan", "the start script \"%1\" needs a shell (%2); set --start-command"),
                                 {printable(script), split.error()});
        return start;
    }
    std::vector<std::string> words = split.value();
    if (!words.empty() && words.front() == "cross-env")
        words.erase(words.begin());
    while (!words.empty() && isEnvAssignment(words.front())) {
        // NODE_ENV=production is what the runtime stage's ENV already sets; anything else
        // would be lost in exec form.
        if (words.front() != "NODE_ENV=production") {
            start.problem = withArgs(coreText("scan", "the start script sets %1, which the generated Dockerfile does not; set it in ENV and use --start-command"),
                                     {printable(words.front())});
            return start;
        }
        words.erase(words.begin());
    }
    if (words.empty()) {
        start.problem = withArgs(coreText("scan", "the start script \"%1\" runs nothing"), {printable(script)});
        return start;
    }
    std::string program = words.front();
    const std::string bin = "node_modules/.bin/";
    if (program.rfind(bin, 0) == 0 && isInstalledServer(program.substr(bin.size())))
        program = program.substr(bin.size());

    if (program == "node") {
        std::size_t i = 1;
        while (i < words.size() && words[i].rfind("-", 0) == 0) {
            const bool takesValue = words[i] == "-r" || words[i] == "--require" || words[i] == "--import";
            i += takesValue ? 2 : 1;
        }
        if (i >= words.size()) {
            start.problem = withArgs(coreText("scan", "the start script \"%1\" runs node without a file"), {printable(script)});
            return start;
        }
        if (withoutDotSlash(words[i]).empty() || withoutDotSlash(words[i]) == ".") {
            // `node .` runs package.json's main, index.js without one.
            words[i] = context.main.empty() ? "index.js" : withoutDotSlash(context.main);
        }
        start.startFile = resolvedEntry(words[i], context);
        start.command = joined(words);
        return start;
    }
    if (program == "nest" && words.size() >= 2 && words[1] == "start") {
        // `nest start` is the dev CLI (a devDependency); what it starts is the build's main.
        std::string outDir = "dist";
        if (!context.buildOutputs.empty())
            outDir = context.buildOutputs.front().substr(0, context.buildOutputs.front().size() - 1);
        start.command = "node " + outDir + "/main";
        start.startFile = outDir + "/main.js";
        return start;
    }
    if (isInstalledServer(program)) {
        words.front() = bin + program;
        if (program == "fastify") {
            start.bindFlag = "-a";
            for (std::size_t i = words.size(); i-- > 2;) {
                if (hasScriptExtension(words[i])) {
                    start.startFile = withoutDotSlash(words[i]);
                    break;
                }
            }
        } else if (words.size() >= 2) {
            start.startFile = resolvedEntry(words[1], context);
        }
        start.command = joined(words);
        return start;
    }
    if (program == "bun" && context.bunRuntime)
        return translateBunScript(words, context);
    if (program == "bun" || program == "bunx") {
        start.problem = withArgs(coreText("scan", "the app runs on Bun (\"%1\"), and this template runs Node.js: choose the bun stack"),
                                 {printable(script)});
        return start;
    }
    start.problem = withArgs(coreText("scan", "the start script \"%1\" runs %2, which Stagecraft cannot run without npm yet; set --start-command"),
                             {printable(script), printable(program)});
    return start;
}

} // namespace stagecraft
