#include "common/translated.h"
#include "detect/detectors.h"
#include "detect/pythonstart.h"
#include "detect/versions.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace stagecraft {

namespace {

// PEP 503 normalised distribution name of a PEP 508 requirement ("Django>=4" -> "django").
std::string requirementName(const std::string &requirement)
{
    std::string name;
    for (char c : trimmed(requirement)) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            name += char(std::tolower(static_cast<unsigned char>(c)));
        else if (c == '-' || c == '_' || c == '.')
            name += '-';
        else
            break;
    }
    return name;
}

std::vector<std::string> requirementFiles(const ScanContext &context)
{
    std::vector<std::string> files;
    const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
    for (const auto &file : context.projectFiles()) {
        const std::string name = file.substr(prefix.size());
        if (name.find('/') == std::string::npos && name.rfind("requirements", 0) == 0
            && name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0)
            files.push_back(file);
    }
    // requirements.txt first: it is the one an image installs.
    std::stable_partition(files.begin(), files.end(),
                          [](const std::string &f) { return fileNameOf(f) == "requirements.txt"; });
    return files;
}

// A Python module path ("app.main") for a project-relative .py file.
std::string moduleOf(const std::string &file)
{
    std::string module = file.substr(0, file.size() - 3);
    if (module.rfind("src/", 0) == 0)
        module = module.substr(4);
    std::replace(module.begin(), module.end(), '/', '.');
    const std::string init = ".__init__";
    if (module.size() > init.size() && module.compare(module.size() - init.size(), init.size(), init) == 0)
        module.resize(module.size() - init.size());
    return module;
}

struct AppObject { std::string file; std::string module; std::string variable; };

// What the start command is chosen from, besides the files themselves.
struct PythonProject
{
    std::set<std::string> dependencies;
    std::string depsFile;                        // the manifest naming them
    std::map<std::string, std::string> scripts;  // [project.scripts]: name -> "module:function"
    bool buildSystem = false;                    // pyproject.toml has [build-system]
    bool packageMode = true;                     // Poetry's package-mode
    bool fastapiCli = false;                     // fastapi[standard] or fastapi-cli: `fastapi run` exists
};

// "fastapi[standard]>=0.113" or "fastapi-cli": a requirement that installs the fastapi command.
bool bringsFastapiCli(const std::string &requirement)
{
    std::string lower;
    for (char c : requirement)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    lower.erase(std::remove(lower.begin(), lower.end(), ' '), lower.end());
    return lower.rfind("fastapi[standard", 0) == 0 || lower.rfind("fastapi[all", 0) == 0
           || lower.rfind("fastapi-cli", 0) == 0 || lower.rfind("fastapi_cli", 0) == 0;
}

