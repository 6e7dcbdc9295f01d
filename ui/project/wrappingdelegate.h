#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace stagecraft {

// Tree rows as tall as their wrapped text at the column's current width. QTreeView asks a
// delegate for a row's size without a width, so wrapped text would otherwise be cut to one
// line; the view relays out its rows when the column is resized (see ProjectScanPanel).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace stagecraft
