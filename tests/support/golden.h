#pragma once

// Golden files: the exact text a test expects, checked in and reviewed like code.
// STAGECRAFT_UPDATE_GOLDEN=1 rewrites them after an intended change; read the diff in git.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>

namespace stagecraft::testing {

// The folders under tests/golden that hold a preset and its outputs; projects/ holds the
// goldens of the project fixtures (tests/cli/tst_projectfixtures.cpp) instead.
inline QStringList presetGoldenFolders()
{
    QStringList names = QDir(QStringLiteral(STAGECRAFT_TESTS_DIR "/golden")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeAll(QStringLiteral("projects"));
    return names;
}

inline bool updatingGoldens()
{
    return qEnvironmentVariableIntValue("STAGECRAFT_UPDATE_GOLDEN") == 1;
}

inline bool writeGolden(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

// `diff -u expected actual`, so a failure shows which lines changed rather than two blobs.
inline QString unifiedDiff(const QString &expectedPath, const QByteArray &actual)
{
    QTemporaryDir dir;
    const QString actualPath = dir.filePath(QFileInfo(expectedPath).fileName() + QStringLiteral(".generated"));
    if (!writeGolden(actualPath, actual))
        return QStringLiteral("(could not write the generated text for diffing)");
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), expectedPath, actualPath});
    if (!diff.waitForFinished(30000))
        return QStringLiteral("(diff did not run)");
    return QString::fromUtf8(diff.readAllStandardOutput());
}

// Empty when `actual` is what the golden file at `path` holds (or it was just updated);
// otherwise the diff, or a note that the file is missing.
inline QString goldenDifference(const QString &path, const QByteArray &actual)
{
    QFile file(path);
    const bool exists = file.open(QIODevice::ReadOnly);
    if (exists && file.readAll() == actual)
        return {};
    if (updatingGoldens()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!writeGolden(path, actual))
            return QStringLiteral("cannot write ") + path;
        qInfo("updated %s", qPrintable(path));
        return {};
    }
    return exists ? unifiedDiff(path, actual)
                  : QStringLiteral("%1 is missing; run with STAGECRAFT_UPDATE_GOLDEN=1 to create it").arg(path);
}

} // namespace stagecraft::testing
