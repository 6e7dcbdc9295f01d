// A preset's schemaVersion: written on save; on load a preset without one is the current
// version, the older "format": 1 still loads, and a newer or impossible version is refused
// with one line and exit 2, before any of its keys is judged.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "clirun.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

class TestPresetVersion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const nlohmann::json &preset)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        writeFile(path, QByteArray::fromStdString(preset.dump()));
        return path;
    }

    static CliRun generateFrom(const QString &preset)
    {
        return runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
    }

    void savingWritesTheSchemaVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        const CliRun saved = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                              QStringLiteral("--port"), QStringLiteral("9000"), QStringLiteral("--save-preset"), path});
        QCOMPARE(saved.code, 0);
        const nlohmann::json json = nlohmann::json::parse(readFile(path).toStdString());
        QCOMPARE(json["schemaVersion"].get<int>(), 1);
        QVERIFY(!json.contains("format"));
        const CliRun loaded = generateFrom(path);
        QCOMPARE(loaded.code, 0);
        QVERIFY(loaded.out.contains(QStringLiteral("EXPOSE 9000\n")));
    }

    void olderPresetsLoad_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addRow("no version") << QString();
        QTest::addRow("format 1") << QStringLiteral("format");
        QTest::addRow("schemaVersion 1") << QStringLiteral("schemaVersion");
    }

    void olderPresetsLoad()
    {
        QFETCH(QString, version);
        nlohmann::json preset{{"stack", "go"}, {"port", 9100}};
        if (!version.isEmpty())
            preset[version.toStdString()] = 1;
        const CliRun r = generateFrom(write("older.json", preset));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("EXPOSE 9100\n")));
    }

    void otherVersionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("preset");
        QTest::addColumn<QString>("message");
        // A newer preset may carry keys this version does not know: the version is the reason given.
        QTest::addRow("newer") << QByteArray(R"({"schemaVersion": 2, "stack": "go", "buildArgs": {}})")
                               << QStringLiteral("'schemaVersion' 2 is newer than this stagecraft reads (1); update stagecraft");
        QTest::addRow("newer format") << QByteArray(R"({"format": 3, "stack": "go"})")
                                      << QStringLiteral("'format' 3 is newer than this stagecraft reads (1)");
        QTest::addRow("zero") << QByteArray(R"({"schemaVersion": 0, "stack": "go"})") << QStringLiteral("'schemaVersion' 0 is not a preset version");
        QTest::addRow("negative") << QByteArray(R"({"schemaVersion": -1, "stack": "go"})")
                                  << QStringLiteral("'schemaVersion' -1 is not a preset version");
        QTest::addRow("text") << QByteArray(R"({"schemaVersion": "1", "stack": "go"})") << QStringLiteral("'schemaVersion' must be a whole number");
        QTest::addRow("both") << QByteArray(R"({"schemaVersion": 1, "format": 1, "stack": "go"})")
                              << QStringLiteral("give 'schemaVersion' or the older 'format', not both");
    }

    void otherVersionsAreRefused()
    {
        QFETCH(QByteArray, preset);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("refused.json"));
        writeFile(path, preset);
        const CliRun r = generateFrom(path);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("stagecraft generate: %1: ").arg(path)), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPresetVersion)
#include "tst_presetversion.moc"
