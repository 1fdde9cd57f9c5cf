#pragma once

#include <QStyledItemDelegate>

namespace clientele::ui {

// Paints one day of the month: the day number (today ringed, other months faded) and a badge with
// the number of open follow-ups, red when they are overdue; done ones as a small grey tick count.
class DayCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace clientele::ui
