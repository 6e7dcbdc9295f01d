#include "preview/previewpanel.h"

#include "export/textdiff.h"
#include "generate/generator.h"
#include "mainwindow/steadyscrollarea.h"
#include "preview/dockerfilepreview.h"
#include "preview/fitpanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stagecraft {

namespace {

// The code stays readable however little room the panel has (presentation mode on a 1280x720
// projector): the details under it scroll instead of squeezing it to a few lines.
constexpr int MinimumCodeLines = 10;

// The details' scroll area asks for all the height its content needs at its width, so it
// scrolls only when the panel is short. QScrollArea caps its own hint at 24 text lines. It
// keeps its scroll bar's room (SteadyScrollArea): were the width to change with the bar, the
// content's height would too, and the layout would show and hide the bar in turn.
class DetailsScrollArea : public SteadyScrollArea
{
public:
    QSize sizeHint() const override
    {
        QSize hint = QScrollArea::sizeHint();
        if (const QWidget *content = widget()) {
            const int width = viewport()->width();
            const int height = content->hasHeightForWidth() ? content->heightForWidth(width) : content->sizeHint().height();
            hint.setHeight(height + 2 * frameWidth());
        }
        return hint;
    }

    // As wide as the content needs with the scroll bar shown: the details never scroll sideways
    // and are never cut off at the right.
    QSize minimumSizeHint() const override
    {
        QSize minimum = QScrollArea::minimumSizeHint();
        if (const QWidget *content = widget())
            minimum.setWidth(std::max(minimum.width(), content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                                                           + 2 * frameWidth()));
        return minimum;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the content's height at the new width
    }

    // A scroll area does not pass its content's new height on: the build check growing from
    // one line to a list of problems, or shrinking back, would keep the old height.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

// A scroll area that is part of the panel: no frame of its own, the window's background,
// its content as wide as it is.
void showInPanel(QScrollArea *area, QWidget *content, const QString &name)
{
    area->setObjectName(name);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setBackgroundRole(QPalette::Window);
}

QToolButton *viewButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setAccessibleName(tip);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Never squeezed into "Mul…age": the toolbar holds only what fits a 1024-pixel window.
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return button;
}

} // namespace

