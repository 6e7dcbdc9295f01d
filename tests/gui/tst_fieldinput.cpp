// Typed values in the wizard, with real key events on the real fields: a field keeps what
// was typed (no clamping), half-typed text never reaches the Dockerfile, an invalid value is
// marked at its field with the reason, the preview and the chart keep the last valid result
// marked out of date, and Review lists every problem with the step that fixes it.
#include "wizardfixture.h"

#include "chart/sizechart.h"
#include "steps/problemlist.h"
#include "steps/wizardstep.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace stagecraft;
using namespace wizardtest;

namespace {

// Replaces a field's text by typing, as a user does; Return commits it unless told otherwise.
void type(QLineEdit *line, const QString &text, bool commit = true)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
    // Return commits, and then goes to the next step as in any wizard: the test comes back,
    // as a user would, to see what the value did on its own page.
    if (commit) {
        QWidget *page = line->parentWidget();
        while (page && !qobject_cast<WizardStep *>(page))
            page = page->parentWidget();
        QTest::keyClick(line, Qt::Key_Return);
        if (page && page->isHidden())
            QTest::mouseClick(page->window()->findChild<QPushButton *>(QStringLiteral("backButton")), Qt::LeftButton);
    }
}

bool markedInvalid(QLineEdit *line)
{
    const QAction *mark = line->findChild<QAction *>(QStringLiteral("invalidMark"));
    return mark && mark->isVisible() && !line->accessibleDescription().isEmpty();
}

} // namespace

