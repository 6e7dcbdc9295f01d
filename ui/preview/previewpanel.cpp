#include "preview/previewpanel.h"

#include "export/textdiff.h"
#include "generate/generator.h"
#include "preview/dockerfilepreview.h"
#include "preview/fitpanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

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
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_multiPane);
    splitter->addWidget(m_singlePane);
    layout->addWidget(splitter, 1);

    m_fitPanel = new FitPanel;
    layout->addWidget(m_fitPanel);
    connect(m_fitPanel, &FitPanel::lineActivated, this, [this](int line) {
        if (line > 0)
            m_multi->showLine(line - 1);
    });

    auto *explanationBox = new QFrame;
    explanationBox->setFrameShape(QFrame::StyledPanel);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->setContentsMargins(10, 8, 10, 8);
    explanationLayout->setSpacing(4);
    explanationLayout->addWidget(new QLabel(tr("<b>Why this line</b>")));
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAccessibleName(tr("Explanation of the current line"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 3);
    explanationLayout->addWidget(m_explanation);
    layout->addWidget(explanationBox);

    // Reserved for the size comparison chart: an empty, framed area with a layout.
    auto *slot = new QFrame;
    slot->setObjectName(QStringLiteral("sizeChartSlot"));
    slot->setFrameShape(QFrame::StyledPanel);
    slot->setMinimumHeight(140);
    auto *slotLayout = new QVBoxLayout(slot);
    slotLayout->setContentsMargins(8, 8, 8, 8);
    m_sizeChartSlot = slot;
    layout->addWidget(slot);

    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(copy, &QPushButton::clicked, this, &PreviewPanel::copyAll);
    connect(m_multi, &QPlainTextEdit::cursorPositionChanged, this, [this] { explain(m_shownMulti, m_multi->textCursor().blockNumber()); });
    connect(m_single, &QPlainTextEdit::cursorPositionChanged, this, [this] { explain(m_shownSingle, m_single->textCursor().blockNumber()); });
    connect(m_multi, &DockerfilePreview::lineHovered, this, [this](int line) { explain(m_shownMulti, line); });
    connect(m_single, &DockerfilePreview::lineHovered, this, [this](int line) { explain(m_shownSingle, line); });
    setView(View::MultiStage);
}

void PreviewPanel::showGenerated(const Generated &generated)
{
    m_problem->setVisible(false);
    Shown multi{generated.multiStage, stagecraft::render(generated.multiStage)};
    Shown single{generated.singleStage, stagecraft::render(generated.singleStage)};
    const bool changed = multi.rendered.text != m_shownMulti.rendered.text || single.rendered.text != m_shownSingle.rendered.text;
    const bool first = m_shownMulti.rendered.text.empty();
    const std::vector<int> multiChanged = first ? std::vector<int>() : changedLines(m_shownMulti.rendered.text, multi.rendered.text);
    const std::vector<int> singleChanged = first ? std::vector<int>() : changedLines(m_shownSingle.rendered.text, single.rendered.text);
    m_shownMulti = std::move(multi);
    m_shownSingle = std::move(single);
    if (!changed)
        return;
    m_multi->setDockerfile(QString::fromStdString(m_shownMulti.rendered.text));
    m_single->setDockerfile(QString::fromStdString(m_shownSingle.rendered.text));
    m_multi->markLines(multiChanged);
    m_single->markLines(singleChanged);
    explain(m_shownMulti, m_multi->textCursor().blockNumber());
    Q_EMIT updated();
}

void PreviewPanel::showProblem(const QString &problem)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(pal);
    m_problem->setText(tr("Cannot generate: %1. The preview shows the last valid Dockerfile.").arg(problem));
    m_problem->setVisible(true);
}

void PreviewPanel::setView(View view)
{
    m_view = view;
    if (QAbstractButton *button = m_viewButtons->button(int(view)))
        button->setChecked(true);
    m_multiPane->setVisible(view != View::SingleStage);
    m_singlePane->setVisible(view != View::MultiStage);
    m_multiHeader->setVisible(view == View::SideBySide);
    m_singleHeader->setVisible(view == View::SideBySide);
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
}

int PreviewPanel::zoom() const
{
    return m_multi->zoom();
}

QString PreviewPanel::explanation() const
{
    return m_explanation->text();
}

void PreviewPanel::explain(const Shown &shown, int line)
{
    const std::string text = explanationForLine(shown.document, shown.rendered, line);
    m_explanation->setText(text.empty() ? tr("Move the cursor or the mouse over a line to see why it is there.")
                                        : QString::fromStdString(text));
}

void PreviewPanel::copyAll()
{
    const Shown &shown = m_view == View::SingleStage ? m_shownSingle : m_shownMulti;
    QApplication::clipboard()->setText(QString::fromStdString(shown.rendered.text));
}

void PreviewPanel::showFit(const std::optional<CheckResult> &fit, const QString &folder)
{
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
