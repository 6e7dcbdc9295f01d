#include "project/projectscanpanel.h"

#include "estimate/sizeestimate.h"
#include "project/openquestions.h"
#include "project/wrappingdelegate.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stagecraft {

namespace {

// The confidence in words for the window; toString() stays the fixed word of --json.
QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Certain:
        return ProjectScanPanel::tr("certain");
    case Confidence::Likely:
        return ProjectScanPanel::tr("likely");
    case Confidence::Guess:
        break;
    }
    return ProjectScanPanel::tr("guess");
}

QString fromStd(const std::string &text) { return QString::fromStdString(text); }

// A sentence starts with a capital letter, unless it starts with a file name.
QString sentence(QString text)
{
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    if (!text.isEmpty() && text.front().isLower() && !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/')))
        text.front() = text.front().toUpper();
    return text;
}

// The first three words, for telling whether two lines are about the same thing: the scan's
// warning ("several main packages (...): choose ...") and the configuration's note about
// it ("several main packages; choose one ...").
QString subject(const QString &line)
{
    QString words = line.toLower();
    words.replace(QRegularExpression(QStringLiteral("[^\\w./ ]")), QStringLiteral(" "));
    return words.simplified().section(QLatin1Char(' '), 0, 2);
}

QString aboutLabel(const std::string &about)
{
    if (about == "stack")
        return ProjectScanPanel::tr("Stack");
    if (about == "packageManager")
        return ProjectScanPanel::tr("Package manager");
    if (about == "languageVersion")
        return ProjectScanPanel::tr("Language version");
    if (about == "buildCommand")
        return ProjectScanPanel::tr("Build command");
    if (about == "startCommand")
        return ProjectScanPanel::tr("Start command");
    if (about == "port")
        return ProjectScanPanel::tr("Port");
    if (about == "files")
        return ProjectScanPanel::tr("Files the Dockerfile depends on");
    if (about == "buildOutput")
        return ProjectScanPanel::tr("Build output");
    if (about == "startFile")
        return ProjectScanPanel::tr("Start file");
    if (about == "bind")
        return ProjectScanPanel::tr("Listen address");
    if (about == "refusal")
        return ProjectScanPanel::tr("What does not fit the template");
    return ProjectScanPanel::tr("Other findings");
}

} // namespace