class TestFieldInput : public QObject
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

    // Destroying the window closes it, and the field that loses the focus then commits what
    // was typed: that change must not reach the window being destroyed (a debug build aborts
    // on a slot called on a half-destroyed window).
    void destroyingTheWindowWithATypedValueIsSafe()
    {
        clickStep(*m_window, 5);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *port = child<QLineEdit>(*m_window, "port");
        type(port, QStringLiteral("8081"), false);
        QCOMPARE(QApplication::focusWidget(), port);
        QVERIFY(port->isModified());
        QSignalSpy committed(port, &QLineEdit::editingFinished);
        m_window.reset();
        QCOMPARE(committed.count(), 1);
    }

    void outOfRangeNumbersAreKeptAndMarked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::addRow("zero") << QStringLiteral("0") << QStringLiteral("port 0 is outside 1-65535");
        QTest::addRow("five digits") << QStringLiteral("99999") << QStringLiteral("port 99999 is outside 1-65535");
        QTest::addRow("not a number") << QStringLiteral("80a") << QStringLiteral("port needs a whole number, not '80a'");
        QTest::addRow("empty") << QString() << QStringLiteral("port needs a whole number, not ''");
        QTest::addRow("huge") << QStringLiteral("99999999999") << QStringLiteral("port 99999999999 is out of range");
    }

    // Port 0 does not snap back, 99999 does not become 9999: the field holds what was typed
    // and says why it cannot be used; the preview and the chart keep the last valid result.
    void outOfRangeNumbersAreKeptAndMarked()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        clickStep(*m_window, 5);
        auto *port = child<QLineEdit>(*m_window, "port");
        auto *problem = child<QLabel>(*m_window, "portProblem");
        const QString good = previewText(*m_window);
        const SizeEstimate estimate = m_window->sizeChart()->estimate();
        QVERIFY(!estimate.multiStage.layers.empty());
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);

        // Checked as it is typed, before anything is committed.
        type(port, typed, false);
        QCOMPARE(port->text(), typed);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), reason);
        QVERIFY(markedInvalid(port));
        QCOMPARE(m_window->config().port, 3000);
        QVERIFY(!m_window->previewPanel()->isStale());

        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(port->text(), typed);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), reason);
        QVERIFY(markedInvalid(port));
        QCOMPARE(port->accessibleDescription(), reason);
        // The preview keeps the last valid file, marked out of date.
        QCOMPARE(previewText(*m_window), good);
        QCOMPARE(updates.count(), 0);
        QVERIFY(m_window->previewPanel()->isStale());
        QVERIFY(m_window->preview()->isStale());
        auto *banner = child<QLabel>(*m_window, "previewProblem");
        QVERIFY(banner->isVisibleTo(m_window.get()));
        QVERIFY2(banner->text().contains(reason.toHtmlEscaped()), qPrintable(banner->text()));
        // So does the chart: the last estimate, not "no estimate yet".
        SizeChart *chart = m_window->sizeChart();
        QVERIFY(chart->isStale());
        QCOMPARE(chart->estimate().multiStage.diskBytes, estimate.multiStage.diskBytes);
        QVERIFY(chart->accessibleDescription().startsWith(QLatin1String("Out of date")));
        QVERIFY(!child<QPushButton>(*m_window, "exportButton")->isEnabled());

        // A valid value clears all of it.
        type(port, QStringLiteral("9000"));
        QCOMPARE(m_window->config().port, 9000);
        QVERIFY(problem->isHidden());
        QVERIFY(!markedInvalid(port));
        QVERIFY(!m_window->previewPanel()->isStale());
        QVERIFY(!chart->isStale());
        QVERIFY(previewText(*m_window).contains(QLatin1String("EXPOSE 9000\n")));
    }

    // Typing uid 1000 never writes USER 1, 10 or 100 on the way; 1000 itself belongs to the
    // node images' user, which the field says, and Security does not say all is well.
    void halfTypedUidNeverReachesTheFile()
    {
        clickStep(*m_window, 3);
        auto *uid = child<QLineEdit>(*m_window, "uid");
        auto *problem = child<QLabel>(*m_window, "uidProblem");
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);
        uid->setFocus();
        uid->selectAll();
        for (const QChar digit : QStringLiteral("1000")) {
            QTest::keyClick(uid, digit.toLatin1());
            QCOMPARE(m_window->config().uid, 10001);
            QVERIFY(previewText(*m_window).contains(QLatin1String("USER 10001:10001")));
        }
        QCOMPARE(updates.count(), 0);
        QVERIFY(problem->text().contains(QLatin1String("uid 1000 is taken by")));

        QTest::keyClick(uid, Qt::Key_Return);
        QCOMPARE(m_window->config().uid, 1000);
        QCOMPARE(uid->text(), QStringLiteral("1000"));
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QLatin1String("uid 1000 is taken by")));
        QVERIFY(markedInvalid(uid));
        QVERIFY(m_window->previewPanel()->isStale());
        QVERIFY(!previewText(*m_window).contains(QLatin1String("USER 100:")));
        const QString notes = child<QLabel>(*m_window, "securityNotes")->text();
        QVERIFY2(!notes.contains(QLatin1String("Nothing to watch out for")), qPrintable(notes));

        type(uid, QStringLiteral("1001"));
        QVERIFY(previewText(*m_window).contains(QLatin1String("USER 1001:10001")));
        QVERIFY(!m_window->previewPanel()->isStale());
    }

    // `./app migrate && ./app serve` needs a shell: while it is typed, the preview never shows
    // the half command `./app migrate` that the first words alone would make.
    void halfTypedCommandNeverReachesTheFile()
    {
        clickStep(*m_window, 5);
        auto *command = child<QLineEdit>(*m_window, "startCommand");
        auto *problem = child<QLabel>(*m_window, "startCommandProblem");
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);
        command->setFocus();
        command->selectAll();
        const QString typed = QStringLiteral("./app migrate && ./app serve");
        for (const QChar c : typed) {
            QTest::keyClicks(command, QString(c));
            QVERIFY(!previewText(*m_window).contains(QLatin1String("\"migrate\"")));
        }
        QCOMPARE(updates.count(), 0);
        QVERIFY(!problem->isHidden());

        QTest::keyClick(command, Qt::Key_Return);
        QCOMPARE(command->text(), typed);
        QCOMPARE(m_window->config().startCommand, typed.toStdString());
        QVERIFY(!problem->isHidden());
        QVERIFY(markedInvalid(command));
        QVERIFY(!previewText(*m_window).contains(QLatin1String("\"migrate\"")));
        QVERIFY(m_window->previewPanel()->isStale());
        QCOMPARE(updates.count(), 0);
    }

    // Every problem is at its field and listed on Review with the step that fixes it; its
    // button opens that step at that field.
    void reviewListsEveryProblemWithItsStep()
    {
        clickStep(*m_window, 3);
        type(child<QLineEdit>(*m_window, "uid"), QStringLiteral("1000"));
        clickStep(*m_window, 5);
        type(child<QLineEdit>(*m_window, "port"), QStringLiteral("0"));
        clickButton(child<QCheckBox>(*m_window, "healthcheck"));
        type(child<QLineEdit>(*m_window, "healthcheckPath"), QStringLiteral("health"));
        QVERIFY(!child<QLabel>(*m_window, "portProblem")->isHidden());
        QVERIFY(!child<QLabel>(*m_window, "healthcheckPathProblem")->isHidden());
        QCOMPARE(m_window->state().problems().size(), std::size_t(3));

        clickStep(*m_window, 6);
        auto *list = m_window->findChild<ProblemList *>(QStringLiteral("problemList"));
        QVERIFY(list);
        QVERIFY(list->isVisibleTo(m_window.get()));
        const QStringList rows = list->rows();
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(0).startsWith(QLatin1String("Runtime: port 0 is outside 1-65535")), qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY(rows.at(1).startsWith(QLatin1String("Security: uid 1000 is taken by")));
        QVERIFY(rows.at(2).startsWith(QLatin1String("Runtime: the healthcheck path must start with '/'")));
        QVERIFY(!child<QPushButton>(*m_window, "exportButton")->isEnabled());

        QTest::mouseClick(child<QPushButton>(*list, "fixProblem_1"), Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), 3);
        QCOMPARE(m_window->focusWidget(), child<QLineEdit>(*m_window, "uid"));
        type(child<QLineEdit>(*m_window, "uid"), QStringLiteral("20000"));
        clickStep(*m_window, 6);
        QCOMPARE(list->rows().size(), 2);
        QTest::mouseClick(child<QPushButton>(*list, "fixProblem_0"), Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), 5);
        type(child<QLineEdit>(*m_window, "port"), QStringLiteral("8080"));
        type(child<QLineEdit>(*m_window, "healthcheckPath"), QStringLiteral("/health"));
        clickStep(*m_window, 6);
        QVERIFY(list->rows().isEmpty());
        QVERIFY(!list->isVisibleTo(m_window.get()));
        QVERIFY(child<QPushButton>(*m_window, "exportButton")->isEnabled());
    }

    // Problems made by a choice on one step show at the field they are about: a version that
    // rules out the chosen base at the base, a stack option at the option.
    void problemsShowAtTheirFields()
    {
        clickStep(*m_window, 1);
        auto *stack = child<QComboBox>(*m_window, "stack");
        stack->setCurrentIndex(stack->findData(QStringLiteral("python")));
        auto *version = child<QComboBox>(*m_window, "languageVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("3.13")));
        clickStep(*m_window, 2);
        clickButton(child<QRadioButton>(*m_window, "base_distroless"));
        QCOMPARE(m_window->config().base, std::string("distroless"));
        QVERIFY(m_window->state().generated().ok());
        clickStep(*m_window, 1);
        version->setCurrentIndex(version->findData(QStringLiteral("3.12")));
        QVERIFY(m_window->previewPanel()->isStale());
        // The problem shows where it is fixed, once that step is opened.
        clickStep(*m_window, 2);
        auto *baseProblem = child<QLabel>(*m_window, "baseProblem");
        QVERIFY(!baseProblem->isHidden());
        QVERIFY(baseProblem->text().contains(QLatin1String("cannot use the distroless base")));
        clickStep(*m_window, 1);

        stack->setCurrentIndex(stack->findData(QStringLiteral("go")));
        auto *mainPackage = child<QLineEdit>(*m_window, "option_mainPackage");
        // A layout shows the widgets added to it once the event loop runs.
        QTRY_VERIFY(mainPackage->isVisibleTo(m_window.get()));
        type(mainPackage, QStringLiteral("../elsewhere"));
        auto *optionProblem = child<QLabel>(*m_window, "option_mainPackageProblem");
        QVERIFY(!optionProblem->isHidden());
        QVERIFY(optionProblem->text().startsWith(QLatin1String("Main package")));
        QVERIFY(markedInvalid(mainPackage));

        clickStep(*m_window, 6);
        const QStringList rows = child<ProblemList>(*m_window, "problemList")->rows();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.at(0).startsWith(QLatin1String("Stack: Main package")));
        QTest::mouseClick(child<QPushButton>(*m_window, "fixProblem_0"), Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), 1);
        QCOMPARE(m_window->focusWidget(), mainPackage);
    }

    // Text that is no value at all is dropped when a preset replaces the choices.
    void presetReplacesWhatWasTyped()
    {
        clickStep(*m_window, 5);
        auto *port = child<QLineEdit>(*m_window, "port");
        type(port, QStringLiteral("http"));
        QVERIFY(m_window->previewPanel()->isStale());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        Config preset = m_window->config();
        preset.port = 4000;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(presetText(preset)));
        file.close();
        m_answers.openFile = path;
        QVERIFY(m_window->loadPresetFile(path));
        QCOMPARE(port->text(), QStringLiteral("4000"));
        QVERIFY(child<QLabel>(*m_window, "portProblem")->isHidden());
        QVERIFY(!m_window->previewPanel()->isStale());
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestFieldInput)
#include "tst_fieldinput.moc"
