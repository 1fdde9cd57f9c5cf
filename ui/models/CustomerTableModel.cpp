#include "CustomerTableModel.h"
#include "customers/DisplayName.h"
#include "i18n/LocalDates.h"

#include "analytics/PurchaseModel.h"
#include "domain/Money.h"
#include "io/PhoneNormalizer.h"
#include "report/ReportRenderer.h"
#include "report/Figures.h"
#include "security/PhoneVisibility.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/TierRules.h"
#include "storage/CustomFieldRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SegmentationRepository.h"
#include "storage/StoreRepository.h"
#include "stores/StoresDialog.h"

#include <QLocale>

namespace clientele::ui {

using namespace core::storage;
using namespace Qt::StringLiterals;

namespace {
QString yuan(core::Fen fen)
{
    return core::report::ReportRenderer::money(fen); // ¥ first in every locale, exact in fen
}
} // namespace

CustomerTableModel::CustomerTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent), m_database(database)
{
    reload();
}

QColor CustomerTableModel::tierColor(const QString& tier)
{
    if (tier == u"diamond" || tier == u"strategic")
        return QColor(0x3B, 0x82, 0xF6);
    if (tier == u"gold" || tier == u"growth")
        return QColor(0xD9, 0x9A, 0x06);
    if (tier == u"silver" || tier == u"basic")
        return QColor(0x64, 0x74, 0x8B);
    if (tier == u"dormant")
        return QColor(0x9C, 0xA3, 0xAF);
    return QColor(0xCB, 0xD5, 0xE1);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_shopFields.size());
}

void CustomerTableModel::reloadShopFields()
{
    beginResetModel();
    m_shopFields.clear();
    if (auto fields = core::storage::CustomFieldRepository(m_database).list())
        m_shopFields = *fields;
    endResetModel();
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CustomerListRow& r = m_rows[index.row()];
    if (index.column() >= ColumnCount) { // a shop field: its stored value (numbers as typed), dates as every date
        if (role != Qt::DisplayRole || index.column() - ColumnCount >= m_shopFields.size())
            return {};
        const core::CustomField& field = m_shopFields[index.column() - ColumnCount];
        const QString value = r.fields.value(field.key);
        if (field.type == core::CustomField::Type::Date)
            if (const QDate d = QDate::fromString(value, Qt::ISODate); d.isValid())
                return core::i18n::LocalDates::shortDate(d);
        return value;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return core::customers::displayName(r.name);
        case MemberCode: return r.memberCode;
        case Phone: return core::security::PhoneVisibility::shown(r.phone, !m_masked);
        case City: return r.city;
        case Tier: return r.tier.isEmpty() ? QString() : core::segmentation::TierRules::label(r.tier);
        case Stage: {
            core::segmentation::Stage stage;
            return core::segmentation::Lifecycle::fromKey(r.stage, &stage) ? core::segmentation::Lifecycle::label(stage)
                                                                            : QString();
        }
        case Orders: return QLocale().toString(r.orders);
        case Spend12m: return r.tier.isEmpty() ? QString() : yuan(r.spend12m);
        // "—" rather than a blank: the models are off until the shop has enough repeat buyers
        // (the tooltip says so); a prospect has nothing to predict from.
        case Clv: return r.probabilityAlive >= 0 ? yuan(r.clv) : r.tier.isEmpty() ? QString() : u"—"_s;
        case LastPurchase: return core::i18n::LocalDates::shortDate(r.lastPurchase);
        case Tags: return r.tags.join(QStringLiteral(", "));
        case HomeStore: return m_storeNames.value(r.homeStore, r.homeStore);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Orders || index.column() == Spend12m || index.column() == Clv)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && index.column() == Tier) {
        return tierColor(r.tier);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Phone && !r.phoneValid)
            return tr("Kept as written: not a mainland mobile number");
        if (index.column() == HomeStore && !r.homeStore.isEmpty())
            return r.homeStoreManual ? tr("Set by hand") : tr("Where they first bought");
        if (index.column() == Tier || index.column() == Stage || index.column() == Clv) {
            // Reasons are rendered on demand, only for the row under the mouse.
            auto row = SegmentationRepository(m_database).segmentRow(r.id);
            if (row && row->has_value()) {
                const auto& e = (*row)->evaluation;
                if (index.column() == Tier)
                    return e.tierChange.isEmpty() ? e.tierReason : e.tierReason + u'\n' + e.tierChange;
                if (index.column() == Stage)
                    return e.stageReason;
                const auto prediction = PredictionRepository(m_database).find(r.id);
                if (!prediction || !prediction->has_value())
                    return QString(tr("Not predicted yet: the purchase models need at least 30 customers who "
                                      "bought more than once.") +
                                   u"\n\n"_s + core::report::Figures::tooltip(core::report::FigureId::CustomerPredictedValue));
                return tr("%1; %2").arg(core::analytics::PurchaseModel::valueText(yuan(r.clv), e.metrics),
                                        core::analytics::PurchaseModel::explain((*prediction)->prediction, e.metrics));
            }
        }
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // What each figure column counts, from the figures catalogue (the profile says the same).
        using core::report::FigureId;
        switch (section) {
        case Orders: return core::report::Figures::tooltip(FigureId::CustomerOrders);
        case Spend12m: return core::report::Figures::tooltip(FigureId::CustomerSpend12m);
        case Clv: return core::report::Figures::tooltip(FigureId::CustomerPredictedValue);
        case LastPurchase: return core::report::Figures::tooltip(FigureId::CustomerLastPurchase);
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount)
        return section - ColumnCount < m_shopFields.size() ? m_shopFields[section - ColumnCount].label : QString();
    switch (section) {
    case Name: return tr("Name");
    case MemberCode: return tr("Member code");
    case Phone: return tr("Phone");
    case City: return tr("City");
    case Tier: return tr("Tier");
    case Stage: return tr("Stage");
    case Orders: return core::report::Figures::name(core::report::FigureId::CustomerOrders);
    case Spend12m: return core::report::Figures::name(core::report::FigureId::CustomerSpend12m);
    case Clv: return core::report::Figures::name(core::report::FigureId::CustomerPredictedValue);
    case LastPurchase: return core::report::Figures::name(core::report::FigureId::CustomerLastPurchase);
    case Tags: return tr("Tags");
    case HomeStore: return tr("Home store");
    }
    return {};
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while the reset is being announced: views and testers react to modelReset by asking
    // for more, and rows must not be inserted inside the reset notification.
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_resetting)
        return;
    auto page = CustomerQueries::list(m_database, m_filter, m_sort, m_descending, kPageSize, int(m_rows.size()), m_total);
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
    case Spend12m: m_sort = CustomerSort::Spend12m; break;
    case Clv: m_sort = CustomerSort::Clv; break;
    case Tier: m_sort = CustomerSort::Tier; break;
    case Stage: m_sort = CustomerSort::Stage; break;
    case LastPurchase: m_sort = CustomerSort::LastPurchase; break;
    case HomeStore: m_sort = CustomerSort::HomeStore; break;
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

void CustomerTableModel::setPhonesMasked(bool masked)
{
    m_masked = masked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Phone), index(int(m_rows.size()) - 1, Phone));
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_storeNames.clear();
    if (const auto stores = StoreRepository(m_database).list())
        for (const Store& s : *stores)
            m_storeNames.insert(s.code, ui::StoresDialog::label(s));
    auto total = CustomerQueries::count(m_database, m_filter);
    m_total = total ? *total : 0;
    m_resetting = true;
    endResetModel();
    m_resetting = false;
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
