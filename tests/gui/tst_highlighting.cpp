// The preview's colours: the Dockerfile definition is found, instruction keywords, image
// references and comments get different formats, and the editor background follows the theme.
#include "preview/dockerfilepreview.h"

#include "preview/codetheme.h"
#include "../support/darkpalette.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace stagecraft;

namespace {

// Records the format name of every highlighted span, like <Keyword>FROM</Keyword>.
class TaggingHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString tag(const QString &line)
    {
        m_line = line;
        m_out.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString text = m_line.mid(offset, length);
        if (text.trimmed().isEmpty())
            m_out += text;
        else
            m_out += QStringLiteral("<%1>%2</%1>").arg(format.name(), text);
    }

private:
    QString m_line;
    QString m_out;
};

} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerfileDefinitionIsFound()
    {
        const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(QStringLiteral("Dockerfile"));
        QVERIFY(definition.isValid());
        QCOMPARE(definition.name(), QStringLiteral("Dockerfile"));
    }

    void keywordImageAndCommentGetDifferentFormats()
    {
        TaggingHighlighter highlighter;
        highlighter.setDefinition(m_repository.definitionForName(QStringLiteral("Dockerfile")));
        const QString from = highlighter.tag(QStringLiteral("FROM node:22-alpine3.22 AS build"));
        const QString comment = highlighter.tag(QStringLiteral("# keeps the image small"));

        const QRegularExpression span(QStringLiteral("<([^>]+)>([^<]*)</"));
        QString keywordFormat;
        QString imageFormat;
        for (auto it = span.globalMatch(from); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(2) == QStringLiteral("FROM"))
                keywordFormat = match.captured(1);
            if (match.captured(2).contains(QStringLiteral("node:22")))
                imageFormat = match.captured(1);
        }
        const auto commentMatch = span.match(comment);
        QVERIFY2(!keywordFormat.isEmpty(), qPrintable(from));
        QVERIFY2(!imageFormat.isEmpty(), qPrintable(from));
        QVERIFY2(commentMatch.hasMatch(), qPrintable(comment));
        const QString commentFormat = commentMatch.captured(1);
        QVERIFY2(keywordFormat != imageFormat, qPrintable(from));
        QVERIFY2(keywordFormat != commentFormat, qPrintable(comment));
        QVERIFY2(imageFormat != commentFormat, qPrintable(comment));
    }

    void previewBackgroundComesFromTheTheme_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addRow("dark") << QStringLiteral("Breeze Dark");
        QTest::addRow("light") << QStringLiteral("Breeze Light");
        QTest::addRow("solarized dark") << QStringLiteral("Solarized Dark");
    }

    void previewBackgroundComesFromTheTheme()
    {
        QFETCH(QString, theme);
        QVERIFY(m_repository.theme(theme).isValid());
        DockerfilePreview preview(m_repository);
        preview.setThemeName(theme);
        const QColor expected = QColor::fromRgba(m_repository.theme(theme).editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QCOMPARE(preview.palette().color(QPalette::Base), expected);
        const QColor text = QColor::fromRgba(m_repository.theme(theme).textColor(KSyntaxHighlighting::Theme::Normal));
        QCOMPARE(preview.palette().color(QPalette::Text), text);
    }

    void followsThePaletteWhenNoThemeIsChosen()
    {
        DockerfilePreview preview(m_repository);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        preview.setPalette(dark);
        QVERIFY2(QColor::fromRgba(preview.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128,
                 qPrintable(preview.theme().name()));
        QVERIFY(preview.palette().color(QPalette::Base).lightness() < 128);
        QVERIFY(preview.palette().color(QPalette::Text).lightness() > 128);
    }

    // The theme a palette gets is the repository's choice, remembered in the settings and
    // read back from there; a remembered name that is no theme is chosen again.
    void themeForAPaletteIsRememberedAndReadBack()
    {
        QSettings settings;
        settings.remove(QStringLiteral("highlighting"));
        QPalette dark = testing::darkPalette();
        for (const QPalette &palette : {QPalette(), dark}) {
            const QString chosen = m_repository.themeForPalette(palette).name();
            QCOMPARE(themeForPalette(m_repository, palette).name(), chosen);
        }
        settings.beginGroup(QStringLiteral("highlighting/themeForPalette"));
        const QStringList keys = settings.childKeys();
        QCOMPARE(keys.size(), 2);
        const QString darkKey = keys.at(settings.value(keys.at(0)).toString() == m_repository.themeForPalette(dark).name() ? 0 : 1);
        QString other;
        for (const KSyntaxHighlighting::Theme &theme : m_repository.themes()) {
            if (theme.name() != settings.value(darkKey).toString())
                other = theme.name();
        }
        settings.setValue(darkKey, other);
        settings.sync();
        QCOMPARE(themeForPalette(m_repository, dark).name(), other);
        settings.setValue(darkKey, QStringLiteral("No Such Theme"));
        settings.sync();
        QCOMPARE(themeForPalette(m_repository, dark).name(), m_repository.themeForPalette(dark).name());
        settings.sync();
        QCOMPARE(settings.value(darkKey).toString(), m_repository.themeForPalette(dark).name());
    }

private:
    KSyntaxHighlighting::Repository m_repository;
};

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
