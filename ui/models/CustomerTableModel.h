#pragma once

#include "domain/CustomField.h"
#include "storage/CustomerQueries.h"

#include <QAbstractTableModel>
#include <QColor>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Lazy, SQL-backed customer list: rows arrive a page at a time through canFetchMore/fetchMore,
// sorting and filtering are done by SQL (never a proxy over a half-fetched model).
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // HomeStore: a chain's (hidden until chosen, see ShopFieldColumns).
    enum Column { Name, Phone, Tier, Stage, LastPurchase, Spend12m, Orders, Clv, City, MemberCode, Tags, HomeStore, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit CustomerTableModel(const core::storage::Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const core::storage::CustomerFilter& filter);
    void reload();
    qint64 totalCount() const { return m_total; }
    qint64 customerId(int row) const;
    // Phones shown as 138****5678 unless unmasked (a setting).
    void setPhonesMasked(bool masked);
    bool phonesMasked() const { return m_masked; }
    static QColor tierColor(const QString& tierKey);
    // The shop's own fields, as columns after ColumnCount (in this order; the view shows or hides
    // them). Read from the database; call again after the fields changed.
    void reloadShopFields();
    const QList<core::CustomField>& shopFields() const { return m_shopFields; }
    // The shop has stores (a chain): the home store column and filter mean something.
    bool hasStores() const { return !m_storeNames.isEmpty(); }
    const QHash<QString, QString>& storeNames() const { return m_storeNames; }

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    const core::storage::Database& m_database;
    core::storage::CustomerFilter m_filter;
    core::storage::CustomerSort m_sort = core::storage::CustomerSort::Name;
    bool m_descending = false;
    QList<core::storage::CustomerListRow> m_rows;
    qint64 m_total = 0;
    bool m_masked = true;
    bool m_resetting = false;
    QList<core::CustomField> m_shopFields;
    QHash<QString, QString> m_storeNames; // store code → name as the list shows it (reload)
};

} // namespace clientele::ui
