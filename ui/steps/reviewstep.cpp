#include "steps/reviewstep.h"

#include "export/deliverables.h"
#include "export/textdiff.h"
#include "preview/fitpanel.h"
#include "steps/exportfilesview.h"
#include "project/fit.h"
#include "mainwindow/prompts.h"
#include "mainwindow/wizardstate.h"
#include "steps/problemlist.h"
#include "steps/runtimestep.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stagecraft {

namespace {

QLineEdit *commandLine(const QString &name, const QString &accessible)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    line->setAccessibleName(accessible);
    line->setReadOnly(true);
    return line;
}

const QString CommentsKey = QStringLiteral("export/comments");

QString yesNo(bool value)
{
    return value ? QObject::tr("yes") : QObject::tr("no");
}

} // namespace

ReviewStep::ReviewStep(WizardState &state, const Prompts &prompts, KSyntaxHighlighting::Repository &repository,
                       QWidget *parent)
    : WizardStep(state, tr("Review and export"),
                 tr("Check the choices and the files, then write them into the project folder. Nothing you "
                    "have is lost: for each file that would change you see the change first and choose."),
                 parent)
    , m_prompts(prompts)
{
    m_problems = new ProblemList(state);
    body()->addWidget(m_problems);
    connect(m_problems, &ProblemList::fixRequested, this, &ReviewStep::fixRequested);

    m_summary = new QFormLayout;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setVerticalSpacing(4);
    body()->addLayout(m_summary);
    // One row per choice, made once; an edit only changes their text.
    const auto summaryRow = [this](const QString &label) {
        auto *value = new QLabel;
        value->setTextFormat(Qt::PlainText); // names from templates, never markup
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary->addRow(label, value);
        return value;
    };
    m_stackRow = summaryRow(tr("Stack:"));
    m_baseRow = summaryRow(tr("Base:"));
    m_userRow = summaryRow(tr("Non-root user:"));
    m_cacheRow = summaryRow(tr("Cache mounts:"));
    m_portRow = summaryRow(tr("Port:"));
    m_healthcheckRow = summaryRow(tr("Healthcheck:"));
    m_fit = new QLabel;
    m_fit->setObjectName(QStringLiteral("reviewFindings"));
    m_fit->setWordWrap(true);
    m_fit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addSpacing(4);
    body()->addWidget(m_fit);
    connect(&state, &WizardState::fitChanged, this, &ReviewStep::refreshWhenShown);

    auto *folderRow = new QHBoxLayout;
    body()->addSpacing(4);
    body()->addLayout(folderRow);
    m_folderLabel = new QLabel;
    m_folderLabel->setObjectName(QStringLiteral("exportFolder"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folderRow->addWidget(m_folderLabel, 1);
    m_chooseFolder = new QPushButton(tr("Ch&ange…"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseExportFolder"));
    m_chooseFolder->setAccessibleName(tr("Choose export folder"));
    folderRow->addWidget(m_chooseFolder);

    m_compose = new QCheckBox(tr("Also write &compose.yaml (one service, port published)"));
    m_compose->setObjectName(QStringLiteral("writeCompose"));
    m_compose->setAccessibleName(tr("Also write compose.yaml"));
    body()->addWidget(m_compose);

    // How the Dockerfile is written is part of the configuration (presets keep it); the last
    // choice is also remembered for the next session.
    m_comments = new QCheckBox(tr("Anno&tate: each line's explanation as a comment above it"));
    m_comments->setObjectName(QStringLiteral("writeComments"));
    m_comments->setAccessibleName(tr("Write each line's explanation as a Dockerfile comment"));
    body()->addWidget(m_comments);
    connect(m_comments, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(CommentsKey, on);
        Config changed = config();
        changed.comments = on;
        this->state().setConfig(changed);
    });
    body()->addWidget(new QLabel(tr("Export writes exactly these files:")));
    m_files = new ExportFilesView(repository);
    m_files->setMinimumHeight(220);
    body()->addWidget(m_files);
    connect(m_compose, &QCheckBox::toggled, this, &ReviewStep::refreshWhenShown);

    auto *exportRow = new QHBoxLayout;
    body()->addLayout(exportRow);
    m_export = new QPushButton(tr("&Export"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the files"));
    exportRow->addWidget(m_export);
    exportRow->addStretch(1);

    m_status = warning(QStringLiteral("exportStatus"));
    body()->addWidget(m_status);

    m_result = new QWidget;
    m_result->setObjectName(QStringLiteral("exportResult"));
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_written = new QLabel;
    m_written->setObjectName(QStringLiteral("exportWritten"));
    m_written->setWordWrap(true);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_written);
    resultLayout->addWidget(new QLabel(tr("<b>Try it</b> (from the project folder):")));
    const auto addCommand = [resultLayout](QLineEdit *line, const QString &buttonName, const QString &accessible) {
        auto *row = new QHBoxLayout;
        row->addWidget(line, 1);
        auto *copy = new QPushButton(tr("Copy"));
        copy->setObjectName(buttonName);
        copy->setAccessibleName(accessible);
        connect(copy, &QPushButton::clicked, line, [line] { QApplication::clipboard()->setText(line->text()); });
        row->addWidget(copy);
        resultLayout->addLayout(row);
    };
    m_build = commandLine(QStringLiteral("buildCommand"), tr("docker build command"));
    addCommand(m_build, QStringLiteral("copyBuildCommand"), tr("Copy the docker build command"));
    m_run = commandLine(QStringLiteral("runCommand"), tr("docker run command"));
    addCommand(m_run, QStringLiteral("copyRunCommand"), tr("Copy the docker run command"));
    m_openFolder = new QPushButton(tr("&Open folder"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setAccessibleName(tr("Open the project folder"));
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openFolder);
    openRow->addStretch(1);
    resultLayout->addLayout(openRow);
    m_result->setVisible(false);
    body()->addWidget(m_result);

    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString chosen = m_prompts.chooseFolder(this, tr("Export folder"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
        if (!chosen.isEmpty()) {
            setFolder(chosen);
            Q_EMIT folderChosen(m_folder);
        }
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewStep::startExport);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    if (QSettings().value(CommentsKey, false).toBool() && !config().comments) {
        Config annotated = config();
        annotated.comments = true;
        state.setConfig(annotated);
    }
    showCommentsChoice();
    // The rest refreshes when the page is first shown: at start-up it is out of sight, and
    // its file views would lay out and highlight both files for nothing.
    setFolder(QString());
}

void ReviewStep::showCommentsChoice()
{
    const QSignalBlocker blocker(m_comments);
    m_comments->setChecked(config().comments);
}

void ReviewStep::setFolder(const QString &folder)
{
    // A scan of the same folder finishing late re-announces it: what the last export said stays.
    const bool changed = folder != m_folder;
    m_folder = folder;
    m_folderLabel->setText(folder.isEmpty() ? tr("No project folder yet: Export asks where to write the files.")
                                            : tr("Export to: <b>%1</b>").arg(QDir::toNativeSeparators(folder).toHtmlEscaped()));
    if (changed) {
        m_result->setVisible(false);
        showProblem(m_status, QString());
    }
    refreshWhenShown();
}

void ReviewStep::refresh()
{
    const Config &c = config();
    const StackDefinition *stack = state().stack();
    m_problems->refresh();
    m_summary->setRowVisible(m_stackRow, stack != nullptr);
    m_summary->setRowVisible(m_baseRow, stack != nullptr);
    if (stack) {
        const Choice *version = stack->languageVersion(c.languageVersion);
        const Choice *base = stack->base(c.base);
        m_stackRow->setText(QString::fromStdString(stack->name) + QStringLiteral(", ")
                            + QString::fromStdString(version ? version->name : c.languageVersion));
        m_baseRow->setText(QString::fromStdString(base && !base->name.empty() ? base->name : c.base));
    }
    m_userRow->setText(c.nonRoot ? QStringLiteral("%1:%2").arg(c.uid).arg(c.gid) : yesNo(false));
    m_cacheRow->setText(yesNo(c.cacheMounts));
    m_portRow->setText(QString::number(c.port));
    m_healthcheckRow->setText(c.healthcheck ? QString::fromStdString(c.healthcheckPath) : yesNo(false));
    showCommentsChoice();
    const std::optional<CheckResult> &fit = state().fit();
    if (m_folder.isEmpty()) {
        m_fit->setText(tr("Export asks for a folder, then checks the Dockerfile against its files before writing."));
    } else if (!fit && !state().generated()) {
        m_fit->setText(tr("The build check runs again once the problems above are fixed."));
    } else if (!fit) {
        m_fit->setText(tr("Checking the Dockerfile against this folder …"));
    } else if (fit->findings.empty()) {
        m_fit->setText(tr("✓ The build check found nothing missing: the Dockerfile fits this folder."));
    } else {
        QString text = tr("<b>Does not fit this folder yet</b> (%n problem(s)); Export asks before writing it:", nullptr,
                          int(fit->findings.size()));
        text += QStringLiteral("<ul style=\"margin-left: -20px\">");
        for (const CheckFinding &finding : fit->findings)
            text += QStringLiteral("<li>%1</li>").arg(findingLabel(finding).toHtmlEscaped());
        m_fit->setText(text + QStringLiteral("</ul>"));
    }
    const bool ok = state().generated().ok();
    if (ok)
        m_files->setFiles(filesToWrite(m_folder));
    m_export->setEnabled(ok && !m_exporting);
    if (!ok)
        showProblem(m_status, tr("Fix this before exporting: the problems are listed at the top of this page."));
    else if (!m_exporting && m_status->text().startsWith(tr("Fix this")))
        showProblem(m_status, QString());
}

void ReviewStep::startExport()
{
    if (m_exporting || !state().generated())
        return;
    if (m_folder.isEmpty()) {
        const QString chosen = m_prompts.chooseFolder(this, tr("Export folder"), QDir::homePath());
        if (chosen.isEmpty())
            return;
        setFolder(chosen);
        Q_EMIT folderChosen(m_folder);
    }
    m_exporting = true;
    m_export->setEnabled(false);
    m_result->setVisible(false);
    showProblem(m_status, QString());
    const std::string folder = QDir::cleanPath(m_folder).toStdString();
    const Generated generated = state().generated().value();
    const std::vector<ExportFile> files = filesToWrite(m_folder);
    const Commands commands{imageNameFor(generated, config(), folder), config().port};
    // The check runs again here, against exactly what is written, so an export never
    // depends on whether the background check had finished.
    std::optional<DetectionResult> model;
    if (state().scan() && QDir::cleanPath(QString::fromStdString(state().scan()->projectFolder)) == QDir::cleanPath(m_folder))
        model = state().scan()->detection;

    struct Prepared
    {
        Outcome<std::vector<PlannedWrite>> plan;
        CheckResult fit;
    };
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, files, commands] {
        watcher->deleteLater();
        const Prepared prepared = watcher->result();
        const Outcome<std::vector<PlannedWrite>> &plan = prepared.plan;
        if (!plan) {
            finish(false, tr("Nothing was written: %1").arg(QString::fromStdString(plan.error())));
            return;
        }
        if (!prepared.fit.findings.empty()) {
            QStringList findings;
            for (const CheckFinding &finding : prepared.fit.findings)
                findings << findingLabel(finding);
            if (!m_prompts.confirmExportAnyway(this, QDir::toNativeSeparators(m_folder), findings)) {
                finish(false, tr("Nothing was written: the Dockerfile does not fit this folder yet (see the build check)."),
                       true);
                return;
            }
        }
        // Each differing file gets its own answer; only "Cancel export" stops the others.
        std::vector<ExportFile> chosen = files;
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const PlannedWrite &entry = plan.value()[i];
            if (!entry.exists || entry.identical)
                continue;
            const QString path = QString::fromStdString(entry.path);
            const std::string diff = unifiedDiff(entry.existingContent, chosen[i].content, entry.path, entry.path + " (new)");
            chosen[i].whenDifferent = m_prompts.chooseForExisting(this, path, QString::fromStdString(diff));
            if (chosen[i].whenDifferent == WhenDifferent::Refuse) {
                finish(false, tr("Nothing was written: you cancelled the export at %1.").arg(QFileInfo(path).fileName()), true);
                return;
            }
        }
        writeFiles(folder, chosen, commands);
    });
    watcher->setFuture(QtConcurrent::run([folder, files, generated, model] {
        return Prepared{planExport(folder, files), checkGenerated(generated, folder, model ? &*model : nullptr)};
    }));
}

std::vector<ExportFile> ReviewStep::filesToWrite(const QString &folder) const
{
    return deliverables(state().generated().value(), config(), QDir::cleanPath(folder).toStdString(), false,
                        m_compose->isChecked());
}

void ReviewStep::writeFiles(const std::string &folder, const std::vector<ExportFile> &files, const Commands &commands)
{
    auto *watcher = new QFutureWatcher<Outcome<ExportResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, commands] {
        watcher->deleteLater();
        const Outcome<ExportResult> result = watcher->result();
        if (!result) {
            finish(false, tr("Nothing was written: %1").arg(QString::fromStdString(result.error())));
            return;
        }
        showResult(result.value(), folder, commands);
        finish(true, m_written->text());
    });
    watcher->setFuture(QtConcurrent::run([folder, files] { return exportFiles(folder, files); }));
}

void ReviewStep::showResult(const ExportResult &result, const std::string &folder, const Commands &commands)
{
    QStringList lines;
    for (const std::string &path : result.written)
        lines << tr("Wrote %1").arg(QString::fromStdString(path));
    for (const std::string &path : result.backups)
        lines << tr("Kept the old file as %1").arg(QString::fromStdString(path));
    for (const std::string &path : result.unchanged)
        lines << tr("Unchanged %1").arg(QString::fromStdString(path));
    for (const std::string &path : result.kept)
        lines << tr("Left your %1 as it was").arg(QString::fromStdString(path));
    m_written->setText(lines.join(QLatin1Char('\n')));
    // A new Dockerfile written beside the user's own is the one to build.
    const std::string besideOwn = newVersionPath("Dockerfile");
    const std::vector<FileWrite> paths = filesInFolder(folder, {{besideOwn, {}}});
    const bool builtBeside = std::find(result.written.begin(), result.written.end(), paths.front().path) != result.written.end();
    m_build->setText(QString::fromStdString(dockerBuildCommand(commands.image, builtBeside ? besideOwn : "Dockerfile")));
    m_run->setText(QString::fromStdString(dockerRunCommand(commands.image, commands.port)));
    m_result->setVisible(true);
}

void ReviewStep::finish(bool written, const QString &message, bool yourChoice)
{
    m_exporting = false;
    m_export->setEnabled(state().generated().ok());
    if (!written && yourChoice)
        showInfo(m_status, message);
    else if (!written)
        showProblem(m_status, message);
    Q_EMIT exportFinished(written, message);
}

} // namespace stagecraft
