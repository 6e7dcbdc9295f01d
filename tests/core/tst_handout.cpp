// The handout page (handoutHtml): both variants highlighted with every explanation, the size
// chart drawn from the estimate, untrusted text escaped, nothing loaded from elsewhere, and
// the print rules for A4.
#include "catalog/catalog.h"
#include "config/config.h"
#include "estimate/imagedata.h"
#include "estimate/layerkinds.h"
#include "estimate/sizeestimate.h"
#include "generate/generator.h"
#include "handout/handout.h"
#include "handout/highlightedcode.h"
#include "handout/htmltext.h"
#include "handout/sizechartsvg.h"

#include <KSyntaxHighlighting/Repository>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace stagecraft;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// The visible text of an HTML fragment: tags removed, the entities this page uses decoded.
QString visibleText(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

QString section(const QString &html, const QString &cssClass)
{
    const qsizetype start = html.indexOf(QStringLiteral("<section class=\"variant %1\">").arg(cssClass));
    const qsizetype end = html.indexOf(QStringLiteral("</section>"), start);
    return start < 0 || end < 0 ? QString() : html.mid(start, end - start);
}

} // namespace

class TestHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = Catalog::loadDefault();
        m_sizes = ImageSizeData::loadDefault();
    }

    void escapingLeavesNoTag()
    {
        QCOMPARE(q(htmlEscaped("<script>alert('x')</script> & \"q\"")),
                 QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
        QCOMPARE(q(htmlEscaped(std::string("a\0b\x1b" "c\xc2\x85" "d", 8))), QStringLiteral("a b c d"));
        QCOMPARE(q(htmlEscaped("bad \xff byte")), QStringLiteral("bad \uFFFD byte"));
    }

    void highlightingKeepsEveryLineAndColoursKeywords()
    {
        const std::string text = "FROM node:26-alpine AS build\nRUN --mount=type=cache,target=/root/.npm \\\n    npm ci\n\nCMD [\"node\", \"<x>.js\"]\n";
        const std::vector<std::string> lines = highlightedDockerfileLines(text, m_repository);
        QCOMPARE(lines.size(), std::size_t(5));
        QCOMPARE(visibleText(q(lines[0])), QStringLiteral("FROM node:26-alpine AS build"));
        QCOMPARE(visibleText(q(lines[2])), QStringLiteral("    npm ci"));
        QCOMPARE(q(lines[3]), QString());
        QVERIFY(q(lines[4]).contains(QStringLiteral("&lt;x&gt;.js")));
        QVERIFY(!q(lines[4]).contains(QStringLiteral("<x>")));
        // The keyword is a span of its own with a colour from the theme.
        QVERIFY2(QRegularExpression(QStringLiteral("<span style=\"[^\"]*(color|font-weight)[^\"]*\">FROM</span>"))
                     .match(q(lines[0]))
                     .hasMatch(),
                 lines[0].c_str());
    }

    void theChartShowsBothImagesFromTheEstimate()
    {
        const Config config = defaultConfig(*m_catalog.find("node"));
        const Generated generated = generate(m_catalog, config).value();
        const SizeEstimate estimate = estimateSizes(generated.singleStage, generated.multiStage, config.stack, m_sizes);
        const QString svg = q(sizeChartSvg(estimate));
        QVERIFY(svg.startsWith(QStringLiteral("<svg ")));
        QVERIFY(svg.contains(QStringLiteral(">Single-stage</text>")));
        QVERIFY(svg.contains(QStringLiteral(">Multi-stage</text>")));
        QVERIFY(svg.contains(q(htmlEscaped(formatBytes(estimate.singleStage.diskBytes)))));
        QVERIFY(svg.contains(q(htmlEscaped(formatBytes(estimate.multiStage.diskBytes) + "  \u00b7  " + savingInWords(estimate.ratio)))));
        QVERIFY(svg.contains(QStringLiteral("image sizes as of ") + q(estimate.dataAsOf)));
        // One drawn segment per layer with a size, in the kind's colour, with its instruction as the tooltip.
        int layers = 0;
        for (const ImageEstimate *image : {&estimate.singleStage, &estimate.multiStage}) {
            for (const LayerEstimate &layer : image->layers)
                layers += layer.diskBytes > 0;
        }
        QCOMPARE(svg.count(QStringLiteral("<g><title>")), layers);
        QVERIFY(svg.contains(q(htmlEscaped(estimate.multiStage.layers.back().instruction))));
        QVERIFY(svg.contains(QStringLiteral(">Base image</text>")));
        QVERIFY(svg.contains(QStringLiteral("striped: assumed typical size")));
        // The single-stage bar is drawn longer than the multi-stage one, on one scale.
        const QRegularExpression clip(QStringLiteral("<clipPath id=\"sc-bar-(\\d)\"><rect [^>]*width=\"([0-9.]+)\""));
        double widths[2] = {0, 0};
        for (auto match = clip.globalMatch(svg); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            widths[m.captured(1).toInt()] = m.captured(2).toDouble();
        }
        QVERIFY(widths[0] > widths[1] * 3);
        QVERIFY(widths[0] + 104 <= 760);
    }

    void thePageHoldsBothVariantsWithEveryExplanation()
    {
        const Config config = defaultConfig(*m_catalog.find("go"));
        const Generated generated = generate(m_catalog, config).value();
        const SizeEstimate estimate = estimateSizes(generated.singleStage, generated.multiStage, config.stack, m_sizes);
        const QString html = q(handoutHtml(m_catalog, config, generated, estimate, m_repository));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<svg class=\"size-chart\"")));
        for (const auto &[cssClass, document] : {std::pair{QStringLiteral("multi-stage"), &generated.multiStage},
                                                 std::pair{QStringLiteral("single-stage"), &generated.singleStage}}) {
            const QString part = section(html, cssClass);
            QVERIFY2(!part.isEmpty(), qPrintable(cssClass));
            // Every non-blank line of the file, in order, as its visible text.
            const QStringList code = q(render(*document).text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QRegularExpression lineCode(QStringLiteral("<code>(.*?)</code></div>"));
            QStringList shown;
            for (auto match = lineCode.globalMatch(part); match.hasNext();)
                shown << visibleText(match.next().captured(1));
            QCOMPARE(shown, code);
            // Every stage's and instruction's explanation, escaped.
            for (const Stage &stage : document->stages) {
                QVERIFY(part.contains(q(htmlEscaped(stage.explanation))));
                for (const Instruction &instruction : stage.instructions)
                    QVERIFY2(part.contains(q(htmlEscaped(instruction.explanation))), instruction.explanation.c_str());
            }
        }
    }

    void thePagePrintsOnA4AndLoadsNothing()
    {
        const Config config = defaultConfig(*m_catalog.find("python"));
        const Generated generated = generate(m_catalog, config).value();
        const SizeEstimate estimate = estimateSizes(generated.singleStage, generated.multiStage, config.stack, m_sizes);
        const QString html = q(handoutHtml(m_catalog, config, generated, estimate, m_repository));
        QVERIFY(html.contains(QStringLiteral("@page { size: A4;")));
        QVERIFY(html.contains(QStringLiteral("section.variant { break-before: page;")));
        QVERIFY(html.contains(QStringLiteral("white-space: pre-wrap; overflow-wrap: anywhere;")));
        QVERIFY(html.contains(QStringLiteral("break-inside: avoid")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none'")));
        for (const char *loader : {"<script", "<link", "<img", "<iframe", "<object", "src=", "href=", "@import", "@font-face"})
            QVERIFY2(!html.contains(QLatin1String(loader), Qt::CaseInsensitive), loader);
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("url\\((?!#)"))));
    }

    void untrustedTextIsEscaped()
    {
        // A hostile template: explanations, a stage name and a start command that try to open tags.
        Config config = defaultConfig(*m_catalog.find("node"));
        config.healthcheck = true;
        config.healthcheckPath = "/h";
        Generated generated = generate(m_catalog, config).value();
        const std::string attack = "</p><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        generated.multiStage.stages.front().explanation = attack;
        generated.multiStage.stages.front().instructions.front().explanation = attack + " instruction";
        generated.singleStage.stages.front().explanation = attack + " single";
        generated.notes.push_back(attack + " note");
        const SizeEstimate estimate = estimateSizes(generated.singleStage, generated.multiStage, config.stack, m_sizes);
        SizeEstimate hostileEstimate = estimate;
        hostileEstimate.dataAsOf = attack;
        for (auto layer = hostileEstimate.multiStage.layers.rbegin(); layer != hostileEstimate.multiStage.layers.rend(); ++layer) {
            if (layer->diskBytes > 0) { // a drawn layer: its instruction is its tooltip
                layer->instruction = attack;
                break;
            }
        }
        const QString html = q(handoutHtml(m_catalog, config, generated, hostileEstimate, m_repository));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("</p><script")));
        const QString escaped = q(htmlEscaped(attack));
        QVERIFY(escaped.contains(QStringLiteral("&lt;script&gt;")));
        QCOMPARE(html.count(escaped), 7); // two explanations, single stage, note, the chart's date twice, a layer tooltip
        QCOMPARE(visibleText(escaped), q(attack));
    }

private:
    Catalog m_catalog;
    ImageSizeData m_sizes;
    KSyntaxHighlighting::Repository m_repository;
};

QTEST_GUILESS_MAIN(TestHandout)
#include "tst_handout.moc"
