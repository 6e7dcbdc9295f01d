// templates/schema/stagecraft-template.schema.json, the schema for template authors: every
// shipped template validates as written and as composed, and it rejects what the loader does.
#include "../support/jsonschemasubset.h"
#include "../support/testfiles.h"
#include "catalog/templatecompose.h"

#include <QDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::testing;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

const QString templatesFolder = QStringLiteral(STAGECRAFT_SOURCE_DIR "/templates");

SchemaSubset schema()
{
    return SchemaSubset(nlohmann::json::parse(readFile(templatesFolder + QStringLiteral("/schema/stagecraft-template.schema.json")).toStdString()));
}

nlohmann::json parsed(const QString &path) { return nlohmann::json::parse(readFile(path).toStdString()); }

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &line : lines)
        out += line + "\n";
    return out;
}

} // namespace

class TestTemplateSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSchemaUsesOnlyWhatTheValidatorImplements()
    {
        const std::vector<std::string> unknown = schema().unknownKeywords();
        QVERIFY2(unknown.empty(), joined(unknown).c_str());
    }

    void everyShippedTemplateValidatesAsWrittenAndComposed()
    {
        const SchemaSubset validator = schema();
        const QStringList files = QDir(templatesFolder).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString &file : files) {
            const std::string path = (templatesFolder + QLatin1Char('/') + file).toStdString();
            const nlohmann::json json = parsed(QString::fromStdString(path));
            QVERIFY2(validator.errors(json).empty(), (path + "\n" + joined(validator.errors(json))).c_str());
            const CompositionResult composed = composeTemplate(json, path, {templatesFolder.toStdString()});
            QVERIFY2(!composed.error, path.c_str());
            QVERIFY(!composed.composed.json.contains("extends"));
            QVERIFY2(validator.errors(composed.composed.json).empty(), (path + " composed\n" + joined(validator.errors(composed.composed.json))).c_str());
        }
    }

    void theTestStacksValidate()
    {
        const SchemaSubset validator = schema();
        for (const char *file : {"/fixtures/templates/teststack.json", "/fixtures/composed/nodelite.json",
                                 "/fixtures/composed/gleamnode.json", "/fixtures/detectstacks/rustlite.json"}) {
            const nlohmann::json json = parsed(QStringLiteral(STAGECRAFT_TESTS_DIR) + QString::fromLatin1(file));
            QVERIFY2(validator.errors(json).empty(), (file + ("\n" + joined(validator.errors(json)))).c_str());
        }
    }

    void mistakesAreRejected_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::addRow("misspelt key") << q("/stages/0/instructions/0/whne") << q(R"({})") << q("/stages/0/instructions/0/whne: unknown key 'whne'");
        QTest::addRow("unknown layer") << q("/stages/0/instructions/0/holds") << q(R"("everything")") << q("/stages/0/instructions/0/holds: not one of [\"\",\"systemPackages\",\"dependencies\",\"allDependencies\",\"sources\",\"buildOutput\",\"application\",\"packageCache\",\"runtimeFiles\",\"user\"]");
        QTest::addRow("lower-case instruction") << q("/stages/0/instructions/0/instruction") << q(R"("run")") << q("/stages/0/instructions/0/instruction: does not match ^[A-Z]+$");
        QTest::addRow("FROM as an instruction") << q("/stages/0/instructions/0/instruction") << q(R"("FROM")") << q("/stages/0/instructions/0/instruction: matches what is ruled out: {\"enum\":[\"FROM\"]}");
        QTest::addRow("unknown base") << q("/bases/0/id") << q(R"("windows")") << q("/bases/0: matches none of the alternatives");
        QTest::addRow("include by path") << q("/stages/0") << q(R"({"include": "../node"})") << q("/stages/0: matches none of the alternatives");
        QTest::addRow("fixed user as text") << q("/bases/2/fixedUser") << q(R"("65532")") << q("/bases/2: matches none of the alternatives");
        QTest::addRow("detect: unknown reader") << q("/detect/identify/0/reader") << q(R"("csv")") << q("/detect/identify/0/reader: not one of [\"exists\",\"text\",\"regex\",\"json\",\"toml\",\"yaml\",\"ini\",\"xml\"]");
        QTest::addRow("detect: bad confidence") << q("/detect/identify/0/confidence") << q(R"("sure")") << q("/detect/identify/0/confidence: not one of [\"certain\",\"likely\",\"guess\"]");
        QTest::addRow("detect: unknown target") << q("/detect/identify/0/set") << q(R"("version")") << q("/detect/identify/0/set: does not match ^(languageVersion|packageManager|buildCommand|startCommand|port|name|buildOutput|file|evidence|refusal|fact:[A-Za-z0-9_]+)$");
        QTest::addRow("detect: precedence") << q("/detect/precedence") << q("5000") << q("/detect/precedence: above 1000");
        QTest::addRow("detect: misspelt key") << q("/detect/identify/0/redcue") << q(R"("node")") << q("/detect/identify/0/redcue: unknown key 'redcue'");
        QTest::addRow("fact that is a number") << q("/languageVersions/0/facts") << q(R"({"bundlesYarn": 1})") << q("/languageVersions/0: matches none of the alternatives");
    }

    void mistakesAreRejected()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, error);
        nlohmann::json go = parsed(templatesFolder + QStringLiteral("/go.json"));
        go[nlohmann::json::json_pointer(pointer.toStdString())] = nlohmann::json::parse(value.toStdString());
        const std::vector<std::string> errors = schema().errors(go);
        QVERIFY2(std::find(errors.begin(), errors.end(), error.toStdString()) != errors.end(), joined(errors).c_str());
    }
};

QTEST_GUILESS_MAIN(TestTemplateSchema)
#include "tst_templateschema.moc"
