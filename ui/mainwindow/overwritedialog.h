#pragma once

#include "export/exporter.h"

#include <QDialog>

namespace KSyntaxHighlighting {
class Repository;
}

namespace stagecraft {

// Asks what to do with one existing file that the export would change, showing the change
// as a highlighted diff: replace it (keeping a backup), keep it, write the new one beside it
// as NAME.new, or cancel the whole export (WhenDifferent::Refuse).
class OverwriteDialog : public QDialog
{
    Q_OBJECT

public:
    OverwriteDialog(KSyntaxHighlighting::Repository &repository, const QString &path, const QString &diff,
                    QWidget *parent = nullptr);

    WhenDifferent choice() const { return m_choice; }

private:
    WhenDifferent m_choice = WhenDifferent::Refuse;
};

} // namespace stagecraft
