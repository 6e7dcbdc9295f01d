// Golden tests: each folder under tests/golden holds a preset and the exact Dockerfile,
// single-stage Dockerfile and .dockerignore it must produce. These files are the product,
// reviewed line by line; a change in output shows up here as a unified diff.
//
// Regenerate after an intended change, then review the diff in git:
//   STAGECRAFT_UPDATE_GOLDEN=1 ./packaging/dev test
#include "catalog/catalog.h"
#include "config/config.h"
#include "dockerfile/document.h"
#include "generate/generator.h"
#include "../support/golden.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QString goldenRoot()
{
    return QStringLiteral(STAGECRAFT_TESTS_DIR "/golden");
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY2(m_catalog.issues().empty(), m_catalog.issues().empty() ? "" : m_catalog.issues().front().toString().c_str());
        QVERIFY2(!folders().isEmpty(), "no golden folders found");
    }

    void matchesCheckedInFiles_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &name : folders())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void matchesCheckedInFiles()
    {
        QFETCH(QString, folder);
        const QDir dir(goldenRoot() + QLatin1Char('/') + folder);
        Outcome<Config> config = loadPreset(dir.filePath(QStringLiteral("preset.json")).toStdString(), m_catalog);
        QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
        Outcome<Generated> generated = generate(m_catalog, config.value());
        QVERIFY2(generated.ok(), generated.ok() ? "" : generated.error().c_str());

        const std::pair<QString, std::string> outputs[] = {
            {QStringLiteral("Dockerfile"), render(generated->multiStage).text},
            {QStringLiteral("Dockerfile.single"), render(generated->singleStage).text},
            {QStringLiteral("dockerignore"), generated->dockerignore},
        };
        QStringList failures;
        for (const auto &[name, text] : outputs) {
            if (const QString difference = goldenDifference(dir.filePath(name), QByteArray::fromStdString(text)); !difference.isEmpty())
                failures << difference;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("generated output differs from %1 "
                                                               "(STAGECRAFT_UPDATE_GOLDEN=1 regenerates; review the diff):\n")
                                                    .arg(folder)
                                                + failures.join(QLatin1Char('\n'))));
    }

    // Every stack the product ships has reviewed output for its defaults and each base it supports.
    void everyStackAndBaseHasAGolden()
    {
        std::set<std::pair<std::string, std::string>> covered;
        std::set<std::string> defaultsCovered;
        for (const QString &folder : folders()) {
            Outcome<Config> config = loadPreset(QDir(goldenRoot()).filePath(folder + QStringLiteral("/preset.json")).toStdString(), m_catalog);
            QVERIFY2(config.ok(), config.ok() ? "" : config.error().c_str());
            covered.insert({config->stack, config->base});
            if (config.value() == defaultConfig(*m_catalog.find(config->stack)))
                defaultsCovered.insert(config->stack);
        }
        for (const StackDefinition &stack : m_catalog.stacks()) {
            if (stack.sourceFile.rfind(":/templates/", 0) != 0)
                continue; // a user's own stack
            QVERIFY2(defaultsCovered.count(stack.id), qPrintable(QStringLiteral("no golden with the defaults of ") + QString::fromStdString(stack.id)));
            for (const Choice &base : stack.bases) {
                if (base.unsupported.empty())
                    QVERIFY2(covered.count({stack.id, base.id}),
                             qPrintable(QStringLiteral("no golden for %1 on %2").arg(QString::fromStdString(stack.id), QString::fromStdString(base.id))));
            }
        }
    }

private:
    static QStringList folders()
    {
        return presetGoldenFolders();
    }

    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
