// Export over existing files through the real overwrite dialog (no stand-in): its text and
// colours in the light and the dark palette, one choice per file (replace, keep, write as
// NAME.new, cancel), and the Review step showing exactly the files Export writes.
#include "../support/darkpalette.h"
#include "../support/testfiles.h"
#include "wizardfixture.h"

#include "export/deliverables.h"
#include "export/textdiff.h"
#include "preview/diffview.h"
#include "steps/exportfilesview.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

#include <cmath>

using namespace stagecraft;
using namespace stagecraft::testing;
using namespace wizardtest;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<unreadable>");
}

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The colours the non-blank characters of a line are drawn in: the highlighter's formats
// over the view's text colour.
QList<QColor> textColours(const QTextBlock &block, const QColor &plain)
{
    const QString text = block.text();
    QList<QColor> perChar(text.size(), plain);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (!range.format.hasProperty(QTextFormat::ForegroundBrush))
            continue;
        for (int i = range.start; i < range.start + range.length && i < text.size(); ++i)
            perChar[i] = range.format.foreground().color();
    }
    QList<QColor> colours;
    for (int i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSpace() && !colours.contains(perChar[i]))
            colours << perChar[i];
    }
    return colours;
}

QPushButton *button(QDialog &dialog, const char *name)
{
    return child<QPushButton>(dialog, name);
}

} // namespace

class TestWizardOverwrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        m_catalog = testCatalog();
        m_light = QApplication::style()->standardPalette();
    }

    void cleanup()
    {
        m_window.reset();
        QApplication::setPalette(m_light);
    }

    void theDiffIsVisibleAndHighlighted_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light palette") << false;
        QTest::addRow("dark palette") << true;
    }

    void theDiffIsVisibleAndHighlighted()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : m_light);
        openWindow();
        QTemporaryDir dir;
        // The user's file: the generated one with a line of their own and one line gone, so
        // the diff has context, removed and added lines.
        const QString generated = previewText(*m_window);
        QStringList lines = generated.split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 12);
        lines.removeAt(8);
        lines.insert(4, QStringLiteral("RUN echo mine"));
        const QString existing = lines.join(QLatin1Char('\n'));
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), existing.toUtf8());
        const QString path = QDir(QDir::cleanPath(dir.path())).filePath(QStringLiteral("Dockerfile"));
        const QString expectedDiff = QString::fromStdString(
            unifiedDiff(existing.toStdString(), generated.toStdString(), path.toStdString(), path.toStdString() + " (new)"));

        ModalAnswers answers(QStringLiteral("overwriteDialog"));
        answers.then([&](QDialog &dialog) {
            QVERIFY(dialog.windowTitle().contains(QLatin1String("Dockerfile")));
            QVERIFY(child<QLabel>(dialog, "overwriteQuestion")->text().contains(path));
            QCOMPARE(button(dialog, "overwriteReplace")->text().remove(QLatin1Char('&')), QStringLiteral("Replace, keep a backup"));
            QCOMPARE(button(dialog, "overwriteWriteNew")->text().remove(QLatin1Char('&')), QStringLiteral("Write as Dockerfile.new"));
            QCOMPARE(button(dialog, "overwriteKeep")->text().remove(QLatin1Char('&')), QStringLiteral("Keep mine"));
            QVERIFY(button(dialog, "overwriteCancel")->isVisible());
            // Return keeps the user's file; nothing is replaced by a stray key press.
            QVERIFY(button(dialog, "overwriteKeep")->isDefault());
            QVERIFY(!button(dialog, "overwriteReplace")->isDefault());
            auto *view = child<DiffView>(dialog, "overwriteDiff");
            QCOMPARE(view->toPlainText(), expectedDiff);
            checkColours(*view);
            checkPixels(*view);
            QTest::mouseClick(button(dialog, "overwriteReplace"), Qt::LeftButton);
        });
        QVERIFY(exportInto(dir.path()));
        QCOMPARE(answers.answered(), 1);
        QCOMPARE(answers.unexpected() + answers.leftOpen(), 0);
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), generated);
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))), existing);
    }

    // Saying no to one file used to cancel every file ("Nothing was written").
    void keepingOneFileStillWritesTheOthers_data()
    {
        QTest::addColumn<bool>("keepDockerfile");
        QTest::addRow("keep .dockerignore, replace Dockerfile") << false;
        QTest::addRow("keep Dockerfile, replace .dockerignore") << true;
    }

    void keepingOneFileStillWritesTheOthers()
    {
        QFETCH(bool, keepDockerfile);
        openWindow();
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mine\n");
        writeFile(dir.filePath(QStringLiteral(".dockerignore")), "mine\n");
        const QString dockerfile = previewText(*m_window);
        const QString dockerignore = QString::fromStdString(m_window->state().generated()->dockerignore);

        ModalAnswers answers(QStringLiteral("overwriteDialog"));
        QStringList asked;
        const auto choose = [&asked](const char *buttonName) {
            return [&asked, buttonName](QDialog &dialog) {
                asked << dialog.windowTitle();
                QTest::mouseClick(button(dialog, buttonName), Qt::LeftButton);
            };
        };
        answers.then(choose(keepDockerfile ? "overwriteKeep" : "overwriteReplace"));
        answers.then(choose(keepDockerfile ? "overwriteReplace" : "overwriteKeep"));
        QVERIFY(exportInto(dir.path()));
        QCOMPARE(answers.answered(), 2);
        QCOMPARE(answers.unexpected() + answers.leftOpen(), 0);
        QVERIFY(asked.at(0).contains(QLatin1String("Dockerfile")));
        QVERIFY(asked.at(1).contains(QLatin1String(".dockerignore")));

        const QString kept = keepDockerfile ? QStringLiteral("Dockerfile") : QStringLiteral(".dockerignore");
        const QString replaced = keepDockerfile ? QStringLiteral(".dockerignore") : QStringLiteral("Dockerfile");
        QCOMPARE(readText(dir.filePath(kept)), keepDockerfile ? QStringLiteral("FROM mine\n") : QStringLiteral("mine\n"));
        QCOMPARE(readText(dir.filePath(replaced)), keepDockerfile ? dockerignore : dockerfile);
        QCOMPARE(readText(dir.filePath(replaced + QStringLiteral(".stagecraft-backup"))),
                 keepDockerfile ? QStringLiteral("mine\n") : QStringLiteral("FROM mine\n"));
        QVERIFY(!QFileInfo::exists(dir.filePath(kept + QStringLiteral(".stagecraft-backup"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(kept + QStringLiteral(".new"))));
        const QString report = child<QLabel>(*m_window, "exportWritten")->text();
        QVERIFY2(report.contains(QStringLiteral("Left your %1 as it was").arg(QDir(QDir::cleanPath(dir.path())).filePath(kept))),
                 qPrintable(report));
    }

    void writeAsNewLeavesTheUsersFile()
    {
        openWindow();
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mine\n");
        const QString dockerfile = previewText(*m_window);
        ModalAnswers answers(QStringLiteral("overwriteDialog"));
        answers.then([](QDialog &dialog) { QTest::mouseClick(button(dialog, "overwriteWriteNew"), Qt::LeftButton); });
        QVERIFY(exportInto(dir.path()));
        QCOMPARE(answers.answered(), 1);
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), QStringLiteral("FROM mine\n"));
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile.new"))), dockerfile);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("Dockerfile.stagecraft-backup"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral(".dockerignore"))));
        // The command to try builds the new file, not the user's own.
        const QString build = child<QLineEdit>(*m_window, "buildCommand")->text();
        QVERIFY2(build.startsWith(QLatin1String("docker build -f Dockerfile.new -t ")), qPrintable(build));
    }

    void cancellingWritesNothing_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::addRow("Cancel export") << false;
        QTest::addRow("Escape") << true;
    }

    void cancellingWritesNothing()
    {
        QFETCH(bool, escape);
        openWindow();
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Dockerfile")), "FROM mine\n");
        ModalAnswers answers(QStringLiteral("overwriteDialog"));
        answers.then([escape](QDialog &dialog) {
            if (escape)
                QTest::keyClick(&dialog, Qt::Key_Escape);
            else
                QTest::mouseClick(button(dialog, "overwriteCancel"), Qt::LeftButton);
        });
        QVERIFY(!exportInto(dir.path()));
        QCOMPARE(answers.answered(), 1);
        QCOMPARE(answers.leftOpen(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("Dockerfile")});
        QCOMPARE(readText(dir.filePath(QStringLiteral("Dockerfile"))), QStringLiteral("FROM mine\n"));
        const QLabel *status = child<QLabel>(*m_window, "exportStatus");
        QVERIFY(status->text().contains(QLatin1String("Nothing was written")));
        // The user's own choice, not a problem: drawn in the ordinary text colour.
        QCOMPARE(status->palette().color(QPalette::WindowText), QPalette().color(QPalette::WindowText));
    }

    // Review used to show the preview's active view (even single-stage) while Export wrote
    // the multi-stage file.
    void reviewShowsExactlyWhatExportWrites()
    {
        openWindow();
        QTest::mouseClick(child<QToolButton>(*m_window, "viewSingleStage"), Qt::LeftButton);
        QTemporaryDir dir;
        m_window->setProjectFolder(dir.path());
        clickStep(*m_window, m_window->stepCount() - 1);
        auto *files = child<ExportFilesView>(*m_window, "reviewFiles");
        QVERIFY(files->isVisibleTo(m_window.get()));
        QCOMPARE(files->fileNames(), (QStringList{QStringLiteral("Dockerfile"), QStringLiteral(".dockerignore")}));
        clickButton(child<QCheckBox>(*m_window, "writeCompose"));
        const QStringList names{QStringLiteral("Dockerfile"), QStringLiteral(".dockerignore"), QStringLiteral("compose.yaml")};
        QCOMPARE(files->fileNames(), names);
        const Generated &generated = m_window->state().generated().value();
        QCOMPARE(files->fileText(QStringLiteral("Dockerfile")), QString::fromStdString(render(generated.multiStage).text));
        QVERIFY(files->fileText(QStringLiteral("Dockerfile")) != m_window->previewPanel()->singleStagePreview()->toPlainText());
        QVERIFY(files->fileText(QStringLiteral("compose.yaml")).contains(QLatin1String("-app")));

        QMap<QString, QString> reviewed;
        for (const QString &name : names)
            reviewed[name] = files->fileText(name);
        QVERIFY(exportInto(QString()));
        QStringList written = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        written.sort(Qt::CaseSensitive);
        QCOMPARE(written, (QStringList{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"), QStringLiteral("compose.yaml")}));
        for (const QString &name : names)
            QCOMPARE(readText(dir.filePath(name)), reviewed[name]);
    }

private:
    void openWindow()
    {
        m_window = makeWindow(m_catalog, m_repository, m_answers = Answers());
        // The real question, not the test's stand-in.
        m_window->prompts().chooseForExisting = Prompts::interactive(m_repository).chooseForExisting;
    }

    // Exports from the Review step into `folder` (or the folder already set); true when the
    // export went through.
    bool exportInto(const QString &folder)
    {
        if (!folder.isEmpty())
            m_window->setProjectFolder(folder);
        clickStep(*m_window, m_window->stepCount() - 1);
        QSignalSpy finished(child<QWidget>(*m_window, "exportButton")->parentWidget(), SIGNAL(exportFinished(bool,QString)));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&finished] { return finished.count() == 1; }, 30000))
            return false;
        return finished.at(0).at(0).toBool();
    }

    // Every line's text is opaque and stands out from what it is drawn on; added and removed
    // lines are drawn on different bands.
    static void checkColours(const DiffView &view)
    {
        const QColor plain = view.palette().color(QPalette::Text);
        int seen[4] = {};
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty())
                continue;
            const DiffView::LineKind kind = DiffView::lineKind(block.text());
            ++seen[int(kind)];
            const QColor background = view.lineBackground(kind);
            for (const QColor &colour : textColours(block, plain)) {
                QVERIFY2(colour.alpha() == 255, qPrintable(block.text()));
                QVERIFY2(contrast(colour, background) >= 3.0,
                         qPrintable(QStringLiteral("%1 on %2 (%3): %4").arg(colour.name(), background.name())
                                        .arg(contrast(colour, background)).arg(block.text())));
            }
        }
        QVERIFY(seen[int(DiffView::LineKind::Context)] > 0);
        QVERIFY(seen[int(DiffView::LineKind::Added)] > 0);
        QVERIFY(seen[int(DiffView::LineKind::Removed)] > 0);
        const QColor added = view.lineBackground(DiffView::LineKind::Added);
        const QColor removed = view.lineBackground(DiffView::LineKind::Removed);
        const QColor context = view.lineBackground(DiffView::LineKind::Context);
        QVERIFY2(distance(added, removed) > 40, qPrintable(added.name() + removed.name()));
        QVERIFY2(distance(added, context) > 20, qPrintable(added.name() + context.name()));
        QVERIFY2(distance(removed, context) > 20, qPrintable(removed.name() + context.name()));
    }

    // What is on screen: each visible line is drawn on its band, with text pixels that differ
    // from the band (a transparent pen draws none).
    static void checkPixels(DiffView &view)
    {
        const QImage image = view.viewport()->grab().toImage();
        const qreal scale = image.devicePixelRatio();
        int checked = 0;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            const QRect rect = view.cursorRect(QTextCursor(block));
            if (rect.top() < 0)
                continue;
            if (rect.bottom() >= view.viewport()->height())
                break;
            if (block.text().trimmed().isEmpty())
                continue;
            const QColor band = view.lineBackground(DiffView::lineKind(block.text()));
            const int middle = int(rect.center().y() * scale);
            // Past the text, short of the document's margin.
            const QColor edge = image.pixelColor(image.width() - int(12 * scale), middle);
            QVERIFY2(distance(edge, band) < 12, qPrintable(edge.name() + QLatin1Char(' ') + band.name() + QLatin1Char(' ') + block.text()));
            int inked = 0;
            for (int y = int(rect.top() * scale); y < int(rect.bottom() * scale); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (distance(image.pixelColor(x, y), band) > 120)
                        ++inked;
                }
            }
            QVERIFY2(inked > 10, qPrintable(QStringLiteral("no visible text on the line: ") + block.text()));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    QPalette m_light;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardOverwrite)
#include "tst_wizardoverwrite.moc"
