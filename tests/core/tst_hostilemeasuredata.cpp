// The user's image-size override is a file anyone can hand over: figures that overflow a
// sum, a FIFO or device in its place, and hundreds of thousands of entries.
#include "../support/testfiles.h"
#include "estimate/bytecount.h"
#include "estimate/imagedata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <thread>

using namespace stagecraft;
using namespace stagecraft::testing;
using nlohmann::json;

namespace {

json figure(const json &bytes)
{
    return {{"bytes", bytes}, {"asOf", "2025-01"}, {"source", "test"}};
}

json entry(const std::string &ref, const json &bytes)
{
    return {{"ref", ref}, {"compressed", figure(bytes)}, {"disk", figure(bytes)}};
}

} // namespace

class TestHostileMeasureData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(QString::fromStdString(ImageSizeData::userFile())); }

    void figureTooLargeIsRefused()
    {
        const json data = {{"images", json::array({entry("node:22-alpine", 9223372036854775807LL)})}};
        const auto parsed = ImageSizeData::fromJson(data, "override.json");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), std::string("override.json: /images/0/compressed/bytes: more than 1 TB "
                                             "(1000000000000 bytes)"));
        QVERIFY(ImageSizeData::fromJson({{"images", json::array({entry("x:1", 1000000000000LL)})}}, "ok").ok());
    }

    void sumsSaturate()
    {
        constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(addBytes(most, 1), most);
        QCOMPARE(addBytes(most - 5, most - 5), most);
        QCOMPARE(addBytes(40, 2), std::int64_t(42));
    }

    void overrideIsAFifo()
    {
        const std::string path = ImageSizeData::userFile();
        QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        auto problems = std::make_shared<std::vector<std::string>>();
        QVERIFY(finishesWithin(30, [problems] { ImageSizeData::loadDefault(problems.get()); }));
        QCOMPARE(problems->size(), std::size_t(1));
        QVERIFY2(problems->front().find("not a regular file") != std::string::npos, problems->front().c_str());
    }

    void overrideTooLarge()
    {
        const std::string path = ImageSizeData::userFile();
        QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(int(ImageSizeData::maxFileBytes) + 1, ' '));
        file.close();
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(problems.front().find("larger than 4096 KiB") != std::string::npos, problems.front().c_str());
        QVERIFY(data.find("node:22-alpine"));
    }

    void manyOverridesMergeFast()
    {
        json images = json::array();
        constexpr int count = 100000;
        for (int i = 0; i < count; ++i)
            images.push_back(entry("example.com/image" + std::to_string(i) + ":1", i));
        images.push_back(entry("example.com/image7:1", 777)); // a later duplicate wins
        const auto overrides = ImageSizeData::fromJson({{"images", images}}, "override.json");
        QVERIFY(overrides.ok());
        auto merged = std::make_shared<ImageSizeData>(ImageSizeData::loadDefault());
        const std::size_t before = merged->images().size();
        QVERIFY(finishesWithin(20, [merged, overrides] { merged->overrideWith(overrides.value()); }));
        QCOMPARE(merged->images().size(), before + count);
        QCOMPARE(merged->images().front().ref, std::string("example.com/image99999:1"));
        QCOMPARE(merged->find("example.com/image7:1")->disk.bytes, std::int64_t(777));
        QCOMPARE(merged->find("example.com/image12345:1")->disk.bytes, std::int64_t(12345));
    }
};

QTEST_GUILESS_MAIN(TestHostileMeasureData)
#include "tst_hostilemeasuredata.moc"