ProjectScanPanel::ProjectScanPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancelButton(new QPushButton(tr("Cancel sc&an")))
    , m_applyButton(new QPushButton(tr("&Use these findings")))
    , m_answerButton(new QPushButton)
    , m_applied(new QLabel)
    , m_projects(new QComboBox)
    , m_projectsLabel(new QLabel(tr("This folder holds several projects. Bu&ild:")))
    , m_evidence(new QTreeWidget)
    , m_warnings(new QLabel)
{
    setObjectName(QStringLiteral("projectScanPanel"));
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelScan"));
    m_cancelButton->setAccessibleName(tr("Cancel scan"));
    m_applyButton->setObjectName(QStringLiteral("applyScan"));
    m_applyButton->setAccessibleName(tr("Fill in the steps from these findings"));
    m_applyButton->setToolTip(tr("Sets the stack, versions, start command and port the scan found; every step can still be changed."));
    m_applied->setObjectName(QStringLiteral("scanApplied"));
    m_answerButton->setObjectName(QStringLiteral("answerRefusal"));
    m_answerButton->setAccessibleName(tr("Answer the refusal with the settings it names"));
    m_applied->setWordWrap(true);
    m_projects->setObjectName(QStringLiteral("projectPicker"));
    m_projects->setAccessibleName(tr("Project to build"));
    m_projectsLabel->setBuddy(m_projects);
    m_projectsLabel->setWordWrap(true);
    m_evidence->setObjectName(QStringLiteral("scanEvidence"));
    m_evidence->setAccessibleName(tr("What the scan found, with evidence"));
    m_evidence->setColumnCount(3);
    m_evidence->setHeaderLabels({tr("Finding"), tr("File"), tr("Confidence")});
    m_evidence->setRootIsDecorated(true);
    // A finding is a sentence, longer in some languages: it wraps rather than being cut off.
    m_evidence->setWordWrap(true);
    m_evidence->setUniformRowHeights(false);
    m_evidence->setItemDelegate(new WrappingDelegate(m_evidence));
    m_evidence->setMinimumHeight(180);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_evidence->header()->setStretchLastSection(false);
    // fitEvidenceColumns at each new width or font.
    m_evidence->installEventFilter(this);
    m_evidence->viewport()->installEventFilter(this);
    // Row heights follow the wrapped findings, so they are measured again at each new width.
    connect(m_evidence->header(), &QHeaderView::sectionResized, m_evidence, [this](int column) {
        if (column == 0)
            m_evidence->doItemsLayout();
    });
    m_warnings->setObjectName(QStringLiteral("scanWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto *projectsRow = new QHBoxLayout;
    projectsRow->addWidget(m_projectsLabel);
    projectsRow->addWidget(m_projects, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addLayout(projectsRow);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_applyButton);
    applyRow->addWidget(m_answerButton);
    applyRow->addWidget(m_applied, 1);
    layout->addLayout(applyRow);
    layout->addWidget(m_evidence, 1);
    layout->addWidget(m_warnings);

    connect(m_cancelButton, &QPushButton::clicked, this, &ProjectScanPanel::cancel);
    connect(m_applyButton, &QPushButton::clicked, this, &ProjectScanPanel::applyRequested);
    connect(m_answerButton, &QPushButton::clicked, this, [this] {
        if (!m_result)
            return;
        // Copies: scan() drops the current result before it starts the next one.
        const std::map<std::string, std::string> answers = m_result->detection.refusalAnsweredBy;
        const QString folder = m_folder;
        scan(folder, fromStd(m_result->detection.project), answers);
    });
    connect(&m_watcher, &QFutureWatcher<ProjectScan>::finished, this, [this] {
        if (m_watcher.future().isValid() && m_watcher.property("generation").toInt() == m_generation) {
            m_scanning = false;
            ProjectScan scan = m_watcher.result();
            // Cancel means "not this result", even when the worker finished just before it saw the flag.
            if (scan.cancelled || (m_cancel && m_cancel->load())) {
                showIdle(tr("Scan cancelled. The choices in the next steps are yours to make."));
                return;
            }
            m_result = std::move(scan);
            showResult();
            Q_EMIT scanFinished();
        }
    });
    connect(m_projects, &QComboBox::activated, this, [this](int index) {
        scan(m_folder, m_projects->itemData(index).toString());
    });
    // Progress comes from the worker as a counter; the GUI reads it at its own pace.
    auto *progressTimer = new QTimer(this);
    progressTimer->setInterval(100);
    connect(progressTimer, &QTimer::timeout, this, [this] {
        if (isScanning() && m_filesSeen)
            showProgress(m_filesSeen->load());
    });
    progressTimer->start();
    showIdle({});
}

ProjectScanPanel::~ProjectScanPanel()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ProjectScanPanel::isScanning() const
{
    return m_scanning;
}

void ProjectScanPanel::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ProjectScanPanel::scan(const QString &folder, const QString &member, const std::map<std::string, std::string> &chosenOptions)
{
    // One worker at a time: a cancelled walk stops at the next file, so this wait is short,
    // and no worker outlives the panel or the catalog it reads.
    cancel();
    m_watcher.waitForFinished();
    ++m_generation;
    m_folder = folder;
    if (folder.isEmpty()) {
        m_scanning = false;
        m_result.reset();
        showIdle({});
        Q_EMIT scanCleared();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_filesSeen = std::make_shared<std::atomic<qint64>>(0);
    auto cancelFlag = m_cancel;
    auto filesSeen = m_filesSeen;
    const Catalog &catalog = m_catalog;
    const std::string folderPath = folder.toStdString();
    const std::string memberPath = member.toStdString();
    m_scanning = true;
    m_result.reset();
    m_applyButton->hide();
    m_answerButton->hide();
    m_applied->hide();
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run([=, &catalog] {
        ProjectScanOptions options;
        options.member = memberPath;
        options.chosenOptions = chosenOptions;
        options.progress = [filesSeen](std::int64_t files) { filesSeen->store(files); };
        options.cancel = cancelFlag.get();
        return scanAndMeasure(folderPath, catalog, options);
    }));
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_status->show();
    showProgress(0);
    relayout();
}

// Children appear and disappear while the page may be hidden in the step stack; tell the
// layouts above so the page makes room the next time it is shown.
void ProjectScanPanel::relayout()
{
    layout()->invalidate();
    updateGeometry();
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (ancestor->layout())
            ancestor->layout()->invalidate();
        ancestor->updateGeometry();
    }
}

void ProjectScanPanel::showProgress(qint64 files)
{
    m_status->setText(tr("Scanning %1 … %2 files looked at.").arg(m_folder).arg(files));
}

void ProjectScanPanel::showIdle(const QString &message)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    if (!m_result) {
        m_applyButton->hide();
        m_answerButton->hide();
        m_applied->hide();
        m_evidence->clear();
        m_evidence->hide();
        m_warnings->hide();
        m_projects->hide();
        m_projectsLabel->hide();
    }
    relayout();
}

