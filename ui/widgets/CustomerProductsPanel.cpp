#include "CustomerProductsPanel.h"

#include "i18n/LocalDates.h"
#include "report/ReportRenderer.h"
#include "storage/ProductQueries.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::storage::ProductQueries;

namespace {
constexpr int kShown = 50;

QTableWidget* table(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    return t;
}

void fill(QTableWidget* t, int row, const QStringList& cells, int firstNumber)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells[col]);
        if (col >= firstNumber && col < firstNumber + 2)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, col, item);
    }
}
} // namespace

CustomerProductsPanel::CustomerProductsPanel(const core::storage::Database& database, qint64 customerId,
                                             QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileProducts"));
    auto* layout = new QVBoxLayout(this);
    const auto products = ProductQueries::forCustomer(database, customerId, kShown);
    const auto categories = ProductQueries::categoriesForCustomer(database, customerId, kShown);
    if (!products || !categories || products->isEmpty()) {
        auto* empty = new QLabel(!products ? products.error().message
                                           : tr("No order lines for this customer. Products appear when orders are "
                                                "imported from a file with one row per item (quantity, unit price or "
                                                "line total, product)."),
                                 this);
        empty->setObjectName(QStringLiteral("productsEmpty"));
        empty->setWordWrap(true);
        layout->addWidget(empty);
        layout->addStretch(1);
        return;
    }
    m_products = int(products->size());
    const QLocale locale;
    const QString tip = tr("Purchases: orders with this product (returns not counted). Spend: line totals after "
                           "discounts, returns deducted. Last bought: the latest purchase with it.");

    auto* top = table(QStringLiteral("productTable"),
                      {tr("Product"), tr("Code"), tr("Category"), tr("Purchases"), tr("Spend"), tr("Last bought")}, this);
    top->setToolTip(tip);
    top->setRowCount(m_products);
    for (int row = 0; row < m_products; ++row) {
        const auto& p = products->at(row);
        fill(top, row,
             {p.name, p.code, p.category, locale.toString(p.count), core::report::ReportRenderer::money(p.spend),
              core::i18n::LocalDates::shortDate(p.lastBought)},
             3);
    }
    top->resizeColumnsToContents();
    top->horizontalHeader()->setStretchLastSection(true);

    auto* byCategory = table(QStringLiteral("productCategoryTable"),
                             {tr("Category"), tr("Purchases"), tr("Spend"), tr("Last bought")}, this);
    byCategory->setToolTip(tip);
    byCategory->setRowCount(int(categories->size()));
    for (int row = 0; row < categories->size(); ++row) {
        const auto& c = categories->at(row);
        fill(byCategory, row,
             {c.category.isEmpty() ? tr("(no category)") : c.category, locale.toString(c.count),
              core::report::ReportRenderer::money(c.spend), core::i18n::LocalDates::shortDate(c.lastBought)},
             1);
    }
    byCategory->resizeColumnsToContents();
    byCategory->horizontalHeader()->setStretchLastSection(true);

    auto* productsHeading = new QLabel(tr("<b>Products</b>"), this);
    auto* categoriesHeading = new QLabel(tr("<b>Categories</b>"), this);
    layout->addWidget(productsHeading);
    layout->addWidget(top, 3);
    layout->addWidget(categoriesHeading);
    layout->addWidget(byCategory, 2);
}

} // namespace clientele::ui