// The first `name = Framework(` in the project's Python files near the top.
AppObject findApp(ScanContext &context, const std::regex &pattern)
{
    const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
    std::vector<std::string> files;
    for (const auto &file : context.projectFiles()) {
        const std::string name = file.substr(prefix.size());
        if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0
            && std::count(name.begin(), name.end(), '/') <= 2 && name.find("test") == std::string::npos)
            files.push_back(file);
    }
    // Conventional entry files first, then the rest in path order.
    auto rank = [&](const std::string &file) {
        const std::string base = fileNameOf(file);
        return base == "main.py" ? 0 : base == "app.py" ? 1 : base == "wsgi.py" || base == "asgi.py" ? 2 : 3;
    };
    std::stable_sort(files.begin(), files.end(), [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
    if (files.size() > 200)
        files.resize(200);
    for (const auto &file : files) {
        const auto text = context.read(file, 512 * 1024);
        if (!text)
            continue;
        const std::string variable = findInLines(*text, pattern);
        if (!variable.empty())
            return {file, moduleOf(file.substr(prefix.size())), variable};
    }
    return {};
}

bool hasSrcLayout(const ScanContext &context)
{
    const std::string src = context.inProject("src") + '/';
    for (const auto &file : context.projectFiles()) {
        if (file.rfind(src, 0) == 0 && file.size() > 3 && file.compare(file.size() - 3, 3, ".py") == 0)
            return true;
    }
    return false;
}

// Records a project file a Dockerfile may name, when it exists.
void recordFile(ScanContext &context, const std::string &name)
{
    const std::string path = context.inProject(name);
    if (!context.isFile(path))
        return;
    std::vector<std::string> &files = context.result().files;
    if (std::find(files.begin(), files.end(), name) != files.end())
        return;
    files.insert(std::upper_bound(files.begin(), files.end(), name), name);
    context.addEvidence(path, withArgs(coreText("scan", "%1 exists"), {name}), Confidence::Certain, "files");
}

void recordPythonFiles(ScanContext &context)
{
    for (const char *name : {".python-version", "Pipfile", "Pipfile.lock", "Procfile", "README.md", "manage.py",
                             "poetry.lock", "pyproject.toml", "requirements.txt", "setup.cfg", "setup.py", "uv.lock"})
        recordFile(context, name);
}

// The project-relative file of a module ("mysite.wsgi" -> "mysite/wsgi.py"), also in a src
// layout, or "".
std::string moduleFile(const ScanContext &context, const std::string &target)
{
    std::string path = target.substr(0, target.find(':'));
    if (path.empty() || path.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.") != std::string::npos)
        return {};
    std::replace(path.begin(), path.end(), '.', '/');
    for (const char *prefix : {"", "src/"}) {
        for (const char *suffix : {".py", "/__init__.py"}) {
            const std::string candidate = prefix + path + suffix;
            if (context.isFile(context.inProject(candidate)))
                return candidate;
        }
    }
    return {};
}

// The file `fastapi run PATH` imports: the file itself, or a package's __init__.py.
std::string pathFile(const ScanContext &context, const std::string &path)
{
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".py") == 0)
        return context.isFile(context.inProject(path)) ? path : std::string();
    const std::string package = path + (path.empty() || path.back() == '/' ? "" : "/") + "__init__.py";
    return context.isFile(context.inProject(package)) ? package : std::string();
}

// Sets the start command once, with the file it runs and the address and port it serves.
void setStart(ScanContext &context, const std::string &command, const std::string &startFile,
              const std::string &evidenceFile, const std::string &finding, Confidence confidence)
{
    DetectionResult &result = context.result();
    if (!context.setOnce(result.startCommand, command, evidenceFile, finding, confidence))
        return;
    result.startFile = startFile;
    if (!startFile.empty()) {
        const std::string path = context.inProject(startFile);
        context.addEvidence(context.isFile(path) ? path : evidenceFile, withArgs(coreText("scan", "the start command runs %1"), {startFile}),
                            confidence, "startFile");
    }
    const ServerBinding server = serverBinding(command);
    if (server.known) {
        const std::string program = fileNameOf(command.substr(0, command.find(' ')));
        context.setPort(server.port, evidenceFile, withArgs(coreText("scan", "%1 listens on %2"), {program, std::to_string(server.port)}),
                        Confidence::Guess);
        result.bindAddress = server.address;
        result.bindSetting = server.setting;
        context.addEvidence(evidenceFile, withArgs(coreText("scan", "%1 binds %2 (%3)"), {program, server.address, server.setting}),
                            Confidence::Likely, "bind");
        return;
    }
    // A program that starts its own server: what its code says.
    const std::string source = startFile.empty() || startFile.rfind(".venv/", 0) == 0 ? std::string() : startFile;
    const auto text = source.empty() ? std::nullopt : context.read(context.inProject(source), 512 * 1024);
    if (!text)
        return;
    if (const int port = pythonPortInSource(*text))
        context.setPort(port, context.inProject(source), withArgs(coreText("scan", "listens on %1"), {std::to_string(port)}),
                        Confidence::Guess);
    result.bindAddress = pythonBindInSource(*text);
    if (!result.bindAddress.empty())
        context.addEvidence(context.inProject(source), withArgs(coreText("scan", "binds %1"), {result.bindAddress}),
                            Confidence::Likely, "bind");
    if (result.bindAddress == "127.0.0.1")
        context.warn(withArgs(coreText("scan", "%1 listens on loopback only, unreachable from outside the container: pass host=\"0.0.0.0\" where it starts the server"),
                              {source}));
}

