#include "steps/problemlist.h"

#include "steps/runtimestep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft {

ProblemList::ProblemList(WizardState &state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("problemList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel;
    heading->setObjectName(QStringLiteral("problemListHeading"));
    layout->addWidget(heading);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    refresh();
}

QStringList ProblemList::rows() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts << rowText(entry);
    return texts;
}

void ProblemList::refresh()
{
    std::vector<Entry> entries;
    for (const ConfigProblem &problem : m_state.problems())
        entries.push_back({stepTitleFor(problem.field), {problem.field, problem.option}, QString::fromStdString(problem.message)});
    // Valid choices that still cannot be generated: a broken stack template.
    if (entries.empty() && !m_state.generated())
        entries.push_back({tr("Stack"), {ConfigField::Stack, {}}, QString::fromStdString(m_state.generated().error())});
    if (entries == m_entries && !m_entries.empty())
        return;
    m_entries = entries;

    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *part = row->takeAt(0)) {
                delete part->widget();
                delete part;
            }
        }
        delete item->widget();
        delete item;
    }

    auto *heading = findChild<QLabel *>(QStringLiteral("problemListHeading"));
    heading->setText(entries.size() == 1 ? tr("<b>Fix before exporting</b> (1 problem):")
                                         : tr("<b>Fix before exporting</b> (%1 problems):").arg(entries.size()));
    int index = 0;
    for (const Entry &entry : entries) {
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(rowText(entry));
        text->setObjectName(QStringLiteral("problem_%1").arg(index));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        showProblem(text, text->text());
        row->addWidget(text, 1);
        auto *fix = new QPushButton(tr("Go to %1").arg(entry.step));
        fix->setObjectName(QStringLiteral("fixProblem_%1").arg(index));
        fix->setAccessibleName(tr("Go to the %1 step to fix: %2").arg(entry.step, entry.message));
        connect(fix, &QPushButton::clicked, this, [this, entry] { Q_EMIT fixRequested(entry.step, entry.key); });
        row->addWidget(fix, 0, Qt::AlignTop);
        m_rows->addLayout(row);
        ++index;
    }
    setVisible(!entries.empty());
}

} // namespace stagecraft
