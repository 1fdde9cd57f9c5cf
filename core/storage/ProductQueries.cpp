#include "ProductQueries.h"

#include "Database.h"
#include "HomeStoreFilter.h"
#include "SqlLimit.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::ProductQueries", text);
}

// Products only: lines that are shipping, fees or discounts (products.charge) are money of their
// order, not goods, and stay out of every query here.
//
// Per product: revenue, units and buyers. Refund lines (negative quantities) reduce revenue and
// units but make nobody a buyer.
const QString kTop = QStringLiteral(
    "SELECT p.id, p.code, p.name, p.category, SUM(l.quantity_milli), SUM(l.line_total_fen), "
    "COUNT(DISTINCT CASE WHEN l.quantity_milli > 0 THEN o.customer_id END), p.repurchase_days_set "
    "FROM order_lines l JOIN products p ON p.id = l.product_id JOIN orders o ON o.id = l.order_id "
    "WHERE p.charge = 0 GROUP BY p.id ORDER BY SUM(l.line_total_fen) DESC, SUM(l.quantity_milli) DESC, p.id LIMIT ?");

// Distinct purchase days per product and customer, in order: the gaps come from consecutive rows.
const QString kPurchaseDays = QStringLiteral(
    "SELECT l.product_id, o.customer_id, o.order_date FROM order_lines l JOIN orders o ON o.id = l.order_id "
    "JOIN products p ON p.id = l.product_id WHERE l.quantity_milli > 0 AND p.charge = 0 GROUP BY l.product_id, o.customer_id, o.order_date "
    "ORDER BY l.product_id, o.customer_id, o.order_date");

const QString kLastPurchases = QStringLiteral(
    "SELECT o.customer_id, l.product_id, MAX(o.order_date) FROM order_lines l JOIN orders o ON o.id = l.order_id "
    "JOIN products p ON p.id = l.product_id WHERE l.quantity_milli > 0 AND p.charge = 0 AND o.customer_id IS NOT NULL GROUP BY o.customer_id, l.product_id "
    "ORDER BY o.customer_id, l.product_id");

const QString kCustomerProducts = QStringLiteral(
    "SELECT p.code, p.name, p.category, COUNT(DISTINCT CASE WHEN l.quantity_milli > 0 THEN o.id END), "
    "SUM(l.quantity_milli), SUM(l.line_total_fen), MAX(CASE WHEN l.quantity_milli > 0 THEN o.order_date END) "
    "FROM order_lines l JOIN products p ON p.id = l.product_id JOIN orders o ON o.id = l.order_id "
    "WHERE o.customer_id = ? AND p.charge = 0 GROUP BY p.id "
    "ORDER BY SUM(l.line_total_fen) DESC, COUNT(DISTINCT o.id) DESC, p.name LIMIT ?");

const QString kCustomerCategories = QStringLiteral(
    "SELECT '', '', p.category, COUNT(DISTINCT CASE WHEN l.quantity_milli > 0 THEN o.id END), "
    "SUM(l.quantity_milli), SUM(l.line_total_fen), MAX(CASE WHEN l.quantity_milli > 0 THEN o.order_date END) "
    "FROM order_lines l JOIN products p ON p.id = l.product_id JOIN orders o ON o.id = l.order_id "
    "WHERE o.customer_id = ? AND p.charge = 0 GROUP BY p.category "
    "ORDER BY SUM(l.line_total_fen) DESC, COUNT(DISTINCT o.id) DESC, p.category LIMIT ?");

Result<QList<ProductQueries::CustomerProduct>> customerRows(const Database& database, const QString& sql,
                                                              qint64 customerId, int limit)
{
    QSqlQuery q = database.prepare(sql);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, tr("Reading the customer's products"));
    QList<ProductQueries::CustomerProduct> rows;
    while (q.next()) {
        ProductQueries::CustomerProduct r;
        r.code = q.value(0).toString();
        r.name = q.value(1).toString();
        r.category = q.value(2).toString();
        r.count = q.value(3).toLongLong();
        r.unitsMilli = q.value(4).toLongLong();
        r.spend = q.value(5).toLongLong();
        r.lastBought = sqlvalue::toDate(q.value(6));
        rows.append(r);
    }
    return rows;
}
} // namespace

QString ProductQueries::unitsText(qint64 milli)
{
    const qint64 magnitude = milli < 0 ? -milli : milli;
    QString text = QString::number(magnitude / 1000);
    if (const qint64 rest = magnitude % 1000; rest != 0) {
        QString fraction = QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return milli < 0 ? u'-' + text : text;
}

std::optional<double> ProductQueries::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

Result<QList<ProductQueries::ProductFigures>> ProductQueries::top(const Database& database, int limit)
{
    QSqlQuery q = database.prepare(kTop);
    q.addBindValue(sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, tr("Reading products"));
    QList<ProductFigures> rows;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ProductFigures f;
        f.productId = q.value(0).toLongLong();
        f.code = q.value(1).toString();
        f.name = q.value(2).toString();
        f.category = q.value(3).toString();
        f.unitsMilli = q.value(4).toLongLong();
        f.revenue = q.value(5).toLongLong();
        f.customers = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            f.repurchaseDaysSet = q.value(7).toInt();
        index.insert(f.productId, rows.size());
        rows.append(f);
    }
    if (rows.isEmpty())
        return rows;

    QSqlQuery days = database.prepare(kPurchaseDays);
    days.setForwardOnly(true);
    if (!days.exec())
        return sqlError(days, tr("Reading products"));
    qint64 product = -1;
    qint64 customer = -1;
    QDate previous;
    QList<qint64> gaps;
    const auto close = [&] {
        if (const auto it = index.constFind(product); it != index.cend())
        {
            rows[it.value()].repurchaseDays = median(gaps);
            rows[it.value()].repurchaseIntervals = gaps.size();
        }
        gaps.clear();
    };
    while (days.next()) {
        const qint64 p = days.value(0).toLongLong();
        const qint64 c = days.value(1).toLongLong();
        const QDate d = sqlvalue::toDate(days.value(2));
        if (p != product) {
            close();
            product = p;
            customer = -1;
        }
        if (c == customer && previous.isValid() && d.isValid() && index.contains(p))
            gaps.append(previous.daysTo(d));
        customer = c;
        previous = d;
    }
    close();
    return rows;
}

