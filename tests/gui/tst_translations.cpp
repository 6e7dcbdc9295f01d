// The translation pipeline: the German catalogue is complete for the window and the core,
// every template text has a German translation (new templates are listed by name and key
// until they get one), placeholders survive translation, and a real window loaded in German
// shows German text, template explanations included.
#include "wizardfixture.h"

#include "catalog/templatetexts.h"
#include "common/translated.h"
#include "detect/detection.h"
#include "estimate/sizeestimate.h"
#include "mainwindow/translations.h"

#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace stagecraft;
using namespace wizardtest;

namespace {

// %1 ... %9, %n, ${var} and a scan finding's {file} or {value}: what a translation must
// keep, in any order.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[0-9n]|\\$\\{[^}]*\\}|\\{(?:file|value)\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

struct TsMessage
{
    QString context;
    QString source;
    QString key;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.key = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms (<numerusform>) come joined: enough to tell empty from translated.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        isolateSettings(m_settings);
        QVERIFY(m_german.load(QStringLiteral(":/i18n/stagecraft_de.qm")));
    }

    // Every string of the window and the core is translated and nothing lupdate dropped
    // stays behind: a new tr() or coreText() fails here once `update_translations` ran.
    void germanIsCompleteForTheWindowAndTheCore()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(STAGECRAFT_SOURCE_DIR "/resources/translations/stagecraft_de.ts"));
        QVERIFY(messages.size() > 700);
        QStringList problems;
        for (const TsMessage &message : messages) {
            if (message.context.startsWith(QLatin1String("template/")))
                continue;
            if (!message.type.isEmpty() || message.translations.isEmpty())
                problems << QStringLiteral("%1: \"%2\" is %3").arg(message.context, message.source,
                                                                   message.type.isEmpty() ? QStringLiteral("empty") : message.type);
            else if (!message.source.contains(QLatin1String("%n")) && placeholders(message.translations.front()) != placeholders(message.source))
                problems << QStringLiteral("%1: \"%2\" loses or adds a placeholder").arg(message.context, message.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Reads the built-in templates as the catalog does, so the templates that other work adds
    // are checked before anyone ran lupdate: each missing text is named by file and key.
    void everyTemplateTextHasAGermanTranslation()
    {
        QStringList missing;
        QStringList broken;
        int checked = 0;
        // The languages named with no stack installed are detect blocks read the same way.
        QStringList paths{QStringLiteral(":/data/languages.json")};
        QDirIterator files(QStringLiteral(":/templates"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            paths << files.next();
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString());
            const std::string context = templateTextContext(path.toStdString());
            for (const TemplateText &text : templateTexts(json)) {
                ++checked;
                const QString german = m_german.translate(context.c_str(), text.text.c_str(), text.key.c_str());
                const QString english = QString::fromStdString(text.text);
                if (german.isEmpty())
                    missing << QStringLiteral("%1 %2: %3").arg(QString::fromStdString(context), QString::fromStdString(text.key), english);
                else if (placeholders(german) != placeholders(english))
                    broken << QStringLiteral("%1 %2").arg(QString::fromStdString(context), QString::fromStdString(text.key));
            }
        }
        QVERIFY(checked > 400);
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("German template texts that lose or add a ${var}:\n") + broken.join(QLatin1Char('\n'))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 template texts have no German translation yet (run the build's "
                                           "update_translations target, translate them in resources/translations/stagecraft_de.ts):\n%2")
                                .arg(missing.size())
                                .arg(missing.join(QLatin1Char('\n')))));
    }

    // Core messages follow the installed translators; without them (the command line) they
    // stay English.
    void coreMessagesFollowTheInstalledTranslators()
    {
        QCOMPARE(savingInWords(10.0), std::string("about 10x smaller"));
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(savingInWords(10.0), std::string("etwa 10-mal kleiner"));
        QCOMPARE(withArgs("%2 before %1", {"one", "%2"}), std::string("%2 before one"));
    }

    // The scan reports in the user's language: a finding the C++ detectors write and one
    // read from a stack's detect data, both German once the translators are installed and
    // the catalog is read after them (as the wizard starts).
    void aScanInGermanReportsInGerman()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        const Catalog catalog = Catalog::loadDefault();
        ScanOptions options;
        options.catalog = &catalog;
        const auto findings = [&options](const char *project) {
            QStringList texts;
            for (const Evidence &evidence : scanProject(STAGECRAFT_TESTS_DIR "/fixtures/projects/" + std::string(project), options).evidence)
                texts << QString::fromStdString(evidence.finding);
            return texts;
        };

        const QString runsApp = m_german.translate("scan", "the start command runs %1").arg(QStringLiteral("app.py"));
        QVERIFY(!runsApp.isEmpty() && !runsApp.startsWith(QLatin1String("the start")));
        const QStringList python = findings("python-flask-script");
        QVERIFY2(python.contains(runsApp), qPrintable(python.join(QLatin1Char('\n'))));

        const std::string english = "Spring Boot web starter: server.port defaults to 8080";
        QFile javaDetect(QStringLiteral(":/templates/parts/java-detect.json"));
        QVERIFY(javaDetect.open(QIODevice::ReadOnly));
        QString german;
        for (const TemplateText &text : templateTexts(nlohmann::json::parse(javaDetect.readAll().toStdString()))) {
            if (text.text == english)
                german = m_german.translate("template/parts/java-detect", english.c_str(), text.key.c_str());
        }
        QVERIFY(!german.isEmpty() && german != QString::fromStdString(english));
        const QStringList java = findings("java-maven-petclinic");
        QVERIFY2(java.contains(german), qPrintable(java.join(QLatin1Char('\n'))));
        QVERIFY(!java.contains(QString::fromStdString(english)));
        QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    // A real window, loaded as the wizard loads it in German: buttons, step texts and the
    // template explanations the catalog translated while reading the templates.
    void aWindowLoadedInGermanShowsGerman()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        const Catalog catalog = testCatalog();
        KSyntaxHighlighting::Repository repository;
        Answers answers;
        const auto window = makeWindow(catalog, repository, answers);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(child<QPushButton>(*window, "nextButton")->text(), QStringLiteral("&Weiter"));
        QCOMPARE(child<QPushButton>(*window, "backButton")->text(), QStringLiteral("&Zurück"));
        const StackDefinition *node = catalog.find("node");
        QVERIFY(node);
        QVERIFY2(QString::fromStdString(node->description).startsWith(QLatin1String("Ein Node.js-Server")), node->description.c_str());
        clickStep(*window, 1);
        QTRY_VERIFY(child<QLabel>(*window, "stackDescription")->text().startsWith(QLatin1String("Ein ")));
        QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    }

private:
    QTemporaryDir m_settings;
    QTranslator m_german;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
