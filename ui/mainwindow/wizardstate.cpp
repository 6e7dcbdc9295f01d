#include "mainwindow/wizardstate.h"

namespace stagecraft {

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

} // namespace stagecraft
