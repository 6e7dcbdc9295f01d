#include "mainwindow/mainwindow.h"

#include "chart/sizechart.h"
#include "common/printable.h"
#include "estimate/sizeestimate.h"
#include "export/exporter.h"
#include "generate/generator.h"
#include "handout/handout.h"
#include "mainwindow/wizardstate.h"
#include "preview/dockerfilepreview.h"
#include "preview/previewpanel.h"
#include "mainwindow/fitchecker.h"
#include "mainwindow/problembanner.h"
#include "mainwindow/steadyscrollarea.h"
#include "project/projectscanpanel.h"
#include "steps/basestep.h"
#include "steps/buildspeedstep.h"
#include "steps/projectstep.h"
#include "steps/reviewstep.h"
#include "steps/runtimestep.h"
#include "steps/securitystep.h"
#include "steps/stackstep.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

const QString RecentFolders = QStringLiteral("recent/folders");
const QString RecentPresets = QStringLiteral("recent/presets");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ThemeKey = QStringLiteral("preview/theme");
const QString ZoomKey = QStringLiteral("preview/zoom");
constexpr int MaxRecent = 8;
const QString PresetFilter = QStringLiteral("Stagecraft preset (*.json);;All files (*)");
const QString HandoutFilter = QStringLiteral("Web page (*.html);;All files (*)");

} // namespace

