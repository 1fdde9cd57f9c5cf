#include "CustomerTableModel.h"

#include "domain/Money.h"

#include <QLocale>

namespace clientele::ui {

using namespace core::storage;

CustomerTableModel::CustomerTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
    reload();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListRow& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return r.name;
        case MemberCode: return r.memberCode;
        case Phone: return r.phone;
        case City: return r.city;
        case Orders: return QLocale().toString(r.orders);
        case Spend: return QLocale().toCurrencyString(double(r.totalSpend) / 100.0, QStringLiteral("¥"));
        case LastPurchase: return r.lastPurchase.isValid() ? QLocale().toString(r.lastPurchase, QLocale::ShortFormat) : QString();
        case Tags: return r.tags.join(QStringLiteral(", "));
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Orders || index.column() == Spend)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == Phone && !r.phoneValid) {
        return tr("Kept as written: not a mainland mobile number");
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case MemberCode: return tr("Member code");
    case Phone: return tr("Phone");
    case City: return tr("City");
    case Orders: return tr("Orders");
    case Spend: return tr("Total spend");
    case LastPurchase: return tr("Last purchase");
    case Tags: return tr("Tags");
    }
    return {};
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    auto page = CustomerQueries::list(m_database, m_filter, m_sort, m_descending, kPageSize, int(m_rows.size()));
    if (!page) {
        Q_EMIT loadFailed(page.error().message);
        m_total = m_rows.size(); // stop asking
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case MemberCode: m_sort = CustomerSort::MemberCode; break;
    case Phone: m_sort = CustomerSort::Phone; break;
    case City: m_sort = CustomerSort::City; break;
    case Orders: m_sort = CustomerSort::Orders; break;
    case Spend: m_sort = CustomerSort::Spend; break;
    case LastPurchase: m_sort = CustomerSort::LastPurchase; break;
    default: m_sort = CustomerSort::Name; break;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void CustomerTableModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto total = CustomerQueries::count(m_database, m_filter);
    m_total = total ? *total : 0;
    endResetModel();
    if (!total)
        Q_EMIT loadFailed(total.error().message);
    if (canFetchMore({}))
        fetchMore({});
}

qint64 CustomerTableModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

} // namespace clientele::ui