PreviewPanel::PreviewPanel(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_multi(new DockerfilePreview(repository))
    , m_single(new DockerfilePreview(repository))
{
    setObjectName(QStringLiteral("previewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    layout->addLayout(bar);
    m_viewButtons = new QButtonGroup(this);
    const auto addView = [this, bar](QToolButton *button, View view) {
        m_viewButtons->addButton(button, int(view));
        bar->addWidget(button);
    };
    addView(viewButton(tr("Multi-stage"), QStringLiteral("viewMultiStage"), tr("Show the multi-stage Dockerfile")), View::MultiStage);
    addView(viewButton(tr("Single-stage"), QStringLiteral("viewSingleStage"), tr("Show the naive single-stage equivalent")), View::SingleStage);
    addView(viewButton(tr("Side by side"), QStringLiteral("viewSideBySide"), tr("Show both side by side")), View::SideBySide);
    m_viewButtons->button(int(View::MultiStage))->setChecked(true);
    bar->addStretch(1);

    auto *copy = new QPushButton(tr("Cop&y all"));
    copy->setObjectName(QStringLiteral("copyAll"));
    copy->setAccessibleName(tr("Copy the whole Dockerfile"));
    bar->addWidget(copy);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    const auto pane = [](DockerfilePreview *preview, QLabel *&header, const QString &title) {
        auto *widget = new QWidget;
        auto *v = new QVBoxLayout(widget);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(4);
        header = new QLabel(title);
        v->addWidget(header);
        v->addWidget(preview, 1);
        return widget;
    };
    m_single->setObjectName(QStringLiteral("singleStagePreview"));
    m_single->setAccessibleName(tr("Single-stage Dockerfile preview"));
    m_multiPane = pane(m_multi, m_multiHeader, tr("<b>Multi-stage</b>"));
    m_singlePane = pane(m_single, m_singleHeader, tr("<b>Single-stage</b> (the naive version)"));
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_codeSplitter = splitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_multiPane);
    splitter->addWidget(m_singlePane);
    // The code asks for no more than its minimum (MinimumCodeLines, fitCodeHeight), so a short
    // panel takes height from the details under it until the code is down to that minimum.
    splitter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(splitter, 1);

    // What the marks mean, and the "what changed" mode that adds what the change removed.
    auto *changes = new QHBoxLayout;
    changes->setSpacing(8);
    layout->addLayout(changes);
    auto *legend = new QLabel(tr("Highlighted lines: what your last choice added or changed."));
    legend->setObjectName(QStringLiteral("changeLegend"));
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setWordWrap(true);
    changes->addWidget(legend, 1);
    m_showRemoved = new QCheckBox(tr("Sho&w removed lines"));
    m_showRemoved->setObjectName(QStringLiteral("showRemoved"));
    m_showRemoved->setAccessibleName(tr("Show the lines the last choice removed"));
    m_showRemoved->setToolTip(tr("What changed: the lines your last choice removed stay in view, struck through, "
                                 "until the next change."));
    changes->addWidget(m_showRemoved);

    // The build check, the explanation and the chart: one column that scrolls when the code
    // needs the height.
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(layout->spacing());
    auto *detailsScroll = new DetailsScrollArea;
    showInPanel(detailsScroll, details, QStringLiteral("previewDetails"));
    detailsScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    layout->addWidget(detailsScroll);

    m_fitPanel = new FitPanel;
    detailsLayout->addWidget(m_fitPanel);
    connect(m_fitPanel, &FitPanel::lineActivated, this, [this](int line) {
        if (line > 0)
            m_multi->showLine(line - 1);
    });

    // A fixed height: explanations of different lengths scroll inside it instead of
    // moving everything under it as the mouse passes over the lines.
    auto *explanationBox = new QFrame;
    explanationBox->setObjectName(QStringLiteral("explanationBox"));
    explanationBox->setFrameShape(QFrame::StyledPanel);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->setContentsMargins(10, 8, 10, 8);
    explanationLayout->setSpacing(4);
    m_explanationTitle = new QLabel;
    m_explanationTitle->setObjectName(QStringLiteral("explanationTitle"));
    explanationLayout->addWidget(m_explanationTitle);
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAccessibleName(tr("Explanation of the current line"));
    m_explanation->setTextFormat(Qt::PlainText); // template text, never markup
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanationScroll = new QScrollArea;
    showInPanel(m_explanationScroll, m_explanation, QStringLiteral("explanationScroll"));
    m_explanationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explanationLayout->addWidget(m_explanationScroll);
    explanationBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    detailsLayout->addWidget(explanationBox);
    fitExplanationHeight();

    // Reserved for the size comparison chart: an empty, framed area with a layout.
    auto *slot = new QFrame;
    slot->setObjectName(QStringLiteral("sizeChartSlot"));
    slot->setFrameShape(QFrame::StyledPanel);
    slot->setMinimumHeight(140);
    auto *slotLayout = new QVBoxLayout(slot);
    slotLayout->setContentsMargins(8, 8, 8, 8);
    m_sizeChartSlot = slot;
    detailsLayout->addWidget(slot);
    detailsLayout->addStretch(1);

    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(copy, &QPushButton::clicked, this, &PreviewPanel::copyAll);
    connect(m_showRemoved, &QCheckBox::toggled, this, &PreviewPanel::setShowRemoved);
    for (bool single : {false, true}) {
        DockerfilePreview *view = preview(single);
        connect(view, &QPlainTextEdit::cursorPositionChanged, this, [this, single, view] {
            if (!m_updating)
                explainLine(single, view->cursorLine());
        });
        connect(view, &DockerfilePreview::lineHovered, this, [this, single](int line) { explainLine(single, line); });
        connect(view, &DockerfilePreview::stageHovered, this, [this, single](int stage) { Q_EMIT stageHovered(single, stage); });
    }
    setView(View::MultiStage);
    showExplanation();
}

namespace {

std::vector<int> stagesOfLines(const RenderedDockerfile &rendered)
{
    std::vector<int> stages;
    stages.reserve(rendered.lines.size());
    for (const LineOrigin &origin : rendered.lines)
        stages.push_back(origin.stage);
    return stages;
}

} // namespace

void PreviewPanel::showGenerated(const Generated &generated)
{
    m_problem->setVisible(false);
    m_multi->setStale(false);
    m_single->setStale(false);
    Shown multi{generated.multiStage, stagecraft::render(generated.multiStage)};
    Shown single{generated.singleStage, stagecraft::render(generated.singleStage)};
    const bool changed = multi.rendered.text != m_shownMulti.rendered.text || single.rendered.text != m_shownSingle.rendered.text;
    if (!changed) {
        m_shownMulti = std::move(multi);
        m_shownSingle = std::move(single);
        return;
    }
    const bool first = m_shownMulti.rendered.text.empty();
    // Each line keeps its place: the explained one and each view's cursor go to the
    // same line, or the nearest equivalent, in the new text.
    const auto follow = [](const Shown &before, const Shown &after, int line) {
        return before.rendered.text.empty() ? line : equivalentLine(before.document, before.rendered, line, after.document, after.rendered);
    };
    const Shown &newShown = m_explainsSingle ? single : multi;
    const int explained = m_explainedLine < 0 ? -1 : follow(shown(m_explainsSingle), newShown, m_explainedLine);
    const int multiCursor = follow(m_shownMulti, multi, m_multi->cursorLine());
    const int singleCursor = follow(m_shownSingle, single, m_single->cursorLine());
    const auto changesIn = [first](const Shown &before, const Shown &after) {
        return first ? LineChanges{} : lineChanges(before.rendered.text, after.rendered.text);
    };
    const LineChanges multiChanges = changesIn(m_shownMulti, multi);
    const LineChanges singleChanges = changesIn(m_shownSingle, single);
    m_shownMulti = std::move(multi);
    m_shownSingle = std::move(single);

    m_updating = true;
    m_multi->showChange(QString::fromStdString(m_shownMulti.rendered.text), multiChanges);
    m_single->showChange(QString::fromStdString(m_shownSingle.rendered.text), singleChanges);
    m_multi->setLineStages(stagesOfLines(m_shownMulti.rendered));
    m_single->setLineStages(stagesOfLines(m_shownSingle.rendered));
    m_multi->setCursorLine(multiCursor);
    m_single->setCursorLine(singleCursor);
    m_updating = false;
    m_explainedLine = explained;
    showExplanation();
    Q_EMIT updated();
}

void PreviewPanel::showProblem(const QString &problem)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(pal);
    m_problem->setText(tr("<b>Out of date:</b> %1. The preview keeps the last valid Dockerfile until this is fixed.")
                           .arg(problem.toHtmlEscaped()));
    m_problem->setVisible(true);
    m_multi->setStale(true);
    m_single->setStale(true);
    m_fitPanel->showOutOfDate();
}

bool PreviewPanel::isStale() const
{
    return m_multi->isStale();
}

void PreviewPanel::explainLine(bool singleStage, int line)
{
    m_explainsSingle = singleStage;
    m_explainedLine = line;
    showExplanation();
}

void PreviewPanel::showExplanation()
{
    const Shown &current = shown(m_explainsSingle);
    const std::pair<int, int> lines = instructionLines(current.rendered, m_explainedLine);
    preview(m_explainsSingle)->setExplainedLines(lines);
    preview(!m_explainsSingle)->setExplainedLines({-1, -1});
    const std::string text = explanationForLine(current.document, current.rendered, m_explainedLine);
    if (text.empty()) {
        m_explanationTitle->setText(tr("<b>Why this line</b>"));
        m_explanation->setText(tr("Move the cursor or the mouse over a line to see why it is there."));
        return;
    }
    const LineOrigin origin = current.rendered.lines[std::size_t(m_explainedLine)];
    QString where = lines.first == lines.second ? tr("Why line %1").arg(lines.first + 1)
                                                : tr("Why lines %1–%2").arg(lines.first + 1).arg(lines.second + 1);
    if (origin.stage >= 0 && current.document.stages.size() > 1) {
        const std::string &name = current.document.stages[std::size_t(origin.stage)].name;
        where += name.empty() ? tr(" (final stage)") : tr(" (stage %1)").arg(QString::fromStdString(name).toHtmlEscaped());
    }
    m_explanationTitle->setText(QStringLiteral("<b>%1</b>").arg(where));
    m_explanation->setText(QString::fromStdString(text));
}

void PreviewPanel::fitExplanationHeight()
{
    // Five lines of text: the longest explanations scroll, the layout never moves.
    const QMargins margins = m_explanationScroll->contentsMargins();
    m_explanationScroll->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 5 + margins.top() + margins.bottom());
}