MainWindow::MainWindow(const Catalog &catalog, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_loadingSizes(std::async(std::launch::async, [] {
        LoadedImageSizes sizes;
        sizes.data = ImageSizeData::loadDefault(&sizes.problems);
        return sizes;
    }))
    , m_state(new WizardState(catalog, this))
    , m_prompts(Prompts::interactive(repository))
    , m_previewPanel(new PreviewPanel(repository))
    , m_scanPanel(new ProjectScanPanel(catalog))
    , m_sizeChart(new SizeChart)
    , m_banner(new ProblemBanner)
    , m_repository(repository)
{
    LoadedImageSizes sizes = m_loadingSizes.get();
    m_imageSizes = std::move(sizes.data);
    m_dataProblems = std::move(sizes.problems);
    setWindowTitle(tr("Stagecraft"));
    setWindowIcon(QIcon(QStringLiteral(":/resources/icons/stagecraft-256.png")));

    m_stepList = new QListWidget;
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setFrameShape(QFrame::NoFrame);
    m_stepList->setSpacing(2);
    m_stepList->setBackgroundRole(QPalette::Window);
    m_stepList->viewport()->setBackgroundRole(QPalette::Window);

    m_steps = new QStackedWidget;
    m_steps->setObjectName(QStringLiteral("steps"));
    m_projectStep = new ProjectStep(*m_state, m_prompts);
    addStep(m_projectStep);
    addStep(new StackStep(*m_state));
    addStep(new BaseStep(*m_state));
    addStep(new SecurityStep(*m_state));
    addStep(new BuildSpeedStep(*m_state));
    addStep(new RuntimeStep(*m_state));
    m_reviewStep = new ReviewStep(*m_state, m_prompts, repository);
    addStep(m_reviewStep);

    auto *scroll = new SteadyScrollArea;
    scroll->setObjectName(QStringLiteral("stepScroll"));
    scroll->setWidget(m_steps);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_back = new QPushButton(tr("&Back"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back"));
    m_next = new QPushButton(tr("&Next"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAccessibleName(tr("Next"));
    // The default button: Return anywhere on a page presses it (keyPressEvent).
    m_next->setDefault(true);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(16, 12, 16, 12);
    middleLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    middleLayout->addLayout(buttons);

    auto *left = new QWidget;
    m_stepPane = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 0, 12);
    leftLayout->addWidget(m_stepList);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 12, 12, 12);
    rightLayout->addWidget(m_previewPanel);

    auto *splitter = new QSplitter;
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    m_stepList->setMinimumWidth(m_stepList->sizeHintForColumn(0) + 24);
    m_stepList->setMaximumWidth(m_stepList->sizeHintForColumn(0) + 60);
    middle->setMinimumWidth(400);
    splitter->setSizes({170, 440, 670});
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Visual order: steps, the page, Back/Next, then the preview.
    setTabOrder(m_stepList, m_steps);
    setTabOrder(m_back, m_next);

    connect(m_stepList, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentStep);
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentStep(currentStep() + 1); });
    connect(m_state, &WizardState::changed, this, &MainWindow::regenerate);
    connect(m_projectStep, &ProjectStep::folderChanged, this, [this](const QString &folder) {
        m_state->setProjectFolder(folder);
        if (!folder.isEmpty())
            rememberRecent(RecentFolders, folder);
        Q_EMIT projectFolderChanged(folder);
    });
    // A problem listed on Review opens the step and the field where it is fixed.
    connect(m_reviewStep, &ReviewStep::fixRequested, this, [this](const QString &title, const FieldKey &key) {
        for (int i = 0; i < stepCount(); ++i) {
            auto *step = qobject_cast<WizardStep *>(m_steps->widget(i));
            if (step && step->title() == title) {
                setCurrentStep(i);
                step->focusField(key);
                return;
            }
        }
    });
    // Choosing where to export changes no choice: the preview stays what gets written.
    connect(m_reviewStep, &ReviewStep::folderChosen, m_state, &WizardState::setExportFolder);
    connect(m_state, &WizardState::projectChanged, this, [this] {
        m_reviewStep->setFolder(m_state->exportFolder());
        m_previewPanel->showFit(m_state->fit(), m_state->exportFolder());
        updateSizeChart();
    });
    // The build check follows every change, off the GUI thread, and shows under the preview.
    m_fitChecker = new FitChecker(*m_state, this);
    connect(m_state, &WizardState::fitChanged, this, [this] { m_previewPanel->showFit(m_state->fit(), m_state->exportFolder()); });

    projectScanSlot()->layout()->addWidget(m_scanPanel);
    sizeChartSlot()->layout()->addWidget(m_sizeChart);
    // A stage in the preview and its layers in the chart light up together.
    connect(m_previewPanel, &PreviewPanel::stageHovered, this, [this](bool singleStage, int stage) {
        m_sizeChart->setHighlightedStage(singleStage ? SizeChart::Bar::SingleStage : SizeChart::Bar::MultiStage, stage);
    });
    connect(m_sizeChart, &SizeChart::stageHovered, this, [this](SizeChart::Bar bar, int stage) {
        m_previewPanel->highlightStage(bar == SizeChart::Bar::SingleStage, stage);
    });
    connect(this, &MainWindow::projectFolderChanged, m_scanPanel, [this](const QString &folder) { m_scanPanel->scan(folder); });
    connect(m_scanPanel, &ProjectScanPanel::scanFinished, this, [this] {
        if (m_scanPanel->result())
            m_state->setScan(*m_scanPanel->result());
    });
    // The scan fills in the steps only when the user asks for it, and is told what changed.
    connect(m_scanPanel, &ProjectScanPanel::applyRequested, m_state, &WizardState::applyScan);
    connect(m_state, &WizardState::scanApplied, m_scanPanel, &ProjectScanPanel::showApplied);

    createMenus();
    createViewMenu(repository);
    createHelpMenu();
    showDataProblems();
    // Ctrl+E (export) wins over text fields, which take it as "end of line".
    qApp->installEventFilter(this);

    QSettings settings;
    m_previewPanel->setThemeName(settings.value(ThemeKey).toString());
    setZoom(settings.value(ZoomKey, 0).toInt());
    connect(m_previewPanel, &PreviewPanel::themeNameChanged, this, [](const QString &name) { QSettings().setValue(ThemeKey, name); });
    resize(1280, 800);
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    splitter->restoreState(settings.value(SplitterKey).toByteArray());

    setCurrentStep(0);
    regenerate();
}

// Destroying the window closes it, and a typed field that loses the focus then commits its
// text: that change must reach no slot of this window, which is already half destroyed.
MainWindow::~MainWindow()
{
    m_state->blockSignals(true);
}

void MainWindow::addStep(WizardStep *step)
{
    m_steps->addWidget(step);
    auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(m_steps->count()).arg(step->title()));
    item->setSizeHint(QSize(item->sizeHint().width(), m_stepList->fontMetrics().height() + 14));
    m_stepList->addItem(item);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open project &folder…"));
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    openFolder->setShortcut(QKeySequence::Open);
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString chosen = m_prompts.chooseFolder(this, tr("Project folder"), projectFolder().isEmpty() ? QDir::homePath() : projectFolder());
        if (!chosen.isEmpty())
            setProjectFolder(chosen);
    });
    QMenu *recentFolders = file->addMenu(tr("Recent f&olders"));
    recentFolders->setObjectName(QStringLiteral("recentFoldersMenu"));
    connect(recentFolders, &QMenu::aboutToShow, this, [this, recentFolders] { fillRecentMenu(recentFolders, RecentFolders, true); });
    file->addSeparator();
    QAction *load = file->addAction(tr("&Load preset…"));
    load->setObjectName(QStringLiteral("loadPresetAction"));
    load->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(load, &QAction::triggered, this, [this] {
        const QString path = m_prompts.chooseOpenFile(this, tr("Load preset"), PresetFilter);
        if (!path.isEmpty())
            loadPresetFile(path);
    });
    QMenu *recentPresets = file->addMenu(tr("Recent &presets"));
    recentPresets->setObjectName(QStringLiteral("recentPresetsMenu"));
    connect(recentPresets, &QMenu::aboutToShow, this, [this, recentPresets] { fillRecentMenu(recentPresets, RecentPresets, false); });
    QAction *save = file->addAction(tr("&Save preset…"));
    save->setObjectName(QStringLiteral("savePresetAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] {
        const QString path = m_prompts.chooseSaveFile(this, tr("Save preset"), PresetFilter);
        if (!path.isEmpty())
            savePresetFile(path);
    });
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"));
    m_exportAction = exportAction;
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        setCurrentStep(stepCount() - 1);
        m_reviewStep->startExport();
    });
    QAction *handout = file->addAction(tr("Export &handout…"));
    handout->setObjectName(QStringLiteral("exportHandoutAction"));
    connect(handout, &QAction::triggered, this, [this] {
        const QString path = m_prompts.chooseSaveFile(this, tr("Export handout"), HandoutFilter);
        if (!path.isEmpty())
            exportHandout(path);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next step"));
    next->setObjectName(QStringLiteral("nextStepAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, m_next, &QPushButton::click);
    QAction *back = go->addAction(tr("&Previous step"));
    back->setObjectName(QStringLiteral("previousStepAction"));
    back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(back, &QAction::triggered, m_back, &QPushButton::click);
}

// The command line warns on stderr about what it could not load; the window says it here,
// with the same lines, instead of leaving a stack or a figure silently missing.
void MainWindow::showDataProblems()
{
    QStringList details;
    int templates = 0;
    for (const LoadIssue &issue : m_state->catalog().issues()) {
        if (issue.kind == LoadIssue::Kind::Note)
            continue; // a user template replacing a built-in one is what its author wanted
        if (issue.kind == LoadIssue::Kind::SkippedFile)
            ++templates;
        details << QString::fromStdString(issue.toString());
    }
    for (const std::string &problem : m_dataProblems)
        details << tr("warning: %1").arg(QString::fromStdString(printable(problem)));
    QStringList parts;
    if (templates > 0)
        parts << (templates == 1 ? tr("1 stack template could not be loaded and is not offered; the other stacks work.")
                                 : tr("%1 stack templates could not be loaded and are not offered; the other stacks work.").arg(templates));
    if (!m_dataProblems.empty())
        parts << tr("Your image-size file could not be used; the estimates use the built-in figures.");
    if (parts.isEmpty() && !details.isEmpty())
        parts << tr("Not every stack template in your folder was loaded.");
    m_banner->showProblems(parts.join(QLatin1Char(' ')), details);
}

void MainWindow::fillRecentMenu(QMenu *menu, const QString &key, bool folders)
{
    menu->clear();
    const QStringList entries = QSettings().value(key).toStringList();
    for (const QString &entry : entries) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(entry));
        connect(action, &QAction::triggered, this, [this, entry, folders] {
            if (folders)
                setProjectFolder(entry);
            else
                loadPresetFile(entry);
        });
    }
    if (entries.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::rememberRecent(const QString &key, const QString &value)
{
    QSettings settings;
    QStringList entries = settings.value(key).toStringList();
    entries.removeAll(value);
    entries.prepend(value);
    while (entries.size() > MaxRecent)
        entries.removeLast();
    settings.setValue(key, entries);
}

const Config &MainWindow::config() const
{
    return m_state->config();
}

void MainWindow::setConfig(const Config &config)
{
    m_state->setConfig(config);
}

DockerfilePreview *MainWindow::preview() const
{
    return m_previewPanel->multiStagePreview();
}

QWidget *MainWindow::sizeChartSlot() const
{
    return m_previewPanel->sizeChartSlot();
}

QWidget *MainWindow::projectScanSlot() const
{
    return m_projectStep->scanSlot();
}

QString MainWindow::projectFolder() const
{
    return m_projectStep->folder();
}

void MainWindow::setProjectFolder(const QString &folder)
{
    m_projectStep->setFolder(folder);
}

bool MainWindow::loadPresetFile(const QString &path)
{
    Outcome<Config> loaded = loadPreset(path.toStdString(), m_state->catalog());
    // A shared preset is untrusted: one whose values break the rules is refused whole, as the
    // command line refuses it, rather than half-applied with a broken preview.
    if (loaded) {
        if (const std::string problem = validateConfig(m_state->catalog(), loaded.value()); !problem.empty())
            loaded = Outcome<Config>::failure(printable(path.toStdString()) + ": " + problem);
    }
    if (!loaded) {
        m_prompts.showError(this, tr("Cannot load the preset"), QString::fromStdString(loaded.error()));
        return false;
    }
    m_state->replaceConfig(loaded.value());
    rememberRecent(RecentPresets, QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::savePresetFile(const QString &path)
{
    // The file dialog has already asked before replacing a file; the old one is kept as a backup.
    Outcome<ExportResult> saved = writeFiles({{path.toStdString(), presetText(m_state->config())}}, true);
    if (!saved) {
        m_prompts.showError(this, tr("Cannot save the preset"), QString::fromStdString(saved.error()));
        return false;
    }
    rememberRecent(RecentPresets, QFileInfo(path).absoluteFilePath());
    return true;
}

bool MainWindow::exportHandout(const QString &path)
{
    const Outcome<Generated> &generated = m_state->generated();
    if (!generated) {
        m_prompts.showError(this, tr("Cannot export the handout"),
                            tr("Fix this first: %1").arg(QString::fromStdString(generated.error())));
        return false;
    }
    // Highlighting and the page take milliseconds; the write goes through the one writer.
    const SizeEstimate estimate = estimateSizes(generated->singleStage, generated->multiStage, m_state->config().stack,
                                                m_imageSizes, m_state->measurement());
    const std::string html = handoutHtml(m_state->catalog(), m_state->config(), generated.value(), estimate, m_repository);
    // The file dialog has already asked before replacing a file; the old one is kept as a backup.
    const Outcome<ExportResult> written = writeFiles({{path.toStdString(), html}}, true);
    if (!written) {
        m_prompts.showError(this, tr("Cannot export the handout"), QString::fromStdString(written.error()));
        return false;
    }
    return true;
}

int MainWindow::stepCount() const
{
    return m_steps->count();
}

int MainWindow::currentStep() const
{
    return m_steps->currentIndex();
}

void MainWindow::setCurrentStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    m_steps->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_stepList);
        m_stepList->setCurrentRow(index);
    }
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < stepCount() - 1);
    if (m_next->hasFocus() && !m_next->isEnabled())
        m_back->setFocus();
}

void MainWindow::regenerate()
{
    const Outcome<Generated> &generated = m_state->generated();
    if (generated)
        m_previewPanel->showGenerated(generated.value());
    else
        m_previewPanel->showProblem(QString::fromStdString(generated.error()));
    updateSizeChart();
}

// Estimating is microseconds of arithmetic over the documents, so it runs on every edit;
// the slow part, measuring the project, happened once in the scan's worker thread.
void MainWindow::updateSizeChart()
{
    const Outcome<Generated> &generated = m_state->generated();
    // While a choice is invalid the chart keeps the last estimate, marked out of date.
    m_sizeChart->setStale(!generated);
    if (!generated)
        return;
    m_sizeChart->setEstimate(estimateSizes(generated->singleStage, generated->multiStage, m_state->config().stack, m_imageSizes,
                                           m_state->measurement()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_presentation)
        setPresentationMode(false); // the geometry saved is the ordinary window's
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(SplitterKey, splitter->saveState());
    settings.setValue(ZoomKey, m_zoom);
    QMainWindow::closeEvent(event);
}

} // namespace stagecraft
