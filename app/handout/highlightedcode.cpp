#include "handout/highlightedcode.h"

#include "handout/htmltext.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QString>

namespace stagecraft {

namespace {

KSyntaxHighlighting::Theme printingTheme(KSyntaxHighlighting::Repository &repository)
{
    const KSyntaxHighlighting::Theme printing = repository.theme(QStringLiteral("Printing"));
    return printing.isValid() ? printing : repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
}

std::string escaped(const QString &text)
{
    return htmlEscaped(text.toStdString());
}

// KSyntaxHighlighting's own HtmlHighlighter writes whole documents to a file and its header
// is not installed (not public API); this does the same per line, through the public
// AbstractHighlighter, into fragments the handout lays out itself.
class LineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit LineHighlighter(KSyntaxHighlighting::Repository &repository)
    {
        setDefinition(repository.definitionForName(QStringLiteral("Dockerfile")));
        setTheme(printingTheme(repository));
    }

    std::vector<std::string> highlight(const std::string &text)
    {
        QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        std::vector<std::string> fragments;
        KSyntaxHighlighting::State state;
        for (const QString &line : lines) {
            m_line = line;
            m_html.clear();
            m_done = 0;
            state = highlightLine(line, state);
            if (m_done < m_line.size())
                m_html += escaped(m_line.mid(m_done));
            fragments.push_back(m_html);
        }
        return fragments;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || offset < m_done)
            return;
        if (offset > m_done)
            m_html += escaped(m_line.mid(m_done, offset - m_done));
        const KSyntaxHighlighting::Theme current = theme();
        std::string style;
        if (format.hasTextColor(current))
            style += "color:" + format.textColor(current).name().toStdString() + ';';
        if (format.hasBackgroundColor(current))
            style += "background-color:" + format.backgroundColor(current).name().toStdString() + ';';
        if (format.isBold(current))
            style += "font-weight:bold;";
        if (format.isItalic(current))
            style += "font-style:italic;";
        if (format.isUnderline(current))
            style += "text-decoration:underline;";
        const std::string text = escaped(m_line.mid(offset, length));
        m_html += style.empty() ? text : "<span style=\"" + style + "\">" + text + "</span>";
        m_done = offset + length;
    }

private:
    QString m_line;
    std::string m_html;
    int m_done = 0;
};

} // namespace

std::vector<std::string> highlightedDockerfileLines(const std::string &text, KSyntaxHighlighting::Repository &repository)
{
    LineHighlighter highlighter(repository);
    return highlighter.highlight(text);
}

CodeColours codeColours(KSyntaxHighlighting::Repository &repository)
{
    const KSyntaxHighlighting::Theme theme = printingTheme(repository);
    return {QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)).name().toStdString(),
            QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name().toStdString()};
}

} // namespace stagecraft
