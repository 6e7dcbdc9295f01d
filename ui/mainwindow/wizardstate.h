#pragma once

#include "catalog/catalog.h"
#include "common/outcome.h"
#include "config/config.h"
#include "generate/generator.h"

#include <QObject>

namespace stagecraft {

// The one Config the wizard edits, and what the core makes of it. Every step reads from
// here and writes a whole new Config back; the state regenerates once per change and
// tells everyone with one changed() signal. Nothing here decides anything itself.
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

    // Emits changed() when the value differs from the current one.
    void setConfig(const Config &config);
    // The current choices moved to another stack (switchStack).
    void switchToStack(const std::string &stackId);

Q_SIGNALS:
    void changed();

private:
    const Catalog &m_catalog;
    Config m_config;
    Outcome<Generated> m_generated;
};

} // namespace stagecraft
