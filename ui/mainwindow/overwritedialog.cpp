#include "mainwindow/overwritedialog.h"

#include "preview/diffview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft {

OverwriteDialog::OverwriteDialog(KSyntaxHighlighting::Repository &repository, const QString &path, const QString &diff,
                                 QWidget *parent)
    : QDialog(parent)
{
    const QString name = QFileInfo(path).fileName();
    const QString newName = QFileInfo(QString::fromStdString(newVersionPath(path.toStdString()))).fileName();
    setObjectName(QStringLiteral("overwriteDialog"));
    setWindowTitle(tr("%1 already exists").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("<b>%1</b> already exists and differs from the new version. Lines marked "
                               "<b>-</b> are in your file only, lines marked <b>+</b> in the new one. "
                               "The other files of this export are asked about on their own.")
                                .arg(path.toHtmlEscaped()));
    text->setObjectName(QStringLiteral("overwriteQuestion"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    auto *view = new DiffView(repository);
    view->setObjectName(QStringLiteral("overwriteDiff"));
    view->setAccessibleName(tr("Changes to %1").arg(path));
    layout->addWidget(view, 1);
    view->setDiff(diff);

    auto *buttons = new QDialogButtonBox;
    const auto add = [this, buttons](const QString &label, const char *objectName, WhenDifferent choice,
                                     QDialogButtonBox::ButtonRole role) {
        QPushButton *button = buttons->addButton(label, role);
        button->setObjectName(QString::fromLatin1(objectName));
        connect(button, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            if (choice == WhenDifferent::Refuse)
                reject();
            else
                accept();
        });
        return button;
    };
    add(tr("&Replace, keep a backup"), "overwriteReplace", WhenDifferent::Replace, QDialogButtonBox::AcceptRole);
    add(tr("Write as %1").arg(newName).replace(QLatin1String(".new"), QLatin1String(".&new")), "overwriteWriteNew",
        WhenDifferent::WriteAsNew, QDialogButtonBox::AcceptRole);
    QPushButton *keep = add(tr("&Keep mine"), "overwriteKeep", WhenDifferent::Keep, QDialogButtonBox::AcceptRole);
    add(tr("Cancel export"), "overwriteCancel", WhenDifferent::Refuse, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    // Return leaves the user's file alone; Escape cancels the export, as it always did. (Set
    // once the buttons are in the dialog, or the dialog makes the first button its default.)
    keep->setDefault(true);
    auto *backup = new QLabel(tr("<i>Replace</i> keeps the old file as %1.stagecraft-backup; "
                                 "<i>Write as %2</i> leaves your file untouched.")
                                  .arg(name.toHtmlEscaped(), newName.toHtmlEscaped()));
    backup->setObjectName(QStringLiteral("overwriteHint"));
    backup->setWordWrap(true);
    layout->addWidget(backup);
    resize(780, 540);
}

} // namespace stagecraft