// Procfile `web:` lines often pass $PORT, which an exec-form command cannot expand.
std::string withoutPortVariable(ScanContext &context, std::string command, const std::string &procfile)
{
    bool replaced = false;
    for (const std::string variable : {"${PORT}", "$PORT"}) {
        for (auto at = command.find(variable); at != std::string::npos; at = command.find(variable)) {
            command.replace(at, variable.size(), "8000");
            replaced = true;
        }
    }
    if (replaced)
        context.warn(withArgs(coreText("scan", "%1 passes $PORT, which exec form cannot expand; the image uses 8000 there"), {procfile}));
    return command;
}

// A file that starts its server itself (`python app.py`): conventional names first.
std::string selfStartingFile(ScanContext &context)
{
    const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
    std::vector<std::string> candidates;
    for (const auto &file : context.projectFiles()) {
        const std::string name = file.substr(prefix.size());
        if (name.find('/') == std::string::npos && name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0
            && name != "manage.py" && name != "setup.py" && name.find("test") == std::string::npos)
            candidates.push_back(name);
    }
    auto rank = [](const std::string &name) {
        return name == "app.py" ? 0 : name == "main.py" ? 1 : name == "server.py" ? 2 : name == "run.py" ? 3 : 4;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) { return rank(a) < rank(b); });
    if (candidates.size() > 50)
        candidates.resize(50);
    for (const auto &name : candidates) {
        const auto text = context.read(context.inProject(name), 512 * 1024);
        if (text && hasMainGuard(*text) && startsServer(*text))
            return name;
    }
    return {};
}

