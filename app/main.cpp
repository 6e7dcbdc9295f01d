#include "cli/cli.h"
#include "cli/utf8locale.h"
#include "cli/wizardarguments.h"
#include "common/appidentity.h"

#include <QCoreApplication>
#include <QIODevice>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

bool isSet(const char *variable)
{
    const char *value = std::getenv(variable);
    return value && *value;
}

// Qt aborts when its platform plugin finds no display, so the wizard checks first: an
// explicit platform (QT_QPA_PLATFORM, e.g. offscreen) is trusted, otherwise X11 or Wayland
// must be reachable.
bool displayAvailable()
{
    return isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
}

// The wizard module: next to this program in a build tree, in <libdir>/stagecraft once
// installed. Found from the program's own path, never from the working directory.
std::string wizardModulePath()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path folder = error ? std::filesystem::path(".") : self.parent_path();
    for (const std::filesystem::path &candidate :
         {folder / "stagecraft-wizard.so", folder / STAGECRAFT_WIZARD_DIR_FROM_BIN / "stagecraft-wizard.so"}) {
        if (std::filesystem::is_regular_file(candidate, error))
            return candidate.lexically_normal().string();
    }
    return {};
}

// A function the wizard module exports, or null with the reason in `error`.
void *wizardModuleSymbol(const char *name, std::string &error)
{
    const std::string module = wizardModulePath();
    if (module.empty()) {
        error = "stagecraft-wizard.so is not installed next to stagecraft";
        return nullptr;
    }
    void *handle = dlopen(module.c_str(), RTLD_NOW | RTLD_LOCAL);
    void *symbol = handle ? dlsym(handle, name) : nullptr;
    if (!symbol)
        error = dlerror();
    return symbol;
}

int openWizard(int &argc, char **argv)
{
    std::string error;
    using RunWizard = int (*)(int *, char **);
    const auto run = reinterpret_cast<RunWizard>(wizardModuleSymbol("stagecraft_run_wizard", error));
    if (!run) {
        std::fprintf(stderr, "stagecraft: cannot open the wizard: %s (the commands work without it; see 'stagecraft --help')\n",
                     error.c_str());
        return stagecraft::ExitFailure;
    }
    return run(&argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    // One identity for the window and the command line, so both read the same user data
    // (userDataFolder(): templates/, image-sizes.json) and settings.
    stagecraft::setApplicationIdentity();
    stagecraft::useUtf8CharacterType();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!stagecraft::isCliInvocation(args)) {
        // Read before the module loads, so a mistyped flag never opens (or needs) a window.
        if (const QString error = stagecraft::parseWizardArguments(args).error; !error.isEmpty()) {
            std::fprintf(stderr, "stagecraft: %s (usage: stagecraft [--preset FILE] [PROJECT_DIR], or stagecraft COMMAND [ARGS...])\n",
                         error.toLocal8Bit().constData());
            return stagecraft::ExitBadInput;
        }
        if (!displayAvailable()) {
            std::fputs("stagecraft: cannot open the wizard: no display (DISPLAY or WAYLAND_DISPLAY is not set); "
                       "the commands work without one (see 'stagecraft --help')\n",
                       stderr);
            return stagecraft::ExitFailure;
        }
        return openWizard(argc, argv);
    }
    // A command matches each template option pattern a few times: compiling the patterns to
    // machine code (PCRE2's JIT, Qt's default) costs more than the matches it speeds up (8% of
    // a `generate`). Only here: the window's highlighter matches its rules on every edit, and a
    // user's own setting wins.
    setenv("QT_ENABLE_REGEXP_JIT", "0", 0);
    QCoreApplication app(argc, argv);
    if (args.value(0) == QStringLiteral("handout")) {
        std::string error;
        if (void *runner = wizardModuleSymbol("stagecraft_handout_command", error))
            stagecraft::provideHandoutCommand(reinterpret_cast<stagecraft::CommandRunner>(runner));
    }
    QTextStream out(stdout, QIODevice::WriteOnly);
    QTextStream err(stderr, QIODevice::WriteOnly);
    return stagecraft::runCli(args, out, err);
}
