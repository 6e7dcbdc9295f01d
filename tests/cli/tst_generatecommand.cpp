// `stagecraft generate` in-process: stdout, --output with its overwrite rules, presets, and
// every bad input of the contract (exit 2, one line on stderr, nothing written).
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "clirun.h"
#include "config/config.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

using Run = testing::CliRun;

Run run(QStringList args)
{
    args.prepend(QStringLiteral("generate"));
    return testing::runCliCapturing(args);
}

} // namespace

class TestGenerateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
        m_catalog = Catalog::loadDefault();
    }

    void printsTheDockerfileOfTheConfiguration()
    {
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--package-manager"), QStringLiteral("pnpm"),
                           QStringLiteral("--base"), QStringLiteral("alpine"), QStringLiteral("--port"), QStringLiteral("8080")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        Config config = defaultConfig(*m_catalog.find("node"));
        config.packageManager = "pnpm";
        config.base = "alpine";
        config.port = 8080;
        QCOMPARE(r.out.toStdString(), render(generate(m_catalog, config)->multiStage).text);
        QVERIFY(r.out.startsWith(QStringLiteral("# syntax=docker/dockerfile:1\n")));
        QVERIFY(r.out.contains(QStringLiteral("EXPOSE 8080\n")));
    }

    void singleStageAndFlagsOverrideEachOther()
    {
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("nextjs"), QStringLiteral("--single-stage"), QStringLiteral("--no-non-root"),
                           QStringLiteral("--non-root"), QStringLiteral("--uid"), QStringLiteral("20000")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("\nFROM ")) + (r.out.startsWith(QStringLiteral("FROM ")) ? 1 : 0), 1);
        QVERIFY(r.out.contains(QStringLiteral("USER 20000:20000\n"))); // --uid alone sets the gid too
    }

    void outputWritesTheDockerfileAndDockerignore()
    {
        QTemporaryDir folder;
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--output"), folder.path()});
        QCOMPARE(r.code, 0);
        QCOMPARE(entries(folder.path()), (QStringList{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile")}));
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("node"))).value();
        QCOMPARE(readFile(folder.filePath(QStringLiteral("Dockerfile"))).toStdString(), render(generated.multiStage).text);
        QCOMPARE(readFile(folder.filePath(QStringLiteral(".dockerignore"))).toStdString(), generated.dockerignore);
        QVERIFY(r.out.contains(QStringLiteral("wrote ")));
    }

    void refusesToOverwriteWithoutForce()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("Dockerfile")), "FROM busybox:1.37\n");
        const QString preset = folder.filePath(QStringLiteral("preset.json"));
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--output"), folder.path(),
                           QStringLiteral("--save-preset"), preset});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(readFile(folder.filePath(QStringLiteral("Dockerfile"))), QByteArray("FROM busybox:1.37\n"));
        QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("Dockerfile")}); // no .dockerignore, no preset
    }

    void forceKeepsABackupOfTheOldFile()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("Dockerfile")), "FROM busybox:1.37\n");
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--output"), folder.path(), QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readFile(folder.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))), QByteArray("FROM busybox:1.37\n"));
        QVERIFY(readFile(folder.filePath(QStringLiteral("Dockerfile"))).startsWith("# syntax=docker/dockerfile:1\n"));
        QVERIFY(r.out.contains(QStringLiteral("kept the previous file as ")));

        // A second forced run keeps the first backup and adds another.
        writeFile(folder.filePath(QStringLiteral("Dockerfile")), "FROM busybox:1.36\n");
        QCOMPARE(run({QStringLiteral("--stack"), QStringLiteral("node"), QStringLiteral("--output"), folder.path(), QStringLiteral("--force")}).code, 0);
        QCOMPARE(readFile(folder.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))), QByteArray("FROM busybox:1.37\n"));
        const QStringList backups = QDir(folder.path()).entryList({QStringLiteral("Dockerfile.stagecraft-backup*")}, QDir::Files);
        QCOMPARE(backups.size(), 2);
    }

    void badInputExitsWithTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString stack = QStringLiteral("--stack");
        const QString node = QStringLiteral("node");
        QTest::addRow("no stack") << QStringList{} << QStringLiteral("choose a stack");
        QTest::addRow("unknown stack") << QStringList{stack, QStringLiteral("cobol")} << QStringLiteral("unknown stack 'cobol'");
        QTest::addRow("unknown package manager") << QStringList{stack, node, QStringLiteral("--package-manager"), QStringLiteral("maven")}
                                                 << QStringLiteral("unknown package manager 'maven'");
        QTest::addRow("unsupported base") << QStringList{stack, QStringLiteral("nextjs"), QStringLiteral("--base"), QStringLiteral("scratch")}
                                          << QStringLiteral("Next.js cannot use the scratch base: ");
        QTest::addRow("unknown base") << QStringList{stack, node, QStringLiteral("--base"), QStringLiteral("busybox")} << QStringLiteral("unknown base 'busybox'");
        QTest::addRow("unknown version") << QStringList{stack, node, QStringLiteral("--language-version"), QStringLiteral("18")}
                                         << QStringLiteral("unsupported language version '18'");
        QTest::addRow("port 0") << QStringList{stack, node, QStringLiteral("--port"), QStringLiteral("0")} << QStringLiteral("port 0 is outside 1-65535");
        QTest::addRow("port 65536") << QStringList{stack, node, QStringLiteral("--port"), QStringLiteral("65536")} << QStringLiteral("port 65536 is outside 1-65535");
        QTest::addRow("port text") << QStringList{stack, node, QStringLiteral("--port"), QStringLiteral("http")} << QStringLiteral("--port needs a whole number");
        QTest::addRow("uid 0") << QStringList{stack, node, QStringLiteral("--uid"), QStringLiteral("0")} << QStringLiteral("uid 0 is outside 1-2147483647");
        QTest::addRow("uid too big") << QStringList{stack, node, QStringLiteral("--uid"), QStringLiteral("2147483648")} << QStringLiteral("--uid 2147483648 is out of range");
        QTest::addRow("uid of the node user") << QStringList{stack, node, QStringLiteral("--uid"), QStringLiteral("1000")}
                                              << QStringLiteral("uid 1000 is taken by the node user and group of the Node.js images");
        QTest::addRow("gid of the node group") << QStringList{stack, QStringLiteral("nextjs"), QStringLiteral("--gid"), QStringLiteral("1000")}
                                               << QStringLiteral("gid 1000 is taken by the node user and group of the Node.js images");
        QTest::addRow("uid negative") << QStringList{stack, node, QStringLiteral("--uid"), QStringLiteral("-5")} << QStringLiteral("--uid -5 is out of range");
        QTest::addRow("shell pipe") << QStringList{stack, node, QStringLiteral("--start-command"), QStringLiteral("node a.js | tee log")}
                                    << QStringLiteral("the start command contains '|'");
        QTest::addRow("shell and") << QStringList{stack, node, QStringLiteral("--start-command"), QStringLiteral("npm run migrate && node a.js")}
                                   << QStringLiteral("the start command contains '&'");
        QTest::addRow("variable") << QStringList{stack, node, QStringLiteral("--start-command"), QStringLiteral("node \"$ENTRY\"")}
                                  << QStringLiteral("the start command uses shell expansion");
        QTest::addRow("empty start") << QStringList{stack, node, QStringLiteral("--start-command"), QStringLiteral("  ")} << QStringLiteral("the start command is empty");
        QTest::addRow("unknown flag") << QStringList{stack, node, QStringLiteral("--ports"), QStringLiteral("80")} << QStringLiteral("unknown option '--ports'");
        QTest::addRow("healthcheck of a compiled deno") << QStringList{stack, QStringLiteral("deno"), QStringLiteral("--base"), QStringLiteral("distroless"),
                                                                      QStringLiteral("--option"), QStringLiteral("compile=true"), QStringLiteral("--healthcheck")}
                                                        << QStringLiteral("no healthcheck with compile=true: the image holds only the compiled executable and tini");
        QTest::addRow("healthcheck of a compiled bun") << QStringList{stack, QStringLiteral("bun"), QStringLiteral("--base"), QStringLiteral("distroless"),
                                                                     QStringLiteral("--option"), QStringLiteral("compile=true"), QStringLiteral("--healthcheck")}
                                                       << QStringLiteral("no healthcheck with compile=true: the image holds only the compiled executable: no bun");
        QTest::addRow("bun compiled for alpine") << QStringList{stack, QStringLiteral("bun"), QStringLiteral("--base"), QStringLiteral("alpine"),
                                                               QStringLiteral("--option"), QStringLiteral("compile=true")}
                                                 << QStringLiteral("Bun cannot use the alpine base: on Alpine, bun build --compile writes a musl executable");
        QTest::addRow("bun compile entry outside the project") << QStringList{stack, QStringLiteral("bun"), QStringLiteral("--base"), QStringLiteral("slim"),
                                                                             QStringLiteral("--option"), QStringLiteral("compile=true"),
                                                                             QStringLiteral("--option"), QStringLiteral("entry=../server.ts")}
                                                               << QStringLiteral("Entry module (compile) '../server.ts' is not valid");
        QTest::addRow("start command of a compiled deno") << QStringList{stack, QStringLiteral("deno"), QStringLiteral("--option"), QStringLiteral("compile=true"),
                                                                        QStringLiteral("--start-command"), QStringLiteral("deno run --allow-net main.ts")}
                                                          << QStringLiteral("--start-command has no effect with compile=true: the image starts /app/server");
        QTest::addRow("start command of a compiled bun") << QStringList{stack, QStringLiteral("bun"), QStringLiteral("--base"), QStringLiteral("slim"),
                                                                       QStringLiteral("--start-command"), QStringLiteral("bun run index.ts"),
                                                                       QStringLiteral("--option"), QStringLiteral("compile=true")}
                                                         << QStringLiteral("--start-command has no effect with compile=true");
        QTest::addRow("missing preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("/nonexistent/preset.json")}
                                        << QStringLiteral("/nonexistent/preset.json: cannot read the preset");
    }

    void badInputExitsWithTwoAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QString preset = folder.filePath(QStringLiteral("saved.json"));
        const QString output = folder.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(output));
        const Run r = run(args + QStringList{QStringLiteral("--output"), output, QStringLiteral("--save-preset"), preset});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("stagecraft generate: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(entries(output), QStringList());
        QVERIFY(!QFile::exists(preset));
    }

    void missingOutputFolderIsBadInput()
    {
        QTemporaryDir folder;
        const QString missing = folder.filePath(QStringLiteral("not-there"));
        const Run r = run({QStringLiteral("--stack"), QStringLiteral("go"), QStringLiteral("--output"), missing});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("stagecraft generate: --output %1 is not an existing folder\n").arg(missing));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void malformedPresetsExitWithTwo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("not JSON") << QByteArray("{\"stack\": \"node\",") << QStringLiteral("not valid JSON");
        QTest::addRow("no stack") << QByteArray("{\"port\": 80}") << QStringLiteral("a preset names its stack");
        QTest::addRow("unknown stack") << QByteArray("{\"stack\": \"cobol\"}") << QStringLiteral("unknown stack 'cobol'");
        QTest::addRow("unknown key") << QByteArray("{\"stack\": \"node\", \"prot\": 80}") << QStringLiteral("unknown key 'prot'");
        QTest::addRow("wrong type") << QByteArray("{\"stack\": \"node\", \"port\": \"80\"}") << QStringLiteral("'port' must be a whole number");
        QTest::addRow("bad value") << QByteArray("{\"stack\": \"node\", \"port\": 70000}") << QStringLiteral("port 70000 is outside 1-65535");
        QTest::addRow("bad base") << QByteArray("{\"stack\": \"node\", \"base\": \"scratch\"}") << QStringLiteral("cannot use the scratch base");
    }

    void malformedPresetsExitWithTwo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QString preset = folder.filePath(QStringLiteral("preset.json"));
        writeFile(preset, content);
        const Run r = run({QStringLiteral("--preset"), preset});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("preset.json")});
    }

    void savedPresetsRoundTrip()
    {
        QTemporaryDir folder;
        const QString preset = folder.filePath(QStringLiteral("preset.json"));
        const QStringList flags{QStringLiteral("--stack"), QStringLiteral("nextjs"), QStringLiteral("--package-manager"), QStringLiteral("bun"),
                                QStringLiteral("--language-version"), QStringLiteral("22"), QStringLiteral("--base"), QStringLiteral("distroless"),
                                QStringLiteral("--no-cache-mounts"), QStringLiteral("--port"), QStringLiteral("4000"), QStringLiteral("--healthcheck")};
        const Run first = run(flags + QStringList{QStringLiteral("--save-preset"), preset});
        QCOMPARE(first.code, 0);
        QVERIFY(QFile::exists(preset));

        Outcome<Config> loaded = loadPreset(preset.toStdString(), m_catalog);
        QVERIFY2(loaded.ok(), loaded.error().c_str());
        QCOMPARE(loaded->stack, std::string("nextjs"));
        QCOMPARE(loaded->packageManager, std::string("bun"));
        QCOMPARE(loaded->languageVersion, std::string("22"));
        QCOMPARE(loaded->base, std::string("distroless"));
        QCOMPARE(loaded->cacheMounts, false);
        QCOMPARE(loaded->port, 4000);
        QCOMPARE(loaded->healthcheck, true);

        const Run again = run({QStringLiteral("--preset"), preset});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, first.out);

        // Flags override the preset.
        const Run overridden = run({QStringLiteral("--preset"), preset, QStringLiteral("--port"), QStringLiteral("4001")});
        QCOMPARE(overridden.code, 0);
        QVERIFY(overridden.out.contains(QStringLiteral("EXPOSE 4001\n")));
        QVERIFY(!overridden.out.contains(QStringLiteral("EXPOSE 4000\n")));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestGenerateCommand)
#include "tst_generatecommand.moc"