void detectDjango(ScanContext &context, const PythonProject &facts)
{
    DetectionResult &result = context.result();
    const std::string manage = context.inProject("manage.py");
    if (facts.dependencies.count("django"))
        context.addEvidence(facts.depsFile, coreText("scan", "dependency django"), Confidence::Likely, "startCommand");
    const auto text = context.read(manage, 256 * 1024);
    static const std::regex settingsModule(R"re(DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"])re");
    const std::string settings = text ? findInLines(*text, settingsModule) : std::string();
    std::string settingsFile = settings;
    std::replace(settingsFile.begin(), settingsFile.end(), '.', '/');
    settingsFile = settings.empty() ? std::string() : context.inProject(settingsFile + ".py");
    const auto settingsText = settingsFile.empty() ? std::nullopt : context.read(settingsFile, 512 * 1024);
    static const std::regex wsgiApplication(R"re(^WSGI_APPLICATION\s*=\s*['"]([\w.]+)['"])re");
    std::string wsgi = settingsText ? findInLines(*settingsText, wsgiApplication) : std::string();
    if (wsgi.empty() && settings.size() > 9 && settings.compare(settings.size() - 9, 9, ".settings") == 0)
        wsgi = settings.substr(0, settings.size() - 9) + ".wsgi.application";
    const auto dot = wsgi.rfind('.');
    const std::string module = dot == std::string::npos ? std::string() : wsgi.substr(0, dot);
    const std::string variable = dot == std::string::npos ? std::string() : wsgi.substr(dot + 1);
    const std::string wsgiFile = moduleFile(context, module);
    if (wsgiFile.empty()) {
        context.warn(coreText("scan", "Django project without a WSGI module next to its settings; set the start command by hand"));
    } else {
        result.options["wsgiModule"] = module;
        context.addEvidence(context.inProject(wsgiFile), withArgs(coreText("scan", "Django WSGI module %1"), {module}), Confidence::Certain);
        setStart(context, "gunicorn " + module + (variable == "application" ? std::string() : ':' + variable), wsgiFile,
                 settingsText ? settingsFile : manage, "WSGI_APPLICATION " + wsgi, Confidence::Certain);
    }
    static const std::regex staticRoot(R"re(^STATIC_ROOT\s*=.*['"]([\w./-]+?)/?['"]\s*\)?\s*$)re");
    const std::string root = settingsText ? findInLines(*settingsText, staticRoot) : std::string();
    if (!root.empty()) {
        result.options["collectStatic"] = "true";
        result.options["staticRoot"] = root;
        context.setOnce(result.buildCommand, "python manage.py collectstatic --noinput", settingsFile,
                        "STATIC_ROOT " + root, Confidence::Certain);
        result.buildOutputs.push_back(root + '/');
        context.addEvidence(settingsFile, withArgs(coreText("scan", "collectstatic writes %1/"), {root}), Confidence::Certain, "buildOutput");
    }
    if (!facts.dependencies.count("gunicorn"))
        context.warn(coreText("scan", "The gunicorn package is not a dependency: add it, Django's runserver is not for production"));
}

void detectPythonStart(ScanContext &context, const PythonProject &facts)
{
    DetectionResult &result = context.result();
    const auto &deps = facts.dependencies;
    // Installing the project needs a package the build backend finds: a src layout or
    // entry points say there is one (a flat app folder may have none and fail the install).
    const bool installable = (result.packageManager == "uv" || result.packageManager == "poetry") && facts.buildSystem
                             && facts.packageMode && (!facts.scripts.empty() || hasSrcLayout(context));
    if (installable) {
        result.options["installProject"] = "true";
        const std::string pyproject = context.inProject("pyproject.toml");
        context.setOnce(result.buildCommand,
                        result.packageManager == "uv" ? "uv sync --locked --no-dev" : "poetry install --only main",
                        pyproject, coreText("scan", "[build-system]: the project installs itself into .venv"), Confidence::Certain);
        result.buildOutputs.push_back(".venv/");
        context.addEvidence(pyproject, coreText("scan", "the install writes .venv/"), Confidence::Certain, "buildOutput");
    }
    if (result.packageManager == "pip") {
        result.options["requirements"] = context.isFile(context.inProject("requirements.txt")) ? "true" : "false";
    }

    // The project's own command first: a Procfile, then an entry point that runs a server,
    // then a file that starts its server itself; frameworks' servers only after that.
    const std::string procfile = context.inProject("Procfile");
    if (const auto text = context.read(procfile, 64 * 1024)) {
        const std::string web = withoutPortVariable(context, procfileWebCommand(*text), procfile);
        const ServerBinding server = serverBinding(web);
        std::string file;
        if (web.rfind("python ", 0) == 0 || web.rfind("python3 ", 0) == 0)
            file = pathFile(context, trimmed(web.substr(web.find(' ') + 1)));
        else if (server.known)
            file = web.rfind("fastapi ", 0) == 0 ? pathFile(context, server.target) : moduleFile(context, server.target);
        setStart(context, web, file, procfile, "web: " + web, Confidence::Certain);
    }
    if (installable) {
        for (const auto &[name, target] : facts.scripts) {
            const std::string file = moduleFile(context, target);
            const auto text = file.empty() ? std::nullopt : context.read(context.inProject(file), 512 * 1024);
            if (!text || !startsServer(*text))
                continue;
            setStart(context, name, ".venv/bin/" + name, context.inProject("pyproject.toml"),
                     withArgs(coreText("scan", "[project.scripts] %1 = \"%2\" starts a server"), {name, target}), Confidence::Likely);
            // The entry point's own code says where it listens.
            if (const int port = pythonPortInSource(*text))
                context.setPort(port, context.inProject(file), withArgs(coreText("scan", "listens on %1"), {std::to_string(port)}),
                                Confidence::Guess);
            result.bindAddress = pythonBindInSource(*text);
            if (!result.bindAddress.empty())
                context.addEvidence(context.inProject(file), withArgs(coreText("scan", "binds %1"), {result.bindAddress}),
                                    Confidence::Likely, "bind");
            break;
        }
    }
    if (const std::string file = selfStartingFile(context); !file.empty())
        setStart(context, "python " + file, file, context.inProject(file), coreText("scan", "starts its server from __main__"),
                 Confidence::Likely);

    if (deps.count("django") || context.isFile(context.inProject("manage.py"))) {
        detectDjango(context, facts);
    } else if (deps.count("fastapi")) {
        context.addEvidence(facts.depsFile, coreText("scan", "dependency fastapi"), Confidence::Likely, "startCommand");
        static const std::regex fastapi(R"(^(\w+)\s*(?::\s*\w+\s*)?=\s*FastAPI\()");
        const AppObject app = findApp(context, fastapi);
        const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
        const std::string file = app.file.empty() ? std::string() : app.file.substr(prefix.size());
        if (!file.empty() && facts.fastapiCli) {
            const bool package = fileNameOf(file) == "__init__.py";
            const std::string path = package ? directoryOf(file) : file;
            setStart(context, "fastapi run " + path + (app.variable == "app" ? "" : " --app " + app.variable), file,
                     app.file, withArgs(coreText("scan", "%1 = FastAPI(); fastapi[standard] brings the fastapi run command"), {app.variable}),
                     Confidence::Likely);
        } else if (!file.empty()) {
            setStart(context, "uvicorn " + app.module + ':' + app.variable, file, app.file,
                     app.variable + " = FastAPI()", Confidence::Likely);
        }
        context.setPort(8000, facts.depsFile, coreText("scan", "FastAPI's servers listen on 8000"), Confidence::Guess);
    } else if (deps.count("flask")) {
        context.addEvidence(facts.depsFile, coreText("scan", "dependency flask"), Confidence::Likely, "startCommand");
        static const std::regex flask(R"(^(\w+)\s*=\s*Flask\()");
        const AppObject app = findApp(context, flask);
        const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
        const std::string file = app.file.empty() ? std::string() : app.file.substr(prefix.size());
        if (!file.empty() && deps.count("gunicorn")) {
            setStart(context, "gunicorn " + app.module + ':' + app.variable, file, app.file,
                     app.variable + " = Flask(__name__)", Confidence::Likely);
        } else if (!file.empty()) {
            if (result.startCommand.empty())
                context.warn(coreText("scan", "The gunicorn package is not a dependency: Flask's development server is not for production; add it"));
            setStart(context, "flask --app " + app.module + " run", file, app.file, app.variable + " = Flask(__name__)",
                     Confidence::Likely);
        }
    }
    for (const char *name : {"main.py", "app.py"}) {
        if (context.isFile(context.inProject(name)))
            setStart(context, std::string("python ") + name, name, context.inProject(name),
                     coreText("scan", "entry file by its conventional name"), Confidence::Guess);
    }
    if (deps.count("gunicorn"))
        context.addEvidence(facts.depsFile, coreText("scan", "dependency gunicorn"), Confidence::Likely, "startCommand");
}

} // namespace

