#pragma once
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
#include <QCoreApplication>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    bool overwrite = false;
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
    prompts.confirmOverwrite = [&answers](QWidget *, const QString &, const QString &diff) {
        answers.diffs << diff;
        return answers.overwrite;
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

template<typename T>
T *child(const QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
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

} // namespace wizardtest
