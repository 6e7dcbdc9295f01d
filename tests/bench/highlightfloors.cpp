#include "highlightfloors.h"

#include "painttimer.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QStringTokenizer>
#include <QTest>

#include <chrono>
#include <stdexcept>

namespace stagecraft::bench {

namespace {

KSyntaxHighlighting::Definition dockerfileDefinition(KSyntaxHighlighting::Repository &repository)
{
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(QStringLiteral("Dockerfile"));
    if (!definition.isValid())
        throw std::runtime_error("KSyntaxHighlighting has no Dockerfile definition");
    return definition;
}

class CountingHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    // The number of formatted ranges, so the work cannot be optimised away.
    int highlight(const QString &text)
    {
        m_formats = 0;
        KSyntaxHighlighting::State state;
        for (const QStringView line : QStringTokenizer(text, u'\n'))
            state = highlightLine(line, state);
        return m_formats;
    }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override { ++m_formats; }

private:
    int m_formats = 0;
};

} // namespace

std::vector<double> rawHighlighterSamples(KSyntaxHighlighting::Repository &repository, const std::array<QString, 2> &texts,
                                          int samples)
{
    CountingHighlighter highlighter;
    highlighter.setDefinition(dockerfileDefinition(repository));
    highlighter.setTheme(repository.defaultTheme());
    std::vector<double> result;
    for (int i = 0; i < samples; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const int formats = highlighter.highlight(texts[static_cast<std::size_t>(i % 2)]);
        result.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (formats == 0)
            throw std::runtime_error("the raw highlighter formatted nothing");
    }
    return result;
}

std::vector<double> bareEditorSamples(KSyntaxHighlighting::Repository &repository, const std::array<QString, 2> &texts,
                                      QSize size, int samples)
{
    QPlainTextEdit editor;
    editor.setReadOnly(true);
    editor.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor.document());
    highlighter->setDefinition(dockerfileDefinition(repository));
    highlighter->setTheme(repository.themeForPalette(editor.palette()));
    editor.resize(size);
    editor.setPlainText(texts[1]);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        throw std::runtime_error("the bare editor's window was never exposed");

    PaintTimer timer({editor.viewport()});
    std::vector<double> result;
    for (int i = 0; i < samples; ++i) {
        timer.waitUntilQuiet();
        const QString &text = texts[static_cast<std::size_t>(i % 2)];
        result.push_back(timer.millisecondsToPaint([&] { editor.setPlainText(text); }));
        if (editor.toPlainText() != text)
            throw std::runtime_error("the bare editor does not show the text it was given");
    }
    return result;
}

} // namespace stagecraft::bench
