#include "DayCellDelegate.h"

#include "MonthModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace clientele::ui {

namespace {
const QColor kOverdue(0xdc, 0x26, 0x26);
const QColor kOpen(0x25, 0x63, 0xeb);
const QColor kFaded(0x94, 0xa3, 0xb8);
} // namespace

void DayCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    const bool selected = option.state & QStyle::State_Selected;
    const bool inMonth = index.data(MonthModel::InMonthRole).toBool();
    QColor background = inMonth ? option.palette.base().color() : option.palette.alternateBase().color();
    if (selected)
        background = option.palette.highlight().color().lighter(185);
    painter->fillRect(cell, background);
    if (selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 2));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }

    // Day number, top left; today in a filled circle.
    QFont font = option.font;
    const QFontMetrics metrics(font);
    const QString day = QLocale().toString(index.data(Qt::DisplayRole).toInt());
    const int diameter = metrics.height() + 6;
    const QRect dayRect(cell.left() + 4, cell.top() + 4, std::max(diameter, metrics.horizontalAdvance(day) + 8), diameter);
    if (index.data(MonthModel::TodayRole).toBool()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kOpen);
        painter->drawEllipse(dayRect);
        painter->setPen(Qt::white);
        font.setBold(true);
    } else {
        painter->setPen(inMonth ? option.palette.text().color() : kFaded);
    }
    painter->setFont(font);
    painter->drawText(dayRect, Qt::AlignCenter, day);

    // Open follow-ups: a pill in the middle with the count.
    const int open = index.data(MonthModel::OpenRole).toInt();
    if (open > 0) {
        QFont badgeFont = option.font;
        badgeFont.setBold(true);
        const QFontMetrics badgeMetrics(badgeFont);
        const QString text = QLocale().toString(open);
        const int h = badgeMetrics.height() + 4;
        const int w = std::max(h, badgeMetrics.horizontalAdvance(text) + 14);
        const QRect badge(cell.center().x() - w / 2, cell.bottom() - h - 6, w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(index.data(MonthModel::OverdueRole).toBool() ? kOverdue : kOpen);
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(badgeFont);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    const int done = index.data(MonthModel::DoneRole).toInt();
    if (done > 0) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(kFaded);
        painter->drawText(cell.adjusted(0, 4, -6, 0), Qt::AlignRight | Qt::AlignTop,
                          QStringLiteral("✓%1").arg(QLocale().toString(done)));
    }
    painter->restore();
}

QSize DayCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = QFontMetrics(option.font).height();
    return {line * 4, line * 3 + 16};
}

} // namespace clientele::ui