void PreviewPanel::fitCodeHeight()
{
    const int margins = 2 * (m_multi->frameWidth() + int(std::ceil(m_multi->document()->documentMargin())));
    const int code = m_multi->fontMetrics().lineSpacing() * MinimumCodeLines + margins
                     + m_multi->horizontalScrollBar()->sizeHint().height();
    // The size policy ignores the panes' own minimums: the code area states its own.
    const int header = m_view == View::SideBySide ? m_multiHeader->sizeHint().height() + m_multiPane->layout()->spacing() : 0;
    m_codeSplitter->setMinimumHeight(code + header);
}

void PreviewPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitExplanationHeight();
}

void PreviewPanel::setShowRemoved(bool show)
{
    m_showRemoved->setChecked(show);
    m_updating = true;
    m_multi->setShowRemoved(show);
    m_single->setShowRemoved(show);
    m_updating = false;
}

bool PreviewPanel::showsRemoved() const
{
    return m_multi->showsRemoved();
}

void PreviewPanel::highlightStage(bool singleStage, int stage)
{
    preview(singleStage)->setHighlightedStage(stage);
    preview(!singleStage)->setHighlightedStage(-1);
}

void PreviewPanel::setView(View view)
{
    m_view = view;
    if (QAbstractButton *button = m_viewButtons->button(int(view)))
        button->setChecked(true);
    m_multiPane->setVisible(view != View::SingleStage);
    m_singlePane->setVisible(view != View::MultiStage);
    // A file out of view is not re-highlighted on every edit; it catches up when shown.
    m_updating = true;
    m_multi->setActive(view != View::SingleStage);
    m_single->setActive(view != View::MultiStage);
    m_updating = false;
    m_multiHeader->setVisible(view == View::SideBySide);
    m_singleHeader->setVisible(view == View::SideBySide);
    fitCodeHeight();
    // The explanation is always of a line in view: a hidden file's line moves to the
    // nearest equivalent in the one shown.
    const bool single = view == View::SingleStage;
    if (view != View::SideBySide && m_explainsSingle != single) {
        const Shown &from = shown(m_explainsSingle);
        const int line = m_explainedLine < 0 || from.rendered.text.empty()
                             ? -1
                             : equivalentLine(from.document, from.rendered, m_explainedLine, shown(single).document, shown(single).rendered);
        explainLine(single, line);
    }
    Q_EMIT viewChanged(view);
}

