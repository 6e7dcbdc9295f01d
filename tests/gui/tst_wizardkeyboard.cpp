// The wizard with the keyboard alone: Return presses Next (or the focused button), Ctrl+E
// exports from inside a text field, every page's mnemonics are unique (with the menu bar),
// the first page starts with a visible focus, and the size chart is reached with Tab and
// read out layer by layer. Also the layout at 1024x700: nothing that matters is elided.
#include "wizardfixture.h"

#include "chart/sizechart.h"
#include "steps/reviewstep.h"
#include "steps/wizardstep.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>

#include <map>

using namespace stagecraft;
using namespace wizardtest;

namespace {

// The Alt+letter a widget answers to, with the text it shows ("" when none).
struct Mnemonic
{
    QString key;
    QString owner;
};

std::vector<Mnemonic> mnemonicsOf(const QList<QWidget *> &widgets)
{
    std::vector<Mnemonic> found;
    for (QWidget *widget : widgets) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            text = group->title();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.push_back({key.toString(), text});
    }
    return found;
}

// Fails with both owners when one key is claimed twice.
QString firstClash(const std::vector<Mnemonic> &mnemonics)
{
    std::map<QString, QString> seen;
    for (const Mnemonic &m : mnemonics) {
        if (auto it = seen.find(m.key); it != seen.end())
            return QStringLiteral("%1 is taken by \"%2\" and \"%3\"").arg(m.key, it->second, m.owner);
        seen.emplace(m.key, m.owner);
    }
    return {};
}

QString menuClash(QMenu *menu)
{
    std::vector<Mnemonic> items;
    for (QAction *action : menu->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            items.push_back({key.toString(), action->text()});
        if (action->menu()) {
            if (QString clash = menuClash(action->menu()); !clash.isEmpty())
                return clash;
        }
    }
    const QString clash = firstClash(items);
    return clash.isEmpty() ? QString() : menu->title() + QStringLiteral(": ") + clash;
}

} // namespace

class TestWizardKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        m_catalog = testCatalog();
    }

    void init()
    {
        QSettings().clear();
        m_answers = Answers{};
        m_window = makeWindow(m_catalog, m_repository, m_answers);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void returnPressesNext()
    {
        // From a radio button on the first page.
        QWidget *start = m_window->focusWidget();
        QVERIFY(start);
        QTest::keyClick(start, Qt::Key_Return);
        QCOMPARE(m_window->currentStep(), 1);

        // From inside a text field: Runtime's start command, then the Review page.
        m_window->setCurrentStep(5);
        auto *command = child<QLineEdit>(*m_window, "startCommand");
        command->setFocus();
        const QString before = command->text();
        QTest::keyClick(command, Qt::Key_Return);
        QCOMPARE(m_window->currentStep(), 6);
        QCOMPARE(command->text(), before);

        // The keypad's Enter does the same; a focused button is the one pressed (as in a dialog).
        m_window->setCurrentStep(2);
        auto *back = child<QPushButton>(*m_window, "backButton");
        back->setFocus();
        QTest::keyClick(back, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(m_window->currentStep(), 1);
    }

    void ctrlEExportsFromInsideATextField()
    {
        QTemporaryDir target;
        m_answers.folder = target.path();
        m_window->setCurrentStep(5);
        auto *command = child<QLineEdit>(*m_window, "startCommand");
        command->setFocus();
        command->setCursorPosition(0);
        auto *review = m_window->findChild<ReviewStep *>();
        QSignalSpy finished(review, &ReviewStep::exportFinished);
        QTest::keyClick(command, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(QFile::exists(target.filePath(QStringLiteral("Dockerfile"))));
        QCOMPARE(m_window->currentStep(), m_window->stepCount() - 1);
        // The field did not take the key as "end of line".
        QCOMPARE(command->cursorPosition(), 0);
    }

    void mnemonicsAreUniquePerPage()
    {
        auto *steps = child<QStackedWidget>(*m_window, "steps");
        QStringList menuTitles;
        for (QAction *action : m_window->menuBar()->actions()) {
            QVERIFY(action->menu());
            menuTitles << action->text();
            const QString clash = menuClash(action->menu());
            QVERIFY2(clash.isEmpty(), qPrintable(clash));
        }
        QVERIFY(menuTitles.contains(QStringLiteral("&View")));
        QVERIFY(menuTitles.contains(QStringLiteral("&Help")));
        for (int i = 0; i < m_window->stepCount(); ++i) {
            m_window->setCurrentStep(i);
            QWidget *page = steps->widget(i);
            // Everything on the page, shown now or later (the scan's buttons), and what is
            // around it: Back, Next, the preview's toolbar, the menu bar.
            QList<QWidget *> widgets = page->findChildren<QWidget *>();
            for (QWidget *widget : m_window->findChildren<QWidget *>()) {
                if (!steps->isAncestorOf(widget) && widget->isVisibleTo(m_window.get()) && !qobject_cast<QMenu *>(widget))
                    widgets << widget;
            }
            std::vector<Mnemonic> mnemonics = mnemonicsOf(widgets);
            for (const QString &title : menuTitles)
                mnemonics.push_back({QKeySequence::mnemonic(title).toString(), title});
            QVERIFY2(mnemonics.size() >= 6, qPrintable(QString::number(mnemonics.size())));
            const QString clash = firstClash(mnemonics);
            const QString where = qobject_cast<WizardStep *>(page)->title() + QStringLiteral(": ") + clash;
            QVERIFY2(clash.isEmpty(), qPrintable(where));
        }
    }

    void focusIsVisibleAtStart()
    {
        QWidget *focused = m_window->focusWidget();
        QVERIFY(focused);
        auto *steps = child<QStackedWidget>(*m_window, "steps");
        QVERIFY(steps->currentWidget()->isAncestorOf(focused));
        QCOMPARE(focused->objectName(), QStringLiteral("useProjectFolder"));
        // Styles draw the focus frame only once focus counts as keyboard focus.
        QVERIFY(m_window->testAttribute(Qt::WA_KeyboardFocusChange));
        QVERIFY(focused->hasFocus());
    }

    void chartIsReachedAndReadLayerByLayer()
    {
        SizeChart *chart = m_window->sizeChart();
        QVERIFY(chart->focusPolicy() & Qt::TabFocus);
        // Tab from the last control before it gets there.
        chart->setFocus(Qt::TabFocusReason);
        QVERIFY(chart->hasFocus());
        const QString summary = chart->accessibleDescription();
        QVERIFY(summary.contains(QStringLiteral("Multi-stage image")));
        QTest::keyClick(chart, Qt::Key_Right);
        auto current = chart->currentLayer();
        QVERIFY(current);
        QCOMPARE(current->bar, SizeChart::Bar::SingleStage);
        const LayerEstimate &first = chart->estimate().singleStage.layers.at(current->index);
        QVERIFY2(chart->accessibleDescription().contains(QString::fromStdString(first.instruction)),
                 qPrintable(chart->accessibleDescription()));
        QVERIFY(chart->accessibleDescription().startsWith(QStringLiteral("Single-stage image, layer 1 of")));
        QTest::keyClick(chart, Qt::Key_Down);
        current = chart->currentLayer();
        QVERIFY(current);
        QCOMPARE(current->bar, SizeChart::Bar::MultiStage);
        const LayerEstimate &base = chart->estimate().multiStage.layers.at(current->index);
        QVERIFY(chart->accessibleDescription().contains(QString::fromStdString(formatBytes(base.diskBytes))));
        QTest::keyClick(chart, Qt::Key_End);
        QVERIFY(chart->accessibleDescription() != summary);
        // Leaving the chart goes back to the summary.
        child<QPushButton>(*m_window, "nextButton")->setFocus();
        QVERIFY(!chart->currentLayer());
        QCOMPARE(chart->accessibleDescription(), summary);
    }

    void nothingThatMattersIsElidedAt1024()
    {
        m_window->resize(1024, 700);
        // Next.js has the most kinds of layers: seven legend entries with the striped key.
        m_window->state().switchToStack("nextjs");
        for (int i = 0; i < m_window->stepCount(); ++i) {
            m_window->setCurrentStep(i);
            QApplication::processEvents();
            // No page forces the window wider than the screen it was made for, or is cut off
            // at a side of its scroll area.
            QCOMPARE(m_window->size(), QSize(1024, 700));
            auto *scroll = child<QScrollArea>(*m_window, "stepScroll");
            QWidget *steps = scroll->widget();
            QCOMPARE(steps->x(), 0);
            QVERIFY2(steps->width() <= scroll->viewport()->width(),
                     qPrintable(QStringLiteral("page %1: %2 > %3").arg(i).arg(steps->width()).arg(scroll->viewport()->width())));
            for (const char *name : {"viewMultiStage", "viewSingleStage", "viewSideBySide", "copyAll", "backButton", "nextButton"}) {
                auto *button = child<QAbstractButton>(*m_window, name);
                QVERIFY2(button->width() >= button->sizeHint().width(),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(QString::fromLatin1(name)).arg(button->width()).arg(button->sizeHint().width())));
            }
            SizeChart *chart = m_window->sizeChart();
            QVERIFY(chart->height() >= chart->heightForWidth(chart->width()));
            const QStringList legend = chart->legendTexts();
            QVERIFY2(legend.contains(QStringLiteral("striped: assumed typical size")), qPrintable(legend.join(QStringLiteral(", "))));
            // Every kind drawn in a bar has its legend entry.
            for (const LayerEstimate &layer : chart->estimate().singleStage.layers) {
                if (layer.diskBytes > 0 && layer.holds == "base")
                    QVERIFY(legend.contains(QStringLiteral("Base image")));
            }
            QVERIFY2(legend.size() >= 6, qPrintable(legend.join(QStringLiteral(", "))));
        }
    }

private:
    QTemporaryDir m_settings;
    Catalog m_catalog;
    KSyntaxHighlighting::Repository m_repository;
    Answers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