void detectPython(ScanContext &context)
{
    DetectionResult &result = context.result();
    std::set<std::string> dependencies;
    bool toolPdm = false;
    PythonProject facts;

    const std::string pyproject = context.inProject("pyproject.toml");
    if (const auto table = context.readToml(pyproject)) {
        if (const auto *project = (*table)["project"].as_table()) {
            if (const auto *deps = (*project)["dependencies"].as_array()) {
                for (const auto &dep : *deps) {
                    if (const auto text = dep.value<std::string>()) {
                        dependencies.insert(requirementName(*text));
                        facts.fastapiCli = facts.fastapiCli || bringsFastapiCli(*text);
                    }
                }
            }
            if (const auto *scripts = (*project)["scripts"].as_table()) {
                for (const auto &[key, value] : *scripts)
                    facts.scripts[std::string(key.str())] = value.value_or(std::string());
            }
        }
        facts.buildSystem = (*table)["build-system"].is_table();
        facts.packageMode = (*table)["tool"]["poetry"]["package-mode"].value_or(true);
        toolPdm = (*table)["tool"]["pdm"].is_table();
        if (const auto *poetry = (*table)["tool"]["poetry"].as_table()) {
            if (const auto *deps = (*poetry)["dependencies"].as_table()) {
                for (const auto &[key, value] : *deps) {
                    if (key.str() != "python")
                        dependencies.insert(requirementName(std::string(key.str())));
                }
            }
        }
    }
    const auto requirements = requirementFiles(context);
    for (const auto &file : requirements) {
        if (const auto text = context.read(file)) {
            std::size_t start = 0;
            while (start < text->size()) {
                std::size_t end = text->find('\n', start);
                if (end == std::string::npos)
                    end = text->size();
                const std::string line = trimmed(text->substr(start, end - start));
                start = end + 1;
                if (!line.empty() && line[0] != '#' && line[0] != '-') {
                    dependencies.insert(requirementName(line));
                    facts.fastapiCli = facts.fastapiCli || bringsFastapiCli(line);
                }
            }
        }
    }
    const std::string pipfile = context.inProject("Pipfile");
    if (const auto table = context.readToml(pipfile)) {
        for (const char *section : {"packages", "dev-packages"}) {
            if (const auto *packages = (*table)[section].as_table()) {
                for (const auto &[key, value] : *packages)
                    dependencies.insert(requirementName(std::string(key.str())));
            }
        }
    }

    // The detection data (templates/python.json) has read the lockfiles, the tool tables and
    // requirements files, and the Python version; what it cannot say is below.
    if (!context.findUp("uv.lock").empty() && !context.findUp("poetry.lock").empty())
        context.warn(coreText("scan", "Both uv.lock and poetry.lock exist: the image uses uv; delete the stale lockfile"));
    const std::string pdmLock = context.findUp("pdm.lock");
    if (result.packageManager.empty() && (toolPdm || !pdmLock.empty())) {
        context.setOnce(result.packageManager, "pip", pdmLock.empty() ? pyproject : pdmLock,
                        coreText("scan", "PDM project; pip installs it from pyproject.toml"), Confidence::Guess);
        context.warn(coreText("scan", "PDM is not a package manager Stagecraft supports yet: pip installs the project without pdm.lock; export pinned versions with \"pdm export -o requirements.txt\""));
    }
    if (result.packageManager.empty() && context.isFile(pipfile)) {
        const std::string lock = context.inProject("Pipfile.lock");
        context.setOnce(result.packageManager, "pip", context.isFile(lock) ? lock : pipfile,
                        coreText("scan", "Pipenv project; pip installs exported requirements"), Confidence::Guess);
        context.warn(coreText("scan", "Pipenv is not a package manager Stagecraft supports yet: run \"pipenv requirements > requirements.txt\" and commit it"));
    }
    if (result.packageManager.empty())
        context.setOnce(result.packageManager, "pip", context.isFile(pyproject) ? pyproject : context.inProject("setup.py"),
                        coreText("scan", "no lockfile; pip is the default"), Confidence::Guess);

    facts.dependencies = std::move(dependencies);
    facts.depsFile = !requirements.empty() ? requirements.front()
                     : context.isFile(pyproject) ? pyproject : pipfile;
    recordPythonFiles(context);
    detectPythonStart(context, facts);
}

} // namespace stagecraft
