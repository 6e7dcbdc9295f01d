#include "mainwindow/prompts.h"

#include "mainwindow/overwritedialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace stagecraft {

namespace {

bool askExportAnyway(QWidget *parent, const QString &folder, const QStringList &findings)
{
    QMessageBox box(QMessageBox::Warning, QObject::tr("Export a Dockerfile that does not fit?"),
                    QObject::tr("The build check found %n problem(s) with %1: this Dockerfile would not build or start "
                                "there as it is.", nullptr, int(findings.size())).arg(folder.toHtmlEscaped()),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("exportAnywayDialog"));
    box.setInformativeText(QStringLiteral("• ") + findings.join(QStringLiteral("\n• ")).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    QPushButton *anyway = box.addButton(QObject::tr("&Export anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

} // namespace

Prompts Prompts::interactive(KSyntaxHighlighting::Repository &repository)
{
    Prompts prompts;
    prompts.chooseFolder = [](QWidget *parent, const QString &title, const QString &start) {
        return QFileDialog::getExistingDirectory(parent, title, start);
    };
    prompts.chooseOpenFile = [](QWidget *parent, const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    prompts.chooseSaveFile = [](QWidget *parent, const QString &title, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, QString(), filter);
    };
    prompts.chooseForExisting = [&repository](QWidget *parent, const QString &path, const QString &diff) {
        OverwriteDialog dialog(repository, path, diff, parent);
        dialog.exec();
        return dialog.choice();
    };
    prompts.confirmExportAnyway = askExportAnyway;
    prompts.showError = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, message);
    };
    return prompts;
}

} // namespace stagecraft
