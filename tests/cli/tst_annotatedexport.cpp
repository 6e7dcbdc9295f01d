// `stagecraft generate --comments`: the annotated export on the command line, its preset
// round trip, and the check's line numbers in a file written anyway with explanations.
#include "../support/testfiles.h"
#include "catalog/catalog.h"
#include "clirun.h"
#include "config/config.h"
#include "dockerfile/annotate.h"
#include "generate/generator.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

class TestAnnotatedExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QString::fromStdString(Catalog::userTemplatesFolder())).removeRecursively();
        m_catalog = Catalog::loadDefault();
    }

    void commentsPrintTheAnnotatedFile()
    {
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("node"),
                                            QStringLiteral("--comments")});
        QCOMPARE(run.code, 0);
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("node"))).value();
        QCOMPARE(run.out.toStdString(), annotate(generated.multiStage).text);
        QVERIFY(run.out.startsWith(QStringLiteral("# syntax=docker/dockerfile:1\n\n# Annotated by Stagecraft")));
        QVERIFY(run.out.contains(QString::fromStdString(commentLines(generated.multiStage.stages.front().explanation).front())));

        const CliRun single = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("node"),
                                               QStringLiteral("--comments"), QStringLiteral("--single-stage")});
        QCOMPARE(single.code, 0);
        QCOMPARE(single.out.toStdString(), annotate(generated.singleStage).text);
    }

    void theLastOfCommentsAndNoCommentsWins()
    {
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                            QStringLiteral("--comments"), QStringLiteral("--no-comments")});
        QCOMPARE(run.code, 0);
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("go"))).value();
        QCOMPARE(run.out.toStdString(), render(generated.multiStage).text);
    }

    void presetsKeepTheChoice()
    {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("class.json"));
        const CliRun saved = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("python"),
                                              QStringLiteral("--comments"), QStringLiteral("--save-preset"), preset});
        QCOMPARE(saved.code, 0);
        QVERIFY(nlohmann::json::parse(readFile(preset).toStdString()).at("comments") == true);

        // The preset alone writes the annotated file, into a folder too; a flag overrides it.
        const CliRun fromPreset = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset,
                                                   QStringLiteral("--output"), dir.path()});
        QCOMPARE(fromPreset.code, 0);
        const Generated generated = generate(m_catalog, defaultConfig(*m_catalog.find("python"))).value();
        QCOMPARE(readFile(dir.filePath(QStringLiteral("Dockerfile"))).toStdString(), annotate(generated.multiStage).text);
        QCOMPARE(readFile(dir.filePath(QStringLiteral(".dockerignore"))).toStdString(), generated.dockerignore);
        const CliRun overridden = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset,
                                                   QStringLiteral("--no-comments")});
        QCOMPARE(overridden.code, 0);
        QCOMPARE(overridden.out.toStdString(), render(generated.multiStage).text);
    }

    void aBadCommentsValueInAPresetIsBadInput()
    {
        QTemporaryDir dir;
        const QString preset = dir.filePath(QStringLiteral("bad.json"));
        writeFile(preset, R"({"stack": "go", "comments": "yes"})");
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--preset"), preset});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("'comments' must be true or false")), qPrintable(run.err));
    }

    void commentsTakeNoValue()
    {
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--stack"), QStringLiteral("go"),
                                            QStringLiteral("--comments=yes")});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    // Written anyway with explanations: each finding names its line in the annotated file.
    void findingsNameTheirLineInTheAnnotatedFile()
    {
        const QString folder = QStringLiteral(STAGECRAFT_TESTS_DIR "/fixtures/detect/go-loopback");
        const CliRun run = runCliCapturing({QStringLiteral("generate"), QStringLiteral("--project"), folder,
                                            QStringLiteral("--write-anyway"), QStringLiteral("--comments")});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("# syntax=docker/dockerfile:1"));
        QVERIFY(lines.at(1).startsWith(QLatin1String("# stagecraft check: this Dockerfile does not fit")));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("#   line ")), qPrintable(lines.at(2)));
        QVERIFY(run.out.contains(QStringLiteral("\n# Annotated by Stagecraft")));
        const int named = lines.at(2).mid(9, lines.at(2).indexOf(QLatin1Char(':')) - 9).toInt();
        QVERIFY(named > 3);
        QVERIFY(!lines.at(named - 1).startsWith(QLatin1Char('#')));
        QVERIFY2(lines.at(2).contains(lines.at(named - 1).left(20)), qPrintable(lines.at(2) + QLatin1Char('|') + lines.at(named - 1)));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestAnnotatedExport)
#include "tst_annotatedexport.moc"
