// The wizard's steps, driven with mouse and keyboard on real widgets found by objectName:
// each control changes the preview the way the generator says it should.
#include "wizardfixture.h"

#include "config/startcommand.h"
#include "mainwindow/application.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace stagecraft;
using namespace wizardtest;

// Counts the Paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

class TestWizardSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        m_catalog = testCatalog();
        QVERIFY(m_catalog.find("node"));
        QVERIFY(m_catalog.find("staticbin"));
    }

    void init() { m_window = makeWindow(m_catalog, m_repository, m_answers = Answers()); }
    void cleanup() { m_window.reset(); }

    void defaultsGiveTheGeneratorsDockerfile()
    {
        const Outcome<Generated> generated = generate(m_catalog, m_window->config());
        QVERIFY2(generated.ok(), generated.error().c_str());
        QCOMPARE(previewText(*m_window), QString::fromStdString(render(generated->multiStage).text));
        // Pressing Next to the end visits every step and never breaks the configuration.
        auto *next = child<QPushButton>(*m_window, "nextButton");
        for (int i = 1; i < m_window->stepCount(); ++i) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(m_window->currentStep(), i);
            QVERIFY(m_window->state().generated().ok());
        }
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QPushButton>(*m_window, "exportButton")->isEnabled());
    }

    void stepListAndKeyboardReachEveryStep()
    {
        clickStep(*m_window, 3);
        QCOMPARE(m_window->currentStep(), 3);
        QCOMPARE(child<QStackedWidget>(*m_window, "steps")->currentIndex(), 3);
        auto *list = child<QListWidget>(*m_window, "stepList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(m_window->currentStep(), 4);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(m_window->currentStep(), 0);
        for (int i = 1; i < m_window->stepCount(); ++i) {
            QTest::keyClick(list, Qt::Key_Down);
            QCOMPARE(m_window->currentStep(), i);
        }
        QTest::mouseClick(child<QPushButton>(*m_window, "backButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), m_window->stepCount() - 2);
    }

    void everyInputHasAnAccessibleName()
    {
        // A page fills in its controls when it is first opened, as a user reaches it.
        for (int i = 0; i < m_window->stepCount(); ++i)
            clickStep(*m_window, i);
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        int inputs = 0;
        for (QWidget *widget : widgets) {
            const bool input = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
            // Internal parts of composite widgets (spin box editors, scroll arrows) are not inputs of ours.
            if (!input || qobject_cast<QLineEdit *>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
                || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            ++inputs;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->property("text").toString().isEmpty(),
                     qPrintable(widget->objectName()));
        }
        QVERIFY(inputs > 30);
    }

    void nonRootTogglesTheUserLines()
    {
        clickStep(*m_window, 3);
        auto *nonRoot = child<QCheckBox>(*m_window, "nonRoot");
        QVERIFY(nonRoot->isChecked());
        QVERIFY(previewText(*m_window).contains(QLatin1String("\nUSER ")));
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);

        clickButton(nonRoot);
        QVERIFY(!m_window->config().nonRoot);
        QVERIFY(!previewText(*m_window).contains(QLatin1String("\nUSER ")));
        QCOMPARE(updates.count(), 1);
        QVERIFY(!child<QLineEdit>(*m_window, "uid")->isEnabled());
        QVERIFY(child<QLabel>(*m_window, "securityNotes")->text().contains(QLatin1String("root")));

        nonRoot->setFocus();
        QTest::keyClick(nonRoot, Qt::Key_Space);
        QVERIFY(m_window->config().nonRoot);
        QVERIFY(previewText(*m_window).contains(QLatin1String("\nUSER 10001:10001")));
        QCOMPARE(updates.count(), 2);
        // The lines the toggle brought back are the ones marked.
        const std::vector<int> marked = m_window->preview()->markedLines();
        QVERIFY(!marked.empty());
        const QStringList lines = previewText(*m_window).split(QLatin1Char('\n'));
        bool userMarked = false;
        for (int line : marked)
            userMarked = userMarked || lines.at(line).startsWith(QLatin1String("USER "));
        QVERIFY(userMarked);
    }

    void uidShowsUpInTheUserLine()
    {
        clickStep(*m_window, 3);
        auto *uid = child<QLineEdit>(*m_window, "uid");
        uid->setFocus();
        uid->selectAll();
        QTest::keyClicks(uid, QStringLiteral("20002"));
        QTest::keyClick(uid, Qt::Key_Return);
        QCOMPARE(m_window->config().uid, 20002);
        QVERIFY(previewText(*m_window).contains(QLatin1String("USER 20002:10001")));
    }

    void lowPortShowsTheConsequence()
    {
        clickStep(*m_window, 5);
        auto *port = child<QLineEdit>(*m_window, "port");
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("80"));
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(m_window->config().port, 80);
        QVERIFY(previewText(*m_window).contains(QLatin1String("EXPOSE 80\n")));
        const auto *notes = child<QLabel>(*m_window, "runtimeNotes");
        QVERIFY(!notes->isHidden());
        QVERIFY(notes->text().contains(QLatin1String("below 1024")));
    }

    void baseChangesTheFinalFrom()
    {
        clickStep(*m_window, 2);
        const QString before = finalFrom(*m_window);
        QVERIFY(before.contains(QLatin1String("alpine"))); // the Node.js default
        clickButton(child<QRadioButton>(*m_window, "base_slim"));
        QCOMPARE(m_window->config().base, std::string("slim"));
        QVERIFY(finalFrom(*m_window) != before);
        QCOMPARE(finalFrom(*m_window), expectedFinalFrom(m_catalog, m_window->config()));
        QVERIFY(finalFrom(*m_window).contains(QLatin1String("slim")));
    }

    void unavailableBaseIsDisabledWithItsReason()
    {
        clickStep(*m_window, 2);
        const StackDefinition *node = m_catalog.find("node");
        const std::string reason = baseUnavailableReason(*node, "scratch");
        QVERIFY(!reason.empty());
        auto *scratch = child<QRadioButton>(*m_window, "base_scratch");
        QVERIFY(!scratch->isEnabled());
        auto *reasonLabel = child<QLabel>(*m_window, "baseReason_scratch");
        QVERIFY(reasonLabel->isVisibleTo(m_window.get()));
        QVERIFY(reasonLabel->text().contains(QString::fromStdString(reason)));
        clickButton(scratch);
        QVERIFY(m_window->config().base != "scratch");
        QVERIFY(!child<QLabel>(*m_window, "baseReason_slim")->isVisibleTo(m_window.get()));
    }

    // Every stack in the catalog (go, when it lands, included) with every base it can use:
    // picking the base's radio button makes the final FROM the generator's one.
    void everyAvailableBaseOfEveryStack_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("base");
        const Catalog catalog = testCatalog();
        for (const StackDefinition &stack : catalog.stacks()) {
            for (const std::string &base : knownBases()) {
                if (baseUnavailableReason(stack, base).empty())
                    QTest::addRow("%s/%s", stack.id.c_str(), base.c_str()) << QString::fromStdString(stack.id) << QString::fromStdString(base);
            }
        }
    }

    void everyAvailableBaseOfEveryStack()
    {
        QFETCH(QString, stack);
        QFETCH(QString, base);
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(stack));
        QCOMPARE(QString::fromStdString(m_window->config().stack), stack);
        clickStep(*m_window, 2);
        auto *radio = child<QRadioButton>(*m_window, qPrintable(QStringLiteral("base_") + base));
        QVERIFY(radio->isEnabled());
        if (!radio->isChecked())
            clickButton(radio);
        QCOMPARE(QString::fromStdString(m_window->config().base), base);
        QVERIFY2(m_window->state().generated().ok(), m_window->state().generated().error().c_str());
        QCOMPARE(finalFrom(*m_window), expectedFinalFrom(m_catalog, m_window->config()));
    }

    void scratchChangesTheFinalFrom()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("staticbin")));
        clickStep(*m_window, 2);
        QCOMPARE(finalFrom(*m_window), QStringLiteral("alpine:3.22"));
        clickButton(child<QRadioButton>(*m_window, "base_scratch"));
        QCOMPARE(finalFrom(*m_window), QStringLiteral("scratch"));
        if (m_catalog.find("go")) {
            stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("go")));
            clickButton(child<QRadioButton>(*m_window, "base_scratch"));
            QCOMPARE(QString::fromStdString(m_window->config().stack), QStringLiteral("go"));
            QCOMPARE(finalFrom(*m_window), QStringLiteral("scratch"));
        }
    }

    void healthcheckShowsWhyItIsUnavailable()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("staticbin")));
        clickStep(*m_window, 5);
        auto *healthcheck = child<QCheckBox>(*m_window, "healthcheck");
        clickButton(healthcheck);
        QVERIFY(previewText(*m_window).contains(QLatin1String("HEALTHCHECK")));
        QVERIFY(!child<QLabel>(*m_window, "healthcheckReason")->isVisibleTo(m_window.get()));
        clickButton(healthcheck);
        QVERIFY(!previewText(*m_window).contains(QLatin1String("HEALTHCHECK")));

        clickStep(*m_window, 2);
        clickButton(child<QRadioButton>(*m_window, "base_scratch"));
        clickStep(*m_window, 5);
        QVERIFY(!healthcheck->isEnabled());
        auto *reason = child<QLabel>(*m_window, "healthcheckReason");
        QVERIFY(reason->isVisibleTo(m_window.get()));
        QVERIFY(reason->text().contains(QLatin1String("scratch has no program to probe the app with.")));
    }

    // An option can rule the healthcheck out too: Deno compiled to one executable has no deno
    // in its image. The check box says why, naming the option, and the preview has none.
    void healthcheckShowsTheOptionThatRulesItOut()
    {
        QVERIFY(m_catalog.find("deno"));
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("deno")));
        clickStep(*m_window, 2);
        clickButton(child<QRadioButton>(*m_window, "base_distroless"));
        clickStep(*m_window, 5);
        auto *healthcheck = child<QCheckBox>(*m_window, "healthcheck");
        auto *reason = child<QLabel>(*m_window, "healthcheckReason");
        QVERIFY(healthcheck->isEnabled());
        QVERIFY(!reason->isVisibleTo(m_window.get()));

        clickStep(*m_window, 1);
        clickButton(child<QCheckBox>(*m_window, "option_compile"));
        QVERIFY(previewText(*m_window).contains(QLatin1String("deno compile")));
        clickStep(*m_window, 5);
        QVERIFY(!healthcheck->isEnabled());
        QVERIFY(reason->isVisibleTo(m_window.get()));
        QVERIFY2(reason->text().startsWith(QLatin1String("Not available with Compile to one executable: the image holds only "
                                                         "the compiled executable and tini")),
                 qPrintable(reason->text()));
        QVERIFY(!previewText(*m_window).contains(QLatin1String("HEALTHCHECK")));
    }

    // Compiled to one executable, the image starts that: the start command field is greyed
    // with the reason, and it comes back when compile is switched off.
    void startCommandShowsThatTheExecutableStartsInstead()
    {
        QVERIFY(m_catalog.find("bun"));
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("bun")));
        clickStep(*m_window, 2);
        clickButton(child<QRadioButton>(*m_window, "base_slim"));
        clickStep(*m_window, 5);
        auto *start = child<QLineEdit>(*m_window, "startCommand");
        auto *unused = child<QLabel>(*m_window, "startCommandUnused");
        QVERIFY(start->isEnabled());
        QVERIFY(!unused->isVisibleTo(m_window.get()));

        clickStep(*m_window, 1);
        auto *compile = child<QCheckBox>(*m_window, "option_compile");
        clickButton(compile);
        QVERIFY(previewText(*m_window).contains(QLatin1String("ENTRYPOINT [\"/app/server\"]")));
        clickStep(*m_window, 5);
        QVERIFY(!start->isEnabled());
        QVERIFY(unused->isVisibleTo(m_window.get()));
        QVERIFY2(unused->text().startsWith(QLatin1String("Set by Compile to one executable: the image starts /app/server")),
                 qPrintable(unused->text()));

        clickStep(*m_window, 1);
        clickButton(compile);
        clickStep(*m_window, 5);
        QVERIFY(start->isEnabled());
        QVERIFY(!unused->isVisibleTo(m_window.get()));
    }

    void startCommandIsCheckedAsYouType()
    {
        clickStep(*m_window, 5);
        auto *command = child<QLineEdit>(*m_window, "startCommand");
        auto *problem = child<QLabel>(*m_window, "startCommandProblem");
        QVERIFY(!problem->isVisibleTo(m_window.get()));
        const QString good = previewText(*m_window);
        command->setFocus();
        command->end(false);
        QTest::keyClicks(command, QStringLiteral(" | tee log"));
        const Outcome<std::vector<std::string>> split = splitStartCommand(command->text().toStdString());
        QVERIFY(!split.ok());
        // Checked as it is typed, before it is committed.
        QVERIFY(problem->isVisibleTo(m_window.get()));
        QCOMPARE(problem->text(), QString::fromStdString(split.error()));
        QVERIFY(splitStartCommand(m_window->config().startCommand).ok());
        QTest::keyClick(command, Qt::Key_Return);
        QCOMPARE(m_window->config().startCommand, command->text().toStdString());
        QVERIFY(!problem->isHidden());
        QCOMPARE(previewText(*m_window), good);
        QVERIFY(child<QLabel>(*m_window, "previewProblem")->isVisibleTo(m_window.get()));
        QVERIFY(!child<QPushButton>(*m_window, "exportButton")->isEnabled());

        command->selectAll();
        QTest::keyClicks(command, QStringLiteral("node server.js"));
        QVERIFY(problem->isHidden());
        QTest::keyClick(command, Qt::Key_Return);
        QVERIFY(previewText(*m_window).contains(QLatin1String("\"server.js\"")));
    }

    void cacheMountsAndLabels()
    {
        clickStep(*m_window, 4);
        auto *cache = child<QCheckBox>(*m_window, "cacheMounts");
        QVERIFY(previewText(*m_window).contains(QLatin1String("--mount=type=cache")));
        QSignalSpy updates(m_window->previewPanel(), &PreviewPanel::updated);
        clickButton(cache);
        QVERIFY(!previewText(*m_window).contains(QLatin1String("--mount=type=cache")));
        QCOMPARE(updates.count(), 1);
        QVERIFY(!child<QLabel>(*m_window, "lockedInstall")->text().isEmpty());

        clickStep(*m_window, 5);
        auto *labels = child<QGroupBox>(*m_window, "ociLabels");
        labels->setChecked(true);
        auto *title = child<QLineEdit>(*m_window, "labelTitle");
        title->setFocus();
        QTest::keyClicks(title, QStringLiteral("shop"));
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(previewText(*m_window).contains(QLatin1String("org.opencontainers.image.title=\"shop\"")));
    }

    void stackChoicesComeFromTheCatalog()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        QCOMPARE(stackCombo->count(), int(m_catalog.stacks().size()));
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("staticbin")));
        auto *option = child<QLineEdit>(*m_window, "option_binaryName");
        QCOMPARE(option->text(), QStringLiteral("server"));
        option->setFocus();
        option->selectAll();
        QTest::keyClicks(option, QStringLiteral("api"));
        QTest::keyClick(option, Qt::Key_Return);
        QCOMPARE(m_window->config().options.at("binaryName"), std::string("api"));
        QVERIFY(previewText(*m_window).contains(QLatin1String("RUN make api")));
        auto *versions = child<QComboBox>(*m_window, "languageVersion");
        QCOMPARE(versions->count(), 1);
        QCOMPARE(versions->currentData().toString(), QStringLiteral("1"));
    }

    // A toggle option (a fact about the project) is a check box, not a "true"/"false" field.
    void toggleOptionsAreCheckBoxes()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("go")));
        auto *goSum = child<QCheckBox>(*m_window, "option_goSum");
        QTRY_VERIFY(goSum->isVisibleTo(m_window.get()));
        const bool had = goSum->isChecked();
        QCOMPARE(previewText(*m_window).contains(QLatin1String("go.sum")), had);
        clickButton(goSum);
        QCOMPARE(m_window->config().options.at("goSum"), std::string(had ? "false" : "true"));
        QCOMPARE(previewText(*m_window).contains(QLatin1String("go.sum")), !had);
    }

    // Each stack's options are built once and kept: going back to a stack shows the same
    // fields, with what was typed there, and only the chosen stack's options are in sight.
    void optionPanelsAreKeptPerStack()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("go")));
        auto *mainPackage = child<QLineEdit>(*m_window, "option_mainPackage");
        mainPackage->setFocus();
        mainPackage->selectAll();
        QTest::keyClicks(mainPackage, QStringLiteral("./cmd/api"));
        QTest::keyClick(mainPackage, Qt::Key_Return); // commits, and goes on to the next step
        QCOMPARE(m_window->config().options.at("mainPackage"), std::string("./cmd/api"));
        clickStep(*m_window, 1);
        auto *goPanel = child<QWidget>(*m_window, "stackOptions_go");

        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("python")));
        QVERIFY(!goPanel->isVisibleTo(m_window.get()));
        QVERIFY(child<QWidget>(*m_window, "stackOptions_python")->isVisibleTo(m_window.get()));
        QVERIFY(!mainPackage->isVisibleTo(m_window.get()));

        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("go")));
        QCOMPARE(child<QWidget>(*m_window, "stackOptions_go"), goPanel);
        QCOMPARE(child<QLineEdit>(*m_window, "option_mainPackage"), mainPackage);
        QVERIFY(mainPackage->isVisibleTo(m_window.get()));
        // Going to another stack starts from its defaults, and the kept field shows them.
        QCOMPARE(mainPackage->text(), QString::fromStdString(fieldText(m_window->config(), {ConfigField::Option, "mainPackage"})));
        QCOMPARE(m_window->findChildren<QWidget *>(QStringLiteral("stackOptions_go")).size(), 1);
    }

    // The description under the package-manager list keeps room for the longest one: going
    // through the list changes its words and moves nothing under it.
    void choosingAPackageManagerMovesNothingBelowIt()
    {
        clickStep(*m_window, 1);
        auto *managers = child<QComboBox>(*m_window, "packageManager");
        auto *description = child<QLabel>(*m_window, "packageManagerDescription");
        auto *below = child<QComboBox>(*m_window, "languageVersion");
        QVERIFY(managers->count() > 2);
        const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
        settle();
        const QPoint where = below->mapTo(m_window.get(), QPoint());
        QSet<QString> seen;
        for (int i = 0; i < managers->count(); ++i) {
            managers->setCurrentIndex(i);
            settle();
            seen.insert(description->text());
            QCOMPARE(below->mapTo(m_window.get(), QPoint()), where);
            // Every line of the text is in sight.
            QVERIFY(description->height() >= description->QLabel::heightForWidth(description->width()));
        }
        QCOMPARE(seen.size(), managers->count());
    }

    // A new description is laid out and painted once. QLabel lays a selectable text out
    // inside its paint and then asked to be painted again, with the page under it.
    void aNewDescriptionIsPaintedOnce()
    {
        clickStep(*m_window, 1);
        auto *managers = child<QComboBox>(*m_window, "packageManager");
        auto *description = child<QLabel>(*m_window, "packageManagerDescription");
        QVERIFY(managers->count() > 1);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(50);
        PaintCounter paints(description);
        managers->setCurrentIndex(managers->currentIndex() == 0 ? 1 : 0);
        QTest::qWait(100);
        QCOMPARE(paints.count, 1);
    }

    // Some stacks' options make the Stack page taller than the window and others do not.
    // The page keeps its width either way: no text re-wraps when the scroll bar comes.
    void switchingStacksKeepsThePageWidth()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        auto *scroll = child<QScrollArea>(*m_window, "stepScroll");
        QScrollBar *bar = scroll->verticalScrollBar();
        const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); };
        settle();
        const int width = scroll->widget()->width();
        bool scrolled = false;
        bool fitted = false;
        for (int i = 0; i < stackCombo->count(); ++i) {
            stackCombo->setCurrentIndex(i);
            settle();
            const bool scrolls = bar->maximum() > bar->minimum();
            (scrolls ? scrolled : fitted) = true;
            QCOMPARE(scroll->widget()->width(), width);
            // The bar's room is kept, and it is live only with something to scroll.
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->isEnabled(), scrolls);
        }
        // Both cases happened at this window size, so the width was tested across them.
        QVERIFY(scrolled);
        QVERIFY(fitted);
    }

    // Stack templates are untrusted: their names, descriptions and help show as the text
    // they are, never as markup.
    void templateTextIsNeverMarkup()
    {
        clickStep(*m_window, 1);
        auto *stackCombo = child<QComboBox>(*m_window, "stack");
        stackCombo->setCurrentIndex(stackCombo->findData(QStringLiteral("staticbin")));
        const QString help = QStringLiteral("letters and <b>digits</b>, shown as typed: template text is never markup");
        QLabel *shown = nullptr;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text() == help)
                shown = label;
        }
        QVERIFY(shown);
        QVERIFY(shown->isVisibleTo(m_window.get()));
        QCOMPARE(shown->textFormat(), Qt::PlainText);
    }

    void wizardArguments()
    {
        QTemporaryDir dir;
        WizardArguments a = parseWizardArguments({QStringLiteral("--preset"), QStringLiteral("p.json")});
        QCOMPARE(a.preset, QStringLiteral("p.json"));
        QVERIFY(a.error.isEmpty());
        a = parseWizardArguments({dir.path()});
        QCOMPARE(a.folder, dir.path());
        QVERIFY(a.error.isEmpty());
        a = parseWizardArguments({QStringLiteral("--preset")});
        QCOMPARE(a.error, QStringLiteral("--preset needs a file"));
        a = parseWizardArguments({dir.filePath(QStringLiteral("missing"))});
        QVERIFY(a.error.contains(QLatin1String("is not a folder")));
        a = parseWizardArguments({QStringLiteral("--bogus")});
        QVERIFY(a.error.contains(QLatin1String("unknown option '--bogus'")));
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardSteps)
#include "tst_wizardsteps.moc"
