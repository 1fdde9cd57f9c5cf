#pragma once

#include "domain/CustomField.h"
#include "storage/CustomerQueries.h"
#include "storage/ProductQueries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace clientele::ui {

// Search box plus tier and stage filters above the customer list; emits the combined filter
// (debounced while typing).
class CustomerFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);
    core::storage::CustomerFilter filter() const;
    void focusSearch();
    // Tier keys of the active scheme, best first (labels are translated here).
    void setTiers(const QStringList& tierKeys);
    // Tags and cities in use (the shop's own), offered as filters.
    void setChoices(const QStringList& tags, const QStringList& cities);
    // A chain's stores (code, label) for the home store filter; hidden while there are none.
    void setStores(const QList<std::pair<QString, QString>>& stores);
    // The shop's own fields, offered on a second row (hidden while there are none): a choice
    // field filters by equality, a text field by "contains", numbers and dates by a range.
    void setShopFields(const QList<core::CustomField>& fields);
    // Products and categories for the "bought / never bought … in the last N days" row (hidden
    // while the shop has no products); loadProducts reads them from the database.
    void setProducts(const QList<core::storage::ProductQueries::ProductChoice>& products,
                     const QStringList& categories);
    void loadProducts(const core::storage::Database& database);
    // Drill-down from elsewhere (a chart, a bulk result): show exactly these customers.
    void showOnly(const QList<qint64>& ids, const QString& description);
    void clear();
    // Shows exactly `filter` (tier, stage, segment, tag, city, ids, home stores), as a drill-down
    // from a chart.
    void apply(const core::storage::CustomerFilter& filter, const QString& description);

Q_SIGNALS:
    void filterChanged(const clientele::core::storage::CustomerFilter& filter);
    // Enter or Down in the search box (after the filter is applied): focus the results.
    void resultsRequested();
    // "Save as Audience…": the page names and saves filter() for campaigns.
    void saveAudienceRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitFilter();
    void showShopFieldEditors();

    QLineEdit* m_search;
    QComboBox* m_tier;
    QComboBox* m_stage;
    QComboBox* m_segment;
    QComboBox* m_tag;
    QComboBox* m_city;
    QComboBox* m_store; // home store
    QCheckBox* m_openFollowUp;
    QPushButton* m_only; // "only these N customers ✕" while a drill-down is active
    QList<qint64> m_ids;
    QStringList m_homeStores; // a drill-down from a store's figures: its home customers only
    QTimer* m_delay;
    QList<core::CustomField> m_shopFields;
    QWidget* m_shopRow;
    QComboBox* m_shopField;
    QComboBox* m_shopChoice;
    QLineEdit* m_shopText;
    QLineEdit* m_shopFrom;
    QLineEdit* m_shopTo;
    QWidget* m_productRow;
    QComboBox* m_productMode; // bought / never bought
    QComboBox* m_product;     // editable, completes product names, codes and categories
    QSpinBox* m_productDays;  // 0 = any time
    QPushButton* m_saveAudience;
};

} // namespace clientele::ui
