// The static-site stack (issue #11): each static fixture of tests/fixtures/projects, given
// its facts as options, generates on every base a Dockerfile the build check accepts, whose
// final stage is the web server and the built site only. Detection maps projects onto this
// stack elsewhere; these tests hold the stack itself to the fixtures.
#include "catalog/catalog.h"
#include "config/startcommand.h"
#include "dockerfile/document.h"
#include "estimate/imagedata.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"
#include "project/fit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <map>
#include <sstream>

using namespace stagecraft;

namespace {

struct StaticProject
{
    const char *name;
    const char *packageManager;
    std::map<std::string, std::string> options;
    // The build check's findings (their rules). The install stages are node.json's; the
    // Yarn 4 one still copies .yarn/releases, which this project lacks: when the install
    // stages learn to copy it only when present, this list becomes empty.
    std::vector<std::string> findingRules = {};
};

// The facts of each fixture, as expected.json states them.
const std::vector<StaticProject> &projects()
{
    static const std::vector<StaticProject> list{
        {"astro-static-yarn4", "yarn-berry", {{"outputDir", "dist"}, {"yarnrc", "true"}, {"spaFallback", "false"}}},
        {"vite-react-bun", "bun", {{"outputDir", "dist"}, {"bunLockfile", "bun.lock"}}},
        {"create-react-app", "npm", {{"outputDir", "build"}}},
        {"gatsby", "npm", {{"outputDir", "public"}, {"spaFallback", "false"}}},
    };
    return list;
}

std::string fixtureFolder(const std::string &name) { return STAGECRAFT_TESTS_DIR "/fixtures/projects/" + name; }

std::string joined(const std::vector<std::string> &messages)
{
    std::string out;
    for (const std::string &message : messages)
        out += message + '\n';
    return out;
}

bool has(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// The lines from the last FROM on: the stage that ships.
std::vector<std::string> finalStage(const std::string &dockerfile)
{
    std::vector<std::string> all = lines(dockerfile);
    std::size_t from = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].rfind("FROM ", 0) == 0)
            from = i;
    }
    return {all.begin() + static_cast<long>(from), all.end()};
}

} // namespace

class TestStaticSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        m_stack = m_catalog.find("static");
        QVERIFY(m_stack);
    }

    void fitsEveryBase_data()
    {
        QTest::addColumn<int>("project");
        QTest::addColumn<QString>("base");
        for (std::size_t p = 0; p < projects().size(); ++p)
            for (const char *base : {"alpine", "slim", "distroless", "scratch"})
                QTest::newRow((std::string(projects()[p].name) + " " + base).c_str()) << static_cast<int>(p) << QString::fromLatin1(base);
    }

    void fitsEveryBase()
    {
        QFETCH(int, project);
        QFETCH(QString, base);
        const StaticProject &facts = projects()[static_cast<std::size_t>(project)];
        Config config = defaultConfig(*m_stack);
        config.packageManager = facts.packageManager;
        config.base = base.toStdString();
        for (const auto &[id, value] : facts.options)
            config.options[id] = value;
        const Outcome<Generated> generated = generate(m_catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string dockerfile = render(generated->multiStage).text;

        const CheckResult check = checkGenerated(generated.value(), fixtureFolder(facts.name), nullptr);
        std::string findings;
        std::vector<std::string> rules;
        for (const CheckFinding &finding : check.findings) {
            findings += findingText(finding) + '\n';
            rules.push_back(finding.rule);
        }
        QVERIFY2(rules == facts.findingRules, (findings + dockerfile).c_str());

        const std::vector<std::string> shipped = finalStage(dockerfile);
        const std::string outputDir = facts.options.at("outputDir");
        std::string entrypoint;
        std::string user;
        bool siteCopied = false;
        for (const std::string &line : shipped) {
            QVERIFY2(!has(line, "node_modules") && !has(line, "FROM node"), (line + "\n" + dockerfile).c_str());
            if (line.rfind("ENTRYPOINT ", 0) == 0)
                entrypoint = line;
            if (line.rfind("USER ", 0) == 0)
                user = line;
            siteCopied = siteCopied || line == "COPY --from=build /app/" + outputDir + " /srv/www";
        }
        QVERIFY2(siteCopied, dockerfile.c_str());
        QCOMPARE(entrypoint, "ENTRYPOINT " + execForm({"/usr/local/bin/static-web-server", "--port", "8080"}));
        QVERIFY2(has(dockerfile, "\nEXPOSE 8080\n"), dockerfile.c_str());
        QCOMPARE(user, std::string(config.base == "distroless" ? "USER 65532:65532" : "USER 10001:10001"));
        QCOMPARE(has(dockerfile, "SERVER_FALLBACK_PAGE=/srv/www/index.html"), facts.options.count("spaFallback") == 0);
    }

    // Every combination `options --json` offers for this stack (package manager, Node.js
    // version, base, non-root, cache mounts) fits a Vite site locked by that package manager.
    void everyOfferedCombinationFits()
    {
        const std::map<std::string, std::string> lockfiles{
            {"npm", "package-lock.json"}, {"pnpm", "pnpm-lock.yaml"}, {"yarn", "yarn.lock"}, {"yarn-berry", "yarn.lock"}, {"bun", "bun.lock"}};
        std::string failures;
        int combinations = 0;
        for (const Choice &manager : m_stack->packageManagers) {
            QTemporaryDir site;
            const auto write = [&site](const QString &relative) {
                QDir().mkpath(QFileInfo(site.filePath(relative)).absolutePath());
                QFile file(site.filePath(relative));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("x\n");
            };
            for (const char *file : {"package.json", "index.html", "src/main.ts", "public/favicon.svg"})
                write(QString::fromLatin1(file));
            write(QString::fromStdString(lockfiles.at(manager.id)));
            if (manager.id == "yarn-berry") {
                write(QStringLiteral(".yarnrc.yml"));
                write(QStringLiteral(".yarn/releases/yarn-4.18.1.cjs"));
            }
            DetectionResult model;
            model.stack = "static";
            model.packageManager = manager.id;
            model.buildOutputs = {"dist/"};
            for (const Choice &version : m_stack->languageVersions)
                for (const Choice &base : m_stack->bases)
                    for (bool nonRoot : {true, false})
                        for (bool cacheMounts : {true, false}) {
                            Config config = defaultConfig(*m_stack);
                            config.packageManager = manager.id;
                            config.languageVersion = version.id;
                            config.base = base.id;
                            config.nonRoot = nonRoot;
                            config.cacheMounts = cacheMounts;
                            const std::string label = manager.id + " " + version.id + " " + base.id + (nonRoot ? " non-root" : " root")
                                                      + (cacheMounts ? " cache" : " no-cache");
                            const Outcome<Generated> generated = generate(m_catalog, config);
                            ++combinations;
                            if (!generated) {
                                failures += label + ": " + generated.error() + '\n';
                                continue;
                            }
                            for (const CheckFinding &finding : checkGenerated(generated.value(), site.path().toStdString(), &model).findings)
                                failures += label + ": " + findingText(finding) + '\n';
                        }
        }
        QVERIFY2(failures.empty(), failures.c_str());
        QCOMPARE(combinations, 5 * 4 * 4 * 2 * 2);
    }

    // public/ holds sources for Vite and Create React App but is Gatsby's output: only
    // the output folder is kept out of the build context.
    void outputFolderStaysOutOfTheContext()
    {
        for (const auto &[outputDir, ignored] : std::map<std::string, bool>{{"public", true}, {"dist", false}, {"build", false}}) {
            Config config = defaultConfig(*m_stack);
            config.options["outputDir"] = outputDir;
            const Outcome<Generated> generated = generate(m_catalog, config);
            QVERIFY2(generated.ok(), generated.error().c_str());
            const std::vector<std::string> ignore = lines(generated->dockerignore);
            QCOMPARE(std::find(ignore.begin(), ignore.end(), "public") != ignore.end(), ignored);
            QVERIFY(std::find(ignore.begin(), ignore.end(), "**/dist") != ignore.end());
        }
    }

    // Running as root on a base that allows it leaves no USER, and the server still listens
    // on 8080, which needs no privilege.
    void rootLeavesNoUser()
    {
        Config config = defaultConfig(*m_stack);
        config.base = "scratch";
        config.nonRoot = false;
        const Outcome<Generated> generated = generate(m_catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const std::string dockerfile = render(generated->multiStage).text;
        QVERIFY2(!has(dockerfile, "\nUSER "), dockerfile.c_str());
        QVERIFY2(has(dockerfile, "--port\", \"8080\"]"), dockerfile.c_str());
    }

    // Only alpine has an HTTP client for a HEALTHCHECK; it probes the server's own /health.
    void healthcheckOnlyWhereAProbeExists()
    {
        Config config = defaultConfig(*m_stack);
        config.healthcheck = true;
        const Outcome<Generated> alpine = generate(m_catalog, config);
        QVERIFY2(alpine.ok(), alpine.error().c_str());
        const std::string dockerfile = render(alpine->multiStage).text;
        QVERIFY2(has(dockerfile, "SERVER_HEALTH=true") && has(dockerfile, "http://127.0.0.1:8080/health"), dockerfile.c_str());
        for (const char *base : {"slim", "distroless", "scratch"}) {
            config.base = base;
            const Outcome<Generated> refused = generate(m_catalog, config);
            QVERIFY2(!refused.ok() && has(refused.error(), "no healthcheck"), base);
        }
    }

    // The shipped image is the base, the server and the site: a few MB against the naive
    // image's full Node.js toolchain, dependencies and sources.
    void estimateShipsOnlyServerAndSite()
    {
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        QVERIFY2(problems.empty(), joined(problems).c_str());
        Config config = defaultConfig(*m_stack);
        config.base = "scratch";
        const Outcome<Generated> generated = generate(m_catalog, config);
        QVERIFY2(generated.ok(), generated.error().c_str());
        const SizeEstimate estimate = estimateSizes(generated->singleStage, generated->multiStage, "static", data);
        QVERIFY2(estimate.warnings.empty(), joined(estimate.warnings).c_str());
        // scratch adds nothing: the server binary (4 MB, published) and the assumed site (1 MB).
        QCOMPARE(estimate.multiStage.diskBytes, std::int64_t(5000000));
        QVERIFY(estimate.singleStage.diskBytes > 1000000000); // node:26-trixie alone is 1.12 GB
    }

private:
    Catalog m_catalog;
    const StackDefinition *m_stack = nullptr;
};

QTEST_GUILESS_MAIN(TestStaticSite)
#include "tst_staticsite.moc"
