#include "CustomerQueries.h"

#include "CustomerRow.h"
#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CustomerQueries", text);
}

const QString kFilterWhere = u"WHERE (:search = '' OR c.name LIKE :pattern ESCAPE '\\' "
                             u"OR c.phone LIKE :pattern ESCAPE '\\' OR c.email LIKE :pattern ESCAPE '\\' "
                             u"OR c.member_code LIKE :pattern ESCAPE '\\' "
                             u"OR EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                             u"WHERE ct.customer_id = c.id AND t.name LIKE :pattern ESCAPE '\\')) "
                             u"AND (:city = '' OR c.city = :city) "
                             u"AND (:tier = '' OR m.tier = :tier) AND (:stage = '' OR m.stage = :stage) "
                             u"AND (:tag = '' OR EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                             u"WHERE ct.customer_id = c.id AND t.name = :tag)) "_s;

void bindFilter(QSqlQuery& q, const CustomerFilter& filter)
{
    QString escaped = filter.search.trimmed();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    q.bindValue(u":search"_s, sqlvalue::notNull(filter.search.trimmed()));
    q.bindValue(u":pattern"_s, QString(u'%' + escaped + u'%'));
    q.bindValue(u":city"_s, sqlvalue::notNull(filter.city));
    q.bindValue(u":tag"_s, sqlvalue::notNull(filter.tag));
    q.bindValue(u":tier"_s, sqlvalue::notNull(filter.tier));
    q.bindValue(u":stage"_s, sqlvalue::notNull(filter.stage));
}

QString orderBy(CustomerSort sort, bool descending)
{
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    switch (sort) {
    case CustomerSort::Name: return u"c.name"_s + dir + u", c.id"_s + dir;
    case CustomerSort::MemberCode: return u"c.member_code"_s + dir + u", c.id"_s + dir;
    case CustomerSort::Phone: return u"c.phone"_s + dir + u", c.id"_s + dir;
    case CustomerSort::City: return u"c.city"_s + dir + u", c.id"_s + dir;
    // Figures from orders: correlated aggregates until per-customer metrics are stored.
    case CustomerSort::Orders: return u"(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id)"_s + dir + u", c.id"_s;
    case CustomerSort::Spend:
        return u"(SELECT COALESCE(SUM(o.amount_fen), 0) FROM orders o WHERE o.customer_id = c.id)"_s + dir + u", c.id"_s;
    case CustomerSort::LastPurchase:
        return u"(SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id)"_s + dir + u", c.id"_s;
    case CustomerSort::Tier: return u"m.tier"_s + dir + u", c.id"_s;
    case CustomerSort::Stage: return u"m.stage"_s + dir + u", c.id"_s;
    case CustomerSort::Spend12m: return u"m.monetary_12m_fen"_s + dir + u", c.id"_s;
    case CustomerSort::Clv: return u"m.clv_fen"_s + dir + u", c.id"_s;
    case CustomerSort::Id: return u"c.id"_s + dir;
    }
    return u"c.id"_s;
}
} // namespace

Result<QList<CustomerListRow>> CustomerQueries::list(const Database& database, const CustomerFilter& filter,
                                                     CustomerSort sort, bool descending, int limit, int offset)
{
    // The ORDER BY text comes from the enum above, never from input.
    QSqlQuery q = database.prepare(
        u"SELECT c.id, c.member_code, c.name, c.phone, c.phone_valid, c.email, c.city, "
        u"(SELECT group_concat(t.name, ';') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        u" WHERE ct.customer_id = c.id), "
        u"(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id), "
        u"(SELECT COALESCE(SUM(o.amount_fen), 0) FROM orders o WHERE o.customer_id = c.id), "
        u"(SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id), "
        u"COALESCE(m.tier, ''), COALESCE(m.stage, ''), "
        u"COALESCE(m.r_score, 0), COALESCE(m.f_score, 0), COALESCE(m.m_score, 0), COALESCE(m.segment_cn8, ''), "
        u"COALESCE(m.segment_scores, ''), COALESCE(m.monetary_12m_fen, 0), COALESCE(m.p_alive, -1), "
        u"COALESCE(m.clv_fen, 0) FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id "_s +
        kFilterWhere + u"ORDER BY "_s + orderBy(sort, descending) + u" LIMIT :limit OFFSET :offset"_s);
    bindFilter(q, filter);
    q.bindValue(u":limit"_s, limit);
    q.bindValue(u":offset"_s, offset);
    if (!q.exec())
        return sqlError(q, tr("Listing customers"));
    QList<CustomerListRow> rows;
    while (q.next()) {
        CustomerListRow r;
        r.id = q.value(0).toLongLong();
        r.memberCode = q.value(1).toString();
        r.name = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.phoneValid = q.value(4).toBool();
        r.email = q.value(5).toString();
        r.city = q.value(6).toString();
        r.tags = q.value(7).toString().split(u';', Qt::SkipEmptyParts);
        r.orders = q.value(8).toLongLong();
        r.totalSpend = q.value(9).toLongLong();
        r.lastPurchase = sqlvalue::toDate(q.value(10));
        r.tier = q.value(11).toString();
        r.stage = q.value(12).toString();
        r.r = q.value(13).toInt();
        r.f = q.value(14).toInt();
        r.m = q.value(15).toInt();
        r.segmentCn8 = q.value(16).toString();
        r.segmentScores = q.value(17).toString();
        r.spend12m = q.value(18).toLongLong();
        r.probabilityAlive = q.value(19).toDouble();
        r.clv = q.value(20).toLongLong();
        rows.append(r);
    }
    return rows;
}

Result<qint64> CustomerQueries::count(const Database& database, const CustomerFilter& filter)
{
    QSqlQuery q = database.prepare(u"SELECT COUNT(*) FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id "_s +
                                   kFilterWhere);
    bindFilter(q, filter);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting customers"));
    return q.value(0).toLongLong();
}

Status CustomerQueries::forEachForExport(const Database& database, const QList<qint64>& ids,
                                         const std::function<void(const Customer&)>& visit)
{
    // Shared column list first, tags last (index 16).
    QSqlQuery q = database.prepare(
        u"SELECT "_s + customerrow::kColumns +
        u", (SELECT group_concat(t.name, ';') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        u" WHERE ct.customer_id = customers.id) FROM customers "
        u"WHERE :all = 1 OR id IN (SELECT value FROM json_each(:ids)) ORDER BY id"_s);
    QStringList idText;
    for (const qint64 id : ids)
        idText.append(QString::number(id));
    q.bindValue(u":all"_s, ids.isEmpty() ? 1 : 0);
    q.bindValue(u":ids"_s, QString(u'[' + idText.join(u',') + u']'));
    if (!q.exec())
        return sqlError(q, tr("Reading customers for export"));
    while (q.next()) {
        Customer c = customerrow::fromRow(q);
        c.tags = q.value(16).toString().split(u';', Qt::SkipEmptyParts);
        visit(c);
    }
    return {};
}

} // namespace clientele::core::storage
