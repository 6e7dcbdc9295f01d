// Reading another tool's Dockerfile for the size estimate: what each layer of the final
// image holds is told from its command, so a foreign file is priced by our rules.
#include "dockerfile/document.h"
#include "estimate/dockerfileread.h"
#include "estimate/imagedata.h"
#include "estimate/sizeestimate.h"

#include <QTest>

using namespace stagecraft;

namespace {

// The final stage's layers as "KEYWORD:holds" words, in order.
std::vector<std::string> finalLayers(const Document &document)
{
    std::vector<std::string> out;
    for (const Instruction &instruction : document.finalStage().instructions)
        out.push_back(instruction.keyword + ":" + instruction.holds);
    return out;
}

Document read(const std::string &text)
{
    const Outcome<Document> document = readDockerfileForEstimate(text);
    if (!document)
        qFatal("not read: %s", document.error().c_str());
    return document.value();
}

// The layout Fly's generator writes for a Node app with a build step.
const char *const flyStyle = R"(# syntax = docker/dockerfile:1
ARG NODE_VERSION=20.20.2
FROM node:${NODE_VERSION}-slim AS base
WORKDIR /app
ENV NODE_ENV="production"

FROM base AS build
RUN apt-get update -qq && \
    apt-get install --no-install-recommends -y build-essential python-is-python3
COPY package-lock.json package.json ./
RUN npm ci --include=dev
COPY . .
RUN npm run build
%PRUNE%

FROM base
COPY --from=build /app /app
EXPOSE 3000
CMD [ "npm", "run", "start" ]
)";

std::string flyFile(const std::string &prune)
{
    std::string text = flyStyle;
    text.replace(text.find("%PRUNE%"), 7, prune);
    return text;
}

} // namespace

class TestEstimateDockerfileRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeStageCopyCarriesEverythingItHolds()
    {
        const Document document = read(flyFile(""));
        QCOMPARE(document.stages.size(), std::size_t(3));
        QCOMPARE(document.stages[0].baseImage, std::string("node:20.20.2-slim"));
        QCOMPARE(document.finalStage().baseImage, std::string("base"));
        // npm ci --include=dev installs dev dependencies despite NODE_ENV=production.
        QCOMPARE(finalLayers(document), (std::vector<std::string>{"COPY:allDependencies", "COPY:sources", "COPY:buildOutput"}));
    }

    void pruneLeavesProductionDependencies()
    {
        const Document document = read(flyFile("RUN npm prune --omit=dev"));
        QCOMPARE(finalLayers(document), (std::vector<std::string>{"COPY:dependencies", "COPY:sources", "COPY:buildOutput"}));
    }

    void nodeEnvProductionMakesAnInstallProductionOnly()
    {
        const Document document = read("FROM node:22-alpine\nWORKDIR /app\nENV NODE_ENV=production\n"
                                       "COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n"
                                       "CMD [\"node\", \"index.js\"]\n");
        QCOMPARE(finalLayers(document), (std::vector<std::string>{"COPY:", "RUN:dependencies", "COPY:sources"}));
        const Document dev = read("FROM node:22-alpine\nRUN npm ci && npm run build\n");
        QCOMPARE(finalLayers(dev), (std::vector<std::string>{"RUN:allDependencies", "RUN:buildOutput"}));
    }

    void partialCopiesAreTheBuildOutputOrTheDependencies()
    {
        const Document document = read("FROM node:22 AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\n"
                                       "FROM gcr.io/distroless/nodejs22-debian12\nCOPY --from=build /src/node_modules ./node_modules\n"
                                       "COPY --from=build /src/dist ./dist\nCOPY --from=build /src/package.json ./\n"
                                       "COPY --from=oven/bun:1 /usr/local/bin/bun /usr/local/bin/bun\n");
        QCOMPARE(finalLayers(document),
                 (std::vector<std::string>{"COPY:allDependencies", "COPY:application", "COPY:", "COPY:"}));
    }

    // cargo fetch downloads the crates, cargo build compiles; the binary copied out of the
    // build stage is the application.
    void cargoFetchInstallsAndCargoBuildBuilds()
    {
        const Document naive = read("FROM rust:1.98-trixie\nWORKDIR /src\nCOPY Cargo.toml Cargo.lock ./\n"
                                    "RUN cargo fetch --locked\nCOPY . .\nRUN cargo build --release --locked\n");
        QCOMPARE(finalLayers(naive), (std::vector<std::string>{"COPY:", "RUN:allDependencies", "COPY:sources", "RUN:buildOutput"}));
        const Document multi = read("FROM rust:1.98-alpine3.24 AS build\nWORKDIR /src\nCOPY . .\n"
                                    "RUN cargo build --release && cp target/release/api /usr/local/bin/app\n"
                                    "FROM scratch\nCOPY --from=build /usr/local/bin/app /app\n");
        QCOMPARE(finalLayers(multi), (std::vector<std::string>{"COPY:application"}));
    }

    void unknownCommandsHoldNothingAndNoFromIsAnError()
    {
        const Document document = read("FROM alpine:3.23\nRUN echo hello > /greeting\n");
        QCOMPARE(finalLayers(document), (std::vector<std::string>{"RUN:"}));
        const Outcome<Document> none = readDockerfileForEstimate("RUN rm -rf /\n");
        QVERIFY(!none);
        QCOMPARE(none.error(), std::string("the Dockerfile has no FROM instruction"));
    }

    // Priced by the estimator, the pruned layout is smaller than the unpruned one, and a
    // patch tag finds its major tag's figures.
    void pricedByTheSameRules()
    {
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        std::vector<std::string> warnings;
        const ImageEstimate full = estimateImage(read(flyFile("")), "node", data, nullptr, warnings);
        const ImageEstimate pruned = estimateImage(read(flyFile("RUN npm prune --omit=dev")), "node", data, nullptr, warnings);
        QVERIFY2(warnings.empty(), warnings.empty() ? "" : warnings.front().c_str());
        QVERIFY(pruned.diskBytes < full.diskBytes);
        QVERIFY(data.find("node:20.20.2-slim") != nullptr);
        QCOMPARE(data.find("node:20.20.2-slim"), data.find("node:20-slim"));
        QCOMPARE(full.layers.front().diskBytes, data.find("node:20-slim")->disk.bytes);
    }
};

QTEST_GUILESS_MAIN(TestEstimateDockerfileRead)
#include "tst_estimatedockerfileread.moc"
