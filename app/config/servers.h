#pragma once

#include <string>
#include <vector>

namespace stagecraft {

// How a known server program (uvicorn, gunicorn, next start, ...) takes its port and
// listen address. The table is data (resources/servers.json); nothing here runs a program.
struct ServerSpec
{
    std::string id;                     // "uvicorn", "fastapi run"
    std::string program;                // the executable's file name, or what follows `python -m` or `bundle exec`
    std::string subcommand;             // a word that must follow it ("run"); empty: none
    std::vector<std::string> portFlags; // take the port; the first is written when one is added
    std::vector<std::string> hostFlags; // take the address
    std::vector<std::string> bindFlags; // take HOST:PORT
    std::vector<std::string> portEnv;   // read when no flag states the port
    std::vector<std::string> hostEnv;   // read when no flag states the address
    bool portEnvBindsAllInterfaces = false; // gunicorn: PORT set and no --bind means 0.0.0.0:$PORT
    bool operandEndsOptions = false;        // deno serve: the words after the script file are the script's own
    int defaultPort = 0;
    std::string defaultHost;
};

// What one command line tells about the server it starts.
struct ServerCall
{
    const ServerSpec *spec = nullptr; // nullptr: not a known server
    int port = 0;                     // stated by a flag, else the default; 0: not a number (e.g. "$PORT")
    std::string host;                 // likewise; empty for a unix socket or an unreadable bind
    bool portStated = false;          // a flag states the port
    bool hostStated = false;          // a flag states the address
    std::string portFlag;             // the flag that states (or would state) the port, e.g. "--port", "-b"
    std::string hostFlag;             // the flag that states (or would state) the address
};

// The built-in table (":/data/servers.json"), read once.
const std::vector<ServerSpec> &knownServers();

ServerCall describeServerCall(const std::vector<std::string> &argv);

// The same command with the port flag set to `port` (replacing a stated one) and the
// address flag set to `host` where the server takes one: replaced when stated, added when
// absent and the server's default is loopback. Commands of unknown programs come back as
// they are. The generator applies it so EXPOSE, HEALTHCHECK and CMD agree.
std::vector<std::string> withPortAndHost(const std::vector<std::string> &argv, int port, const std::string &host);

// 127.0.0.0/8, localhost, ::1: an address nothing outside the container can reach.
bool isLoopback(const std::string &host);

// "--host 0.0.0.0" or "-b 0.0.0.0:8000": how to make `call` listen on all interfaces on
// `port`, for advice; empty when the server has no flag for it.
std::string allInterfacesFlag(const ServerCall &call, int port);

} // namespace stagecraft
