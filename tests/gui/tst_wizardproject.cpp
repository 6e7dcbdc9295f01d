// The wizard's project scan and size chart, through the real main window: a fixture
// folder pre-fills the later steps with evidence shown, a monorepo offers its projects,
// a scan can be cancelled, and the chart follows the base image.
#include "catalog/catalog.h"
#include "generate/generator.h"
#include "chart/sizechart.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/wizardstate.h"
#include "project/projectscanpanel.h"
#include "steps/reviewstep.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace stagecraft;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/") + QString::fromUtf8(name);
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromUtf8(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestWizardProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("go") && m_catalog.find("python") && m_catalog.find("node"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(m_catalog, m_repository);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void sizeChartSitsInThePreviewAndFollowsTheBase()
    {
        SizeChart *chart = m_window->sizeChart();
        QCOMPARE(chart->parentWidget(), m_window->sizeChartSlot());
        QVERIFY(chart->isVisibleTo(m_window.get()));
        QCOMPARE(m_window->config().stack, std::string("node"));
        QCOMPARE(m_window->config().base, std::string("alpine"));
        const QString alpineTotal = chart->totalText(SizeChart::Bar::MultiStage);
        const double alpineWidth = chart->barRect(SizeChart::Bar::MultiStage).width();
        QVERIFY(!alpineTotal.isEmpty());

        m_window->setCurrentStep(2);
        QTest::mouseClick(child<QRadioButton>(*m_window, "base_slim"), Qt::LeftButton, {}, QPoint(4, 4));
        QCOMPARE(m_window->config().base, std::string("slim"));
        QVERIFY(chart->totalText(SizeChart::Bar::MultiStage) != alpineTotal);
        QVERIFY(chart->barRect(SizeChart::Bar::MultiStage).width() > alpineWidth);
        QVERIFY(QString::fromStdString(chart->estimate().multiStage.baseImage).contains(QStringLiteral("slim")));
    }

    void aVersionThatRulesOutABaseDisablesItWithTheReason()
    {
        Config python = defaultConfig(*m_catalog.find("python"));
        python.base = "slim";
        python.languageVersion = "3.12";
        m_window->setConfig(python);
        m_window->setCurrentStep(2);
        auto *distroless = child<QRadioButton>(*m_window, "base_distroless");
        QVERIFY(!distroless->isEnabled());
        QVERIFY(distroless->accessibleName().contains(QStringLiteral("3.13")));
        python.languageVersion = "3.13";
        m_window->setConfig(python);
        QVERIFY(distroless->isEnabled());
    }

    void aFixtureFolderPreFillsTheLaterStepsWhenAsked()
    {
        const Config before = m_window->config();
        m_window->setProjectFolder(fixture("python-uv"));
        ProjectScanPanel *panel = m_window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        // The scan alone changes nothing: the user asks for its findings.
        QCOMPARE(m_window->config(), before);
        auto *apply = child<QPushButton>(*m_window, "applyScan");
        QVERIFY(apply->isVisibleTo(m_window.get()));
        apply->click();
        auto *applied = child<QLabel>(*m_window, "scanApplied");
        QVERIFY2(applied->text().contains(QStringLiteral("Stack")) && applied->text().contains(QStringLiteral("Runtime")),
                 qPrintable(applied->text()));

        QCOMPARE(m_window->config().stack, std::string("python"));
        QCOMPARE(m_window->config().packageManager, std::string("uv"));
        QCOMPARE(m_window->config().languageVersion, std::string("3.12"));
        QCOMPARE(m_window->config().startCommand, std::string("gunicorn app:app"));
        QCOMPARE(m_window->config().port, 8000);

        // The Stack step shows what the scan chose, and the user can still change it.
        m_window->setCurrentStep(1);
        auto *stack = child<QComboBox>(*m_window, "stack");
        auto *manager = child<QComboBox>(*m_window, "packageManager");
        QCOMPARE(stack->currentData().toString(), QStringLiteral("python"));
        QCOMPARE(manager->currentData().toString(), QStringLiteral("uv"));
        manager->setCurrentIndex(manager->findData(QStringLiteral("poetry")));
        QCOMPARE(m_window->config().packageManager, std::string("poetry"));

        // The evidence behind the conclusions is on the Project step.
        m_window->setCurrentStep(0);
        QApplication::processEvents();
        QVERIFY(panel->height() > 100);
        auto *evidence = child<QTreeWidget>(*m_window, "scanEvidence");
        QVERIFY(evidence->isVisibleTo(m_window.get()));
        const auto lockfile = evidence->findItems(QStringLiteral("lockfile uv.lock"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(lockfile.size(), 1);
        QCOMPARE(lockfile.front()->text(1), QStringLiteral("uv.lock"));
        QCOMPARE(lockfile.front()->text(2), QStringLiteral("certain"));
        QVERIFY(child<QLabel>(*m_window, "scanStatus")->text().contains(QStringLiteral("Python")));
        // Each finding is shown whole: its row is as tall as its text wrapped at the column's
        // width, and at this width some findings take more than one line.
        int wrapped = 0;
        for (QTreeWidgetItemIterator it(evidence, QTreeWidgetItemIterator::NoChildren); *it; ++it) {
            const QRect row = evidence->visualItemRect(*it);
            const int width = evidence->columnWidth(0) - 2 * evidence->indentation();
            const int needed = evidence->fontMetrics().boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap, (*it)->text(0)).height();
            QVERIFY2(row.height() >= needed, qPrintable((*it)->text(0)));
            wrapped += needed > evidence->fontMetrics().height() ? 1 : 0;
        }
        QVERIFY(wrapped > 0);
        // A measured project feeds the chart with measured layers.
        QVERIFY(panel->result()->measurement.has_value());
    }

    // Presentation mode on a 1280x720 projector: the step is narrow and its fonts large, and
    // the findings were cut to "..." while the file and confidence columns took the width.
    void findingsKeepTheirColumnInPresentationMode()
    {
        m_window->setProjectFolder(fixture("python-uv"));
        ProjectScanPanel *panel = m_window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        m_window->setPresentationMode(true);
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1280, 720);
        auto *evidence = child<QTreeWidget>(*m_window, "scanEvidence");
        QTRY_VERIFY2(evidence->columnWidth(0) >= evidence->viewport()->width() / 3,
                     qPrintable(QStringLiteral("%1 of %2 px").arg(evidence->columnWidth(0)).arg(evidence->viewport()->width())));
        QCOMPARE(evidence->columnWidth(0) + evidence->columnWidth(1) + evidence->columnWidth(2), evidence->viewport()->width());
        // A file name that does not fit is elided, and its tooltip has it whole.
        const auto lockfile = evidence->findItems(QStringLiteral("lockfile uv.lock"), Qt::MatchExactly | Qt::MatchRecursive, 0);
        QCOMPARE(lockfile.size(), 1);
        QCOMPARE(lockfile.front()->toolTip(1), QStringLiteral("uv.lock"));
        m_window->setPresentationMode(false);
    }

    void aFolderWithNoKnownStackSaysSoAndKeepsTheChoices()
    {
        const Config before = m_window->config();
        m_window->setProjectFolder(fixture("rust"));
        ProjectScanPanel *panel = m_window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        QCOMPARE(m_window->config(), before);
        QVERIFY2(child<QLabel>(*m_window, "scanStatus")->text().contains(QStringLiteral("Rust")),
                 qPrintable(child<QLabel>(*m_window, "scanStatus")->text()));
    }

    // A refusal the stack's options answer (a Maven project without Spring Boot) offers the
    // answer; taking it scans again with springBoot off, keeps the other findings, and the
    // findings then fill in the steps with that option set.
    void aRefusalOffersItsAnswer()
    {
        const Config before = m_window->config();
        m_window->setProjectFolder(fixture("java-maven-plain"));
        ProjectScanPanel *panel = m_window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        QVERIFY(!panel->result()->config);
        QVERIFY2(child<QLabel>(*m_window, "scanStatus")->text().startsWith(QStringLiteral("A Java project without Spring Boot")),
                 qPrintable(child<QLabel>(*m_window, "scanStatus")->text()));
        QVERIFY(!child<QPushButton>(*m_window, "applyScan")->isVisibleTo(m_window.get()));
        auto *answer = child<QPushButton>(*m_window, "answerRefusal");
        QVERIFY(answer->isVisibleTo(m_window.get()));
        QVERIFY2(answer->text().contains(QStringLiteral("“Spring Boot jar” off")), qPrintable(answer->text()));

        answer->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        QVERIFY(panel->result()->config);
        QCOMPARE(panel->result()->config->options.at("springBoot"), std::string("false"));
        QCOMPARE(panel->result()->config->options.at("wrapper"), std::string("false"));
        QVERIFY(!answer->isVisibleTo(m_window.get()));
        QCOMPARE(m_window->config(), before);
        child<QPushButton>(*m_window, "applyScan")->click();
        QCOMPARE(m_window->config().stack, std::string("java"));
        QCOMPARE(m_window->config().options.at("springBoot"), std::string("false"));
        // The refusal is kept as a note, and a new folder starts without the answer.
        QVERIFY(child<QLabel>(*m_window, "scanWarnings")->text().contains(QStringLiteral("without Spring Boot")));
        m_window->setProjectFolder(fixture("python-uv"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        m_window->setProjectFolder(fixture("java-maven-plain"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        QVERIFY(!panel->result()->config);
        QVERIFY(answer->isVisibleTo(m_window.get()));
    }

    void aMonorepoOffersItsProjects()
    {
        m_window->setProjectFolder(fixture("multi-go"));
        ProjectScanPanel *panel = m_window->projectScanPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result().has_value() && !panel->isScanning(), 20000);
        auto *picker = child<QComboBox>(*m_window, "projectPicker");
        QVERIFY(picker->isVisibleTo(m_window.get()));
        QCOMPARE(picker->count(), 2);
        QCOMPARE(picker->itemData(1).toString(), QStringLiteral("services/worker"));

        picker->setCurrentIndex(1);
        Q_EMIT picker->activated(1);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning() && panel->result() && panel->result()->detection.project == "services/worker", 20000);
        child<QPushButton>(*m_window, "applyScan")->click();
        QCOMPARE(m_window->config().stack, std::string("go"));
        // The Dockerfile belongs in that project's folder.
        QCOMPARE(m_window->findChild<ReviewStep *>()->folder(), QDir(fixture("multi-go")).filePath(QStringLiteral("services/worker")));
        QVERIFY(child<QLabel>(*m_window, "scanStatus")->text().contains(QStringLiteral("services/worker")));
    }

    void aLongScanCanBeCancelled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile manifest(dir.filePath(QStringLiteral("package.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\"name\": \"big\", \"dependencies\": {}}");
        manifest.close();
        for (int d = 0; d < 40; ++d) {
            const QString sub = dir.filePath(QStringLiteral("src/d%1").arg(d));
            QVERIFY(QDir().mkpath(sub));
            for (int f = 0; f < 500; ++f) {
                QFile file(sub + QStringLiteral("/f%1.js").arg(f));
                QVERIFY(file.open(QIODevice::WriteOnly));
            }
        }
        const Config before = m_window->config();
        m_window->setProjectFolder(dir.path());
        ProjectScanPanel *panel = m_window->projectScanPanel();
        auto *cancel = child<QPushButton>(*m_window, "cancelScan");
        // The result arrives through the event loop, so the scan is still running here.
        m_window->setCurrentStep(0);
        QVERIFY(panel->isScanning());
        QVERIFY(cancel->isVisibleTo(m_window.get()));
        QVERIFY(child<QProgressBar>(*m_window, "scanProgress")->isVisibleTo(m_window.get()));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isScanning(), 20000);
        QVERIFY(!panel->result().has_value());
        QCOMPARE(m_window->config(), before);
        QVERIFY(!cancel->isVisibleTo(m_window.get()));
    }

private:
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardProject)
#include "tst_wizardproject.moc"
