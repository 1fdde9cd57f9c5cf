#include "HealthQueries.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::HealthQueries", text);
}

Result<QList<qint64>> ids(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, tr("Reading the customers behind a health figure"));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}
} // namespace

Result<QList<qint64>> HealthQueries::buyers(const Database& database, const QDate& monthEnd)
{
    QSqlQuery q = database.prepare(
        u"SELECT DISTINCT customer_id FROM orders WHERE amount_fen >= 0 AND order_date > ? AND order_date <= ? "
        "ORDER BY customer_id"_s);
    q.addBindValue(sqlvalue::date(monthEnd.addMonths(-12)));
    q.addBindValue(sqlvalue::date(monthEnd));
    return ids(q);
}

Result<QList<qint64>> HealthQueries::repeatBuyers(const Database& database, const QDate& monthEnd)
{
    QSqlQuery q = database.prepare(
        u"SELECT customer_id FROM orders WHERE amount_fen > 0 AND order_date > ? AND order_date <= ? "
        "GROUP BY customer_id HAVING COUNT(*) >= 2 ORDER BY customer_id"_s);
    q.addBindValue(sqlvalue::date(monthEnd.addMonths(-12)));
    q.addBindValue(sqlvalue::date(monthEnd));
    return ids(q);
}

Result<QList<qint64>> HealthQueries::turnedDormant(const Database& database, const QString& month, const QString& previousMonth)
{
    QSqlQuery q = database.prepare(
        u"SELECT s.customer_id FROM customer_snapshots s WHERE s.month = ? AND s.stage = 'dormant' AND NOT EXISTS "
        "(SELECT 1 FROM customer_snapshots p WHERE p.month = ? AND p.customer_id = s.customer_id AND p.stage = 'dormant') "
        "ORDER BY s.customer_id"_s);
    q.addBindValue(month);
    q.addBindValue(previousMonth);
    return ids(q);
}

} // namespace clientele::core::storage
