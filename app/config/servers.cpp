#include "config/servers.h"

#include "io/boundedfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace stagecraft {

namespace {

using json = nlohmann::json;

std::vector<std::string> stringList(const json &entry, const char *key)
{
    std::vector<std::string> out;
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_array())
        return out;
    for (const json &item : *it) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
    }
    return out;
}

std::vector<ServerSpec> loadTable()
{
    std::vector<ServerSpec> table;
    // Built into the binary; a failure here is a build fault, and the empty table then
    // only means no command is recognised.
    const Outcome<std::string> text = readBoundedFile(":/data/servers.json");
    if (!text)
        return table;
    const json root = json::parse(text.value(), nullptr, false);
    if (root.is_discarded() || !root.contains("servers") || !root["servers"].is_array())
        return table;
    for (const json &entry : root["servers"]) {
        if (!entry.is_object())
            continue;
        ServerSpec spec;
        spec.id = entry.value("id", "");
        spec.program = entry.value("program", "");
        spec.subcommand = entry.value("subcommand", "");
        spec.portFlags = stringList(entry, "portFlags");
        spec.hostFlags = stringList(entry, "hostFlags");
        spec.bindFlags = stringList(entry, "bindFlags");
        spec.portEnv = stringList(entry, "portEnv");
        spec.hostEnv = stringList(entry, "hostEnv");
        spec.portEnvBindsAllInterfaces = entry.value("hostEnvFromPort", false);
        spec.operandEndsOptions = entry.value("operandEndsOptions", false);
        spec.defaultPort = entry.value("defaultPort", 0);
        spec.defaultHost = entry.value("defaultHost", "");
        if (!spec.id.empty() && !spec.program.empty())
            table.push_back(std::move(spec));
    }
    return table;
}

std::string baseName(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool isPython(const std::string &program)
{
    return program == "python" || program == "python3" || (program.rfind("python3.", 0) == 0 && program.size() <= 10);
}

int portNumber(const std::string &text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > 65535)
        return 0;
    return value;
}

// Where a flag's value sits: argv[index] is the whole value, or the part after `prefix`
// ("--port=8000").
struct FlagValue
{
    std::size_t index = 0;
    std::string prefix;
    std::string flag;
    bool found = false;
};

struct Located
{
    const ServerSpec *spec = nullptr;
    std::size_t firstArgument = 0; // after the program (and `-m module`)
    std::size_t end = 0;           // a `--` ends the options
    FlagValue port, host, bind;
};

FlagValue findFlag(const std::vector<std::string> &argv, std::size_t from, std::size_t end,
                   const std::vector<std::string> &flags)
{
    FlagValue last; // a repeated flag: the last one wins, as in every argument parser here
    for (std::size_t i = from; i < end; ++i) {
        for (const std::string &flag : flags) {
            if (argv[i] == flag && i + 1 < end) {
                last = {i + 1, "", flag, true};
            } else if (argv[i].size() > flag.size() + 1 && argv[i].rfind(flag + "=", 0) == 0) {
                last = {i, flag + "=", flag, true};
            }
        }
    }
    return last;
}

std::string valueOf(const std::vector<std::string> &argv, const FlagValue &at)
{
    return argv[at.index].substr(at.prefix.size());
}

Located locate(const std::vector<std::string> &argv)
{
    Located located;
    if (argv.empty())
        return located;
    std::string program = baseName(argv[0]);
    std::size_t next = 1;
    if (isPython(program) && argv.size() > 2 && argv[1] == "-m") {
        program = argv[2];
        next = 3;
    } else if (program == "bundle" && argv.size() > 2 && argv[1] == "exec") {
        // Bundler runs the gem's executable with the locked gems: `bundle exec puma`.
        program = baseName(argv[2]);
        next = 3;
    }
    located.end = std::find(argv.begin() + static_cast<std::ptrdiff_t>(next), argv.end(), "--") - argv.begin();
    for (const ServerSpec &spec : knownServers()) {
        if (spec.program != program)
            continue;
        if (!spec.subcommand.empty()
            && std::find(argv.begin() + static_cast<std::ptrdiff_t>(next),
                         argv.begin() + static_cast<std::ptrdiff_t>(located.end), spec.subcommand)
                   == argv.begin() + static_cast<std::ptrdiff_t>(located.end))
            continue;
        located.spec = &spec;
        located.firstArgument = next;
        // Options end at the first operand that is neither the subcommand nor a flag's value.
        for (std::size_t i = next; spec.operandEndsOptions && i < located.end; ++i) {
            const std::string &word = argv[i];
            if (!word.empty() && word[0] == '-') {
                for (const auto *flags : {&spec.portFlags, &spec.hostFlags, &spec.bindFlags})
                    if (std::find(flags->begin(), flags->end(), word) != flags->end())
                        ++i;
            } else if (word != spec.subcommand) {
                located.end = i;
            }
        }
        located.port = findFlag(argv, next, located.end, spec.portFlags);
        located.host = findFlag(argv, next, located.end, spec.hostFlags);
        located.bind = findFlag(argv, next, located.end, spec.bindFlags);
        return located;
    }
    return located;
}

