#pragma once

#include "export/exporter.h"

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

// Every question the wizard asks in a modal dialog goes through here, so tests can
// answer instead of a person (set a function, the next question gets that answer).
struct Prompts
{
    // An existing folder, or empty when cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &start)> chooseFolder;
    // A file to read / to write, or empty when cancelled. `filter` as in QFileDialog.
    std::function<QString(QWidget *parent, const QString &title, const QString &filter)> chooseOpenFile;
    std::function<QString(QWidget *parent, const QString &title, const QString &filter)> chooseSaveFile;
    // Shows what would change in the existing file `path` (a unified diff) and asks what to
    // do with it: Replace, Keep, WriteAsNew, or Refuse to cancel the whole export.
    std::function<WhenDifferent(QWidget *parent, const QString &path, const QString &diff)> chooseForExisting;
    // The Dockerfile does not fit `folder` (the build check's `findings`, one per line):
    // export it anyway?
    std::function<bool(QWidget *parent, const QString &folder, const QStringList &findings)> confirmExportAnyway;
    std::function<void(QWidget *parent, const QString &title, const QString &message)> showError;

    // The real dialogs.
    static Prompts interactive(KSyntaxHighlighting::Repository &repository);
};

} // namespace stagecraft
