#include "steps/wizardstep.h"

#include "steps/runtimestep.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

const char *InvalidProperty = "invalidInput";

QString joined(const std::vector<std::string> &problems)
{
    QStringList lines;
    for (const std::string &problem : problems)
        lines << QString::fromStdString(problem);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

WizardStep::WizardStep(WizardState &state, const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_title(title)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_heading = new QLabel(title);
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    layout->addWidget(m_heading);
    updateHeadingFont();
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    layout->addLayout(m_body);
    layout->addStretch(1);
    connect(&m_state, &WizardState::changed, this, &WizardStep::refreshWhenShown);
}

void WizardStep::letBodyGrow()
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->setStretch(column->indexOf(m_body), 1);
    column->setStretch(column->count() - 1, 0);
}

void WizardStep::refreshAll()
{
    m_refreshPending = false;
    refresh();
    showFieldProblems();
}

void WizardStep::refreshWhenShown()
{
    if (isHidden())
        m_refreshPending = true;
    else
        refreshAll();
}

// ShowToParent comes whenever the page is made current, also in a window not on screen yet.
bool WizardStep::event(QEvent *event)
{
    if (event->type() == QEvent::ShowToParent && m_refreshPending)
        refreshAll();
    return QWidget::event(event);
}

QSize WizardStep::sizeHint() const
{
    return isHidden() ? QSize(0, 0) : QWidget::sizeHint();
}

QSize WizardStep::minimumSizeHint() const
{
    return isHidden() ? QSize(0, 0) : QWidget::minimumSizeHint();
}

int WizardStep::heightForWidth(int width) const
{
    return isHidden() ? 0 : QWidget::heightForWidth(width);
}

// The heading is a third larger than the page's font, also after the window's zoom
// changed that font.
void WizardStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateHeadingFont();
    QWidget::changeEvent(event);
}

void WizardStep::updateHeadingFont()
{
    QFont font = this->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.35);
    else
        font.setPixelSize(font.pixelSize() * 135 / 100);
    font.setBold(true);
    m_heading->setFont(font);
}

const Config &WizardStep::config() const
{
    return m_state.config();
}

void WizardStep::edit(const std::function<void(Config &)> &change)
{
    Config next = m_state.config();
    change(next);
    m_state.setConfig(next);
}

void WizardStep::registerField(const FieldKey &key, QWidget *widget, QLabel *problem)
{
    m_fields.push_back({key, widget, problem, nullptr, widget->toolTip(), QString()});
}

void WizardStep::bindTypedField(const FieldKey &key, QLineEdit *line, QLabel *problem)
{
    m_fields.push_back({key, line, problem, line, line->toolTip(), QString()});
    connect(line, &QLineEdit::textEdited, this, [this, key, line](const QString &text) {
        for (Field &field : m_fields) {
            if (field.typed == line)
                showProblems(field, m_state.problemsIfTyped(key, text.toStdString()));
        }
    });
    connect(line, &QLineEdit::editingFinished, this, [this, key, line] {
        if (!line->isModified())
            return;
        line->setModified(false);
        m_state.setFieldInput(key, line->text().toStdString());
        // An edit that changed nothing (the same value typed again) still ends the live check.
        showFieldProblems();
    });
}

bool WizardStep::isInSight(const Field &field) const
{
    return field.widget->isVisibleTo(this);
}

bool WizardStep::focusField(const FieldKey &key)
{
    for (const Field &field : m_fields) {
        if (field.key == key && field.widget->isEnabled() && isInSight(field)) {
            field.widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void WizardStep::showFieldProblems()
{
    for (Field &field : m_fields) {
        // Text being typed is the user's until they finish it; it is checked as they type.
        if ((field.typed && field.typed->isModified()) || !isInSight(field))
            continue;
        if (field.typed && !m_state.hasInputProblem(field.key)) {
            const QString text = QString::fromStdString(fieldText(config(), field.key));
            if (field.typed->text() != text)
                field.typed->setText(text);
        }
        showProblems(field, m_state.problemsAt(field.key));
    }
}

void WizardStep::showProblems(Field &field, const std::vector<std::string> &problems)
{
    const QString text = joined(problems);
    if (text == field.shown)
        return;
    field.shown = text;
    showProblem(field.problem, text);
    const bool invalid = !text.isEmpty();
    field.widget->setProperty(InvalidProperty, invalid);
    field.widget->setToolTip(invalid ? text : field.toolTip);
    field.widget->setAccessibleDescription(text);
    // A mark inside the field itself, so the problem is seen where the value is.
    if (field.typed) {
        QAction *mark = field.typed->findChild<QAction *>(QStringLiteral("invalidMark"));
        if (invalid && !mark) {
            mark = field.typed->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
            mark->setObjectName(QStringLiteral("invalidMark"));
        }
        if (mark) {
            mark->setVisible(invalid);
            mark->setToolTip(text);
        }
    }
}

ReservedHeightLabel *WizardStep::hint(const QString &text)
{
    auto *label = new ReservedHeightLabel; // wrapped
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    // A form may hand a wrapped label more height than its text needs; keep the text
    // under its field instead of floating in the middle of that space.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QLabel *WizardStep::warning(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

} // namespace stagecraft
