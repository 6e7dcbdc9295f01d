#include "mainwindow/wizardstate.h"

#include <QDir>

namespace stagecraft {

namespace {

// The step that edits each part of a Config, by its title in the step list.
QStringList stepsThatDiffer(const Config &before, const Config &after)
{
    QStringList steps;
    if (before.stack != after.stack || before.packageManager != after.packageManager
        || before.languageVersion != after.languageVersion || before.options != after.options)
        steps << WizardState::tr("Stack");
    if (before.base != after.base)
        steps << WizardState::tr("Base image");
    if (before.nonRoot != after.nonRoot || before.uid != after.uid || before.gid != after.gid)
        steps << WizardState::tr("Security");
    if (before.cacheMounts != after.cacheMounts)
        steps << WizardState::tr("Build speed");
    if (before.port != after.port || before.startCommand != after.startCommand || before.healthcheck != after.healthcheck
        || before.healthcheckPath != after.healthcheckPath || before.labels != after.labels)
        steps << WizardState::tr("Runtime");
    return steps;
}

} // namespace

WizardState::WizardState(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_generated(Outcome<Generated>::failure("no stack chosen"))
{
    // Start where pressing Next to the end gives a good Dockerfile: the reference stack
    // when it is there, else the first one.
    const StackDefinition *start = m_catalog.find("node");
    if (!start && !m_catalog.stacks().empty())
        start = &m_catalog.stacks().front();
    if (start) {
        m_config = defaultConfig(*start);
        m_generated = generate(m_catalog, m_config);
    }
}

void WizardState::setConfig(const Config &config)
{
    if (config == m_config)
        return;
    m_config = config;
    m_generated = generate(m_catalog, m_config);
    Q_EMIT changed();
}

void WizardState::switchToStack(const std::string &stackId)
{
    if (stackId == m_config.stack)
        return;
    if (const StackDefinition *target = m_catalog.find(stackId))
        setConfig(switchStack(m_config, *target));
}

void WizardState::setProjectFolder(const QString &folder)
{
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (cleaned == m_projectFolder)
        return;
    m_projectFolder = cleaned;
    m_scan.reset();
    m_exportFolder.clear();
    Q_EMIT projectChanged();
}

void WizardState::setScan(const ProjectScan &scan)
{
    m_scan = scan;
    Q_EMIT projectChanged();
}

QStringList WizardState::applyScan()
{
    if (!m_scan || !m_scan->config)
        return {};
    Config scanned = *m_scan->config;
    scanned.comments = m_config.comments; // how the file is written, not what the project says
    const QStringList steps = stepsThatDiffer(m_config, scanned);
    setConfig(scanned);
    Q_EMIT scanApplied(steps);
    return steps;
}

QString WizardState::exportFolder() const
{
    if (!m_exportFolder.isEmpty())
        return m_exportFolder;
    if (m_scan)
        return QDir::cleanPath(QString::fromStdString(m_scan->projectFolder));
    return m_projectFolder;
}

void WizardState::setExportFolder(const QString &folder)
{
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (cleaned == m_exportFolder)
        return;
    m_exportFolder = cleaned;
    Q_EMIT projectChanged();
}

void WizardState::setFit(const std::optional<CheckResult> &fit)
{
    if (!fit && !m_fit)
        return;
    m_fit = fit;
    Q_EMIT fitChanged();
}

const ProjectMeasurement *WizardState::measurement() const
{
    if (!m_scan || !m_scan->measurement)
        return nullptr;
    if (QDir::cleanPath(QString::fromStdString(m_scan->projectFolder)) != exportFolder())
        return nullptr;
    return &*m_scan->measurement;
}

} // namespace stagecraft
