#include "steps/stackstep.h"

#include "generate/generator.h"
#include "mainwindow/wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

void fillChoices(QComboBox *combo, const std::vector<Choice> &choices)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Choice &choice : choices)
        combo->addItem(QString::fromStdString(choice.name.empty() ? choice.id : choice.name), QString::fromStdString(choice.id));
}

// Long choice names must not widen the page past the scroll area.
QComboBox *choiceCombo(const QString &name, const QString &accessible)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

void selectData(QComboBox *combo, const std::string &id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(QString::fromStdString(id)));
}

} // namespace

StackStep::StackStep(WizardState &state, QWidget *parent)
    : WizardStep(state, tr("Stack"), tr("What the project is built with. The choices come from the stack templates."), parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    body()->addLayout(form);

    m_stack = choiceCombo(QStringLiteral("stack"), tr("Stack"));
    for (const StackDefinition &stack : state.catalog().stacks())
        m_stack->addItem(QString::fromStdString(stack.name), QString::fromStdString(stack.id));
    form->addRow(tr("&Stack:"), m_stack);
    m_stackDescription = hint();
    m_stackDescription->setObjectName(QStringLiteral("stackDescription"));
    form->addRow(QString(), m_stackDescription);

    m_packageManager = choiceCombo(QStringLiteral("packageManager"), tr("Package manager"));
    form->addRow(tr("&Package manager:"), m_packageManager);
    // Keeps room for the longest description of the stack's package managers (set with the
    // stack's choices), so choosing another moves nothing under it.
    m_packageManagerDescription = hint();
    m_packageManagerDescription->setObjectName(QStringLiteral("packageManagerDescription"));
    form->addRow(QString(), m_packageManagerDescription);

    m_languageVersion = choiceCombo(QStringLiteral("languageVersion"), tr("Language version"));
    form->addRow(tr("Ve&rsion:"), m_languageVersion);
    // A preset can name what the catalog does not offer; each such value is named here.
    const auto problemRow = [this, form](ConfigField field, QWidget *widget, const QString &name) {
        QLabel *problem = warning(name);
        form->addRow(QString(), problem);
        registerField({field, {}}, widget, problem);
    };
    problemRow(ConfigField::Stack, m_stack, QStringLiteral("stackProblem"));
    problemRow(ConfigField::PackageManager, m_packageManager, QStringLiteral("packageManagerProblem"));
    problemRow(ConfigField::LanguageVersion, m_languageVersion, QStringLiteral("languageVersionProblem"));

    auto *box = new QGroupBox(tr("Stack options"));
    box->setObjectName(QStringLiteral("stackOptions"));
    m_optionsBox = box;
    m_optionsLayout = new QVBoxLayout(box);
    body()->addWidget(box);

    connect(m_stack, &QComboBox::currentIndexChanged, this, [this] {
        this->state().switchToStack(m_stack->currentData().toString().toStdString());
    });
    connect(m_packageManager, &QComboBox::currentIndexChanged, this, [this] {
        const std::string id = m_packageManager->currentData().toString().toStdString();
        edit([&](Config &c) { c.packageManager = id; });
    });
    connect(m_languageVersion, &QComboBox::currentIndexChanged, this, [this] {
        const std::string id = m_languageVersion->currentData().toString().toStdString();
        edit([&](Config &c) { c.languageVersion = id; });
    });
    refreshWhenShown();
}

void StackStep::showChoicesOfStack()
{
    const StackDefinition *stack = state().stack();
    m_builtFor = stack ? stack->id : std::string();
    fillChoices(m_packageManager, stack ? stack->packageManagers : std::vector<Choice>());
    fillChoices(m_languageVersion, stack ? stack->languageVersions : std::vector<Choice>());
    m_stackDescription->setText(stack ? QString::fromStdString(stack->description) : QString());
    QStringList managerDescriptions;
    for (const Choice &manager : stack ? stack->packageManagers : std::vector<Choice>()) {
        if (!manager.description.empty())
            managerDescriptions << QString::fromStdString(manager.description);
    }
    m_packageManagerDescription->setPossibleTexts(managerDescriptions);
    m_packageManagerDescription->setVisible(!managerDescriptions.isEmpty());

    if (m_shownPanel)
        m_shownPanel->widget->hide();
    m_shownPanel = nullptr;
    if (stack) {
        auto panel = m_optionPanels.find(stack->id);
        if (panel == m_optionPanels.end())
            panel = m_optionPanels.emplace(stack->id, buildOptionPanel(*stack)).first;
        m_shownPanel = &panel->second;
        m_shownPanel->widget->show();
    }
    m_optionsBox->setVisible(m_shownPanel && !m_shownPanel->edits.empty());
}

StackStep::OptionPanel StackStep::buildOptionPanel(const StackDefinition &stack)
{
    OptionPanel panel;
    panel.widget = new QWidget;
    panel.widget->setObjectName(QStringLiteral("stackOptions_%1").arg(QString::fromStdString(stack.id)));
    m_optionsLayout->addWidget(panel.widget); // in the window before the tab order is set
    auto *form = new QFormLayout(panel.widget);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Option labels come from the templates and can be long: in a narrow window the field
    // goes under its label instead of pushing the page wider than the window.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QWidget *previous = m_languageVersion;
    for (const StackOption &option : stack.options) {
        const std::string id = option.id;
        const QString name = QStringLiteral("option_%1").arg(QString::fromStdString(option.id));
        QWidget *editor = nullptr;
        QLabel *problem = warning(name + QStringLiteral("Problem"));
        if (option.isToggle()) {
            // A fact about the project (it has a go.sum, a public/ folder): a check box.
            auto *box = new QCheckBox(QString::fromStdString(option.label));
            connect(box, &QCheckBox::toggled, this, [this, id](bool on) {
                edit([&](Config &c) { c.options[id] = on ? "true" : "false"; });
            });
            form->addRow(QString(), box);
            editor = box;
            registerField({ConfigField::Option, id}, box, problem);
        } else {
            auto *line = new QLineEdit;
            line->setPlaceholderText(QString::fromStdString(option.defaultValue));
            auto *label = new QLabel(QString::fromStdString(option.label) + QLatin1Char(':'));
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(line);
            form->addRow(label, line);
            editor = line;
            bindTypedField({ConfigField::Option, id}, line, problem);
        }
        form->addRow(QString(), problem);
        editor->setObjectName(name);
        editor->setAccessibleName(QString::fromStdString(option.label));
        form->addRow(QString(), hint(QString::fromStdString(option.help)));
        setTabOrder(previous, editor);
        previous = editor;
        panel.edits[option.id] = editor;
    }
    return panel;
}

void StackStep::refresh()
{
    const Config &c = config();
    if (c.stack != m_builtFor)
        showChoicesOfStack();
    selectData(m_stack, c.stack);
    selectData(m_packageManager, c.packageManager);
    selectData(m_languageVersion, c.languageVersion);
    const StackDefinition *stack = state().stack();
    const Choice *manager = stack ? stack->packageManager(c.packageManager) : nullptr;
    m_packageManagerDescription->setText(manager ? QString::fromStdString(manager->description) : QString());
    if (!m_shownPanel)
        return;
    for (const auto &[id, editor] : m_shownPanel->edits) {
        const StackOption *option = stack ? stack->option(id) : nullptr;
        // Text options follow the configuration through their typed field (an unset one shows
        // its default as the placeholder).
        if (auto *box = qobject_cast<QCheckBox *>(editor); box && option) {
            const QSignalBlocker blocker(box);
            box->setChecked(optionValue(*option, c) == "true");
        }
    }
}

} // namespace stagecraft
