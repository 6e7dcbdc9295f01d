// Node.js and Next.js generator behaviour that the property tests do not pin down: the
// engine features these templates brought in (fixed users, 'unless' in .dockerignore, the
// unmapped start command of the single stage, ids the images already use) and the
// package-manager specifics a reviewer checks first.
#include "catalog/catalog.h"
#include "generate/generator.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace stagecraft;

namespace {

QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace

class TestGeneratorNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::load({":/templates"});
        QVERIFY(m_catalog.find("node"));
        QVERIFY(m_catalog.find("nextjs"));
    }

    void distrolessAlwaysRunsAsItsNonrootUser()
    {
        Config config = defaultConfig(*m_catalog.find("node"));
        config.base = "distroless";
        config.nonRoot = false;
        const Generated generated = generate(m_catalog, config).value();
        const std::string text = render(generated.multiStage).text;
        QVERIFY(text.find(":nonroot AS runtime\n") != std::string::npos);
        QVERIFY(text.find("\nUSER 65532:65532\n") != std::string::npos);
        QVERIFY(text.find("USER 0") == std::string::npos);
        QVERIFY(text.find("USER root") == std::string::npos);
        const auto &notes = generated.notes;
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const std::string &n) { return n.find("always runs as its built-in unprivileged user 65532") != std::string::npos; }));
        QVERIFY(std::none_of(notes.begin(), notes.end(), [](const std::string &n) { return n.find("runs as root") != std::string::npos; }));

        config.base = "slim";
        const Generated slim = generate(m_catalog, config).value();
        QVERIFY(render(slim.multiStage).text.find("USER ") == std::string::npos);
        QVERIFY(std::any_of(slim.notes.begin(), slim.notes.end(), [](const std::string &n) { return n.find("runs as root") != std::string::npos; }));
    }

    void singleStageRunsTheCommandAsWrittenOnTheFullImage()
    {
        Config config = defaultConfig(*m_catalog.find("node"));
        config.base = "distroless";
        const Generated generated = generate(m_catalog, config).value();
        QVERIFY(render(generated.multiStage).text.find("ENTRYPOINT [\"/nodejs/bin/node\", \"dist/index.js\"]\n") != std::string::npos);
        const std::string single = render(generated.singleStage).text;
        QVERIFY2(single.find("CMD [\"node\", \"dist/index.js\"]\n") != std::string::npos, single.c_str());
        QVERIFY(single.find("/nodejs/bin/node") == std::string::npos);
    }

    void noBuildScriptMeansNoBuildStepAndTheOutputStaysInTheContext()
    {
        Config config = defaultConfig(*m_catalog.find("node"));
        const Generated withBuild = generate(m_catalog, config).value();
        QVERIFY(render(withBuild.multiStage).text.find("\nRUN npm run build\n") != std::string::npos);
        QVERIFY(withBuild.dockerignore.find("\n**/dist\n") != std::string::npos);

        config.options["buildScript"] = "";
        config.options["outputDir"] = "dist";
        const Generated prebuilt = generate(m_catalog, config).value();
        QVERIFY(render(prebuilt.multiStage).text.find("npm run") == std::string::npos);
        // dist is copied from the context now, so .dockerignore must not drop it (CopyIgnoredFile).
        QVERIFY(prebuilt.dockerignore.find("**/dist") == std::string::npos);

        config.options["buildScript"] = "compile:prod";
        config.packageManager = "pnpm";
        QVERIFY(render(generate(m_catalog, config)->multiStage).text.find("\nRUN pnpm run compile:prod\n") != std::string::npos);
        config.options["buildScript"] = "build; rm -rf /";
        QVERIFY(!generate(m_catalog, config).ok());
    }

    void idsTheNodeImagesUseAreRefusedOnlyWhenAUserIsCreated()
    {
        for (const char *stack : {"node", "nextjs"}) {
            Config config = defaultConfig(*m_catalog.find(stack));
            config.uid = 1000;
            QVERIFY(validateConfig(m_catalog, config).rfind("uid 1000 is taken by the node user", 0) == 0);
            config.uid = 1001;
            config.gid = 1000;
            QVERIFY(validateConfig(m_catalog, config).rfind("gid 1000 is taken", 0) == 0);
            config.nonRoot = false;
            QCOMPARE(validateConfig(m_catalog, config), std::string());
        }
    }

    void packageManagersArePinnedAndInstallFrozen_data()
    {
        QTest::addColumn<QString>("packageManager");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("npm") << "npm" << "22" << lines({"npm ci --omit=dev\n", "    npm ci\n"});
        QTest::addRow("pnpm 22") << "pnpm" << "22"
                                 << lines({"ENV PNPM_HOME=/pnpm\n", "RUN corepack enable pnpm && corepack install --global pnpm@11.",
                                                "pnpm install --frozen-lockfile --prod\n", "pnpm install --frozen-lockfile\n"});
        QTest::addRow("pnpm 20") << "pnpm" << "20" << lines({"corepack install --global pnpm@10."});
        QTest::addRow("pnpm 26") << "pnpm" << "26" << lines({"RUN npm install --global corepack@0.36.0 && corepack enable pnpm"});
        QTest::addRow("yarn") << "yarn" << "24" << lines({"yarn install --frozen-lockfile --production\n", "yarn install --frozen-lockfile\n"});
        QTest::addRow("yarn 26") << "yarn" << "26" << lines({"RUN npm install --global yarn@1.22.22\n"});
        QTest::addRow("yarn-berry") << "yarn-berry" << "24"
                                    << lines({"ENV YARN_NODE_LINKER=node-modules\n", "corepack install --global yarn@4.",
                                                   "source=yarn.lock,target=yarn.lock", "source=.yarnrc.yml,target=.yarnrc.yml",
                                                   "yarn install --immutable\n", "yarn workspaces focus --all --production\n"});
        QTest::addRow("bun") << "bun" << "24"
                             << lines({"COPY --from=oven/bun:1.4.5-slim /usr/local/bin/bun /usr/local/bin/bun\n",
                                            "source=bun.lock,target=bun.lock", "bun install --frozen-lockfile --production\n",
                                            "bun install --frozen-lockfile\n"});
    }

    void packageManagersArePinnedAndInstallFrozen()
    {
        QFETCH(QString, packageManager);
        QFETCH(QString, version);
        QFETCH(QStringList, expected);
        for (const char *stack : {"node", "nextjs"}) {
            Config config = defaultConfig(*m_catalog.find(stack));
            config.base = "slim"; // the Debian flavours of the pinned tools
            config.packageManager = packageManager.toStdString();
            config.languageVersion = version.toStdString();
            const std::string text = render(generate(m_catalog, config)->multiStage).text;
            for (const QString &line : expected) {
                if (QString::fromUtf8(stack) == QStringLiteral("nextjs") && (line.contains(QStringLiteral("--prod")) || line.contains(QStringLiteral("--omit=dev"))))
                    continue; // Next.js ships the traced standalone output, not a production install
                QVERIFY2(text.find(line.toStdString()) != std::string::npos, (std::string(stack) + " lacks " + line.toStdString() + "\n" + text).c_str());
            }
            // The runtime stage runs node, never the installer.
            const Generated generated = generate(m_catalog, config).value();
            const Stage &runtime = generated.multiStage.finalStage();
            for (const Instruction &instruction : runtime.instructions)
                QVERIFY(instruction.keyword != "RUN" || instruction.holds == Holds::User);
        }
    }

    void bunComesForTheBaseLibc()
    {
        Config config = defaultConfig(*m_catalog.find("node"));
        config.packageManager = "bun";
        config.base = "alpine";
        const std::string text = render(generate(m_catalog, config)->multiStage).text;
        QVERIFY(text.find("FROM node:26-alpine3.23 AS base\n") != std::string::npos);
        QVERIFY(text.find("COPY --from=oven/bun:1.4.5-alpine ") != std::string::npos);
    }

    void nextjsShipsTheStandaloneServer()
    {
        Config config = defaultConfig(*m_catalog.find("nextjs"));
        const std::string text = render(generate(m_catalog, config)->multiStage).text;
        for (const char *line : {"COPY --from=build /app/public ./public\n",
                                 "COPY --from=build --chown=10001:10001 /app/.next/standalone ./\n",
                                 "COPY --from=build --chown=10001:10001 /app/.next/static ./.next/static\n",
                                 "    HOSTNAME=0.0.0.0\n", "ENV PORT=3000 \\\n", "    NEXT_TELEMETRY_DISABLED=1\n",
                                 "CMD [\"node\", \"server.js\"]\n"})
            QVERIFY2(text.find(line) != std::string::npos, (std::string("missing ") + line + text).c_str());
        QCOMPARE(generate(m_catalog, config)->multiStage.stages.size(), std::size_t(3)); // no production-only install stage
        config.base = "scratch";
        QVERIFY(validateConfig(m_catalog, config).find("cannot use the scratch base: Next.js runs its standalone server.js on Node.js") != std::string::npos);
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestGeneratorNode)
#include "tst_generatornode.moc"
