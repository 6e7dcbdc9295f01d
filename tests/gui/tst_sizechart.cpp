// The size chart shows what estimateSizes() says about the generator's Dockerfiles:
// a base change moves the multi-stage bar, hovering a layer names its instruction, the
// accessible description carries the totals, and degenerate estimates still paint.
#include "chart/sizechart.h"

#include "catalog/catalog.h"
#include "config/config.h"
#include "generate/generator.h"

#include <QImage>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QRegion>
#include <QScreen>
#include <QStandardPaths>
#include "../support/darkpalette.h"

#include <QTest>

#include <set>

using namespace stagecraft;

namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

using testing::darkPalette;

// Developers look at the chart by setting STAGECRAFT_CHART_PNG_DIR; the test itself only
// needs the image to be produced.
void keep(const QImage &image, const char *name)
{
    const QByteArray dir = qgetenv("STAGECRAFT_CHART_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromUtf8(name) + QStringLiteral(".png"));
}

// The union of what a widget painted since `region` was last cleared.
struct PaintedRegion : QObject
{
    explicit PaintedRegion(QWidget &widget) { widget.installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            region += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
    QRegion region;
};

// What the window system shows of a top-level widget: its backing store, partial repaints
// included (grab() would paint the whole widget anew).
QImage onScreen(QWidget &widget)
{
    QCoreApplication::processEvents();
    return widget.screen()->grabWindow(widget.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestSizeChart : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    ImageSizeData m_data;

    SizeEstimate estimateFor(const std::string &stack, const std::string &base)
    {
        const StackDefinition *definition = m_catalog.find(stack);
        if (!definition)
            qFatal("no stack %s", stack.c_str());
        Config config = defaultConfig(*definition);
        if (!base.empty())
            config.base = base;
        auto generated = generate(m_catalog, config);
        if (!generated)
            qFatal("generate failed: %s", generated.error().c_str());
        return estimateSizes(generated->singleStage, generated->multiStage, stack, m_data);
    }

    // Every layer index the chart reports along the middle of a bar, left to right.
    static std::vector<std::size_t> layersAlong(const SizeChart &chart, SizeChart::Bar bar)
    {
        const int y = static_cast<int>(chart.barRect(bar).center().y());
        std::vector<std::size_t> seen;
        for (int x = 0; x < chart.width(); ++x) {
            if (auto hit = chart.layerAt(QPoint(x, y)); hit && hit->bar == bar) {
                if (seen.empty() || seen.back() != hit->index)
                    seen.push_back(hit->index);
            }
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        std::vector<std::string> problems;
        m_data = ImageSizeData::loadDefault(&problems);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        m_catalog = Catalog::loadDefault();
        QVERIFY(m_catalog.find("node"));
    }

    void identifiesItself()
    {
        SizeChart chart;
        QCOMPARE(chart.objectName(), QStringLiteral("sizeChart"));
        QVERIFY(!chart.accessibleName().isEmpty());
        QVERIFY(chart.sizeHint().height() >= chart.minimumSizeHint().height());
        QVERIFY(chart.sizeHint().height() <= 200); // it sits under the preview, not beside it
    }

    void baseChangeMovesTheMultiStageBar()
    {
        const SizeEstimate byDefault = estimateFor("node", "slim");
        const SizeEstimate onAlpine = estimateFor("node", "alpine");
        QVERIFY(q(onAlpine.multiStage.baseImage).contains(QStringLiteral("alpine")));
        QVERIFY(!q(byDefault.multiStage.baseImage).contains(QStringLiteral("alpine")));
        QVERIFY(onAlpine.multiStage.diskBytes != byDefault.multiStage.diskBytes);

        SizeChart chart;
        chart.resize(1000, 160);
        chart.setEstimate(byDefault);
        const QString defaultText = chart.totalText(SizeChart::Bar::MultiStage);
        const QRectF defaultBar = chart.barRect(SizeChart::Bar::MultiStage);
        const QRectF defaultSingle = chart.barRect(SizeChart::Bar::SingleStage);
        const QImage defaultImage = chart.grab().toImage();
        QVERIFY(defaultText.startsWith(q(formatBytes(byDefault.multiStage.diskBytes))));
        QVERIFY(defaultText.contains(q(savingInWords(byDefault.ratio))));
        QCOMPARE(chart.totalText(SizeChart::Bar::SingleStage), q(formatBytes(byDefault.singleStage.diskBytes)));

        chart.setEstimate(onAlpine);
        const QString alpineText = chart.totalText(SizeChart::Bar::MultiStage);
        const QRectF alpineBar = chart.barRect(SizeChart::Bar::MultiStage);
        QVERIFY(alpineText.startsWith(q(formatBytes(onAlpine.multiStage.diskBytes))));
        QVERIFY(alpineText != defaultText);
        QVERIFY(chart.grab().toImage() != defaultImage);

        // One scale for both bars: the bar lengths follow the totals.
        QVERIFY(alpineBar.width() != defaultBar.width());
        QCOMPARE(alpineBar.width() < defaultBar.width(), onAlpine.multiStage.diskBytes < byDefault.multiStage.diskBytes);
        QVERIFY(defaultBar.width() < defaultSingle.width());
        const QRectF alpineSingle = chart.barRect(SizeChart::Bar::SingleStage);
        const double drawnRatio = alpineSingle.width() / alpineBar.width();
        QVERIFY2(std::abs(drawnRatio - onAlpine.ratio) / onAlpine.ratio < 0.15,
                 qPrintable(QStringLiteral("drawn %1 vs estimated %2").arg(drawnRatio).arg(onAlpine.ratio)));
    }

    void hoverNamesTheLayersInstruction()
    {
        const SizeEstimate estimate = estimateFor("node", "alpine");
        SizeChart chart;
        chart.resize(1000, 160);
        chart.setEstimate(estimate);

        for (SizeChart::Bar bar : {SizeChart::Bar::SingleStage, SizeChart::Bar::MultiStage}) {
            const ImageEstimate &image = bar == SizeChart::Bar::SingleStage ? estimate.singleStage : estimate.multiStage;
            std::vector<std::size_t> expected;
            for (std::size_t i = 0; i < image.layers.size(); ++i) {
                if (image.layers[i].diskBytes > 0)
                    expected.push_back(i);
            }
            QVERIFY(expected.size() >= 2);
            // Every layer with a size is drawn, in Dockerfile order, base image first.
            QCOMPARE(layersAlong(chart, bar), expected);
            QCOMPARE(expected.front(), std::size_t(0));
        }

        // Over the multi-stage base image: the tooltip names FROM and the image.
        const auto base = chart.layerAt(chart.barRect(SizeChart::Bar::MultiStage).topLeft().toPoint() + QPoint(2, 4));
        QVERIFY(base);
        QCOMPARE(base->bar, SizeChart::Bar::MultiStage);
        QCOMPARE(base->index, std::size_t(0));
        const QString baseTip = chart.toolTipAt(base->rect.center().toPoint());
        QVERIFY2(baseTip.contains(q(estimate.multiStage.layers[0].instruction).toHtmlEscaped()), qPrintable(baseTip));
        QVERIFY(baseTip.contains(QStringLiteral("Base image")));
        QVERIFY(baseTip.contains(q(formatBytes(estimate.multiStage.layers[0].diskBytes))));

        // Over the last layer of the multi-stage bar: its own instruction, not its neighbour's.
        const std::size_t last = layersAlong(chart, SizeChart::Bar::MultiStage).back();
        const LayerEstimate &lastLayer = estimate.multiStage.layers[last];
        const QRectF multi = chart.barRect(SizeChart::Bar::MultiStage);
        const QPoint end(static_cast<int>(multi.right()) - 1, static_cast<int>(multi.center().y()));
        const auto hit = chart.layerAt(end);
        QVERIFY(hit);
        QCOMPARE(hit->index, last);
        const QString tip = chart.toolTipAt(end);
        QVERIFY2(tip.contains(q(lastLayer.instruction).toHtmlEscaped()), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Assumed"))); // no project folder: nothing measured
        QVERIFY(!tip.contains(q(estimate.multiStage.layers[0].instruction).toHtmlEscaped()));

        // Moving the mouse onto a layer outlines it; moving off removes the outline.
        const QImage plain = chart.grab().toImage();
        QMouseEvent onto(QEvent::MouseMove, QPointF(end), chart.mapToGlobal(QPointF(end)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(&chart, &onto);
        const QImage hovered = chart.grab().toImage();
        QVERIFY(hovered != plain);
        keep(hovered, "hovered");
        QMouseEvent away(QEvent::MouseMove, QPointF(2, 2), chart.mapToGlobal(QPointF(2, 2)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(&chart, &away);
        QCOMPARE(chart.grab().toImage(), plain);

        // Nothing under the header or beside the bars.
        QVERIFY(!chart.layerAt(QPoint(2, 2)));
        QVERIFY(!chart.layerAt(QPoint(chart.width() - 2, static_cast<int>(multi.center().y()))));
    }

    void measuredLayersSaySo()
    {
        SizeEstimate estimate = estimateFor("node", "alpine");
        LayerEstimate &layer = estimate.multiStage.layers.back();
        layer.measured = true;
        SizeChart chart;
        chart.resize(1000, 160);
        chart.setEstimate(estimate);
        const std::size_t last = layersAlong(chart, SizeChart::Bar::MultiStage).back();
        QCOMPARE(last, estimate.multiStage.layers.size() - 1);
        const QRectF multi = chart.barRect(SizeChart::Bar::MultiStage);
        const QString tip = chart.toolTipAt(QPoint(static_cast<int>(multi.right()) - 1, static_cast<int>(multi.center().y())));
        QVERIFY2(tip.contains(QStringLiteral("Measured")), qPrintable(tip));
    }

    void accessibleDescriptionHasBothTotals()
    {
        const SizeEstimate estimate = estimateFor("node", "slim");
        SizeChart chart;
        chart.setEstimate(estimate);
        const QString description = chart.accessibleDescription();
        QVERIFY2(description.contains(q(formatBytes(estimate.singleStage.diskBytes))), qPrintable(description));
        QVERIFY2(description.contains(q(formatBytes(estimate.multiStage.diskBytes))), qPrintable(description));
        QVERIFY(description.contains(q(savingInWords(estimate.ratio))));
        // The date of the figure the multi-stage image starts from, not the oldest of all.
        QVERIFY(!estimate.multiStage.layers.front().asOf.empty());
        QVERIFY(description.contains(q(estimate.multiStage.layers.front().asOf)));

        chart.setEstimate(estimateFor("node", "alpine"));
        QVERIFY(chart.accessibleDescription() != description);
    }

    // Narrow, the legend wraps onto more lines instead of dropping entries; the tooltips are
    // sentences, not the dataset's notes; an assumed part copied in by several instructions
    // names them all instead of crediting the first.
    void legendWrapsAndTooltipsReadWell()
    {
        const SizeEstimate estimate = estimateFor("nextjs", "");
        SizeChart chart;
        std::set<std::string> kinds;
        for (const ImageEstimate *image : {&estimate.singleStage, &estimate.multiStage}) {
            for (const LayerEstimate &layer : image->layers) {
                if (layer.diskBytes > 0)
                    kinds.insert(layer.holds);
            }
        }
        QVERIFY(kinds.size() >= 5);
        chart.setEstimate(estimate);
        QVERIFY(chart.heightForWidth(420) > chart.heightForWidth(1400));
        for (int width : {1400, 700, 420}) {
            chart.resize(width, chart.heightForWidth(width));
            const QStringList legend = chart.legendTexts();
            QCOMPARE(legend.size(), int(kinds.size()) + 1); // the kinds, then "striped: assumed"
            QVERIFY(legend.contains(QStringLiteral("striped: assumed typical size")));
        }

        chart.resize(1000, chart.heightForWidth(1000));
        int shared = 0;
        for (SizeChart::Bar bar : {SizeChart::Bar::SingleStage, SizeChart::Bar::MultiStage}) {
            const int y = static_cast<int>(chart.barRect(bar).center().y());
            std::set<std::size_t> seen;
            for (int x = 0; x < chart.width(); ++x) {
                const auto hit = chart.layerAt(QPoint(x, y));
                if (!hit || !seen.insert(hit->index).second)
                    continue;
                const QString tip = chart.toolTipAt(QPoint(x, y));
                for (const char *raw : {"assumption:", "derived:", "published:", "assumed:"})
                    QVERIFY2(!tip.contains(QLatin1String(raw)), qPrintable(tip));
                if (tip.contains(QStringLiteral("instructions copy in together"))) {
                    ++shared;
                    QVERIFY2(tip.count(QStringLiteral("<code>")) >= 2, qPrintable(tip));
                }
            }
        }
        QVERIFY(shared >= 1); // Next.js: public/, the standalone server and its static files

        // The base layer's tooltip carries the date of its own figure.
        const QRectF multi = chart.barRect(SizeChart::Bar::MultiStage);
        const QString baseTip = chart.toolTipAt(multi.topLeft().toPoint() + QPoint(2, 4));
        QVERIFY2(baseTip.contains(q(estimate.multiStage.layers.front().asOf)), qPrintable(baseTip));
    }

    // A new estimate with the same kinds of layers repaints the bars, not the title or the
    // legend; what is on screen afterwards is what a chart painted from scratch shows.
    void sameKindsRepaintOnlyTheBars()
    {
        const SizeEstimate slim = estimateFor("node", "slim");
        const SizeEstimate alpine = estimateFor("node", "alpine");
        SizeChart chart;
        chart.resize(900, chart.heightForWidth(900));
        chart.setEstimate(slim);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        PaintedRegion painted(chart);

        chart.setEstimate(alpine);
        QTRY_VERIFY(!painted.region.isEmpty());
        const QRect bars = chart.barRect(SizeChart::Bar::SingleStage).united(chart.barRect(SizeChart::Bar::MultiStage)).toAlignedRect();
        QVERIFY(painted.region.boundingRect().contains(bars));
        QVERIFY(painted.region.boundingRect().height() < chart.height() - 20);
        QVERIFY(!painted.region.contains(QPoint(chart.width() / 2, chart.height() - 6))); // the legend
        QVERIFY(!painted.region.contains(QPoint(20, 14))); // the title

        SizeChart fresh;
        fresh.resize(chart.size());
        fresh.setEstimate(alpine);
        fresh.move(chart.pos());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QCOMPARE(onScreen(chart), fresh.grab().toImage().convertToFormat(QImage::Format_RGB32));

        // Another kind of layer changes the legend: all of it is painted again.
        painted.region = {};
        chart.setEstimate(estimateFor("go", "scratch"));
        QTRY_VERIFY(painted.region.contains(QPoint(chart.width() / 2, chart.height() - 6)));
    }

    void paintsAnEmptyEstimate()
    {
        SizeChart chart;
        chart.resize(chart.sizeHint());
        chart.setEstimate(SizeEstimate{});
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart.size() * chart.devicePixelRatio());
        QVERIFY(chart.totalText(SizeChart::Bar::SingleStage).isEmpty());
        QVERIFY(chart.barRect(SizeChart::Bar::MultiStage).isNull());
        for (int x = 0; x < chart.width(); x += 3) {
            for (int y = 0; y < chart.height(); y += 3)
                QVERIFY(!chart.layerAt(QPoint(x, y)));
        }
        keep(image, "empty");
    }

    void paintsScratch()
    {
        QVERIFY(m_catalog.find("go"));
        const SizeEstimate estimate = estimateFor("go", "scratch");
        QCOMPARE(q(estimate.multiStage.baseImage), QStringLiteral("scratch"));
        QCOMPARE(estimate.multiStage.layers.front().diskBytes, std::int64_t(0));

        SizeChart chart;
        chart.resize(1000, 160);
        chart.setEstimate(estimate);
        QVERIFY(!chart.grab().toImage().isNull());
        // The empty base takes no room: the first drawn layer is the next one.
        const std::vector<std::size_t> drawn = layersAlong(chart, SizeChart::Bar::MultiStage);
        QVERIFY(!drawn.empty());
        QVERIFY(drawn.front() > 0);
        QVERIFY(chart.totalText(SizeChart::Bar::MultiStage).startsWith(q(formatBytes(estimate.multiStage.diskBytes))));

        // A base of 0 bytes and nothing else: no bar, no division by zero, still paints.
        SizeEstimate bare;
        bare.multiStage.baseImage = "scratch";
        bare.multiStage.layers.push_back({"FROM scratch", "empty base", "base", 0, 0, false, -1, -1, -1, ""});
        bare.singleStage = bare.multiStage;
        chart.setEstimate(bare);
        QVERIFY(!chart.grab().toImage().isNull());
        QVERIFY(chart.barRect(SizeChart::Bar::MultiStage).isNull());
        QCOMPARE(chart.totalText(SizeChart::Bar::MultiStage), q(formatBytes(0)));
    }

    // Light and dark renderings at 1x and 2x for looking at (STAGECRAFT_CHART_PNG_DIR).
    void rendersLightAndDark_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("base");
        QTest::newRow("node") << QStringLiteral("node") << QString();
        QTest::newRow("node-alpine") << QStringLiteral("node") << QStringLiteral("alpine");
        QTest::newRow("go-scratch") << QStringLiteral("go") << QStringLiteral("scratch");
        QTest::newRow("python") << QStringLiteral("python") << QString();
        QTest::newRow("nextjs") << QStringLiteral("nextjs") << QString();
    }

    void rendersLightAndDark()
    {
        QFETCH(QString, stack);
        QFETCH(QString, base);
        const SizeEstimate estimate = estimateFor(stack.toStdString(), base.toStdString());
        SizeChart chart;
        chart.resize(1000, 160);
        chart.setEstimate(estimate);
        const QImage light = chart.grab().toImage();
        chart.setPalette(darkPalette());
        const QImage dark = chart.grab().toImage();
        QVERIFY(light != dark);
        const QByteArray name = QTest::currentDataTag();
        keep(light, (name + "-light").constData());
        keep(dark, (name + "-dark").constData());

        QImage hiDpi(chart.size() * 2, QImage::Format_ARGB32_Premultiplied);
        hiDpi.setDevicePixelRatio(2);
        hiDpi.fill(chart.palette().color(QPalette::Window));
        chart.render(&hiDpi);
        keep(hiDpi, (name + "-dark@2x").constData());

        // At its minimum size both bars (and the text after them) still fit inside.
        chart.setPalette(QPalette());
        chart.resize(chart.minimumSizeHint());
        for (SizeChart::Bar bar : {SizeChart::Bar::SingleStage, SizeChart::Bar::MultiStage}) {
            const QRectF drawn = chart.barRect(bar);
            QVERIFY(!drawn.isNull());
            QVERIFY2(drawn.right() < chart.width() - 40, qPrintable(QStringLiteral("%1 of %2").arg(drawn.right()).arg(chart.width())));
        }
        keep(chart.grab().toImage(), (name + "-narrow").constData());
    }
};

QTEST_MAIN(TestSizeChart)
#include "tst_sizechart.moc"
