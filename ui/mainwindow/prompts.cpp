#include "mainwindow/prompts.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

bool askOverwrite(KSyntaxHighlighting::Repository &repository, QWidget *parent, const QString &path, const QString &diff)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("overwriteDialog"));
    dialog.setWindowTitle(QObject::tr("Replace %1?").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(QObject::tr("<b>%1</b> already exists and differs from the new version. "
                                        "If you replace it, the old file is kept next to it as a backup.")
                                .arg(path.toHtmlEscaped()));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *view = new QPlainTextEdit;
    view->setObjectName(QStringLiteral("overwriteDiff"));
    view->setAccessibleName(QObject::tr("Changes to %1").arg(path));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(diff);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view->document());
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("Diff")));
    highlighter->setTheme(repository.themeForPalette(dialog.palette()));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *replace = buttons->addButton(QObject::tr("&Replace, keep a backup"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    replace->setObjectName(QStringLiteral("overwriteReplace"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    return dialog.exec() == QDialog::Accepted;
}

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
    prompts.confirmOverwrite = [&repository](QWidget *parent, const QString &path, const QString &diff) {
        return askOverwrite(repository, parent, path, diff);
    };
    prompts.confirmExportAnyway = askExportAnyway;
    prompts.showError = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, message);
    };
    return prompts;
}

} // namespace stagecraft
