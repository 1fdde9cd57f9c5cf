#pragma once

#include <QWidget>

class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The profile's Products tab: the customer's products and categories with purchases, spend and
// the last day bought — storage::ProductQueries' figures, the same as `customer --json`.
class CustomerProductsPanel : public QWidget
{
    Q_OBJECT
public:
    CustomerProductsPanel(const core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
    int productCount() const { return m_products; }

private:
    int m_products = 0;
};

} // namespace clientele::ui