void ProjectScanPanel::showApplied(const QStringList &changedSteps)
{
    m_applied->setText(changedSteps.isEmpty() ? tr("The steps already matched these findings.")
                                              : tr("Filled in: %1.").arg(changedSteps.join(QStringLiteral(", "))));
    m_applied->show();
    relayout();
}

// A refusal the stack's own options can answer (a Java project without Spring Boot builds
// with springBoot off) offers that answer: the scan runs again with those values, keeping
// what it found, as `--option` does on the command line.
void ProjectScanPanel::showAnswer(const DetectionResult &found)
{
    const StackDefinition *stack = found.refusal.empty() ? nullptr : m_catalog.find(found.stack);
    QStringList settings;
    for (const auto &[id, value] : found.refusalAnsweredBy) {
        const StackOption *option = stack ? stack->option(id) : nullptr;
        if (!option) {
            settings.clear();
            break;
        }
        const QString label = fromStd(option->label);
        if (option->isToggle())
            settings << (value == "true" ? tr("“%1” on").arg(label) : tr("“%1” off").arg(label));
        else
            settings << tr("“%1” set to %2").arg(label, fromStd(value));
    }
    m_answerButton->setVisible(!settings.isEmpty());
    m_answerButton->setText(tr("&Build it with %1").arg(settings.join(QStringLiteral(", "))));
    m_answerButton->setToolTip(tr("Scans again with these settings; the other findings stay, and every step can still be changed."));
}

