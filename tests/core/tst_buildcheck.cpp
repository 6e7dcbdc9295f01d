// The build check on hand-broken Dockerfiles: each fault is found, named by its line, and
// the fixed file fits.
#include "check/buildcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace stagecraft;

namespace {

void writeFile(const QString &root, const QString &relative, const QByteArray &content = "x\n")
{
    const QString path = root + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

std::vector<std::string> rules(const CheckResult &result)
{
    std::vector<std::string> out;
    for (const CheckFinding &finding : result.findings)
        out.push_back(finding.rule);
    return out;
}

std::string describe(const CheckResult &result)
{
    std::string text;
    for (const CheckFinding &finding : result.findings)
        text += findingText(finding) + "\n";
    for (const std::string &line : result.unverified)
        text += "unverified: " + line + "\n";
    return text;
}

// A plain Node app: package.json, a lockfile and app.js at the root; no build step.
const char *const nodeFits = R"(# syntax=docker/dockerfile:1
FROM node:22-alpine AS deps
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json \
    --mount=type=bind,source=package-lock.json,target=package-lock.json \
    npm ci --omit=dev

FROM node:22-alpine
ENV PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json app.js ./
EXPOSE 3000
CMD ["node", "app.js"]
)";

} // namespace

class TestBuildCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.path(), QStringLiteral("package.json"), R"({"name":"a","scripts":{"start":"node app.js"}})");
        writeFile(m_dir.path(), QStringLiteral("package-lock.json"), "{}");
        writeFile(m_dir.path(), QStringLiteral("app.js"), "require('http').createServer().listen(process.env.PORT)\n");
        writeFile(m_dir.path(), QStringLiteral("requirements.txt"), "fastapi\n");
        writeFile(m_dir.path(), QStringLiteral("app/main.py"), "app = 1\n");
    }

    void theFixedFileFits()
    {
        const CheckResult result = check(nodeFits);
        QVERIFY2(result.findings.empty(), describe(result).c_str());
        QVERIFY(toJson(result)["fits"].get<bool>());
    }

    void findsAMissingCopySource()
    {
        std::string dockerfile = nodeFits;
        dockerfile.replace(dockerfile.find("COPY package.json app.js ./"), 27, "COPY package.json app.js server.js ./");
        const CheckResult result = check(dockerfile);
        QCOMPARE(rules(result), std::vector<std::string>{"copy-source"});
        QCOMPARE(result.findings.front().line, 12);
        QVERIFY(result.findings.front().problem.find("'server.js' does not exist") != std::string::npos);
        QVERIFY(!toJson(result)["fits"].get<bool>());
    }

    void sourceLeftOutByDockerignoreIsMissing()
    {
        const CheckResult result = checkDockerfile({.dockerfile = nodeFits, .contextDir = m_dir.path().toStdString(),
                                                    .dockerignore = std::string("package.json\n")});
        QCOMPARE(rules(result), (std::vector<std::string>{"mount-source", "copy-source"}));
        QVERIFY(result.findings.front().problem.find(".dockerignore") != std::string::npos);
    }

    // A secret comes from docker build --secret, not from the context: the project's
    // .npmrc need not be in it (it is kept out), while a bind of the same file must be.
    void secretMountsAreNotContextSources()
    {
        const CheckResult secret = check("FROM node:26\nWORKDIR /app\nRUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci\n");
        QVERIFY2(secret.findings.empty(), describe(secret).c_str());
        const CheckResult bind = check("FROM node:26\nWORKDIR /app\nRUN --mount=type=bind,source=.npmrc,target=.npmrc npm ci\n");
        QCOMPARE(rules(bind), std::vector<std::string>{"mount-source"});
    }

    void wildcardMayMatchNothingWhereBuildKitAllowsIt()
    {
        // BuildKit allows an empty wildcard match, but the fixed folder in front of the
        // wildcard must exist (it fails with "lstat .yarn: no such file or directory").
        writeFile(m_dir.path(), QStringLiteral(".yarn/plugins/plugin.cjs"));
        const CheckResult fine = check("FROM golang:1.23\nWORKDIR /src\nCOPY go.mod* go.sum* ./\nCOPY .yarn/release[s] ./.yarn/releases/\n");
        QVERIFY2(fine.findings.empty(), describe(fine).c_str());
        const CheckResult broken = check("FROM golang:1.23\nWORKDIR /src\nCOPY missing/*.txt ./\n");
        QCOMPARE(rules(broken), std::vector<std::string>{"copy-source"});
    }

    void findsADanglingStagePath()
    {
        std::string dockerfile = nodeFits;
        dockerfile.replace(dockerfile.find("COPY package.json app.js ./"), 27,
                           "COPY package.json app.js ./\nCOPY --from=deps /app/dist ./dist");
        const CheckResult result = check(dockerfile);
        QVERIFY2(rules(result) == std::vector<std::string>{"stage-path"}, describe(result).c_str());
        QCOMPARE(result.findings.front().line, 13);
        QVERIFY(result.findings.front().problem.find("/app/dist") != std::string::npos);
    }

    void buildOutputsComeFromTheModel()
    {
        const std::string dockerfile = "FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build\n"
                                       "FROM node:22\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nCMD [\"node\", \"dist/index.js\"]\n";
        // A project without a build step (a plain app.js) has no dist/.
        DetectionResult project;
        const CheckResult noBuild = check(dockerfile, &project);
        QVERIFY2((rules(noBuild) == std::vector<std::string>{"stage-path", "start-file"}), describe(noBuild).c_str());
        // A build whose outputs the scan could not tell leaves them unverified.
        project.buildCommand = "npm run build";
        const CheckResult untold = check(dockerfile, &project);
        QVERIFY2(untold.findings.empty() && !untold.unverified.empty(), describe(untold).c_str());
        project.buildOutputs = {"dist/"};
        const CheckResult built = check(dockerfile, &project);
        QVERIFY2(built.findings.empty(), describe(built).c_str());
        // Without a model the build's outputs are unverified, not findings.
        const CheckResult unknown = check(dockerfile);
        QVERIFY2(unknown.findings.empty(), describe(unknown).c_str());
        QVERIFY(!unknown.unverified.empty());
    }

    void anUnknownRunMakesPathsUnverified()
    {
        const CheckResult result = check("FROM debian:trixie AS build\nWORKDIR /app\nRUN make release\n"
                                         "FROM debian:trixie\nCOPY --from=build /app/out /usr/local/bin/app\n"
                                         "ENTRYPOINT [\"/usr/local/bin/app\"]\n");
        QVERIFY2(result.findings.empty(), describe(result).c_str());
        QVERIFY(describe(result).find("make release") != std::string::npos);
    }

    // cargo build writes target/<profile>/; a cache mount over that folder keeps nothing of
    // it in the image, so the binary must be copied out in the same RUN.
    void cargoOutputsUnderACacheMountAreGone()
    {
        writeFile(m_dir.path(), QStringLiteral("Cargo.toml"), "[package]\nname = \"app\"\n");
        writeFile(m_dir.path(), QStringLiteral("Cargo.lock"), "version = 4\n");
        const std::string build = "FROM rust:1.98-slim-trixie AS build\nWORKDIR /app\n"
                                  "RUN --mount=type=bind,target=. --mount=type=cache,target=/cargo-target \\\n"
                                  "    cargo build --release --locked --target-dir /cargo-target";
        const std::string runtime = "FROM gcr.io/distroless/cc-debian13:nonroot\n";
        const CheckResult lost = check(build + "\n" + runtime + "COPY --from=build /cargo-target/release/app /app\nENTRYPOINT [\"/app\"]\n");
        QVERIFY2(rules(lost) == std::vector<std::string>{"stage-path"}, describe(lost).c_str());
        QVERIFY(lost.findings.front().problem.find("/cargo-target/release/app") != std::string::npos);
        const CheckResult copiedOut = check(build + " && cp /cargo-target/release/app /usr/local/bin/app\n" + runtime
                                            + "COPY --from=build /usr/local/bin/app /app\nENTRYPOINT [\"/app\"]\n");
        QVERIFY2(copiedOut.findings.empty() && copiedOut.unverified.empty(), describe(copiedOut).c_str());
        // Without the cache mount the target folder stays in the build stage, profile by profile.
        const CheckResult kept = check("FROM rust:1.98-alpine3.24 AS build\nWORKDIR /app\n"
                                       "RUN --mount=type=bind,target=. cargo build --profile dev --target x86_64-unknown-linux-musl "
                                       "--target-dir /out\n"
                                       + runtime + "COPY --from=build /out/x86_64-unknown-linux-musl/debug/app /app\n"
                                       "ENTRYPOINT [\"/app\"]\n");
        QVERIFY2(kept.findings.empty() && kept.unverified.empty(), describe(kept).c_str());
    }

    // cargo reads Cargo.toml, and with --locked the Cargo.lock beside it, from the stage or
    // through a bind mount of the context.
    void cargoNeedsItsManifestAndWithLockedItsLockfile()
    {
        const std::string locked = "FROM rust:1.98-slim-trixie AS build\nWORKDIR /src\n"
                                   "RUN --mount=type=bind,target=. cargo build --release --locked --target-dir /out\n";
        QFile::remove(m_dir.filePath(QStringLiteral("Cargo.toml")));
        QFile::remove(m_dir.filePath(QStringLiteral("Cargo.lock")));
        const CheckResult noManifest = check(locked);
        QVERIFY2((rules(noManifest) == std::vector<std::string>{"run-reads", "run-reads"}), describe(noManifest).c_str());
        QVERIFY(noManifest.findings.front().problem.find("'Cargo.toml'") != std::string::npos);
        writeFile(m_dir.path(), QStringLiteral("Cargo.toml"), "[package]\nname = \"app\"\n");
        const CheckResult noLockfile = check(locked);
        QVERIFY2(rules(noLockfile) == std::vector<std::string>{"run-reads"}, describe(noLockfile).c_str());
        QVERIFY(noLockfile.findings.front().problem.find("the lockfile cargo build --locked needs ('Cargo.lock') does not exist") != std::string::npos);
        // Unlocked, the manifest is enough; copied in, the files are in the stage.
        const CheckResult unlocked = check("FROM rust:1.98-slim-trixie AS build\nWORKDIR /src\n"
                                           "RUN --mount=type=bind,target=. cargo build --release --target-dir /out\n");
        QVERIFY2(unlocked.findings.empty(), describe(unlocked).c_str());
        const CheckResult copied = check("FROM rust:1.98-slim-trixie AS build\nWORKDIR /src\nCOPY Cargo.toml ./\nRUN cargo fetch --locked\n");
        QVERIFY2((rules(copied) == std::vector<std::string>{"run-reads"}), describe(copied).c_str());
        QVERIFY(copied.findings.front().problem.find("/src/Cargo.lock") != std::string::npos);
    }

    void findsAPortMismatch()
    {
        const CheckResult result = check("FROM python:3.13\nWORKDIR /app\nCOPY . .\nEXPOSE 9000\n"
                                         "CMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"]\n");
        QVERIFY2(rules(result) == std::vector<std::string>{"port"}, describe(result).c_str());
        QCOMPARE(result.findings.front().line, 4);
        QVERIFY(result.findings.front().problem.find("8000") != std::string::npos);
    }

    void findsAHealthCheckOnAnotherPort()
    {
        const CheckResult result = check("FROM node:22\nWORKDIR /app\nCOPY . .\nENV PORT=3000\nEXPOSE 3000\n"
                                         "HEALTHCHECK CMD [\"wget\", \"-q\", \"--spider\", \"http://127.0.0.1:8080/health\"]\n"
                                         "CMD [\"node\", \"app.js\"]\n");
        QVERIFY2(rules(result) == std::vector<std::string>{"port"}, describe(result).c_str());
        QCOMPARE(result.findings.front().line, 6);
    }

    void findsAnAbsentStartFile()
    {
        std::string dockerfile = nodeFits;
        dockerfile.replace(dockerfile.find("[\"node\", \"app.js\"]"), 18, "[\"node\", \"dist/index.js\"]");
        const CheckResult result = check(dockerfile);
        QVERIFY2(rules(result) == std::vector<std::string>{"start-file"}, describe(result).c_str());
        QCOMPARE(result.findings.front().line, 14);
        // Node resolves a folder or a name without extension.
        const CheckResult folder = check("FROM node:22\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"app\"]\n");
        QVERIFY2(folder.findings.empty(), describe(folder).c_str());
        const CheckResult program = check("FROM debian:trixie\nWORKDIR /app\nCOPY app.js .\nCMD [\"./server\"]\n");
        QCOMPARE(rules(program), std::vector<std::string>{"start-file"});
    }

    // A jar or an assembly the final stage lacks is named in the finding, like a script.
    void namesTheMissingJarAndAssembly()
    {
        const CheckResult jar = check("FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.js .\nCMD [\"java\", \"-jar\", \"app.jar\"]\n");
        QCOMPARE(rules(jar), std::vector<std::string>{"start-file"});
        QCOMPARE(jar.findings.front().problem, std::string("the jar 'app.jar' is not in the final stage"));
        const CheckResult assembly = check("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY app.js .\nCMD [\"dotnet\", \"Web.dll\"]\n");
        QCOMPARE(rules(assembly), std::vector<std::string>{"start-file"});
        QCOMPARE(assembly.findings.front().problem, std::string("the assembly 'Web.dll' is not in the final stage"));
    }

    // Deno behind tini: the init must be in the image, and `deno run|serve [flags] FILE` needs
    // FILE; deno ci fills DENO_DIR and deno compile writes its --output for a later COPY --from.
    void denoBehindTini()
    {
        const std::string runs = "FROM denoland/deno:2.9.5 AS build\nENV DENO_DIR=/deno-dir\nWORKDIR /app\n"
                                 "COPY package.json ./\nRUN deno ci --prod\nCOPY . .\n"
                                 "RUN deno compile --allow-net --output /app/server app.js\n\n"
                                 "FROM gcr.io/distroless/cc-debian13:nonroot\nCOPY --from=build /tini /tini\n"
                                 "COPY --from=build /deno-dir /deno-dir\nCOPY --from=build /app/server /app/server\n"
                                 "COPY app.js /app/\nWORKDIR /app\nENTRYPOINT [\"/tini\", \"--\"]\n";
        const CheckResult compiled = check(runs + "CMD [\"/app/server\"]\n");
        QVERIFY2(compiled.findings.empty(), describe(compiled).c_str());
        const CheckResult script = check(runs + "CMD [\"deno\", \"run\", \"--allow-net\", \"app.js\"]\n");
        QVERIFY2(script.findings.empty(), describe(script).c_str());
        const CheckResult missing = check(runs + "CMD [\"deno\", \"serve\", \"-R\", \"main.ts\"]\n");
        QVERIFY2(rules(missing) == std::vector<std::string>{"start-file"}, describe(missing).c_str());
        QVERIFY(missing.findings.front().problem.find("'main.ts'") != std::string::npos);
        // Without the COPY, /tini is unknown on distroless (not every file it ships is listed)
        // and missing on scratch, which holds nothing.
        std::string noTini = runs;
        noTini.replace(noTini.find("COPY --from=build /tini /tini\n"), 30, "");
        const CheckResult unknownInit = check(noTini + "CMD [\"/app/server\"]\n");
        QVERIFY2(unknownInit.findings.empty(), describe(unknownInit).c_str());
        QVERIFY2(describe(unknownInit).find("'/tini' could not be verified") != std::string::npos, describe(unknownInit).c_str());
        noTini.replace(noTini.find("gcr.io/distroless/cc-debian13:nonroot"), 37, "scratch");
        const CheckResult withoutInit = check(noTini + "CMD [\"/app/server\"]\n");
        QVERIFY2(rules(withoutInit) == std::vector<std::string>{"start-file"}, describe(withoutInit).c_str());
        QVERIFY(withoutInit.findings.front().problem.find("'/tini'") != std::string::npos);
    }

    // `bun build --compile --outfile FILE ENTRY` writes FILE for a later COPY --from and reads
    // ENTRY, which must be in the stage: a misspelt entry is a finding, not a guess.
    void bunCompileWritesItsOutfile()
    {
        const auto compiled = [](const std::string &entry) {
            return "FROM oven/bun:1.4.5-slim AS build\nWORKDIR /app\nCOPY package.json ./\nRUN bun install\nCOPY . .\n"
                   "RUN bun build --compile --minify --sourcemap --outfile /app/server "
                   + entry + "\n\nFROM gcr.io/distroless/cc-debian13:nonroot\nWORKDIR /app\n"
                             "COPY --from=build /app/server ./server\nENTRYPOINT [\"/app/server\"]\n";
        };
        const CheckResult fits = check(compiled("app.js"));
        QVERIFY2(fits.findings.empty(), describe(fits).c_str());
        const CheckResult misspelt = check(compiled("index.ts"));
        QVERIFY2(rules(misspelt) == std::vector<std::string>{"run-reads"}, describe(misspelt).c_str());
        QVERIFY2(misspelt.findings.front().problem.find("'/app/index.ts'") != std::string::npos, describe(misspelt).c_str());
        // Without --outfile the executable is named after the entry, and /app/server is not there.
        std::string unnamed = compiled("app.js");
        unnamed.replace(unnamed.find("--outfile /app/server "), 22, "");
        const CheckResult missing = check(unnamed);
        QVERIFY2(rules(missing) == (std::vector<std::string>{"stage-path", "start-file"}), describe(missing).c_str());
    }

    void findsAMissingBindMountSource()
    {
        QVERIFY(QFile::remove(m_dir.path() + QStringLiteral("/package-lock.json")));
        const CheckResult result = check(nodeFits);
        QVERIFY2(rules(result) == std::vector<std::string>{"mount-source"}, describe(result).c_str());
        QCOMPARE(result.findings.front().line, 4);
        QVERIFY(result.findings.front().problem.find("package-lock.json") != std::string::npos);
    }

    void findsLoopbackServers()
    {
        const CheckResult result = check("FROM python:3.13\nWORKDIR /app\nCOPY . .\nEXPOSE 8000\n"
                                         "CMD [\"uvicorn\", \"app.main:app\", \"--port\", \"8000\"]\n");
        QVERIFY2(rules(result) == std::vector<std::string>{"bind"}, describe(result).c_str());
        QVERIFY(result.findings.front().advice.find("--host 0.0.0.0") != std::string::npos);
        const CheckResult env = check("FROM node:22\nWORKDIR /app\nCOPY . .\nENV HOST=localhost\nCMD [\"node\", \"app.js\"]\n");
        QCOMPARE(rules(env), std::vector<std::string>{"bind"});
        DetectionResult astro;
        astro.bindAddress = "127.0.0.1";
        astro.bindSetting = "env:HOST";
        const CheckResult model = check("FROM node:22\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"app.js\"]\n", &astro);
        QCOMPARE(rules(model), std::vector<std::string>{"bind"});
        QVERIFY(model.findings.front().advice.find("ENV HOST=0.0.0.0") != std::string::npos);
        const CheckResult fixed = check("FROM node:22\nWORKDIR /app\nCOPY . .\nENV HOST=0.0.0.0\nCMD [\"node\", \"app.js\"]\n", &astro);
        QVERIFY2(fixed.findings.empty(), describe(fixed).c_str());
    }

    void readsContinuationsEscapesAndHeredocs()
    {
        const CheckResult result = check("# escape=`\nFROM node:22\nWORKDIR /app\nCOPY package.json `\n  # comment\n  app.js ./\n"
                                         "RUN <<EOF\ncat > /app/x.js\nEOF\nCOPY <<EOF /app/y.txt\nhello\nEOF\nCMD [\"node\", \"app.js\"]\n");
        QVERIFY2(result.findings.empty(), describe(result).c_str());
        const CheckResult missing = check("FROM node:22\nWORKDIR /app\nCOPY package.json \\\n  nothere.js ./\n");
        QCOMPARE(rules(missing), std::vector<std::string>{"copy-source"});
        QCOMPARE(missing.findings.front().line, 3);
    }

    void substitutesKnownVariables()
    {
        const CheckResult result = check("ARG APP=app.js\nFROM node:22\nARG APP\nENV DIR=/srv\nWORKDIR ${DIR}\nCOPY ${APP} ./\n"
                                         "CMD [\"node\", \"/srv/app.js\"]\n");
        QVERIFY2(result.findings.empty(), describe(result).c_str());
        const CheckResult missing = check("FROM node:22\nENV F=gone.js\nCOPY $F ./\n");
        QCOMPARE(rules(missing), std::vector<std::string>{"copy-source"});
    }

    void findingTextNamesLineInstructionAndAdvice()
    {
        const CheckFinding finding{12, "COPY a\x1b b", "x is missing", "Add it.", "copy-source"};
        QCOMPARE(findingText(finding), std::string("line 12: COPY a\\x1b b: x is missing. Add it."));
    }

private:
    QTemporaryDir m_dir;

    CheckResult check(const std::string &dockerfile, const DetectionResult *project = nullptr)
    {
        return checkDockerfile({.dockerfile = dockerfile, .contextDir = m_dir.path().toStdString(),
                                .dockerignore = std::nullopt, .project = project});
    }
};

QTEST_GUILESS_MAIN(TestBuildCheck)
#include "tst_buildcheck.moc"