Result<QList<ProductQueries::ProductFigures>> ProductQueries::repurchase(const Database& database)
{
    return top(database, -1);
}

Status ProductQueries::setRepurchaseDays(Database& database, const QString& code, std::optional<int> days)
{
    QSqlQuery q = database.prepare(QStringLiteral("UPDATE products SET repurchase_days_set = ? WHERE code = ?"));
    q.addBindValue(days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, tr("Saving the product's repurchase interval"));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, tr("No product has the code %1.").arg(code));
    return {};
}

Result<QList<ProductQueries::LastPurchase>> ProductQueries::lastPurchases(const Database& database)
{
    QSqlQuery q = database.prepare(kLastPurchases);
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading products"));
    QList<LastPurchase> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sqlvalue::toDate(q.value(2))});
    return rows;
}

Result<qint64> ProductQueries::count(const Database& database)
{
    QSqlQuery q = database.prepare(QStringLiteral("SELECT COUNT(*) FROM products WHERE charge = 0"));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading products"));
    return q.value(0).toLongLong();
}

Result<QList<ProductQueries::CustomerProduct>> ProductQueries::forCustomer(const Database& database,
                                                                           qint64 customerId, int limit)
{
    return customerRows(database, kCustomerProducts, customerId, limit);
}

Result<QList<ProductQueries::CustomerProduct>> ProductQueries::categoriesForCustomer(const Database& database,
                                                                                     qint64 customerId, int limit)
{
    return customerRows(database, kCustomerCategories, customerId, limit);
}

Result<QList<ProductQueries::ProductChoice>> ProductQueries::products(const Database& database)
{
    QSqlQuery q = database.prepare(QStringLiteral("SELECT id, code, name FROM products WHERE charge = 0 ORDER BY name, code, id"));
    if (!q.exec())
        return sqlError(q, tr("Reading products"));
    QList<ProductChoice> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

namespace {
// Per tier of the month's snapshot, the `limit` groups (categories or products) its customers spent
// most on in the 12 months up to asOf; columns: tier, group key, name, revenue, units.
Result<QSqlQuery> topPerTier(const Database& database, const QString& month, const QDate& asOf, int limit,
                             bool products, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    const QString key = products ? QStringLiteral("p.id") : QStringLiteral("p.category");
    const QString order = products ? QStringLiteral("p.name, p.code") : QStringLiteral("p.category");
    QSqlQuery q = database.prepare(
        QStringLiteral("SELECT tier, g, code, name, revenue, units FROM (SELECT s.tier AS tier, %1 AS g, "
                       "MIN(p.code) AS code, MIN(%3) AS name, "
                       "SUM(l.line_total_fen) AS revenue, SUM(l.quantity_milli) AS units, ROW_NUMBER() OVER "
                       "(PARTITION BY s.tier ORDER BY SUM(l.line_total_fen) DESC, SUM(l.quantity_milli) DESC, %2) AS n "
                       "FROM customer_snapshots s JOIN orders o ON o.customer_id = s.customer_id AND o.order_date > :from "
                       "AND o.order_date <= :to JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = "
                       "l.product_id WHERE s.month = :month AND s.tier <> 'dormant' AND p.charge = 0%4 GROUP BY s.tier, %1) ranked "
                       "WHERE n <= :limit ORDER BY tier, n")
            .arg(key, products ? QStringLiteral("MIN(p.name), MIN(p.code)") : order,
                 products ? QStringLiteral("p.name") : QStringLiteral("p.category"),
                 filter.andIn(database.dialect(), QStringLiteral("s.customer_id"))));
    q.bindValue(QStringLiteral(":from"), sqlvalue::date(asOf.addYears(-1)));
    q.bindValue(QStringLiteral(":to"), sqlvalue::date(asOf));
    q.bindValue(QStringLiteral(":month"), month);
    q.bindValue(QStringLiteral(":limit"), limit);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Reading products"));
    return q;
}
} // namespace

Result<QList<ProductQueries::TierCategory>> ProductQueries::topCategoriesPerTier(const Database& database,
                                                                                 const QString& month,
                                                                                 const QDate& asOf, int limit,
                                                                                 const QStringList& stores)
{
    auto q = topPerTier(database, month, asOf, limit, false, stores);
    if (!q)
        return q.error();
    QList<TierCategory> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(4).toLongLong(), q->value(5).toLongLong()});
    return rows;
}

Result<QList<ProductQueries::TierProduct>> ProductQueries::topProductsPerTier(const Database& database,
                                                                              const QString& month, const QDate& asOf,
                                                                              int limit, const QStringList& stores)
{
    auto q = topPerTier(database, month, asOf, limit, true, stores);
    if (!q)
        return q.error();
    QList<TierProduct> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toLongLong(), q->value(5).toLongLong()});
    return rows;
}

Result<QStringList> ProductQueries::categories(const Database& database)
{
    QSqlQuery q = database.prepare(
        QStringLiteral("SELECT DISTINCT category FROM products WHERE category <> '' AND charge = 0 ORDER BY category"));
    if (!q.exec())
        return sqlError(q, tr("Reading products"));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    return rows;
}

} // namespace clientele::core::storage
