#pragma once

// Runs the built `stagecraft` program, for what only a real process shows: its exit code
// when stdout fails, a run without a display, or a command that must not block.
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace stagecraft::testing {

struct ProcessRun
{
    bool finished = false; // false: killed after the timeout
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// The program sits next to the test executables' folder: build/<name>/app/stagecraft.
inline QString stagecraftBinary()
{
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/stagecraft")).absoluteFilePath();
}

// `stdoutFile` replaces the captured standard output (e.g. /dev/full) when not empty.
inline ProcessRun runBinary(const QStringList &args, const QProcessEnvironment &environment, const QString &stdoutFile = {},
                            int timeoutMs = 20000)
{
    ProcessRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(stagecraftBinary(), args);
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.code = process.exitCode();
    if (stdoutFile.isEmpty())
        result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The test's environment without any way to reach a display.
inline QProcessEnvironment environmentWithoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// `environment` with the program's data and settings folders under `root`, so a run never
// reads the user's templates or settings, nor leaves anything behind.
inline QProcessEnvironment hermeticEnvironment(QProcessEnvironment environment, const QString &root)
{
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    return environment;
}

} // namespace stagecraft::testing
