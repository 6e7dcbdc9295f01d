// readBoundedFile: the one reader for files the core did not write. Hostile inputs must
// neither block (FIFO), exhaust memory (/dev/zero), nor slip past the cap.
#include "io/boundedfile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace stagecraft;

class TestIoBoundedFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string path(const char *name) const { return (m_dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }
    void write(const char *name, const std::string &text) const { std::ofstream(path(name), std::ios::binary) << text; }

private Q_SLOTS:
    void readsARegularFile()
    {
        write("a.json", "{\"x\": 1}\n");
        const Outcome<std::string> text = readBoundedFile(path("a.json"));
        QVERIFY2(text.ok(), text.error().c_str());
        QCOMPARE(text.value(), std::string("{\"x\": 1}\n"));
    }

    void capIsCheckedWhileReading()
    {
        write("big", std::string(2000, 'x'));
        const Outcome<std::string> text = readBoundedFile(path("big"), {.maxBytes = 1999});
        QVERIFY(!text.ok());
        QCOMPARE(text.error(), path("big") + ": larger than 1 KiB");
        QVERIFY(readBoundedFile(path("big"), {.maxBytes = 2000}).ok());
    }

    void fifoIsRefusedWithoutBlocking()
    {
        QCOMPARE(::mkfifo(path("fifo").c_str(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const Outcome<std::string> text = readBoundedFile(path("fifo"));
        QVERIFY(!text.ok());
        QVERIFY2(text.error().find("not a regular file") != std::string::npos, text.error().c_str());
        QVERIFY(timer.elapsed() < 5000);
    }

    void devicesAreRefused()
    {
        for (const char *device : {"/dev/zero", "/dev/null", "/dev/urandom"}) {
            const Outcome<std::string> text = readBoundedFile(device);
            QVERIFY(!text.ok());
            QCOMPARE(text.error(), std::string(device) + ": not a regular file (a pipe, socket or device is never read)");
        }
    }

    void folderAndMissingFileNameThePath()
    {
        QCOMPARE(readBoundedFile(m_dir.path().toStdString()).error(), m_dir.path().toStdString() + ": is a folder, not a file");
        QCOMPARE(readBoundedFile(path("absent")).error(), path("absent") + ": no such file");
        const Outcome<std::string> silent = readBoundedFile(path("absent"), {.missingIsSilent = true});
        QVERIFY(!silent.ok());
        QVERIFY(silent.error().empty());
    }

    void symlinkToDeviceIsRefused()
    {
        std::filesystem::create_symlink("/dev/zero", path("zero-link"));
        QVERIFY(!readBoundedFile(path("zero-link")).ok());
        QVERIFY(!isPlainRegularFile(path("zero-link")));
        write("plain", "x");
        std::filesystem::create_symlink(path("plain"), path("plain-link"));
        QVERIFY(isPlainRegularFile(path("plain")));
        QVERIFY(!isPlainRegularFile(path("plain-link")));
    }

    void resourcesAreCappedToo()
    {
        QVERIFY(readBoundedFile(":/templates/go.json").ok());
        QVERIFY(!readBoundedFile(":/templates/go.json", {.maxBytes = 10}).ok());
    }
};

QTEST_GUILESS_MAIN(TestIoBoundedFile)
#include "tst_ioboundedfile.moc"
