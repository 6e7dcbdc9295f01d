// The annotated export and the handout in the wizard: the Review step's check box (kept in
// the configuration, presets and the settings), and File > Export handout.
#include "../support/testfiles.h"
#include "wizardfixture.h"

#include "chart/sizechart.h"
#include "dockerfile/annotate.h"
#include "handout/handout.h"
#include "mainwindow/wizardstate.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace stagecraft;
using namespace stagecraft::testing;
using namespace wizardtest;

class TestWizardHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        m_catalog = testCatalog();
    }

    void init()
    {
        QSettings().remove(QStringLiteral("export/comments"));
        m_window = makeWindow(m_catalog, m_repository, m_answers = Answers());
    }
    void cleanup() { m_window.reset(); }

    void theCheckBoxWritesTheExplanationsAndIsRemembered()
    {
        QTemporaryDir dir;
        m_window->setProjectFolder(dir.path());
        clickStep(*m_window, m_window->stepCount() - 1);
        auto *comments = child<QCheckBox>(*m_window, "writeComments");
        QVERIFY(comments->isVisible());
        QVERIFY(!comments->isChecked());
        QCOMPARE(m_window->config().comments, false);
        clickButton(comments);
        QVERIFY(comments->isChecked());
        QCOMPARE(m_window->config().comments, true);
        QCOMPARE(QSettings().value(QStringLiteral("export/comments")).toBool(), true);

        QSignalSpy finished(comments->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); // a worker plans and writes
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const Generated &generated = m_window->state().generated().value();
        QCOMPARE(readFile(dir.filePath(QStringLiteral("Dockerfile"))).toStdString(), annotate(generated.multiStage).text);

        // The next session starts with the box ticked.
        m_window.reset();
        m_window = makeWindow(m_catalog, m_repository, m_answers);
        comments = child<QCheckBox>(*m_window, "writeComments");
        QVERIFY(comments->isChecked());
        QCOMPARE(m_window->config().comments, true);
        clickStep(*m_window, m_window->stepCount() - 1);
        clickButton(comments);
        QCOMPARE(m_window->config().comments, false);
        QCOMPARE(QSettings().value(QStringLiteral("export/comments")).toBool(), false);
    }

    void presetsKeepTheChoice()
    {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("class.json"));
        clickStep(*m_window, m_window->stepCount() - 1);
        auto *comments = child<QCheckBox>(*m_window, "writeComments");
        clickButton(comments);
        m_answers.saveFile = preset;
        child<QAction>(*m_window, "savePresetAction")->trigger();
        QVERIFY(readFile(preset).contains("\"comments\": true"));

        clickButton(comments);
        QCOMPARE(m_window->config().comments, false);
        QVERIFY(m_window->loadPresetFile(preset));
        QCOMPARE(m_window->config().comments, true);
        QVERIFY(comments->isChecked()); // the box follows the loaded preset
        QVERIFY(m_answers.errors.isEmpty());
    }

    void aScanKeepsTheChoice()
    {
        clickStep(*m_window, m_window->stepCount() - 1);
        clickButton(child<QCheckBox>(*m_window, "writeComments"));
        ProjectScan scan;
        scan.projectFolder = STAGECRAFT_TESTS_DIR "/fixtures/projects/go-nosum";
        scan.config = defaultConfig(*m_catalog.find("go"));
        m_window->state().setScan(scan);
        m_window->state().applyScan();
        QCOMPARE(m_window->config().stack, std::string("go"));
        QCOMPARE(m_window->config().comments, true);
    }

    void theHandoutIsThePageOfTheCurrentChoices()
    {
        Config config = defaultConfig(*m_catalog.find("python"));
        config.base = "distroless";
        m_window->setConfig(config);
        QTemporaryDir dir;
        m_answers.saveFile = dir.filePath(QStringLiteral("handout.html"));
        QAction *action = child<QAction>(*m_window, "exportHandoutAction");
        QCOMPARE(action->text(), QStringLiteral("Export &handout…"));
        action->trigger();
        QVERIFY2(m_answers.errors.isEmpty(), qPrintable(m_answers.errors.join(QLatin1Char('\n'))));
        const QByteArray page = readFile(m_answers.saveFile);
        // The chart in the page is the estimate the window's chart shows.
        const std::string expected = handoutHtml(m_catalog, m_window->config(), m_window->state().generated().value(),
                                                 m_window->sizeChart()->estimate(), m_repository);
        QCOMPARE(page.toStdString(), expected);
        QVERIFY(page.contains("<section class=\"variant multi-stage\">"));
        QVERIFY(page.contains("<section class=\"variant single-stage\">"));
        QVERIFY(page.contains("<svg class=\"size-chart\""));
        QVERIFY(page.contains("distroless"));

        // Exporting again over it keeps the old page as a backup (the file dialog asked first).
        m_window->setConfig(defaultConfig(*m_catalog.find("go")));
        action->trigger();
        QCOMPARE(readFile(m_answers.saveFile + QStringLiteral(".stagecraft-backup")), page);
        QVERIFY(readFile(m_answers.saveFile) != page);
    }

    void aHandoutThatCannotBeWrittenSaysWhy()
    {
        QTemporaryDir dir;
        m_answers.saveFile = dir.filePath(QStringLiteral("missing/handout.html"));
        child<QAction>(*m_window, "exportHandoutAction")->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QCOMPARE(entries(dir.path()), QStringList());

        // Cancelling the file dialog writes nothing and asks nothing more.
        m_answers.errors.clear();
        m_answers.saveFile.clear();
        child<QAction>(*m_window, "exportHandoutAction")->trigger();
        QVERIFY(m_answers.errors.isEmpty());
    }

    void aConfigurationThatDoesNotGenerateHasNoHandout()
    {
        Config config = m_window->config();
        config.startCommand = "node server.js && rm -rf /";
        m_window->setConfig(config);
        QVERIFY(!m_window->state().generated().ok());
        QTemporaryDir dir;
        m_answers.saveFile = dir.filePath(QStringLiteral("handout.html"));
        child<QAction>(*m_window, "exportHandoutAction")->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors.front().startsWith(QStringLiteral("Fix this first: ")), qPrintable(m_answers.errors.front()));
        QCOMPARE(entries(dir.path()), QStringList());
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardHandout)
#include "tst_wizardhandout.moc"
