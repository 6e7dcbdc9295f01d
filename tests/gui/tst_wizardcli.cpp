// The wizard and the command line look at a project folder through the same core function:
// for the same folder they reach the same Config, the same Dockerfile and the same
// measured build context (they used to measure with different .dockerignore files).
#include "../cli/clirun.h"
#include "../support/testfiles.h"
#include "wizardfixture.h"

#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/sizeestimate.h"
#include "mainwindow/wizardstate.h"
#include "project/projectscanpanel.h"

#include <KSyntaxHighlighting/Repository>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;
using namespace wizardtest;

class TestWizardCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
    }

    void sameFolderSameAnswers_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("ownDockerignore");
        const QString projects = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/projects/");
        QTest::newRow("python-django") << projects + QStringLiteral("python-django") << false;
        QTest::newRow("node-nestjs") << projects + QStringLiteral("node-nestjs") << false;
        // Its own .dockerignore keeps node_modules in the context; the generated one, which
        // export writes beside the Dockerfile, leaves it out. Both sides measure the latter.
        QTest::newRow("node-nestjs, own .dockerignore") << projects + QStringLiteral("node-nestjs") << true;
    }

    void sameFolderSameAnswers()
    {
        QFETCH(QString, folder);
        QFETCH(bool, ownDockerignore);
        QTemporaryDir copy;
        if (ownDockerignore) {
            for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::copy(folder + QLatin1Char('/') + name, copy.filePath(name)));
            QVERIFY(QDir().mkpath(copy.filePath(QStringLiteral("src"))));
            for (const QString &name : QDir(folder + QStringLiteral("/src")).entryList(QDir::Files))
                QVERIFY(QFile::copy(folder + QStringLiteral("/src/") + name, copy.filePath(QStringLiteral("src/")) + name));
            writeFile(copy.filePath(QStringLiteral(".dockerignore")), "README.md\n");
            QVERIFY(QDir().mkpath(copy.filePath(QStringLiteral("node_modules/left-pad"))));
            writeFile(copy.filePath(QStringLiteral("node_modules/left-pad/index.js")), QByteArray(50000, 'x'));
            folder = copy.path();
        }
        Answers answers;
        auto window = makeWindow(m_catalog, m_repository, answers);
        window->setProjectFolder(folder);
        ProjectScanPanel *panel = window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 30000);
        child<QPushButton>(*window, "applyScan")->click();
        const WizardState &state = window->state();

        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("cli.json"));
        const CliRun generated = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--project"), folder,
                                                  QStringLiteral("--save-preset"), preset});
        QVERIFY2(generated.code == 0, qPrintable(generated.err));
        QCOMPARE(loadPreset(preset.toStdString(), m_catalog).value(), state.config());
        QCOMPARE(generated.out, previewText(*window));

        const CliRun estimated = runCliCapturing({QStringLiteral("estimate"), QStringLiteral("--project"), folder, QStringLiteral("--json")});
        QVERIFY2(estimated.code == 0, qPrintable(estimated.err));
        QVERIFY(state.measurement() != nullptr);
        const Generated &documents = state.generated().value();
        const SizeEstimate wizard = estimateSizes(documents.singleStage, documents.multiStage, state.config().stack,
                                                  ImageSizeData::loadDefault(), state.measurement());
        // The command's JSON is the wizard's estimate with the output's schemaVersion.
        nlohmann::json printed = nlohmann::json::parse(estimated.out.toStdString());
        QCOMPARE(printed["schemaVersion"].get<int>(), 1);
        printed.erase("schemaVersion");
        QCOMPARE(QString::fromStdString(printed.dump(2)), QString::fromStdString(toJson(wizard).dump(2)));
        // The context is what the generated .dockerignore leaves: no node_modules.
        QVERIFY(state.measurement()->context.bytes < 50000);
    }

private:
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
};

QTEST_MAIN(TestWizardCli)
#include "tst_wizardcli.moc"
