// The Go and Python recipes over every combination their stacks offer: the specific
// things an expert checks, including the widely copied mistakes of the reference's
// section 8 (cgo silently on, a named USER on scratch, Poetry's venv in its cache mount,
// a python:slim venv copied onto distroless).
#include "catalog/catalog.h"
#include "config/config.h"
#include "dockerfile/document.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <regex>

using namespace stagecraft;

namespace {

// Every configuration of one stack the generator accepts, with a readable name.
void forEveryConfig(const Catalog &catalog, const std::string &stackId,
                    const std::function<void(const Config &, const Generated &, const std::string &)> &check)
{
    const StackDefinition &stack = *catalog.find(stackId);
    for (const Choice &version : stack.languageVersions)
        for (const Choice &manager : stack.packageManagers)
            for (const Choice &base : stack.bases)
                for (bool nonRoot : {true, false})
                    for (bool cache : {true, false}) {
                        Config config = defaultConfig(stack);
                        config.languageVersion = version.id;
                        config.packageManager = manager.id;
                        config.base = base.id;
                        config.nonRoot = nonRoot;
                        config.cacheMounts = cache;
                        if (!validateConfig(catalog, config).empty())
                            continue;
                        Outcome<Generated> generated = generate(catalog, config);
                        const std::string name = stackId + " " + version.id + " " + manager.id + " " + base.id
                                                 + (nonRoot ? " non-root" : " root") + (cache ? " cache" : " no-cache");
                        QVERIFY2(generated.ok(), (name + ": " + generated.error()).c_str());
                        check(config, generated.value(), name);
                    }
}

const Stage *stageNamed(const Document &document, const std::string &name)
{
    for (const Stage &stage : document.stages)
        if (stage.name == name)
            return &stage;
    return nullptr;
}

bool has(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

std::string instructionsText(const Stage &stage)
{
    std::string out;
    for (const Instruction &instruction : stage.instructions) {
        out += instruction.keyword;
        for (const std::string &flag : instruction.flags)
            out += ' ' + flag;
        out += ' ' + instruction.arguments() + '\n';
    }
    return out;
}

} // namespace

class TestGoPythonRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("go"));
        QVERIFY(m_catalog.find("python"));
    }

    void goCrossCompilesAStaticBinary()
    {
        int seen = 0;
        forEveryConfig(m_catalog, "go", [&](const Config &config, const Generated &g, const std::string &name) {
            ++seen;
            const Stage *build = stageNamed(g.multiStage, "build");
            QVERIFY2(build, name.c_str());
            QCOMPARE(build->platform, std::string("$BUILDPLATFORM"));
            const std::string text = instructionsText(*build);
            QVERIFY2(has(text, "ARG TARGETOS TARGETARCH\n"), name.c_str());
            QVERIFY2(std::regex_search(text, std::regex("RUN [^\n]*CGO_ENABLED=0 GOOS=\\$TARGETOS GOARCH=\\$TARGETARCH go build -trimpath "
                                                        "-ldflags=\"-s -w\" -o /out/app \\.\n")),
                     (name + "\n" + text).c_str());
            QVERIFY2(has(text, "--mount=type=bind,source=go.sum,target=go.sum"), name.c_str());
            QCOMPARE(has(text, "--mount=type=cache,target=/root/.cache/go-build"), config.cacheMounts);
            // Only the binary (and, per base, runtime files) reaches the final stage.
            const std::string runtime = instructionsText(g.multiStage.finalStage());
            QVERIFY2(has(runtime, "COPY --from=build /out/app /usr/local/bin/app\n"), name.c_str());
            QVERIFY2(has(runtime, "ENTRYPOINT [\"/usr/local/bin/app\"]"), name.c_str());
        });
        QVERIFY(seen >= 6 * 4 * 2 * 2);
    }

    void goMainPackageOptionReachesTheBuild()
    {
        Config config = defaultConfig(*m_catalog.find("go"));
        config.options["mainPackage"] = "./cmd/server";
        const Generated g = generate(m_catalog, config).value();
        QVERIFY(has(render(g.multiStage).text, "-o /out/app ./cmd/server\n"));
        QVERIFY(has(render(g.singleStage).text, "go build -o /usr/local/bin/app ./cmd/server\n"));
        for (const char *bad : {"../outside", "cmd/server", "./cmd/$(id)", "./.."}) {
            config.options["mainPackage"] = bad;
            QVERIFY2(!validateConfig(m_catalog, config).empty(), bad);
        }
    }

    // Section 8 #10: scratch has no passwd, so the user is numeric and the entries are copied in.
    void scratchHasNumericUserAndTheFilesProgramsExpect()
    {
        Config config = defaultConfig(*m_catalog.find("go"));
        config.base = "scratch";
        config.uid = 4242;
        config.gid = 4343;
        const Generated g = generate(m_catalog, config).value();
        const Stage *rootfs = stageNamed(g.multiStage, "rootfs");
        QVERIFY(rootfs);
        const std::string prepared = instructionsText(*rootfs);
        QVERIFY(has(prepared, "chmod 1777 /rootfs/tmp"));
        QVERIFY(has(prepared, "ca-certificates.crt"));
        QVERIFY(has(prepared, "zoneinfo"));
        QVERIFY(has(prepared, "'app:x:4242:4343:app:/nonexistent:/sbin/nologin' > /rootfs/etc/passwd"));
        QVERIFY(has(prepared, "'app:x:4343:' > /rootfs/etc/group"));
        const Stage &last = g.multiStage.finalStage();
        QCOMPARE(last.baseImage, std::string("scratch"));
        std::string user;
        for (const Instruction &instruction : last.instructions) {
            if (instruction.keyword == "USER")
                user = instruction.arguments();
            if (instruction.keyword == "COPY")
                QVERIFY2(!std::regex_search(instruction.arguments(), std::regex("--chown=[a-z]")), instruction.arguments().c_str());
        }
        QCOMPARE(user, std::string("4242:4343"));
        QVERIFY(has(instructionsText(last), "COPY --from=rootfs /rootfs/ /\n"));
    }

    void healthcheckOnlyWhereTheBaseCanProbe()
    {
        const StackDefinition &go = *m_catalog.find("go");
        Config config = defaultConfig(go);
        config.healthcheck = true;
        for (const char *base : {"slim", "distroless", "scratch"}) {
            config.base = base;
            QVERIFY2(!healthcheckBlock(go, config).reason.empty(), base);
            QVERIFY2(!generate(m_catalog, config).ok(), base);
        }
        config.base = "alpine";
        const Generated g = generate(m_catalog, config).value();
        QVERIFY(has(render(g.multiStage).text, "CMD [\"wget\", \"-q\", \"--spider\", \"http://127.0.0.1:8080/health\"]"));
    }

    void pythonBuildsTheVenvWhereTheRuntimeUsesIt()
    {
        int seen = 0;
        forEveryConfig(m_catalog, "python", [&](const Config &config, const Generated &g, const std::string &name) {
            ++seen;
            const Stage *build = stageNamed(g.multiStage, "build");
            QVERIFY2(build, name.c_str());
            const Stage &runtime = g.multiStage.finalStage();
            const std::string builder = instructionsText(*build);
            const std::string finalText = instructionsText(runtime);
            QVERIFY2(has(finalText, "/app/.venv /app/.venv\n"), name.c_str());
            QVERIFY2(has(finalText, "PATH=\"/app/.venv/bin:$PATH\""), name.c_str());
            QVERIFY2(has(finalText, "PYTHONUNBUFFERED=1"), name.c_str());
            if (config.base == "distroless") {
                // Section 8 #21: the venv is built with Debian's Python, the one distroless runs.
                QCOMPARE(config.languageVersion, std::string("3.13"));
                QCOMPARE(build->baseImage, std::string("debian:trixie-slim"));
                QVERIFY2(has(builder, "'python3-venv=3.13.*'"), name.c_str());
                QCOMPARE(runtime.baseImage, std::string("gcr.io/distroless/python3-debian13:nonroot"));
            } else {
                // Same image in both stages: the venv's interpreter path exists at run time.
                QCOMPARE(build->baseImage, runtime.baseImage);
            }
            if (config.packageManager == "poetry") {
                // Section 8 #3: the venv must not land in Poetry's cache (mount).
                const std::size_t env = builder.find("POETRY_VIRTUALENVS_IN_PROJECT=1");
                const std::size_t sync = builder.find("poetry sync --only main --no-root");
                QVERIFY2(env != std::string::npos && sync != std::string::npos && env < sync, name.c_str());
                QVERIFY2(has(builder, "pip install --no-cache-dir poetry==2."), name.c_str());
                QCOMPARE(has(builder, "--mount=type=cache,target=/root/.cache/pypoetry"), config.cacheMounts);
            }
            if (config.packageManager == "uv") {
                const Stage *uv = stageNamed(g.multiStage, "uv");
                QVERIFY2(uv && std::regex_match(uv->baseImage, std::regex("ghcr\\.io/astral-sh/uv:[0-9]+\\.[0-9]+\\.[0-9]+")), name.c_str());
                for (const char *env : {"UV_LINK_MODE=copy", "UV_COMPILE_BYTECODE=1", "UV_PYTHON_DOWNLOADS=0", "uv sync --locked --no-dev"})
                    QVERIFY2(has(builder, env), (name + ": " + env).c_str());
                QCOMPARE(has(builder, "--mount=type=cache,target=/root/.cache/uv"), config.cacheMounts);
            }
            if (config.packageManager == "pip") {
                QCOMPARE(has(builder, "--mount=type=cache,target=/root/.cache/pip"), config.cacheMounts);
                // Without the cache mount, pip must not keep its cache in the layer (DL3042).
                QCOMPARE(has(builder, "PIP_NO_CACHE_DIR=1"), !config.cacheMounts);
            }
        });
        QVERIFY(seen >= (3 * 3 * 2 + 1 * 3) * 2 * 2);
    }

    void distrolessPythonIsRefusedForOtherVersions()
    {
        const StackDefinition &python = *m_catalog.find("python");
        Config config = defaultConfig(python);
        config.base = "distroless";
        QVERIFY(baseUnavailableReason(python, config).empty());
        for (const char *version : {"3.12", "3.14"}) {
            config.languageVersion = version;
            const std::string reason = baseUnavailableReason(python, config);
            QVERIFY2(has(reason, "3.13"), reason.c_str());
            QVERIFY(has(validateConfig(m_catalog, config), reason));
        }
        config.base = "scratch";
        QVERIFY(!validateConfig(m_catalog, config).empty());
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestGoPythonRecipes)
#include "tst_gopythonrecipes.moc"