// "0.0.0.0:8000", "[::]:8000", "localhost" (address only), ":8000"; unix sockets and file
// descriptors give neither.
void readBind(const std::string &bind, int defaultPort, std::string &host, int &port)
{
    if (bind.rfind("unix:", 0) == 0 || bind.rfind("fd://", 0) == 0) {
        host.clear();
        port = 0;
        return;
    }
    if (!bind.empty() && bind.front() == '[') {
        const auto close = bind.find(']');
        if (close == std::string::npos) {
            host.clear();
            port = 0;
            return;
        }
        host = bind.substr(1, close - 1);
        port = close + 1 < bind.size() && bind[close + 1] == ':' ? portNumber(bind.substr(close + 2)) : defaultPort;
        return;
    }
    const auto colon = bind.rfind(':');
    if (colon == std::string::npos) {
        host = bind;
        port = defaultPort;
        return;
    }
    host = colon == 0 ? std::string("0.0.0.0") : bind.substr(0, colon);
    port = portNumber(bind.substr(colon + 1));
}

} // namespace

const std::vector<ServerSpec> &knownServers()
{
    static const std::vector<ServerSpec> table = loadTable();
    return table;
}

bool isLoopback(const std::string &host)
{
    return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

ServerCall describeServerCall(const std::vector<std::string> &argv)
{
    ServerCall call;
    const Located located = locate(argv);
    if (!located.spec)
        return call;
    const ServerSpec &spec = *located.spec;
    call.spec = &spec;
    call.port = spec.defaultPort;
    call.host = spec.defaultHost;
    call.portFlag = !spec.portFlags.empty() ? spec.portFlags.front()
                    : !spec.bindFlags.empty() ? spec.bindFlags.front() : std::string();
    call.hostFlag = !spec.hostFlags.empty() ? spec.hostFlags.front()
                    : !spec.bindFlags.empty() ? spec.bindFlags.front() : std::string();
    if (located.bind.found) {
        readBind(valueOf(argv, located.bind), spec.defaultPort, call.host, call.port);
        call.portStated = call.hostStated = true;
        call.portFlag = call.hostFlag = located.bind.flag;
    }
    if (located.port.found) {
        call.port = portNumber(valueOf(argv, located.port));
        call.portStated = true;
        call.portFlag = located.port.flag;
    }
    if (located.host.found) {
        call.host = valueOf(argv, located.host);
        call.hostStated = true;
        call.hostFlag = located.host.flag;
    }
    return call;
}

std::vector<std::string> withPortAndHost(const std::vector<std::string> &argv, int port, const std::string &host)
{
    const Located located = locate(argv);
    if (!located.spec)
        return argv;
    const ServerSpec &spec = *located.spec;
    std::vector<std::string> out = argv;
    std::vector<std::string> added;
    const std::string portText = std::to_string(port);
    const auto set = [&out](const FlagValue &at, const std::string &value) { out[at.index] = at.prefix + value; };
    if (located.bind.found) {
        std::string statedHost;
        int statedPort = 0;
        readBind(valueOf(argv, located.bind), spec.defaultPort, statedHost, statedPort);
        // A unix socket is a deliberate choice this cannot translate; leave it.
        if (!statedHost.empty())
            set(located.bind, (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ':' + portText);
    } else if (!spec.portFlags.empty() || !spec.hostFlags.empty()) {
        if (located.host.found)
            set(located.host, host);
        else if (!spec.hostFlags.empty() && isLoopback(spec.defaultHost))
            added.insert(added.end(), {spec.hostFlags.front(), host});
        if (located.port.found)
            set(located.port, portText);
        else if (!spec.portFlags.empty())
            added.insert(added.end(), {spec.portFlags.front(), portText});
    } else if (!spec.bindFlags.empty()) {
        added.insert(added.end(), {spec.bindFlags.front(), host + ':' + portText});
    }
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(located.end), added.begin(), added.end());
    return out;
}

std::string allInterfacesFlag(const ServerCall &call, int port)
{
    if (!call.spec)
        return {};
    if (!call.spec->hostFlags.empty())
        return call.spec->hostFlags.front() + " 0.0.0.0";
    if (!call.spec->bindFlags.empty())
        return call.spec->bindFlags.front() + " 0.0.0.0:" + std::to_string(port > 0 ? port : call.spec->defaultPort);
    return {};
}

} // namespace stagecraft
