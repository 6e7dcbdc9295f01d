#include "fuzzsupport.h"

#include "dockerfile/annotate.h"
#include "dockerfile/document.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>

namespace stagecraft::fuzz {

namespace {

// Qt keeps argv; libFuzzer's own flags are none of its business.
int qtArgc = 1;
char *qtArgv[] = {const_cast<char *>("stagecraft-fuzz"), nullptr};

// Never destroyed: at exit Qt's own globals go first, and a late ~QCoreApplication crashes.
QCoreApplication *application = nullptr;
std::unique_ptr<QTemporaryDir> scratch;

} // namespace

void initialise(int *, char ***)
{
    if (application)
        return;
    application = new QCoreApplication(qtArgc, qtArgv);
    QStandardPaths::setTestModeEnabled(true);
    scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        std::fprintf(stderr, "fuzz: cannot create a scratch folder\n");
        std::abort();
    }
    // Loaded here so its one-time allocations are not mistaken for a leak of the first input.
    builtInCatalog();
}

const Catalog &builtInCatalog()
{
    static const Catalog catalog = Catalog::loadDefault();
    return catalog;
}

std::string scratchFolder()
{
    return scratch->path().toStdString();
}

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", path.c_str());
        std::abort();
    }
}

void renderAll(const Generated &generated)
{
    const RenderedDockerfile multi = render(generated.multiStage);
    const RenderedDockerfile single = render(generated.singleStage);
    for (std::size_t line = 0; line < multi.lines.size(); ++line)
        explanationForLine(generated.multiStage, multi, static_cast<int>(line));
    for (std::size_t line = 0; line < single.lines.size(); ++line)
        explanationForLine(generated.singleStage, single, static_cast<int>(line));
    // The annotated export writes template text as comments: every rendered line must stay.
    if (annotate(generated.multiStage).lineOf.size() != multi.lines.size()
        || annotate(generated.singleStage).lineOf.size() != single.lines.size())
        std::abort();
}

} // namespace stagecraft::fuzz
