#include "detect/pythonstart.h"

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

int portAfterColon(const std::string &address)
{
    const auto colon = address.rfind(':');
    const std::string digits = colon == std::string::npos ? address : address.substr(colon + 1);
    if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
        return 0;
    return std::stoi(digits);
}

std::string addressBeforeColon(const std::string &address)
{
    const auto colon = address.rfind(':');
    std::string host = colon == std::string::npos ? std::string() : address.substr(0, colon);
    if (!host.empty() && host.front() == '[')
        host = host.substr(1, host.size() - 2);
    return host == "127.0.0.1" || host == "localhost" || host == "::1" ? "127.0.0.1" : "0.0.0.0";
}

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
        if (argv[i].empty() || argv[i][0] == '-')
            continue;
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
    const std::string program = fileNameOf(argv.front());
    if (program == "gunicorn" || program == "waitress-serve" || program == "hypercorn") {
        binding.known = true;
        const std::string bind = flagValue(argv, {"--bind", "-b", "--listen"});
        binding.setting = program == "waitress-serve" ? "flag:--listen" : "flag:--bind";
        binding.port = bind.empty() ? 8000 : portAfterColon(bind);
        if (program == "waitress-serve" && bind.empty())
            binding.port = 8080;
        binding.address = bind.empty() ? (program == "waitress-serve" ? "0.0.0.0" : "127.0.0.1") : addressBeforeColon(bind);
        binding.target = firstPositional(argv, 1);
    } else if (program == "uvicorn" || (program == "fastapi" && argv.size() > 1 && argv[1] == "run")
               || (program == "flask" && std::find(argv.begin(), argv.end(), "run") != argv.end())) {
        binding.known = true;
        binding.setting = "flag:--host";
        const std::string port = flagValue(argv, {"--port", "-p"});
        const std::string host = flagValue(argv, {"--host", "-h"});
        const int defaultPort = program == "flask" ? 5000 : 8000;
        binding.port = port.empty() ? defaultPort : portAfterColon(port);
        const std::string defaultHost = program == "fastapi" ? "0.0.0.0" : "127.0.0.1";
        binding.address = host.empty() ? defaultHost : addressBeforeColon(host + ":0");
        if (program == "flask")
            binding.target = flagValue(argv, {"--app", "-A"});
        else
            binding.target = firstPositional(argv, program == "fastapi" ? 2 : 1);
    }
    return binding;
}

} // namespace stagecraft