void ProjectScanPanel::showResult()
{
    m_progress->hide();
    m_cancelButton->hide();
    const ProjectScan &scan = *m_result;
    m_applyButton->setVisible(scan.config.has_value());
    m_applyButton->setEnabled(true);
    showAnswer(scan.config ? DetectionResult{} : scan.detection);
    m_applied->clear();
    m_applied->hide();
    const DetectionResult &found = scan.detection;

    QString summary;
    if (scan.config) {
        const StackDefinition *stack = m_catalog.find(scan.config->stack);
        summary = tr("Found a %1 project. Use these findings to fill in the next steps; you can still change anything.")
                      .arg(stack ? fromStd(stack->name) : fromStd(scan.config->stack));
    } else {
        // A stack's refusal says what would not work; otherwise why no stack was found.
        const std::string &why = !found.refusal.empty() ? found.refusal : found.reason;
        summary = why.empty() ? tr("No stack Stagecraft knows fits this folder; choose one on the next step.")
                              : sentence(fromStd(why)) + QLatin1Char('.');
    }
    if (!found.project.empty() && scan.config)
        summary += QLatin1Char(' ') + tr("The Dockerfile is written into %1, the project's own folder, and built from there.")
                                          .arg(fromStd(found.project));
    if (scan.measurement)
        summary += QLatin1Char(' ') + tr("Build context after .dockerignore: %1 in %2 files.")
                                          .arg(fromStd(formatBytes(scan.measurement->context.bytes)))
                                          .arg(scan.measurement->context.files);
    m_status->setText(summary);
    m_status->show();

    m_evidence->clear();
    std::map<QString, QTreeWidgetItem *> groups; // by label: several kinds of finding share "Other findings"
    for (const Evidence &evidence : found.evidence) {
        const QString label = aboutLabel(evidence.about);
        QTreeWidgetItem *&group = groups[label];
        if (!group) {
            group = new QTreeWidgetItem(m_evidence, {label});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {fromStd(evidence.finding), fromStd(evidence.file), confidenceText(evidence.confidence)});
        item->setToolTip(0, fromStd(evidence.finding));
        item->setToolTip(1, fromStd(evidence.file));
    }
    fitEvidenceColumns();
    m_evidence->setVisible(!found.evidence.empty());

    QStringList warnings;
    // What the scan could not find is asked for first: a default there may not start the app.
    for (const OpenQuestion &question : openQuestions(scan))
        warnings << tr("Could not tell %1: set it on the %2 step.").arg(fromStd(question.label), QCoreApplication::translate("WizardStepName", question.step.c_str()));
    QStringList subjects;
    for (const QString &question : std::as_const(warnings))
        subjects << subject(question);
    for (const std::string &warning : found.warnings) {
        warnings << sentence(fromStd(warning));
        subjects << subject(warnings.back());
    }
    // A note that only repeats a warning's subject is left out: the warning says more.
    for (const std::string &note : scan.notes) {
        const QString line = sentence(fromStd(note));
        if (!subjects.contains(subject(line)))
            warnings << line;
    }
    if (scan.measurement) {
        for (const std::string &warning : scan.measurement->warnings)
            warnings << sentence(fromStd(warning));
    }
    if (!scan.measurementError.empty())
        warnings << tr("The folder could not be measured: %1").arg(fromStd(scan.measurementError));
    m_warnings->setText(warnings.isEmpty() ? QString() : tr("Worth knowing:") + QStringLiteral("\n• ") + warnings.join(QStringLiteral("\n• ")));
    m_warnings->setVisible(!warnings.isEmpty());

    const bool several = found.projects.size() > 1;
    m_projects->setVisible(several);
    m_projectsLabel->setVisible(several);
    if (several) {
        const QSignalBlocker blocker(m_projects);
        m_projects->clear();
        for (const DetectedProject &project : found.projects) {
            const QString label = QStringLiteral("%1  (%2)").arg(fromStd(project.path.empty() ? std::string(".") : project.path),
                                                                  fromStd(project.stack.empty() ? project.language : project.stack));
            m_projects->addItem(label, fromStd(project.path));
        }
        const int current = m_projects->findData(fromStd(found.project));
        if (current >= 0)
            m_projects->setCurrentIndex(current);
    }
    relayout();
}

// The file and the confidence take what they need, but at most a third of the width each: in a
// narrow step (presentation mode's larger fonts) the finding, the sentence that matters, keeps
// the rest instead of being cut to "...". A longer file name is elided, whole in its tooltip.
void ProjectScanPanel::fitEvidenceColumns()
{
    QHeaderView *header = m_evidence->header();
    const QAbstractItemView *view = m_evidence; // QTreeView hides sizeHintForColumn
    const int most = m_evidence->viewport()->width() / 3;
    for (int column : {1, 2})
        header->resizeSection(column, std::min(std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)), most));
}

bool ProjectScanPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: every event of the tree passes here, some while it is being destroyed.
    if ((event->type() == QEvent::Resize && watched == m_evidence->viewport())
        || (event->type() == QEvent::FontChange && watched == m_evidence))
        fitEvidenceColumns();
    return QWidget::eventFilter(watched, event);
}

} // namespace stagecraft
