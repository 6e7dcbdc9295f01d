#include "project/wrappingdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace stagecraft {

WrappingDelegate::WrappingDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Only the first column wraps; the others size themselves to their contents, which a
    // width taken from their own section would feed back into.
    if (index.column() != 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // The first column's text starts after one indentation per level (and the branch sign).
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    // A row spanned over every column (a group heading) has the whole width.
    const bool spanned = m_view->isFirstColumnSpanned(index.row(), index.parent());
    const int width = (spanned ? m_view->header()->length() : m_view->header()->sectionSize(0)) - depth * m_view->indentation();
    QStyleOptionViewItem wrapped = option;
    // Only a valid rectangle makes the style wrap: its width counts, its height does not.
    wrapped.rect = QRect(0, 0, qMax(width, 1), 1);
    wrapped.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace stagecraft
