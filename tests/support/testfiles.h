#pragma once

// Small file helpers the tests share: writing fixtures, reading results, listing folders,
// and running code that must not hang.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace stagecraft::testing {

// Writes `text` to `path`, creating its folders.
inline void write(const std::filesystem::path &path, const std::string &text)
{
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

// Every name in `folder`, hidden files, links and pipes included, sorted.
inline QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs `work` on a detached thread and waits at most `seconds` for it, so a regression that
// hangs fails the test instead of blocking the suite.
inline bool finishesWithin(int seconds, std::function<void()> work)
{
    auto done = std::make_shared<std::atomic_bool>(false);
    std::thread([done, work = std::move(work)] {
        work();
        done->store(true);
    }).detach();
    QElapsedTimer timer;
    timer.start();
    while (!done->load() && timer.elapsed() < seconds * 1000)
        QTest::qWait(20);
    return done->load();
}

} // namespace stagecraft::testing
