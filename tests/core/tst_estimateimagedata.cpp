#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/imagedata.h"
#include "generate/generator.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace stagecraft;

class TestEstimateImageData : public QObject
{
    Q_OBJECT

private:
    static void writeUserFile(const QByteArray &content)
    {
        const QString path = QString::fromStdString(ImageSizeData::userFile());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(QString::fromStdString(ImageSizeData::userFile())); }

    void builtInDataLoads()
    {
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        const ImageSizes *golang = data.find("golang:1.23-bookworm");
        QVERIFY(golang);
        QCOMPARE(golang->disk.bytes, std::int64_t(837940000));
        QCOMPARE(golang->compressed.bytes, std::int64_t(303300000));
        QVERIFY(golang->disk.derived.empty());
        // A digest and the :nonroot tag still find the figure.
        QVERIFY(data.find("gcr.io/distroless/static-debian12:nonroot@sha256:0123"));
        QVERIFY(data.find("scratch"));
        QVERIFY(!data.find("node:18"));
        for (const char *stack : {"node", "nextjs", "go", "python", "rust", "php", "ruby"}) {
            auto defaults = data.stackDefaults(stack);
            QVERIFY2(defaults.has_value(), stack);
            for (const char *part : {"dependencies", "allDependencies", "sources", "buildOutput", "application",
                                     "packageCache", "systemPackages", "runtimeFiles", "user"}) {
                QVERIFY2(defaults->parts.count(part), part);
                QVERIFY2(!defaults->parts.at(part).basis.empty(), part);
            }
        }
    }

    // Every figure is either published with a source or says how it was derived.
    void everyFigureHasProvenance()
    {
        const ImageSizeData data = ImageSizeData::loadDefault();
        QVERIFY(data.images().size() > 20);
        for (const ImageSizes &image : data.images()) {
            for (const SizeFigure *figure : {&image.compressed, &image.disk}) {
                QVERIFY2(!figure->source.empty(), image.ref.c_str());
                QVERIFY2(!figure->asOf.empty(), image.ref.c_str());
                if (!figure->derived.empty())
                    QVERIFY2(figure->derived.rfind("derived", 0) == 0, image.ref.c_str());
            }
            // Unpacked is never smaller than the pull size.
            QVERIFY2(image.disk.bytes >= image.compressed.bytes, image.ref.c_str());
        }
    }

    // Walks every stack x version x package manager x base the catalog offers and checks
    // that each image the generator can put in a FROM line has a figure.
    void everyTemplateImageHasAnEntry()
    {
        const Catalog catalog = Catalog::loadDefault();
        QVERIFY(!catalog.stacks().empty());
        const ImageSizeData data = ImageSizeData::loadDefault();
        std::set<std::string> missing;
        int generated = 0;
        for (const StackDefinition &stack : catalog.stacks()) {
            for (const Choice &version : stack.languageVersions) {
                for (const Choice &manager : stack.packageManagers) {
                    for (const Choice &base : stack.bases) {
                        if (!base.unsupported.empty())
                            continue;
                        for (bool nonRoot : {true, false}) {
                            Config config = defaultConfig(stack);
                            config.languageVersion = version.id;
                            config.packageManager = manager.id;
                            config.base = base.id;
                            config.nonRoot = nonRoot;
                            if (!validateConfig(catalog, config).empty())
                                continue;
                            auto result = generate(catalog, config);
                            QVERIFY2(result.ok(), result.error().c_str());
                            ++generated;
                            for (const Document *doc : {&result->multiStage, &result->singleStage}) {
                                std::set<std::string> stageNames;
                                for (const Stage &s : doc->stages) {
                                    // Tool images pulled from other registries only feed a builder
                                    // stage and never reach the priced image; they are listed
                                    // in the report instead of the dataset.
                                    const bool foreignTool = &s != &doc->finalStage()
                                                             && s.baseImage.substr(0, s.baseImage.find('/')).find('.') != std::string::npos
                                                             && s.baseImage.rfind("gcr.io/distroless/", 0) != 0;
                                    if (!foreignTool && !stageNames.count(s.baseImage) && !data.find(s.baseImage))
                                        missing.insert(s.baseImage);
                                    stageNames.insert(s.name);
                                }
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(generated > 0);
        std::string list;
        for (const std::string &ref : missing)
            list += ref + ' ';
        QVERIFY2(missing.empty(), ("no size figure for: " + list).c_str());
    }

    void userFileOverridesByRef()
    {
        writeUserFile(R"({"images": [{"ref": "node:22-alpine",
            "compressed": {"bytes": 1, "asOf": "2030-01-01", "source": "my registry check"},
            "disk": {"bytes": 2, "asOf": "2030-01-01", "source": "docker images"}}]})");
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        QVERIFY(problems.empty());
        QCOMPARE(data.find("node:22-alpine")->disk.bytes, std::int64_t(2));
        QCOMPARE(data.find("node:22-alpine3.22")->disk.bytes, std::int64_t(2)); // aliases follow the user's entry
        QCOMPARE(data.find("node:22")->disk.bytes, std::int64_t(1120000000));   // the rest stays
    }

    void malformedUserFileIsReportedNotFatal()
    {
        writeUserFile(R"({"images": [{"ref": "node:22", "disk": {"bytes": "big"}}]})");
        std::vector<std::string> problems;
        const ImageSizeData data = ImageSizeData::loadDefault(&problems);
        QCOMPARE(problems.size(), size_t(1));
        QCOMPARE(QString::fromStdString(problems[0]),
                 QString::fromStdString(ImageSizeData::userFile())
                     + QStringLiteral(": /images/0: needs both 'compressed' and 'disk' (the file is ignored)"));
        QCOMPARE(data.find("node:22")->disk.bytes, std::int64_t(1120000000));

        writeUserFile("{ not json");
        problems.clear();
        ImageSizeData::loadDefault(&problems);
        QCOMPARE(QString::fromStdString(problems.at(0)),
                 QString::fromStdString(ImageSizeData::userFile()) + QStringLiteral(": not valid JSON (the file is ignored)"));
    }

    void strictKeys()
    {
        auto result = ImageSizeData::fromJson(nlohmann::json::parse(R"({"images": [{"ref": "x",
            "compressed": {"bytes": 1, "asOf": "2024", "source": "s", "sorce": "typo"},
            "disk": {"bytes": 1, "asOf": "2024", "source": "s"}}]})"),
                                              "test.json");
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error()), QStringLiteral("test.json: /images/0/compressed: unknown key 'sorce'"));
    }
};

QTEST_GUILESS_MAIN(TestEstimateImageData)
#include "tst_estimateimagedata.moc"
