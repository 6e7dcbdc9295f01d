#pragma once

#include <string>

// Internal to app/detect: what a Python project's own files say about how it starts.
namespace stagecraft {

// The command of a Procfile's `web:` line, or "".
std::string procfileWebCommand(const std::string &procfile);

// True when the file starts a server itself from `if __name__ == "__main__":` or a
// function (app.run, uvicorn.run, serve_forever, web.run_app, waitress.serve, ...).
bool startsServer(const std::string &source);
bool hasMainGuard(const std::string &source);

// The port a Python file listens on (`port=8080`, `os.environ.get("PORT", 8080)`,
// `HTTPServer(("", 8000), ...)`), or 0.
int pythonPortInSource(const std::string &source);

// The address a Python file binds: "0.0.0.0" (also "" and "::"), "127.0.0.1" (also
// localhost, and Flask's app.run without host), or "" when the file does not say.
std::string pythonBindInSource(const std::string &source);

// What a known server command (the server table: gunicorn, uvicorn, fastapi run, flask run,
// ...) binds by its flags, or by its defaults when they state nothing, and what it serves.
struct ServerBinding
{
    bool known = false;      // a server Stagecraft knows
    int port = 0;            // stated or default port
    std::string address;     // "0.0.0.0" or "127.0.0.1"
    std::string setting;     // how the address is changed: "flag:-b", "flag:--host"
    std::string target;      // the module:variable or path it serves ("app:app", "app/main.py")
};
ServerBinding serverBinding(const std::string &command);

} // namespace stagecraft
