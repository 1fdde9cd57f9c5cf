#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {

class Database;

// Product figures, defined once for the CLI (`products`, `customer --json`) and the profile:
// - units: the sum of line quantities (returns subtract), in thousandths of a unit;
// - revenue / spend: the sum of line totals after line discounts (returns subtract), fen;
// - customers: distinct customers with at least one purchase line (positive quantity) of it;
// - count (per customer): that customer's purchases (orders) with a positive line of it;
// - last bought: the latest such order's date;
// - repurchase days: over every customer who bought it on two or more days, the days between one
//   purchase day of it and the next, all such gaps pooled; the median (the mean of the middle
//   two when even); none when nobody bought it twice.
class ProductQueries
{
public:
    struct ProductFigures
    {
        qint64 productId = 0;
        QString code;
        QString name;
        QString category;
        qint64 unitsMilli = 0;
        Fen revenue = 0;
        qint64 customers = 0;
        std::optional<double> repurchaseDays;
        qint64 repurchaseIntervals = 0;           // gaps the median is taken over
        std::optional<int> repurchaseDaysSet;     // the owner's own number, days
    };
    // Best sellers by revenue (then units); limit < 0 means all.
    static Result<QList<ProductFigures>> top(const Database& database, int limit);
    static Result<qint64> count(const Database& database);

    struct CustomerProduct
    {
        QString code;
        QString name;
        QString category;
        qint64 count = 0;
        qint64 unitsMilli = 0;
        Fen spend = 0;
        QDate lastBought;
    };
    // A customer's products by spend (then count).
    static Result<QList<CustomerProduct>> forCustomer(const Database& database, qint64 customerId, int limit);
    // The same grouped by product category ("" for products without one).
    static Result<QList<CustomerProduct>> categoriesForCustomer(const Database& database, qint64 customerId,
                                                                int limit);

    // What the customer list's "bought …" filter offers: every product (by name, then code) and
    // every non-empty category (sorted).
    struct ProductChoice
    {
        qint64 productId = 0;
        QString code;
        QString name;
    };
    static Result<QList<ProductChoice>> products(const Database& database);
    static Result<QStringList> categories(const Database& database);

    // The monthly report's "top categories per tier": per tier of the month's segmentation
    // snapshot, the `limit` categories its customers spent most on over the 12 months up to asOf
    // (after asOf − 1 year, up to asOf: the window of the report's tier revenue), then by units,
    // then by name. Revenue and units as above (returns subtract); "" is the products without a
    // category. Dormant customers are left out (as in the report's top customers). Rows by tier
    // key, then rank.
    struct TierCategory
    {
        QString tier;
        QString category;
        Fen revenue = 0;
        qint64 unitsMilli = 0;
    };
    // `stores`: only the home customers of these stores (HomeStoreFilter.h); none: everyone.
    static Result<QList<TierCategory>> topCategoriesPerTier(const Database& database, const QString& month,
                                                            const QDate& asOf, int limit,
                                                            const QStringList& stores = {});
    // The same per product (code and name), for the dashboard and the report's top products per tier.
    struct TierProduct
    {
        QString tier;
        qint64 productId = 0;
        QString code;
        QString name;
        Fen revenue = 0;
        qint64 unitsMilli = 0;
    };
    static Result<QList<TierProduct>> topProductsPerTier(const Database& database, const QString& month,
                                                         const QDate& asOf, int limit, const QStringList& stores = {});

    // Every product's repurchase figures (as top() has them), by product id.
    static Result<QList<ProductFigures>> repurchase(const Database& database);
    // The owner's own repurchase interval of the product with this code (nullopt clears it); an
    // error when no product has the code.
    static Status setRepurchaseDays(Database& database, const QString& code, std::optional<int> days);

    struct LastPurchase
    {
        qint64 customerId = 0;
        qint64 productId = 0;
        QDate lastBought; // the latest day with a purchase line (positive quantity) of it
    };
    static Result<QList<LastPurchase>> lastPurchases(const Database& database);

    // Thousandths of a unit as a plain decimal: 21000 → "21", 500 → "0.5".
    static QString unitsText(qint64 milli);
    // Median of gaps (exposed for tests); nullopt when empty.
    static std::optional<double> median(QList<qint64> values);
};

} // namespace clientele::core::storage
