#include "detect/pythonstart.h"

#include "config/servers.h"
#include "config/startcommand.h"
#include "detect/detectors.h"

#include <algorithm>
#include <regex>

namespace stagecraft {

std::string procfileWebCommand(const std::string &procfile)
{
    static const std::regex web(R"(^web\s*:\s*(\S.*?)\s*$)");
    return findInLines(procfile, web);
}

bool hasMainGuard(const std::string &source)
{
    static const std::regex guard(R"re(^if\s+__name__\s*==\s*['"]__main__['"]\s*:)re");
    return !findInLines(source, guard).empty();
}

bool startsServer(const std::string &source)
{
    static const std::regex server(
        R"(\b(?:app\.run|uvicorn\.run|hypercorn\.run|serve_forever|run_app|waitress\.serve|serve|run_simple|socketio\.run|\w+\.run)\s*\()");
    return !findInLines(source, server).empty();
}

int pythonPortInSource(const std::string &source)
{
    static const std::vector<std::regex> patterns = {
        std::regex(R"re(environ\.get\(\s*['"]PORT['"]\s*,\s*['"]?(\d{2,5}))re"),
        std::regex(R"re(environ\.setdefault\(\s*['"]PORT['"]\s*,\s*['"]?(\d{2,5}))re"),
        std::regex(R"re(\(\s*\(\s*['"][\w.:]*['"]\s*,\s*(\d{2,5})\s*\))re"),
    };
    for (const auto &pattern : patterns) {
        const std::string found = findInLines(source, pattern);
        if (!found.empty())
            return std::stoi(found);
    }
    return portInSource(source);
}

std::string pythonBindInSource(const std::string &source)
{
    static const std::regex host(R"re(\bhost\s*=\s*['"]([^'"]*)['"])re");
    static const std::regex tupleHost(R"re(\(\s*\(\s*['"]([^'"]*)['"]\s*,\s*\d)re");
    static const std::regex flaskRun(R"(\bapp\.run\s*\()");
    std::string stated = findInLines(source, host);
    bool found = !stated.empty() || source.find("host=\"\"") != std::string::npos || source.find("host=''") != std::string::npos;
    if (!found) {
        static const std::regex anyTuple(R"re(\(\s*\(\s*['"][^'"]*['"]\s*,\s*\d)re");
        found = !findInLines(source, anyTuple).empty();
        stated = findInLines(source, tupleHost);
    }
    if (found)
        return stated == "127.0.0.1" || stated == "localhost" ? "127.0.0.1" : "0.0.0.0";
    // Flask's development server, like Werkzeug's, listens on loopback unless told otherwise.
    if (!findInLines(source, flaskRun).empty())
        return "127.0.0.1";
    return {};
}

namespace {

// The value of a flag given as `--flag value` or `--flag=value`.
std::string flagValue(const std::vector<std::string> &argv, std::initializer_list<const char *> names)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        for (const char *name : names) {
            const std::string flag = name;
            if (argv[i] == flag && i + 1 < argv.size())
                return argv[i + 1];
            if (argv[i].rfind(flag + '=', 0) == 0)
                return argv[i].substr(flag.size() + 1);
        }
    }
    return {};
}

std::string firstPositional(const std::vector<std::string> &argv, std::size_t from)
{
    for (std::size_t i = from; i < argv.size(); ++i) {
        if (!argv[i].empty() && argv[i][0] != '-')
            return argv[i];
    }
    return {};
}

} // namespace

ServerBinding serverBinding(const std::string &command)
{
    ServerBinding binding;
    const Outcome<std::vector<std::string>> split = splitStartCommand(command);
    if (!split || split->empty())
        return binding;
    const std::vector<std::string> &argv = split.value();
    const ServerCall call = describeServerCall(argv);
    if (!call.spec)
        return binding;
    binding.known = true;
    binding.port = call.port;
    binding.address = isLoopback(call.host) ? "127.0.0.1" : "0.0.0.0";
    binding.setting = call.hostFlag.empty() ? std::string() : "flag:" + call.hostFlag;
    if (fileNameOf(argv.front()) == "flask")
        binding.target = flagValue(argv, {"--app", "-A"});
    else
        binding.target = firstPositional(argv, call.spec->subcommand.empty() ? 1 : 2);
    return binding;
}

} // namespace stagecraft
