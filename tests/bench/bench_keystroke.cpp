// Issue #13's keystroke-to-paint harness: the real wizard window (offscreen), real key events
// to the focused field of every kind, timed until the preview and the size chart have
// painted; read against two floors measured in the same run on the same texts.
#include "benchmark.h"
#include "highlightfloors.h"
#include "painttimer.h"

#include "catalog/catalog.h"
#include "chart/sizechart.h"
#include "mainwindow/fitchecker.h"
#include "mainwindow/indicatorstyle.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/wizardstate.h"
#include "preview/dockerfilepreview.h"
#include "preview/previewpanel.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QGroupBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <stdexcept>

namespace stagecraft {

namespace {

// How one kind of field is edited. A sample alternates between two values, so every sample
// changes the Dockerfile: typed fields get a character appended or taken away (untimed) and
// are committed by leaving them with Tab (timed; Return would also press Next and leave the
// step), a check box gets Space, a list gets Down then Up.
struct FieldKind
{
    enum class Edit { Typed, Toggle, Choice };
    std::string name;
    int step;
    const char *widget;
    Edit edit;
};

const std::vector<FieldKind> &fieldKinds()
{
    static const std::vector<FieldKind> kinds{
        {"text (start command)", 5, "startCommand", FieldKind::Edit::Typed},
        {"text (label description)", 5, "labelDescription", FieldKind::Edit::Typed},
        {"number (port)", 5, "port", FieldKind::Edit::Typed},
        {"check box (healthcheck)", 5, "healthcheck", FieldKind::Edit::Toggle},
        {"list (package manager)", 1, "packageManager", FieldKind::Edit::Choice},
        {"stack switch", 1, "stack", FieldKind::Edit::Choice},
    };
    return kinds;
}

QWidget *focusOn(MainWindow &window, const FieldKind &kind)
{
    auto *widget = window.findChild<QWidget *>(QString::fromLatin1(kind.widget));
    if (!widget)
        throw std::runtime_error(kind.name + ": no widget named " + kind.widget);
    widget->setFocus(Qt::OtherFocusReason);
    if (QApplication::focusWidget() != widget || !widget->isEnabled() || !widget->isVisible())
        throw std::runtime_error(kind.name + ": " + kind.widget + " cannot take the keyboard focus");
    return widget;
}

// The keys of sample `index` that come before the timed one, sent to the focused widget.
void prepare(const FieldKind &kind, int index)
{
    if (kind.edit != FieldKind::Edit::Typed)
        return;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    if (index % 2 == 0)
        QTest::keyClick(QApplication::focusWidget(), kind.name == "number (port)" ? '1' : 'x');
    else
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
}

// The timed key of sample `index`, sent to the focused widget.
void timedKey(const FieldKind &kind, int index)
{
    QWidget *focused = QApplication::focusWidget();
    switch (kind.edit) {
    case FieldKind::Edit::Typed:
        QTest::keyClick(focused, Qt::Key_Tab);
        break;
    case FieldKind::Edit::Toggle:
        QTest::keyClick(focused, Qt::Key_Space);
        break;
    case FieldKind::Edit::Choice:
        QTest::keyClick(focused, index % 2 == 0 ? Qt::Key_Down : Qt::Key_Up);
        break;
    }
}

struct KindResult
{
    std::vector<double> milliseconds;
    std::array<QString, 2> texts; // the two Dockerfiles the samples alternated between
};

KindResult measureKind(MainWindow &window, bench::PaintTimer &timer, const FieldKind &kind, int samples)
{
    window.setCurrentStep(kind.step);
    KindResult result;
    for (int i = 0; i < samples; ++i) {
        QWidget *field = focusOn(window, kind);
        prepare(kind, i);
        if (QApplication::focusWidget() != field)
            throw std::runtime_error(kind.name + ": the field lost the focus while typing");
        // The build check waits 150 ms after a change and then walks the export folder on a
        // worker; with no export folder (this window has none) it does nothing, otherwise
        // each sample waits for it.
        while (window.fitChecker()->isChecking() && !window.state().exportFolder().isEmpty())
            timer.waitUntilQuiet();
        timer.waitUntilQuiet();
        const QString before = window.preview()->dockerfile();
        const SizeEstimate estimateBefore = window.sizeChart()->estimate();
        result.milliseconds.push_back(timer.millisecondsToPaint([&] { timedKey(kind, i); }));
        const QString after = window.preview()->dockerfile();
        if (after == before)
            throw std::runtime_error(kind.name + ": sample " + std::to_string(i) + " did not change the Dockerfile");
        // The chart repaints only when its estimate changed; then its paint is in the figure.
        if (!(window.sizeChart()->estimate() == estimateBefore) && !timer.painted(window.sizeChart()))
            throw std::runtime_error(kind.name + ": the estimate changed but the chart did not paint");
        if (window.currentStep() != kind.step)
            throw std::runtime_error(kind.name + ": the key left the step");
        if (i < 2)
            result.texts[static_cast<std::size_t>(i)] = after;
    }
    return result;
}

double ratio(double value, double floor)
{
    return floor > 0 ? value / floor : 0;
}

} // namespace

STAGECRAFT_BENCHMARK("gui: keystroke to painted preview", [] {
    const int samples = bench::sampling().samples;
    QTemporaryDir settings;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setStyle(new IndicatorStyle(QApplication::style()->name()));

    KSyntaxHighlighting::Repository repository;
    const Catalog catalog = Catalog::loadDefault();
    MainWindow window(catalog, repository);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        throw std::runtime_error("the wizard window never became active");
    auto *labels = window.findChild<QGroupBox *>(QStringLiteral("ociLabels"));
    if (!labels)
        throw std::runtime_error("no OCI labels box");
    // As a user does: open the Runtime step, then tick the box, so its fields take input.
    window.setCurrentStep(fieldKinds().front().step);
    labels->setChecked(true);

    DockerfilePreview *preview = window.previewPanel()->multiStagePreview();
    if (preview != window.preview() || !preview->isVisible() || !window.sizeChart()->isVisible())
        throw std::runtime_error("the multi-stage preview or the size chart is not shown");
    bench::PaintTimer timer({preview->viewport()}, {window.sizeChart()});

    std::vector<std::pair<std::string, std::vector<double>>> kinds;
    std::array<QString, 2> floorTexts;
    for (const FieldKind &kind : fieldKinds()) {
        if (kind.name.find(bench::sampling().field) == std::string::npos)
            continue;
        KindResult result = measureKind(window, timer, kind, samples);
        if (result.milliseconds.size() != static_cast<std::size_t>(samples))
            throw std::runtime_error(kind.name + ": samples are missing");
        if (kinds.empty())
            floorTexts = result.texts;
        kinds.emplace_back(kind.name, std::move(result.milliseconds));
    }
    if (kinds.empty())
        throw std::runtime_error("no field kind's name contains \"" + bench::sampling().field + "\"");
    if (floorTexts[0] == floorTexts[1] && samples > 1)
        throw std::runtime_error("the floors' two texts are the same");
    const QSize previewSize = preview->size();
    window.close();

    const std::vector<double> raw = bench::rawHighlighterSamples(repository, floorTexts, samples);
    const std::vector<double> bare = bench::bareEditorSamples(repository, floorTexts, previewSize, samples);
    const double rawP99 = bench::percentile(raw, 0.99);
    const double bareP99 = bench::percentile(bare, 0.99);

    std::vector<bench::Figure> figures{{"samples per field kind", double(samples), ""}};
    for (const auto &[name, milliseconds] : kinds) {
        const double p99 = bench::percentile(milliseconds, 0.99);
        figures.push_back({name + " p50", bench::percentile(milliseconds, 0.5), "ms"});
        figures.push_back({name + " p99", p99, "ms"});
        figures.push_back({name + " p99 / raw floor p99", ratio(p99, rawP99), "x"});
        figures.push_back({name + " p99 / bare floor p99", ratio(p99, bareP99), "x"});
    }
    figures.push_back({"raw KSyntaxHighlighting floor p50", bench::percentile(raw, 0.5), "ms"});
    figures.push_back({"raw KSyntaxHighlighting floor p99", rawP99, "ms"});
    figures.push_back({"bare QPlainTextEdit floor p50", bench::percentile(bare, 0.5), "ms"});
    figures.push_back({"bare QPlainTextEdit floor p99", bareP99, "ms"});
    return figures;
});

} // namespace stagecraft
