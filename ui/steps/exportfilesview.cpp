#include "steps/exportfilesview.h"

#include "preview/codeview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

namespace stagecraft {

ExportFilesView::ExportFilesView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QTabWidget(parent)
    , m_repository(repository)
{
    setObjectName(QStringLiteral("reviewFiles"));
    setAccessibleName(tr("Files Export writes"));
    setDocumentMode(true);
}

void ExportFilesView::setFiles(const std::vector<ExportFile> &files)
{
    QStringList names;
    for (const ExportFile &file : files)
        names << QString::fromStdString(file.name);
    if (names != fileNames()) {
        const QString current = currentIndex() >= 0 ? tabText(currentIndex()) : QString();
        while (count() > 0) {
            QWidget *page = widget(0);
            removeTab(0);
            page->deleteLater();
        }
        for (const QString &name : names) {
            auto *view = new CodeView(m_repository);
            view->setObjectName(QStringLiteral("reviewFile:") + name);
            view->setAccessibleName(tr("%1 as Export writes it").arg(name));
            addTab(view, name);
        }
        const int keep = names.indexOf(current);
        setCurrentIndex(keep < 0 ? 0 : keep);
    }
    for (const ExportFile &file : files) {
        const QString name = QString::fromStdString(file.name);
        viewFor(name)->setCode(QString::fromStdString(file.content), m_repository.definitionForFileName(name));
    }
}

QStringList ExportFilesView::fileNames() const
{
    QStringList names;
    for (int i = 0; i < count(); ++i)
        names << tabText(i);
    return names;
}

QString ExportFilesView::fileText(const QString &name) const
{
    const CodeView *view = viewFor(name);
    return view ? view->toPlainText() : QString();
}

CodeView *ExportFilesView::viewFor(const QString &name) const
{
    const int index = fileNames().indexOf(name);
    return index < 0 ? nullptr : qobject_cast<CodeView *>(widget(index));
}

} // namespace stagecraft
