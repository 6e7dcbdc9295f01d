#pragma once

#include <type_traits>
// Shared by the wizard GUI tests: a hermetic settings folder, the real catalog plus a
// test stack that can use scratch, and a window whose dialogs are answered by the test.

#include "catalog/catalog.h"
#include "dockerfile/document.h"
#include "generate/generator.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/wizardstate.h"
#include "preview/dockerfilepreview.h"
#include "preview/previewpanel.h"

#include <KSyntaxHighlighting/Repository>

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace wizardtest {

inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StagecraftTests"));
    QCoreApplication::setApplicationName(QStringLiteral("wizard"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

inline stagecraft::Catalog testCatalog()
{
    stagecraft::Catalog catalog = stagecraft::Catalog::loadDefault();
    QFile file(QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/wizard/staticbin.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the staticbin fixture");
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    stagecraft::Outcome<stagecraft::StackDefinition> stack = stagecraft::parseStack(json, "staticbin.json", nullptr);
    if (!stack)
        qFatal("%s", stack.error().c_str());
    catalog.add(std::move(stack).value());
    return catalog;
}

// Every question fails the test unless the test set an answer first.
struct Answers
{
    QString folder;
    QString openFile;
    QString saveFile;
    stagecraft::WhenDifferent existing = stagecraft::WhenDifferent::Refuse; // the answer for every differing file
    // Most export tests write into a folder the generated file does not fit (an empty
    // temporary folder), as a user who answers "Export anyway" does.
    bool exportAnyway = true;
    QStringList unfitting; // the findings the export question listed
    QStringList errors;
    QStringList diffs;
};

inline std::unique_ptr<stagecraft::MainWindow> makeWindow(const stagecraft::Catalog &catalog,
                                                          KSyntaxHighlighting::Repository &repository, Answers &answers)
{
    auto window = std::make_unique<stagecraft::MainWindow>(catalog, repository);
    stagecraft::Prompts &prompts = window->prompts();
    prompts.chooseFolder = [&answers](QWidget *, const QString &, const QString &) { return answers.folder; };
    prompts.chooseOpenFile = [&answers](QWidget *, const QString &, const QString &) { return answers.openFile; };
    prompts.chooseSaveFile = [&answers](QWidget *, const QString &, const QString &) { return answers.saveFile; };
    prompts.chooseForExisting = [&answers](QWidget *, const QString &, const QString &diff) {
        answers.diffs << diff;
        return answers.existing;
    };
    prompts.confirmExportAnyway = [&answers](QWidget *, const QString &, const QStringList &findings) {
        answers.unfitting << findings;
        return answers.exportAnyway;
    };
    prompts.showError = [&answers](QWidget *, const QString &, const QString &message) { answers.errors << message; };
    window->resize(1280, 800);
    window->show();
    return window;
}

// The widget with this name that a user can see; when several have it (each stack's option
// panel is kept, hidden, once built), the one shown, and it must be exactly one.
template<typename T>
T *child(const QWidget &window, const char *name)
{
    const QList<T *> all = window.findChildren<T *>(QString::fromLatin1(name));
    if (all.size() == 1)
        return all.front();
    if (all.isEmpty())
        qFatal("no child named %s", name);
    QList<T *> shown;
    if constexpr (std::is_base_of_v<QWidget, T>) {
        for (T *widget : all) {
            if (widget->isVisibleTo(&window))
                shown << widget;
        }
    }
    if (shown.size() != 1)
        qFatal("%lld children named %s, %lld of them shown", qlonglong(all.size()), name, qlonglong(shown.size()));
    return shown.front();
}

// Clicks the step's row in the step list, as a user would.
inline void clickStep(stagecraft::MainWindow &window, int index)
{
    auto *list = child<QListWidget>(window, "stepList");
    const QRect rect = list->visualItemRect(list->item(index));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

// Clicks a check box or radio button on its indicator (the widget may be wider than its text).
inline void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(qMin(8, button->width() / 2), button->height() / 2));
}

inline QString previewText(const stagecraft::MainWindow &window)
{
    return window.preview()->toPlainText();
}

// The image of the last FROM line of the shown Dockerfile.
inline QString finalFrom(const stagecraft::MainWindow &window)
{
    const QStringList lines = previewText(window).split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("FROM ")))
            return it->section(QLatin1Char(' '), 1, 1);
    }
    return {};
}

inline QString expectedFinalFrom(const stagecraft::Catalog &catalog, const stagecraft::Config &config)
{
    const stagecraft::Outcome<stagecraft::Generated> generated = stagecraft::generate(catalog, config);
    return generated ? QString::fromStdString(generated->multiStage.finalStage().baseImage) : QString();
}

// Answers the real modal dialogs named `name` as they open, in order, one function each; a
// function must close its dialog (click a button, press Escape). A dialog nobody expected is
// cancelled and counted, so the test can fail on it.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(const QString &name)
        : m_name(name)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { answerOpenDialog(); });
        m_timer.start();
    }

    void then(std::function<void(QDialog &)> answer) { m_answers.push_back(std::move(answer)); }
    int answered() const { return m_answered; }
    int unexpected() const { return m_unexpected; }
    int leftOpen() const { return m_leftOpen; }

private:
    void answerOpenDialog()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != m_name || !dialog->isVisible())
            return;
        if (m_answers.empty()) {
            ++m_unexpected;
            dialog->reject();
            return;
        }
        const std::function<void(QDialog &)> answer = std::move(m_answers.front());
        m_answers.pop_front();
        ++m_answered;
        answer(*dialog);
        if (dialog->isVisible()) {
            ++m_leftOpen;
            dialog->reject();
        }
    }

    QString m_name;
    QTimer m_timer;
    std::deque<std::function<void(QDialog &)>> m_answers;
    int m_answered = 0;
    int m_unexpected = 0;
    int m_leftOpen = 0;
};

} // namespace wizardtest
