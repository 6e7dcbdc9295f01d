#pragma once

#include "catalog/catalog.h"
#include "check/buildcheck.h"
#include "common/outcome.h"
#include "config/config.h"
#include "generate/generator.h"
#include "project/projectscan.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace stagecraft {

// One field of the wizard: a part of the Config (an option by its id).
struct FieldKey
{
    ConfigField field;
    std::string option; // for ConfigField::Option
    auto operator<=>(const FieldKey &) const = default;
    bool operator==(const FieldKey &) const = default;
};

// The title of the step (as in the step list) where a field is edited.
QString stepTitleFor(ConfigField field);

// A field's value as the user types it ("8080", the start command, an option's value).
std::string fieldText(const Config &config, const FieldKey &key);
// Writes typed text into the field; the problem when the text is no value at all (a port
// that is not a whole number), else empty. Whether the value is allowed is configProblems()'.
std::string applyFieldText(Config &config, const FieldKey &key, const std::string &text);

// Everything the wizard knows, in one place: the Config it edits and what the core makes
// of it, the project folder, the last scan of that folder (with its measurement), and the
// folder the files are exported to. Every step reads from here and writes whole values
// back; nothing here decides anything itself.
class WizardState : public QObject
{
    Q_OBJECT

public:
    explicit WizardState(const Catalog &catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    const Config &config() const { return m_config; }
    // The stack the config names; null only when the catalog has no such stack.
    const StackDefinition *stack() const { return m_catalog.find(m_config.stack); }
    // generate()'s result for config(): the documents, or the first problem.
    const Outcome<Generated> &generated() const { return m_generated; }

    // Emits changed() when the value differs from the current one. A field whose typed text
    // was no value (setFieldInput) keeps that text and its problem unless this changes it.
    void setConfig(const Config &config);
    // The whole configuration replaced (a preset, a scan): typed text that was no value is
    // dropped too, and every field shows the new configuration.
    void replaceConfig(const Config &config);
    // A typed field committed (Return, or focus left it): its text goes into the config, or,
    // when the text is no value at all, is held as the field's problem.
    void setFieldInput(const FieldKey &key, const std::string &text);

    // Everything wrong with what the user entered, each at its field: typed text that is no
    // value, then configProblems(). Empty when the configuration can be generated (a template
    // error is generated().error() alone).
    const std::vector<ConfigProblem> &problems() const { return m_problems; }
    std::vector<std::string> problemsAt(const FieldKey &key) const;
    bool hasInputProblem(const FieldKey &key) const { return m_inputProblems.count(key) > 0; }
    // What would be wrong at `key` if the field held `text`: for checking as the user types.
    std::vector<std::string> problemsIfTyped(const FieldKey &key, const std::string &text) const;
    // The current choices moved to another stack (switchStack).
    void switchToStack(const std::string &stackId);

    // The folder chosen on the Project step ("" when starting from scratch). Choosing another
    // one forgets the previous scan; the choices stay as they are.
    const QString &projectFolder() const { return m_projectFolder; }
    void setProjectFolder(const QString &folder);

    // The last finished scan of the project folder. Holding it changes no choice: only
    // applyScan() does, when the user asks for it.
    const std::optional<ProjectScan> &scan() const { return m_scan; }
    void setScan(const ProjectScan &scan);
    // Makes the scan's configuration the current one and returns the titles of the steps
    // whose choices it changed (empty when they already matched or there is nothing to apply).
    QStringList applyScan();

    // Where Export writes: the folder picked on Review, else the scanned project's own
    // folder (a monorepo member), else the project folder. Picking one changes no choice.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

    // The scan's measurement when it describes the export folder's build context, else null.
    const ProjectMeasurement *measurement() const;

    // The build check of the current Dockerfile against the export folder; empty while it
    // runs or when there is no folder to check against (FitChecker keeps it current).
    const std::optional<CheckResult> &fit() const { return m_fit; }
    void setFit(const std::optional<CheckResult> &fit);

Q_SIGNALS:
    void changed();
    void projectChanged(); // the project folder, its scan or the export folder
    // applyScan() changed these steps (titles as in the step list).
    void scanApplied(const QStringList &changedSteps);
    void fitChanged();

private:
    void update();

    const Catalog &m_catalog;
    Config m_config;
    std::map<FieldKey, std::string> m_inputProblems; // typed text that is no value: its problem
    std::vector<ConfigProblem> m_problems;
    Outcome<Generated> m_generated;
    QString m_projectFolder;
    std::optional<ProjectScan> m_scan;
    QString m_exportFolder;
    std::optional<CheckResult> m_fit;
};

} // namespace stagecraft