void PreviewPanel::setThemeName(const QString &name)
{
    // An unknown name (a theme since removed) follows the system palette.
    const QString known = m_repository.theme(name).isValid() ? name : QString();
    if (known == m_themeName && known == m_multi->themeName())
        return;
    m_themeName = known;
    m_multi->setThemeName(known);
    m_single->setThemeName(known);
    Q_EMIT themeNameChanged(known);
}

QString PreviewPanel::themeName() const
{
    return m_themeName;
}

void PreviewPanel::setZoom(int steps)
{
    m_multi->setZoom(steps);
    m_single->setZoom(steps);
    fitCodeHeight();
}

int PreviewPanel::zoom() const
{
    return m_multi->zoom();
}

QString PreviewPanel::explanation() const
{
    return m_explanation->text();
}

void PreviewPanel::copyAll()
{
    const Shown &shown = m_view == View::SingleStage ? m_shownSingle : m_shownMulti;
    QApplication::clipboard()->setText(QString::fromStdString(shown.rendered.text));
}

void PreviewPanel::showFit(const std::optional<CheckResult> &fit, const QString &folder)
{
    if (isStale() && !fit)
        m_fitPanel->showOutOfDate();
    else
        m_fitPanel->showFit(fit, folder);
    std::vector<int> lines;
    if (fit) {
        for (const CheckFinding &finding : fit->findings) {
            if (finding.line > 0)
                lines.push_back(finding.line - 1);
        }
    }
    m_multi->setProblemLines(lines);
}

} // namespace stagecraft
