#include "mainwindow/wizardstate.h"

#include "common/translated.h"
#include "config/valuerules.h"

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

std::vector<ConfigProblem> problemsIn(const std::vector<ConfigProblem> &problems, const FieldKey &key)
{
    std::vector<ConfigProblem> found;
    for (const ConfigProblem &problem : problems) {
        if (FieldKey{problem.field, problem.option} == key)
            found.push_back(problem);
    }
    return found;
}

} // namespace

QString stepTitleFor(ConfigField field)
{
    switch (field) {
    case ConfigField::Stack:
    case ConfigField::PackageManager:
    case ConfigField::LanguageVersion:
    case ConfigField::Option:
        return WizardState::tr("Stack");
    case ConfigField::Base:
        return WizardState::tr("Base image");
    case ConfigField::Uid:
    case ConfigField::Gid:
        return WizardState::tr("Security");
    case ConfigField::Port:
    case ConfigField::StartCommand:
    case ConfigField::HealthcheckPath:
    case ConfigField::Healthcheck:
    case ConfigField::LabelTitle:
    case ConfigField::LabelDescription:
    case ConfigField::LabelSource:
    case ConfigField::LabelLicenses:
        return WizardState::tr("Runtime");
    }
    return {};
}

std::string fieldText(const Config &config, const FieldKey &key)
{
    switch (key.field) {
    case ConfigField::Stack: return config.stack;
    case ConfigField::PackageManager: return config.packageManager;
    case ConfigField::LanguageVersion: return config.languageVersion;
    case ConfigField::Base: return config.base;
    case ConfigField::Port: return std::to_string(config.port);
    case ConfigField::Uid: return std::to_string(config.uid);
    case ConfigField::Gid: return std::to_string(config.gid);
    case ConfigField::StartCommand: return config.startCommand;
    case ConfigField::HealthcheckPath: return config.healthcheckPath;
    case ConfigField::Healthcheck: return config.healthcheck ? "true" : "false";
    case ConfigField::Option: {
        const auto it = config.options.find(key.option);
        return it == config.options.end() ? std::string() : it->second;
    }
    case ConfigField::LabelTitle: return config.labels.title;
    case ConfigField::LabelDescription: return config.labels.description;
    case ConfigField::LabelSource: return config.labels.source;
    case ConfigField::LabelLicenses: return config.labels.licenses;
    }
    return {};
}

std::string applyFieldText(Config &config, const FieldKey &key, const std::string &text)
{
    const auto number = [&text](const std::string &what, int &value) {
        Outcome<int> parsed = parseWholeNumber(what, text);
        if (!parsed)
            return parsed.error();
        value = parsed.value();
        return std::string();
    };
    switch (key.field) {
    case ConfigField::Port: return number(coreText("values", "port"), config.port);
    case ConfigField::Uid: return number("uid", config.uid);
    case ConfigField::Gid: return number("gid", config.gid);
    case ConfigField::Stack: config.stack = text; break;
    case ConfigField::PackageManager: config.packageManager = text; break;
    case ConfigField::LanguageVersion: config.languageVersion = text; break;
    case ConfigField::Base: config.base = text; break;
    case ConfigField::StartCommand: config.startCommand = text; break;
    case ConfigField::HealthcheckPath: config.healthcheckPath = text; break;
    case ConfigField::Healthcheck: config.healthcheck = text == "true"; break;
    case ConfigField::Option: config.options[key.option] = text; break;
    case ConfigField::LabelTitle: config.labels.title = text; break;
    case ConfigField::LabelDescription: config.labels.description = text; break;
    case ConfigField::LabelSource: config.labels.source = text; break;
    case ConfigField::LabelLicenses: config.labels.licenses = text; break;
    }
    return {};
}

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
        update();
    }
}

void WizardState::update()
{
    m_problems.clear();
    for (const auto &[key, problem] : m_inputProblems)
        m_problems.push_back({key.field, key.option, problem});
    // A field holding text that is no value has that one problem, not its stale value's.
    for (ConfigProblem &problem : configProblems(m_catalog, m_config)) {
        if (!hasInputProblem({problem.field, problem.option}))
            m_problems.push_back(std::move(problem));
    }
    m_generated = m_inputProblems.empty() ? generate(m_catalog, m_config)
                                          : Outcome<Generated>::failure(m_inputProblems.begin()->second);
}

void WizardState::setConfig(const Config &config)
{
    if (config == m_config)
        return;
    // Typed text that was no value gives way when its field gets a value from elsewhere.
    std::erase_if(m_inputProblems, [&](const auto &entry) { return fieldText(config, entry.first) != fieldText(m_config, entry.first); });
    m_config = config;
    update();
    Q_EMIT changed();
}

void WizardState::replaceConfig(const Config &config)
{
    m_inputProblems.clear();
    m_config = config;
    update();
    Q_EMIT changed();
}

void WizardState::setFieldInput(const FieldKey &key, const std::string &text)
{
    Config next = m_config;
    const std::string problem = applyFieldText(next, key, text);
    const auto held = m_inputProblems.find(key);
    if (!problem.empty()) {
        if (held != m_inputProblems.end() && held->second == problem)
            return;
        m_inputProblems[key] = problem;
        update();
        Q_EMIT changed();
        return;
    }
    if (held == m_inputProblems.end()) {
        setConfig(next);
        return;
    }
    m_inputProblems.erase(held);
    m_config = next;
    update();
    Q_EMIT changed();
}

std::vector<std::string> WizardState::problemsAt(const FieldKey &key) const
{
    std::vector<std::string> messages;
    for (const ConfigProblem &problem : problemsIn(m_problems, key))
        messages.push_back(problem.message);
    return messages;
}

std::vector<std::string> WizardState::problemsIfTyped(const FieldKey &key, const std::string &text) const
{
    Config candidate = m_config;
    if (std::string problem = applyFieldText(candidate, key, text); !problem.empty())
        return {problem};
    std::vector<std::string> messages;
    for (const ConfigProblem &problem : problemsIn(configProblems(m_catalog, candidate), key))
        messages.push_back(problem.message);
    return messages;
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
    replaceConfig(scanned);
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
