#pragma once

#include "export/exporter.h"

#include <QTabWidget>

#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

class CodeView;

// The files an export writes, one highlighted tab each, exactly as they will be written.
class ExportFilesView : public QTabWidget
{
    Q_OBJECT

public:
    explicit ExportFilesView(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    // Shows these files in this order; the tab the user is on stays when it is still there.
    void setFiles(const std::vector<ExportFile> &files);
    QStringList fileNames() const;
    QString fileText(const QString &name) const;

private:
    CodeView *viewFor(const QString &name) const;

    KSyntaxHighlighting::Repository &m_repository;
};

} // namespace stagecraft
