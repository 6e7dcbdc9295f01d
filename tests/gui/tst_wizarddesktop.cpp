// The wizard as an installed desktop program: settings under the organisation's name (and
// moved from where earlier builds left them), one data folder, a window icon, problems
// with the user's data shown in a banner, the View and Help menus, and presentation mode
// scaling every font.
#include "wizardfixture.h"

#include "chart/sizechart.h"
#include "common/appidentity.h"
#include "common/version.h"
#include "estimate/imagedata.h"
#include "../support/darkpalette.h"
#include "mainwindow/application.h"
#include "mainwindow/indicatorstyle.h"
#include "mainwindow/problembanner.h"
#include "preview/previewpanel.h"
#include "project/projectscanpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>

using namespace stagecraft;
using namespace wizardtest;

class TestWizardDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QDir(QString::fromStdString(userDataFolder())).removeRecursively();
    }

    void cleanup()
    {
        QDir(QString::fromStdString(userDataFolder())).removeRecursively();
        QFile::remove(QString::fromStdString(ImageSizeData::userFile()));
        QSettings().clear();
        QSettings().sync();
    }

    void settingsLiveUnderTheOrganisation()
    {
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("stagecraft"));
        QVERIFY(!QCoreApplication::organizationDomain().isEmpty());
        const QString file = QSettings().fileName();
        QCOMPARE(file, m_settings.filePath(QStringLiteral("stagecraft/stagecraft.ini")));
        QVERIFY(!file.contains(QStringLiteral("Unknown Organization")));
    }

    void earlierSettingsAreMoved()
    {
        const QString legacyPath = m_settings.filePath(QStringLiteral("Unknown Organization/stagecraft.ini"));
        {
            QSettings legacy(legacyPath, QSettings::IniFormat);
            legacy.setValue(QStringLiteral("recent/folders"), QStringList{QStringLiteral("/srv/shop")});
            legacy.setValue(QStringLiteral("preview/zoom"), 3);
        }
        QVERIFY(QFile::exists(legacyPath));
        QVERIFY(migrateLegacySettings());
        QCOMPARE(QSettings().value(QStringLiteral("recent/folders")).toStringList(), QStringList{QStringLiteral("/srv/shop")});
        QCOMPARE(QSettings().value(QStringLiteral("preview/zoom")).toInt(), 3);
        QVERIFY(!QFile::exists(legacyPath));
        QVERIFY(!QDir(m_settings.filePath(QStringLiteral("Unknown Organization"))).exists());
        QVERIFY(!migrateLegacySettings()); // once

        // Settings already saved in the new place are never overwritten by old ones.
        {
            QSettings legacy(legacyPath, QSettings::IniFormat);
            legacy.setValue(QStringLiteral("preview/zoom"), 7);
        }
        QVERIFY(!migrateLegacySettings());
        QCOMPARE(QSettings().value(QStringLiteral("preview/zoom")).toInt(), 3);
        QFile::remove(legacyPath);
    }

    void oneDataFolder()
    {
        const QString folder = QString::fromStdString(userDataFolder());
        QVERIFY(folder.endsWith(QStringLiteral("/stagecraft")));
        QCOMPARE(QString::fromStdString(Catalog::userTemplatesFolder()), folder + QStringLiteral("/templates"));
        QCOMPARE(QString::fromStdString(ImageSizeData::userFile()), folder + QStringLiteral("/image-sizes.json"));
    }

    void windowHasAnIcon()
    {
        auto window = newWindow();
        QVERIFY(!window->windowIcon().isNull());
        QVERIFY(!window->windowIcon().pixmap(32, 32).isNull());
    }

    // Fusion's radio ring is the window colour made darker: on a dark window it vanished.
    void radioButtonsStandOutOnADarkWindow()
    {
        const auto ringContrast = [](QStyle *style) {
            QRadioButton radio(QStringLiteral("Alpine"));
            radio.setStyle(style);
            radio.setPalette(testing::darkPalette());
            radio.resize(radio.sizeHint());
            const QImage image = radio.grab().toImage();
            const int window = testing::darkPalette().color(QPalette::Window).lightness();
            QStyleOptionButton option;
            option.initFrom(&radio);
            const QRect indicator = style->subElementRect(QStyle::SE_RadioButtonIndicator, &option, &radio);
            int contrast = 0;
            for (int x = indicator.left(); x <= indicator.right(); ++x) {
                for (int y = indicator.top(); y <= indicator.bottom(); ++y)
                    contrast = std::max(contrast, std::abs(image.pixelColor(x, y).lightness() - window));
            }
            return contrast;
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        IndicatorStyle readable(QStyleFactory::create(QStringLiteral("Fusion")));
        const int plain = ringContrast(fusion.get());
        const int lifted = ringContrast(&readable);
        QVERIFY2(lifted >= 40, qPrintable(QStringLiteral("ring contrast %1").arg(lifted)));
        QVERIFY2(lifted > plain + 20, qPrintable(QStringLiteral("%1 vs plain Fusion %2").arg(lifted).arg(plain)));
    }

    void brokenTemplateIsShownInABanner()
    {
        const QString templates = QString::fromStdString(Catalog::userTemplatesFolder());
        QVERIFY(QDir().mkpath(templates));
        writeFile(templates + QStringLiteral("/mystack.json"), R"({"id": "mystack", "name": "Mine", "whne": 1})");
        const Catalog catalog = Catalog::loadDefault();
        QVERIFY(!catalog.issues().empty());
        auto window = newWindow(catalog);
        ProblemBanner *banner = window->problemBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->summary().contains(QStringLiteral("1 stack template could not be loaded")), qPrintable(banner->summary()));
        QVERIFY(!banner->detailsShown());
        QTest::mouseClick(child<QToolButton>(*banner, "problemDetailsToggle"), Qt::LeftButton);
        QVERIFY(banner->detailsShown());
        // The same line the command line prints, naming the file.
        QCOMPARE(banner->details(), QString::fromStdString(catalog.issues().front().toString()));
        QVERIFY(banner->details().contains(templates + QStringLiteral("/mystack.json")));
        // The other stacks are still offered.
        auto *stacks = child<QComboBox>(*window, "stack");
        QCOMPARE(stacks->count(), int(catalog.stacks().size()));
        QVERIFY(stacks->findData(QStringLiteral("node")) >= 0);
        QTest::mouseClick(child<QToolButton>(*banner, "problemDismiss"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    void brokenSizeFileIsShownInABanner()
    {
        QVERIFY(QDir().mkpath(QString::fromStdString(userDataFolder())));
        writeFile(QString::fromStdString(ImageSizeData::userFile()), "{ not json");
        auto window = newWindow();
        ProblemBanner *banner = window->problemBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->summary().contains(QStringLiteral("image-size file could not be used")), qPrintable(banner->summary()));
        QVERIFY(banner->details().contains(QString::fromStdString(ImageSizeData::userFile())));
    }

    // What the scan says is written for people: sentences, no raw backticks, and a note
    // from turning the scan into choices does not repeat the warning about the same thing.
    void scanMessagesAreSentencesWithoutRepeats_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("subject");
        QTest::newRow("cgo") << QStringLiteral("go-cgo") << QStringLiteral("cgo");
        QTest::newRow("loopback") << QStringLiteral("go-loopback") << QStringLiteral("loopback");
        QTest::newRow("main packages") << QStringLiteral("go-multi-main") << QStringLiteral("main packages");
    }

    void scanMessagesAreSentencesWithoutRepeats()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, subject);
        auto window = newWindow();
        QSignalSpy finished(window->projectScanPanel(), &ProjectScanPanel::scanFinished);
        window->setProjectFolder(QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/") + fixture);
        QVERIFY(finished.wait(20000));
        // The core has both: the scan's warning and the configuration's note.
        const ProjectScan &scan = *window->projectScanPanel()->result();
        QVERIFY(!scan.detection.warnings.empty());
        QVERIFY(std::any_of(scan.notes.begin(), scan.notes.end(),
                            [&](const std::string &note) { return QString::fromStdString(note).contains(subject); }));
        const QString text = child<QLabel>(*window, "scanWarnings")->text();
        const QStringList lines = text.split(QStringLiteral("\n• ")).mid(1);
        QVERIFY2(!lines.isEmpty(), qPrintable(text));
        QCOMPARE(lines.filter(subject, Qt::CaseInsensitive).size(), 1);
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QLatin1Char('`')), qPrintable(line));
            const QString first = line.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(line.front().isUpper() || first.contains(QLatin1Char('/')) || first.contains(QLatin1Char('.')), qPrintable(line));
        }
    }

    void noBannerWithoutProblems()
    {
        auto window = newWindow();
        QVERIFY(!window->problemBanner()->isVisible());
    }

    void presentationModeScalesEveryFont()
    {
        auto window = newWindow();
        auto *steps = child<QStackedWidget>(*window, "steps");
        const auto heading = [&] { return steps->currentWidget()->findChild<QLabel *>(QStringLiteral("stepHeading"))->font().pointSizeF(); };
        const auto intro = [&] { return steps->currentWidget()->font().pointSizeF(); };
        const auto explanation = [&] { return child<QLabel>(*window, "explanation")->font().pointSizeF(); };
        const auto chart = [&] { return window->sizeChart()->font().pointSizeF(); };
        const auto code = [&] { return window->preview()->font().pointSizeF(); };
        const qreal before[] = {heading(), intro(), explanation(), chart(), code()};
        const int chartHeight = window->sizeChart()->sizeHint().height();
        QWidget *stepList = child<QWidget>(*window, "stepList");
        QVERIFY(stepList->isVisible());

        QAction *presentation = child<QAction>(*window, "presentationAction");
        QCOMPARE(presentation->shortcut(), QKeySequence(Qt::Key_F11));
        presentation->trigger();
        QVERIFY(window->presentationMode());
        QVERIFY(window->windowState() & Qt::WindowFullScreen);
        QVERIFY(!stepList->isVisible());
        const qreal after[] = {heading(), intro(), explanation(), chart(), code()};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(after[i] >= before[i] * 1.45, qPrintable(QStringLiteral("font %1: %2 -> %3").arg(i).arg(before[i]).arg(after[i])));
        QVERIFY(window->sizeChart()->sizeHint().height() > chartHeight);

        // Esc (or F11 again) gives the ordinary window back.
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!window->presentationMode());
        QVERIFY(!presentation->isChecked());
        QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
        QVERIFY(stepList->isVisible());
        const qreal restored[] = {heading(), intro(), explanation(), chart(), code()};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(restored[i], before[i]);
    }

    // A 1280x720 projector in presentation mode, as the screenshots show it: the code keeps
    // ten lines in sight and the details under it scroll (it was squeezed to five lines). An
    // ordinary window shows every detail without scrolling.
    void presentationModeKeepsTenLinesOfCode()
    {
        auto window = newWindow();
        DockerfilePreview *code = window->preview();
        auto *details = child<QScrollArea>(*window, "previewDetails");
        window->resize(1280, 860);
        QTRY_VERIFY(code->viewport()->height() >= code->fontMetrics().lineSpacing() * 10);
        QCOMPARE(details->verticalScrollBar()->maximum(), 0);
        QCOMPARE(details->widget()->width(), details->viewport()->width());
        // The build check's list of problems comes and goes: the details follow its height,
        // giving the code back what they no longer need.
        // The layout works through posted requests, one level of widgets at a time.
        const auto settled = [&] {
            for (int round = 0; round < 5; ++round)
                QCoreApplication::processEvents();
            return details->height() == details->sizeHint().height();
        };
        window->previewPanel()->showFit(CheckResult{}, QStringLiteral("/project"));
        QTRY_VERIFY(settled());
        const int fitsHeight = details->height();
        CheckResult problems;
        for (int line = 1; line <= 3; ++line)
            problems.findings.push_back({line, "COPY . .", "a file the check did not find", "add it", "copy-source"});
        window->previewPanel()->showFit(problems, QStringLiteral("/project"));
        QTRY_VERIFY(details->height() > fitsHeight);
        QTRY_VERIFY(settled());
        QCOMPARE(details->verticalScrollBar()->maximum(), 0);
        window->previewPanel()->showFit(CheckResult{}, QStringLiteral("/project"));
        QTRY_COMPARE(details->height(), fitsHeight);

        window->setPresentationMode(true);
        window->setWindowState(Qt::WindowNoState);
        window->resize(1280, 720);
        QTRY_COMPARE(window->height(), 720);
        QTRY_VERIFY2(code->viewport()->height() >= code->fontMetrics().lineSpacing() * 10,
                     qPrintable(QStringLiteral("%1 px for lines of %2 px").arg(code->viewport()->height()).arg(code->fontMetrics().lineSpacing())));
        QVERIFY(details->verticalScrollBar()->maximum() > 0);
        // Nothing is cut off at the right: the details are as wide as what shows them.
        QCOMPARE(details->widget()->width(), details->viewport()->width());
    }

    void oneZoomForEveryFont()
    {
        auto window = newWindow();
        const qreal heading = window->findChild<QLabel *>(QStringLiteral("stepHeading"))->font().pointSizeF();
        const qreal chart = window->sizeChart()->font().pointSizeF();
        const qreal code = window->preview()->font().pointSizeF();
        for (int i = 0; i < 3; ++i)
            child<QAction>(*window, "zoomInAction")->trigger();
        QCOMPARE(window->zoom(), 3);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("stepHeading"))->font().pointSizeF() > heading);
        QVERIFY(window->sizeChart()->font().pointSizeF() > chart);
        QVERIFY(window->preview()->font().pointSizeF() > code);
        child<QAction>(*window, "zoomResetAction")->trigger();
        QCOMPARE(window->sizeChart()->font().pointSizeF(), chart);
        window->close();
        QCOMPARE(QSettings().value(QStringLiteral("preview/zoom")).toInt(), 0);
    }

    void viewMenuSwitchesThePreview()
    {
        auto window = newWindow();
        child<QAction>(*window, "viewSideBySideAction")->trigger();
        QCOMPARE(window->previewPanel()->view(), PreviewPanel::View::SideBySide);
        QVERIFY(window->previewPanel()->singleStagePreview()->isVisible());
        // The toolbar's buttons and the menu stay in step.
        child<QAbstractButton>(*window, "viewSingleStage")->click();
        QVERIFY(child<QAction>(*window, "viewSingleStageAction")->isChecked());
        QVERIFY(!child<QAction>(*window, "viewSideBySideAction")->isChecked());
    }

    void helpMenuAboutAndReadme()
    {
        auto window = newWindow();
        child<QAction>(*window, "aboutAction")->trigger();
        auto *about = window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QVERIFY(about->isVisible());
        const QString text = about->text();
        QVERIFY2(text.contains(QStringLiteral(STAGECRAFT_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Apache-2.0")));
        // The span of the size figures' dates, oldest and newest.
        QString newest;
        const ImageSizeData sizes = ImageSizeData::loadDefault();
        for (const ImageSizes &image : sizes.images()) {
            newest = std::max(newest, QString::fromStdString(image.disk.asOf));
            newest = std::max(newest, QString::fromStdString(image.compressed.asOf));
        }
        QVERIFY2(text.contains(newest), qPrintable(text));
        about->close();

        child<QAction>(*window, "readmeAction")->trigger();
        auto *readme = window->findChild<QDialog *>(QStringLiteral("readmeDialog"));
        QVERIFY(readme);
        QVERIFY(readme->isVisible());
        const QString shown = child<QTextBrowser>(*readme, "readmeText")->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Using the wizard")));
        QVERIFY(shown.contains(QStringLiteral("Presentation mode")));
        readme->close();
    }

private:
    std::unique_ptr<MainWindow> newWindow(const Catalog &catalog)
    {
        m_catalogs.push_back(std::make_unique<Catalog>(catalog));
        auto window = makeWindow(*m_catalogs.back(), m_repository, m_answers);
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not shown");
        return window;
    }
    std::unique_ptr<MainWindow> newWindow() { return newWindow(Catalog::loadDefault()); }

    static void writeFile(const QString &path, const char *text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }

    QTemporaryDir m_settings;
    std::vector<std::unique_ptr<Catalog>> m_catalogs;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
};

QTEST_MAIN(TestWizardDesktop)
#include "tst_wizarddesktop.moc"
