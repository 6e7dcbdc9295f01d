#include "steps/projectstep.h"

#include "mainwindow/prompts.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stagecraft {

ProjectStep::ProjectStep(WizardState &state, const Prompts &prompts, QWidget *parent)
    : WizardStep(state, tr("Project"),
                 tr("Point Stagecraft at your project, or start from scratch and pick everything by hand."), parent)
    , m_prompts(prompts)
{
    m_useFolder = new QRadioButton(tr("Use a &project folder"));
    m_useFolder->setObjectName(QStringLiteral("useProjectFolder"));
    m_useFolder->setAccessibleName(tr("Use a project folder"));
    body()->addWidget(m_useFolder);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(24, 0, 0, 0);
    body()->addLayout(row);
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("projectFolder"));
    m_folder->setAccessibleName(tr("Project folder"));
    m_folder->setPlaceholderText(tr("/path/to/your/project"));
    m_folder->setClearButtonEnabled(true);
    row->addWidget(m_folder, 1);
    m_choose = new QPushButton(tr("&Choose…"));
    m_choose->setObjectName(QStringLiteral("chooseProjectFolder"));
    m_choose->setAccessibleName(tr("Choose project folder"));
    row->addWidget(m_choose);
    auto *folderHint = hint(tr("The Dockerfile, .dockerignore and (if you like) compose.yaml are written here."));
    folderHint->setContentsMargins(24, 0, 0, 0);
    body()->addWidget(folderHint);

    m_scratch = new QRadioButton(tr("&Start from scratch"));
    m_scratch->setObjectName(QStringLiteral("startFromScratch"));
    m_scratch->setAccessibleName(tr("Start from scratch"));
    body()->addWidget(m_scratch);
    auto *scratchHint = hint(tr("Choose the stack and everything else yourself; pick a folder when you export."));
    scratchHint->setContentsMargins(24, 0, 0, 0);
    body()->addWidget(scratchHint);

    auto *group = new QButtonGroup(this);
    group->addButton(m_useFolder);
    group->addButton(m_scratch);
    m_scratch->setChecked(true);

    // The project scan's result goes here, below a rule, once it is wired in.
    auto *rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    body()->addSpacing(8);
    body()->addWidget(rule);
    m_scanSlot = new QWidget;
    m_scanSlot->setObjectName(QStringLiteral("projectScanSlot"));
    auto *slotLayout = new QVBoxLayout(m_scanSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_scanSlot, 1);
    letBodyGrow();

    connect(m_choose, &QPushButton::clicked, this, &ProjectStep::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { setFolder(m_folder->text().trimmed()); });
    connect(m_useFolder, &QRadioButton::toggled, this, [this](bool on) {
        updateEnabled();
        if (on && m_folder->text().trimmed().isEmpty())
            chooseFolder();
        else if (on)
            setFolder(m_folder->text().trimmed());
    });
    connect(m_scratch, &QRadioButton::toggled, this, [this](bool on) {
        updateEnabled();
        if (on && !m_current.isEmpty()) {
            m_current.clear();
            Q_EMIT folderChanged(m_current);
        }
    });
    updateEnabled();
}

QString ProjectStep::folder() const
{
    return m_current;
}

void ProjectStep::setFolder(const QString &folder)
{
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    {
        const QSignalBlocker a(m_useFolder);
        const QSignalBlocker b(m_scratch);
        (cleaned.isEmpty() ? m_scratch : m_useFolder)->setChecked(true);
    }
    if (m_folder->text() != cleaned)
        m_folder->setText(cleaned);
    updateEnabled();
    if (cleaned == m_current)
        return;
    m_current = cleaned;
    Q_EMIT folderChanged(m_current);
}

void ProjectStep::chooseFolder()
{
    const QString chosen = m_prompts.chooseFolder(this, tr("Project folder"), m_current.isEmpty() ? QDir::homePath() : m_current);
    if (!chosen.isEmpty())
        setFolder(chosen);
    else if (m_current.isEmpty())
        m_scratch->setChecked(true);
}

void ProjectStep::updateEnabled()
{
    m_folder->setEnabled(m_useFolder->isChecked());
    m_choose->setEnabled(m_useFolder->isChecked());
}

} // namespace stagecraft
