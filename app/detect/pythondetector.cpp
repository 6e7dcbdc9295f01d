#include "detect/detectors.h"
#include "detect/versions.h"

#include <algorithm>
#include <cctype>
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
    return module;
}

struct AppObject { std::string file; std::string module; std::string variable; };

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

} // namespace

bool hasPythonProject(const ScanContext &context)
{
    for (const char *name : {"pyproject.toml", "Pipfile", "setup.py", "manage.py", "setup.cfg"}) {
        if (context.isFile(context.inProject(name)))
            return true;
    }
    return !requirementFiles(context).empty();
}

void detectPython(ScanContext &context)
{
    DetectionResult &result = context.result();
    result.language = "python";
    result.stack = "python";
    std::set<std::string> dependencies;
    std::string requiresPython, poetryPython;
    bool toolUv = false, toolPoetry = false, toolPdm = false, poetryBackend = false;

    const std::string pyproject = context.inProject("pyproject.toml");
    if (context.isFile(pyproject))
        context.addEvidence(pyproject, "pyproject.toml", Confidence::Certain, "stack");
    if (const auto table = context.readToml(pyproject)) {
        if (const auto *project = (*table)["project"].as_table()) {
            if (const auto *deps = (*project)["dependencies"].as_array()) {
                for (const auto &dep : *deps) {
                    if (const auto text = dep.value<std::string>())
                        dependencies.insert(requirementName(*text));
                }
            }
            requiresPython = (*project)["requires-python"].value_or(std::string());
        }
        toolUv = (*table)["tool"]["uv"].is_table();
        toolPdm = (*table)["tool"]["pdm"].is_table();
        if (const auto *poetry = (*table)["tool"]["poetry"].as_table()) {
            toolPoetry = true;
            if (const auto *deps = (*poetry)["dependencies"].as_table()) {
                for (const auto &[key, value] : *deps) {
                    if (key.str() == "python")
                        poetryPython = value.value_or(std::string());
                    else
                        dependencies.insert(requirementName(std::string(key.str())));
                }
            }
        }
        const std::string backend = (*table)["build-system"]["build-backend"].value_or(std::string());
        poetryBackend = backend.rfind("poetry", 0) == 0;
    }
    const auto requirements = requirementFiles(context);
    if (!context.isFile(pyproject)) {
        std::vector<std::string> manifests = requirements;
        for (const char *name : {"Pipfile", "setup.py", "setup.cfg", "manage.py"})
            manifests.push_back(context.inProject(name));
        for (const auto &manifest : manifests) {
            if (context.isFile(manifest)) {
                context.addEvidence(manifest, fileNameOf(manifest), Confidence::Certain, "stack");
                break;
            }
        }
    }
    for (const auto &file : requirements) {
        if (const auto text = context.read(file)) {
            std::size_t start = 0;
            while (start < text->size()) {
                std::size_t end = text->find('\n', start);
                if (end == std::string::npos)
                    end = text->size();
                const std::string line = trimmed(text->substr(start, end - start));
                start = end + 1;
                if (!line.empty() && line[0] != '#' && line[0] != '-')
                    dependencies.insert(requirementName(line));
            }
        }
    }
    const std::string pipfile = context.inProject("Pipfile");
    std::string pipfilePython;
    if (const auto table = context.readToml(pipfile)) {
        for (const char *section : {"packages", "dev-packages"}) {
            if (const auto *packages = (*table)[section].as_table()) {
                for (const auto &[key, value] : *packages)
                    dependencies.insert(requirementName(std::string(key.str())));
            }
        }
        pipfilePython = (*table)["requires"]["python_version"].value_or(std::string());
    }

    // Package manager: a lockfile is certain, a tool table likely, a bare pyproject a guess.
    const std::string uvLock = context.findUp("uv.lock");
    const std::string poetryLock = context.findUp("poetry.lock");
    if (!uvLock.empty())
        context.setOnce(result.packageManager, "uv", uvLock, "lockfile uv.lock", Confidence::Certain);
    if (!poetryLock.empty())
        context.setOnce(result.packageManager, "poetry", poetryLock, "lockfile poetry.lock", Confidence::Certain);
    if (!uvLock.empty() && !poetryLock.empty())
        context.warn("both uv.lock and poetry.lock exist; using uv, delete the stale lockfile");
    if (toolUv)
        context.setOnce(result.packageManager, "uv", pyproject, "[tool.uv]", Confidence::Likely);
    if (toolPoetry)
        context.setOnce(result.packageManager, "poetry", pyproject, "[tool.poetry]", Confidence::Likely);
    if (poetryBackend)
        context.setOnce(result.packageManager, "poetry", pyproject, "build-backend poetry", Confidence::Likely);
    if (!requirements.empty())
        context.setOnce(result.packageManager, "pip", requirements.front(), fileNameOf(requirements.front()),
                        Confidence::Certain);
    const std::string pdmLock = context.findUp("pdm.lock");
    if (result.packageManager.empty() && (toolPdm || !pdmLock.empty())) {
        context.setOnce(result.packageManager, "pip", pdmLock.empty() ? pyproject : pdmLock,
                        "PDM project; pip installs it from pyproject.toml", Confidence::Guess);
        context.warn("PDM is not a package manager Stagecraft supports yet: pip installs the project without "
                     "pdm.lock; export pinned versions with `pdm export -o requirements.txt`");
    }
    if (result.packageManager.empty() && context.isFile(pipfile)) {
        const std::string lock = context.inProject("Pipfile.lock");
        context.setOnce(result.packageManager, "pip", context.isFile(lock) ? lock : pipfile,
                        "Pipenv project; pip installs exported requirements", Confidence::Guess);
        context.warn("Pipenv is not a package manager Stagecraft supports yet: run `pipenv requirements > "
                     "requirements.txt` and commit it");
    }
    if (result.packageManager.empty())
        context.setOnce(result.packageManager, "pip", context.isFile(pyproject) ? pyproject : context.inProject("setup.py"),
                        "no lockfile; pip is the default", Confidence::Guess);

    // Python version: pinned files first, then the ranges the metadata allows.
    const std::string pythonVersionFile = context.findUp(".python-version");
    if (const auto text = pythonVersionFile.empty() ? std::nullopt : context.read(pythonVersionFile, 4096)) {
        const std::string stated = firstLine(*text);
        context.setOnce(result.languageVersion, reduceMajorMinor(stated), pythonVersionFile, "Python " + stated,
                        Confidence::Certain);
    }
    const std::string runtime = context.inProject("runtime.txt");
    if (const auto text = context.read(runtime, 4096)) {
        const std::string stated = firstLine(*text);
        context.setOnce(result.languageVersion, reduceMajorMinor(stated), runtime, stated, Confidence::Certain);
    }
    const std::string toolVersions = context.findUp(".tool-versions");
    if (const auto text = toolVersions.empty() ? std::nullopt : context.read(toolVersions, 65536)) {
        static const std::regex pythonLine(R"(^\s*python\s+(\S+))");
        const std::string stated = findInLines(*text, pythonLine);
        context.setOnce(result.languageVersion, reduceMajorMinor(stated), toolVersions, "python " + stated,
                        Confidence::Certain);
    }
    context.setOnce(result.languageVersion, reduceMajorMinor(requiresPython), pyproject,
                    "requires-python \"" + requiresPython + "\"", Confidence::Likely);
    context.setOnce(result.languageVersion, reduceMajorMinor(poetryPython), pyproject,
                    "tool.poetry.dependencies.python \"" + poetryPython + "\"", Confidence::Likely);
    context.setOnce(result.languageVersion, reduceMajorMinor(pipfilePython), pipfile,
                    "requires.python_version \"" + pipfilePython + "\"", Confidence::Likely);

    // Frameworks and the command that serves them.
    const bool gunicorn = dependencies.count("gunicorn") > 0;
    const std::string depsFile = !requirements.empty() ? requirements.front()
                               : context.isFile(pyproject) ? pyproject : pipfile;
    const std::string manage = context.inProject("manage.py");
    if (dependencies.count("django") || context.isFile(manage)) {
        if (dependencies.count("django"))
            context.addEvidence(depsFile, "dependency django", Confidence::Likely, "startCommand");
        const auto text = context.read(manage, 256 * 1024);
        static const std::regex settings(R"re(DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)\.settings['"])re");
        const std::string package = text ? findInLines(*text, settings) : std::string();
        std::string wsgiFile = package;
        std::replace(wsgiFile.begin(), wsgiFile.end(), '.', '/');
        wsgiFile = context.inProject(wsgiFile + "/wsgi.py");
        if (!package.empty() && context.isFile(wsgiFile)) {
            result.options["wsgiModule"] = package + ".wsgi";
            context.addEvidence(wsgiFile, "Django WSGI module " + package + ".wsgi", Confidence::Certain);
            context.setOnce(result.startCommand, "gunicorn " + package + ".wsgi:application --bind 0.0.0.0:8000",
                            manage, "DJANGO_SETTINGS_MODULE " + package + ".settings", Confidence::Likely);
            context.setOnce(result.buildCommand, "python manage.py collectstatic --noinput", manage,
                            "Django collects static files at build time", Confidence::Guess);
        } else {
            context.warn("Django project without a WSGI module next to its settings; set the start command by hand");
        }
        if (!gunicorn)
            context.warn("gunicorn is not a dependency: add it, Django's runserver is not for production");
        context.setPort(8000, manage, "gunicorn serves Django on 8000 here", Confidence::Guess);
    } else if (dependencies.count("fastapi")) {
        context.addEvidence(depsFile, "dependency fastapi", Confidence::Likely, "startCommand");
        static const std::regex fastapi(R"(^(\w+)\s*(?::\s*\w+\s*)?=\s*FastAPI\()");
        const AppObject app = findApp(context, fastapi);
        if (!app.file.empty()) {
            context.setOnce(result.startCommand,
                            "uvicorn " + app.module + ':' + app.variable + " --host 0.0.0.0 --port 8000", app.file,
                            app.variable + " = FastAPI()", Confidence::Likely);
        }
        context.setPort(8000, depsFile, "uvicorn serves FastAPI on 8000 here", Confidence::Guess);
    } else if (dependencies.count("flask")) {
        context.addEvidence(depsFile, "dependency flask", Confidence::Likely, "startCommand");
        static const std::regex flask(R"(^(\w+)\s*=\s*Flask\()");
        const AppObject app = findApp(context, flask);
        if (!app.file.empty()) {
            if (gunicorn) {
                context.setOnce(result.startCommand, "gunicorn " + app.module + ':' + app.variable + " --bind 0.0.0.0:8000",
                                app.file, app.variable + " = Flask(__name__)", Confidence::Likely);
                context.setPort(8000, depsFile, "gunicorn serves Flask on 8000 here", Confidence::Guess);
            } else {
                context.setOnce(result.startCommand, "flask --app " + app.module + " run --host 0.0.0.0 --port 5000",
                                app.file, app.variable + " = Flask(__name__)", Confidence::Likely);
                context.setPort(5000, depsFile, "flask run listens on 5000", Confidence::Guess);
                context.warn("gunicorn is not a dependency: Flask's development server is not for production; add gunicorn");
            }
        }
    } else {
        for (const char *name : {"main.py", "app.py"}) {
            const std::string path = context.inProject(name);
            if (!context.isFile(path))
                continue;
            context.setOnce(result.startCommand, std::string("python ") + name, path, "entry file by its conventional name",
                            Confidence::Guess);
            if (const auto text = context.read(path, 512 * 1024)) {
                if (const int port = portInSource(*text))
                    context.setPort(port, path, "listens on " + std::to_string(port), Confidence::Guess);
            }
            break;
        }
    }
    if (gunicorn)
        context.addEvidence(depsFile, "dependency gunicorn", Confidence::Likely, "startCommand");
}

} // namespace stagecraft
