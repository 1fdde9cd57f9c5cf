#include "TimelineView.h"
#include "i18n/LocalDates.h"

#include "customers/CustomerTimeline.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::customers::TimelineEvent;

namespace {
QColor kindColor(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Order: return QColor(0x15, 0x80, 0x3d);
    case TimelineEvent::Kind::Refund: return QColor(0xb9, 0x1c, 0x1c);
    case TimelineEvent::Kind::Interaction: return QColor(0x1d, 0x4e, 0xd8);
    case TimelineEvent::Kind::FollowUp: return QColor(0xb4, 0x53, 0x09);
    case TimelineEvent::Kind::TierChange: return QColor(0x6d, 0x28, 0xd9);
    case TimelineEvent::Kind::Ticket: return QColor(0x0e, 0x74, 0x90);
    case TimelineEvent::Kind::Member: return QColor(0xbe, 0x18, 0x5d);
    case TimelineEvent::Kind::Joined: return QColor(0x47, 0x55, 0x69);
    }
    return {};
}
} // namespace

TimelineView::TimelineView(const core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId), m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("timeline"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Date"), tr("Type"), tr("What"), tr("Details")});
    m_tree->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    reload();
}

void TimelineView::reload()
{
    m_tree->clear();
    const auto events = core::customers::CustomerTimeline::forCustomer(m_database, m_customerId);
    if (!events)
        return;
    for (const TimelineEvent& e : *events) {
        auto* item = new QTreeWidgetItem(m_tree, {core::i18n::LocalDates::shortDate(e.date),
                                                  core::customers::CustomerTimeline::kindLabel(e.kind), e.title,
                                                  QString(e.detail).replace(u'\n', QStringLiteral(" · "))});
        item->setForeground(1, kindColor(e.kind));
        item->setForeground(2, kindColor(e.kind));
        item->setToolTip(3, e.detail);
    }
    // Fitted to the longest entry plus a gap, so an order number never runs into the next column.
    const int gap = 2 * fontMetrics().horizontalAdvance(u' ') + 8;
    for (int column = 0; column < 3; ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(column, m_tree->columnWidth(column) + gap);
    }
}

int TimelineView::eventCount() const
{
    return m_tree->topLevelItemCount();
}

} // namespace clientele::ui
