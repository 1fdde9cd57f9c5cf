#include "CustomerQueries.h"
#include "HomeStoreFilter.h"

#include "CustomerRow.h"
#include "Database.h"
#include "dialect/SqlDialect.h"
#include "SqlLimit.h"
#include "StandingOrders.h"
#include "SqlValues.h"
#include "../segmentation/Lifecycle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CustomerQueries", text);
}

// A search that looks like a phone fragment ("138 0013", "１３８-") is matched on its digits,
// as phones are stored.
QString searchTerm(const QString& raw)
{
    const QString text = raw.trimmed();
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits.append(QChar(u'0' + ch.digitValue()));
        else if (!QStringView(u" -+().").contains(ch))
            return text;
    }
    return digits.size() >= 3 ? digits : text;
}

// The WHERE clause of a filter: only the conditions in use, so an unfiltered count reads one
// index and each condition can use its own. Condition texts are fixed; values are bound.
struct FilterSql
{
    QString where;
    QList<std::pair<QString, QVariant>> binds;
    bool needsMetrics = false;

    void bindTo(QSqlQuery& q) const
    {
        for (const auto& [name, value] : binds)
            q.bindValue(name, value);
    }
};

// How the search condition is joined to the customers. Materialize: the matching ids first (best
// when few match). ProbeEach: each customer, in index order, tests its own search text — best
// when many match and the list is sorted by an indexed column, since the first page fills after
// a few hundred customers instead of collecting tens of thousands of ids.
enum class SearchShape { Materialize, ProbeEach };

// The search as a LIKE pattern over the search text, or (three characters or more) as a phrase
// for the trigram index.
struct SearchPattern
{
    QString like;
    QString phrase; // the term itself; empty below the trigram size
};

std::optional<SearchPattern> searchPattern(const CustomerFilter& filter)
{
    const QString term = searchTerm(filter.search);
    if (term.isEmpty())
        return std::nullopt;
    SearchPattern p;
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    p.like = u'%' + escaped + u'%';
    if (term.size() >= 3)
        p.phrase = term; // as typed: the dialect quotes it for its index

    return p;
}

FilterSql filterSql(const SqlDialect& d, const CustomerFilter& filter, SearchShape shape = SearchShape::Materialize)
{
    FilterSql sql;
    QStringList conditions;
    if (const auto search = searchPattern(filter)) {
        if (shape == SearchShape::ProbeEach) {
            conditions.append(u"EXISTS (SELECT 1 FROM customer_search_text s WHERE s.id = c.id AND s.haystack "_s +
                              d.like() + u" :pattern ESCAPE '\\')"_s);
            sql.binds.append({u":pattern"_s, search->like});
        } else if (!search->phrase.isEmpty()) {
            // Trigram full-text index: any substring of three characters or more, Chinese included.
            conditions.append(u"c.id IN ("_s + d.searchPhrase(u":fts"_s) + u')');
            sql.binds.append({u":fts"_s, d.searchPhraseValue(search->phrase)});
        } else {
            // One or two characters are below the trigram size: scan the one search text per
            // customer (a single-column table, cheaper than the fields one by one).
            conditions.append(u"c.id IN (SELECT id FROM customer_search_text WHERE haystack "_s + d.like() +
                              u" :pattern ESCAPE '\\')"_s);
            sql.binds.append({u":pattern"_s, search->like});
        }
    }
    if (!filter.city.isEmpty()) {
        conditions.append(u"c.city = :city"_s);
        sql.binds.append({u":city"_s, filter.city});
    }
    if (!filter.homeStore.isEmpty()) {
        conditions.append(u"c.home_store = :homestore"_s); // customers_home_store
        sql.binds.append({u":homestore"_s, filter.homeStore});
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(u"c.id IN (SELECT ct.customer_id FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                          u"WHERE t.name = :tag)"_s);
        sql.binds.append({u":tag"_s, filter.tag});
    }
    if (!filter.tier.isEmpty()) {
        conditions.append(u"m.tier = :tier"_s);
        sql.binds.append({u":tier"_s, filter.tier});
        sql.needsMetrics = true;
    }
    if (!filter.stage.isEmpty()) {
        conditions.append(u"m.stage = :stage"_s);
        sql.binds.append({u":stage"_s, filter.stage});
        sql.needsMetrics = true;
    }
    if (!filter.segment.isEmpty()) {
        conditions.append(u"m.segment_cn8 = :segment"_s);
        sql.binds.append({u":segment"_s, filter.segment});
        sql.needsMetrics = true;
    }
    if (filter.openFollowUp)
        conditions.append(u"EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = c.id AND f.status = 'open')"_s);
    for (qsizetype i = 0; i < filter.fields.size(); ++i) {
        const FieldCondition& f = filter.fields[i];
        const QString n = QString::number(i);
        QStringList parts{u"v.field_id = :cf"_s + n};
        sql.binds.append({u":cf"_s + n, f.fieldId});
        const QString value = f.numeric ? u"CAST(v.value AS DOUBLE PRECISION)"_s : u"v.value"_s;
        const auto bound = [&](const QString& text) { return f.numeric ? QVariant(text.toDouble()) : QVariant(text); };
        if (!f.equals.isEmpty()) {
            parts.append(u"v.value = :cfe"_s + n);
            sql.binds.append({u":cfe"_s + n, f.equals});
        }
        if (!f.contains.isEmpty()) {
            QString escaped = f.contains;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            parts.append(u"v.value "_s + d.like() + u" :cfc"_s + n + u" ESCAPE '\\'"_s);
            sql.binds.append({u":cfc"_s + n, QString(u'%' + escaped + u'%')});
        }
        if (!f.from.isEmpty()) {
            parts.append(value + u" >= :cfa"_s + n);
            sql.binds.append({u":cfa"_s + n, bound(f.from)});
        }
        if (!f.to.isEmpty()) {
            parts.append(value + u" <= :cfb"_s + n);
            sql.binds.append({u":cfb"_s + n, bound(f.to)});
        }
        conditions.append(u"c.id IN (SELECT v.customer_id FROM customer_field_values v WHERE "_s +
                          parts.join(u" AND "_s) + u')');
    }
    if (const ProductCondition& p = filter.product; !p.isEmpty()) {
        QString bought = u"EXISTS (SELECT 1 FROM orders po JOIN order_lines pl ON pl.order_id = po.id "
                         u"JOIN products pp ON pp.id = pl.product_id WHERE po.customer_id = c.id "
                         u"AND pl.quantity_milli > 0 AND pp.charge = 0"_s;
        if (p.productId != 0) {
            bought += u" AND pl.product_id = :pprod"_s;
            sql.binds.append({u":pprod"_s, p.productId});
        } else {
            bought += u" AND pp.category = :pcat"_s;
            sql.binds.append({u":pcat"_s, p.category});
        }
        if (p.withinDays > 0) {
            const QDate today = Clock::today();
            bought += u" AND po.order_date >= :pfrom AND po.order_date <= :pto"_s;
            sql.binds.append({u":pfrom"_s, sqlvalue::date(today.addDays(-(p.withinDays - 1)))});
            sql.binds.append({u":pto"_s, sqlvalue::date(today)});
        }
        bought += u')';
        conditions.append(p.bought ? bought : u"NOT "_s + bought);
    }
    const auto anyOf = [&](const QString& column, const QString& name, const QStringList& values) {
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i) {
            marks.append(name + QString::number(i));
            sql.binds.append({marks.last(), values[i]});
        }
        conditions.append(column + u" IN ("_s + marks.join(u", "_s) + u')');
        sql.needsMetrics = true;
    };
    if (!filter.tiers.isEmpty())
        anyOf(u"m.tier"_s, u":tiers"_s, filter.tiers);
    if (!filter.stages.isEmpty())
        anyOf(u"m.stage"_s, u":stages"_s, filter.stages);
    if (filter.clvTopPercent > 0) {
        // The top N percent (rounded up) of customers with metrics by predicted value, in SQL.
        conditions.append(u"c.id IN (SELECT t.customer_id FROM customer_metrics t ORDER BY t.clv_fen DESC, "
                          u"t.customer_id LIMIT (SELECT (COUNT(*) * :clvtop + 99) / 100 FROM customer_metrics))"_s);
        sql.binds.append({u":clvtop"_s, filter.clvTopPercent});
    }
    if (filter.pAliveBelow >= 0) {
        conditions.append(u"m.p_alive >= 0 AND m.p_alive < :palive"_s);
        sql.binds.append({u":palive"_s, filter.pAliveBelow});
        sql.needsMetrics = true;
    }
    if (filter.spendMin >= 0) {
        conditions.append(u"(SELECT COALESCE(SUM(so.amount_fen), 0) FROM orders so WHERE so.customer_id = c.id) "
                          u">= :spendmin"_s);
        sql.binds.append({u":spendmin"_s, filter.spendMin});
    }
    if (filter.marketableOnly)
        conditions.append(u"c.marketing_consent = 1 AND c.erased_at IS NULL"_s);
    if (!filter.ids.isEmpty()) {
        QStringList idText;
        for (const qint64 id : filter.ids)
            idText.append(QString::number(id));
        conditions.append(u"c.id IN ("_s + d.idsFromJson(u":ids"_s) + u')');
        sql.binds.append({u":ids"_s, QString(u'[' + idText.join(u',') + u']')});
    }
    if (!filter.homeStores.isEmpty()) {
        conditions.append(u"c.home_store IN ("_s + d.textsFromJson(u":homestores"_s) + u')');
        sql.binds.append({u":homestores"_s, HomeStoreFilter(filter.homeStores).json()});
    }
    if (!conditions.isEmpty())
        sql.where = u" WHERE "_s + conditions.join(u" AND "_s);
    return sql;
}

// A customer's order figures, defined once (report::Figures: CustomerOrders, CustomerTotalSpend,
// CustomerLastPurchase) for the list, its sorting and the profile: a refund (negative amount) is
// not an order and not a purchase date, but it does reduce the spend — as segmentation counts them.
// A voided counter sale and its void are no orders at all (storage::standingOrder).
const QString kOrdersSql =
    u"(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id AND o.amount_fen >= 0 AND "_s + standingOrder(u"o"_s) + u")"_s;
const QString kTotalSpendSql = u"(SELECT COALESCE(SUM(o.amount_fen), 0) FROM orders o WHERE o.customer_id = c.id AND "_s +
                               standingOrder(u"o"_s) + u")"_s;
const QString kLastPurchaseSql = u"(SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id AND "
                                 u"o.amount_fen >= 0 AND "_s + standingOrder(u"o"_s) + u")"_s;

const QString kFromCustomers = u" FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id"_s;

QString orderBy(CustomerSort sort, bool descending)
{
    const QString dir = descending ? u" DESC"_s : u" ASC"_s;
    switch (sort) {
    // By the name's Latin form: pinyin order for Chinese names (张伟 under z), letters without
    // case or accents for others; customers_name_sort serves it.
    case CustomerSort::Name: return u"c.name_sort"_s + dir + u", c.name"_s + dir + u", c.id"_s + dir;
    case CustomerSort::MemberCode: return u"c.member_code"_s + dir + u", c.id"_s + dir;
    case CustomerSort::Phone: return u"c.phone"_s + dir + u", c.id"_s + dir;
    case CustomerSort::City: return u"c.city"_s + dir + u", c.id"_s + dir;
    // Figures from orders: correlated aggregates until per-customer metrics are stored.
    case CustomerSort::Orders: return kOrdersSql + dir + u", c.id"_s;
    case CustomerSort::Spend:
        return kTotalSpendSql + dir + u", c.id"_s;
    case CustomerSort::LastPurchase:
        return kLastPurchaseSql + dir + u", c.id"_s;
    case CustomerSort::Tier: return u"m.tier"_s + dir + u", c.id"_s;
    case CustomerSort::Stage: return u"m.stage"_s + dir + u", c.id"_s;
    case CustomerSort::Spend12m: return u"m.monetary_12m_fen"_s + dir + u", c.id"_s;
    case CustomerSort::Clv: return u"m.clv_fen"_s + dir + u", c.id"_s;
    // By code, as the store list is ordered (customers_home_store serves it).
    case CustomerSort::HomeStore: return u"c.home_store"_s + dir + u", c.id"_s + dir;
    case CustomerSort::Id: return u"c.id"_s + dir;
    }
    return u"c.id"_s;
}
} // namespace

Result<QList<CustomerListRow>> CustomerQueries::list(const Database& database, const CustomerFilter& filter,
                                                     CustomerSort sort, bool descending, int limit, int offset,
                                                     qint64 matchCount)
{
    const bool indexedSort = sort == CustomerSort::Name || sort == CustomerSort::MemberCode ||
                             sort == CustomerSort::Phone || sort == CustomerSort::City ||
                             sort == CustomerSort::HomeStore || sort == CustomerSort::Id;
    // Walking the sort index costs about one probe per customer that does NOT match (they may all
    // come first: a search for 王 sorted by name), collecting costs one insert per match: walk
    // when most customers match. MAX(id) is an instant, never-low estimate of the population.
    SearchShape shape = SearchShape::Materialize;
    if (indexedSort && matchCount >= kManyMatches && !filter.search.trimmed().isEmpty()) {
        QSqlQuery size = database.prepare(u"SELECT COALESCE(MAX(id), 0) FROM customers"_s);
        if (size.exec() && size.next() && matchCount * 2 > size.value(0).toLongLong())
            shape = SearchShape::ProbeEach;
    }
    // The ORDER BY text comes from the enum above, never from input.
    const SqlDialect& d = database.dialect();
    const FilterSql where = filterSql(d, filter, shape);
    QSqlQuery q = database.prepare(
        u"SELECT c.id, c.member_code, c.name, c.phone, c.phone_valid, c.email, c.city, "
        u"(SELECT "_s + d.groupConcat(u"t.name"_s, u"';'"_s) + u" FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        u" WHERE ct.customer_id = c.id), "_s + kOrdersSql + u", "_s + kTotalSpendSql + u", "_s + kLastPurchaseSql + u", "
        u"COALESCE(m.tier, ''), COALESCE(m.stage, ''), "
        u"COALESCE(m.r_score, 0), COALESCE(m.f_score, 0), COALESCE(m.m_score, 0), COALESCE(m.segment_cn8, ''), "
        u"COALESCE(m.segment_scores, ''), COALESCE(m.monetary_12m_fen, 0), COALESCE(m.p_alive, -1), "
        u"COALESCE(m.clv_fen, 0), c.wechat_id, "
        u"(SELECT "_s + d.jsonGroupObject(u"f.key"_s, u"v.value"_s) + u" FROM customer_field_values v JOIN custom_fields f "
        u" ON f.id = v.field_id WHERE v.customer_id = c.id), c.home_store, c.home_store_manual"_s + kFromCustomers + where.where + u" ORDER BY "_s + orderBy(sort, descending) +
        u" LIMIT :limit OFFSET :offset"_s);
    where.bindTo(q);
    q.bindValue(u":limit"_s, sqlvalue::limit(limit));
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
        if (r.stage.isEmpty() && r.orders == 0) // not labelled yet, but without orders there is only one stage
            r.stage = segmentation::Lifecycle::key(segmentation::Stage::Prospect);
        r.r = q.value(13).toInt();
        r.f = q.value(14).toInt();
        r.m = q.value(15).toInt();
        r.segmentCn8 = q.value(16).toString();
        r.segmentScores = q.value(17).toString();
        r.spend12m = q.value(18).toLongLong();
        r.probabilityAlive = q.value(19).toDouble();
        r.clv = q.value(20).toLongLong();
        r.wechatId = q.value(21).toString();
        const QJsonObject fields = QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.fields.insert(it.key(), it.value().toString());
        r.homeStore = q.value(23).toString();
        r.homeStoreManual = q.value(24).toInt() != 0;
        rows.append(r);
    }
    return rows;
}

Result<qint64> CustomerQueries::count(const Database& database, const CustomerFilter& filter)
{
    // Search alone: count in the search tables themselves (one row per customer), no join.
    CustomerFilter rest = filter;
    rest.search.clear();
    if (const auto search = searchPattern(filter); search && rest.isEmpty()) {
        const SqlDialect& d = database.dialect();
        QSqlQuery q = database.prepare(
            search->phrase.isEmpty()
                ? u"SELECT COUNT(*) FROM customer_search_text WHERE haystack "_s + d.like() + u" :pattern ESCAPE '\\'"_s
                : d.countSearchPhrase(u":fts"_s));
        q.bindValue(search->phrase.isEmpty() ? u":pattern"_s : u":fts"_s,
                    search->phrase.isEmpty() ? search->like : d.searchPhraseValue(search->phrase));
        if (!q.exec() || !q.next())
            return sqlError(q, tr("Counting customers"));
        return q.value(0).toLongLong();
    }
    const FilterSql where = filterSql(database.dialect(), filter);
    QSqlQuery q = database.prepare(u"SELECT COUNT(*)"_s +
                                   (where.needsMetrics ? kFromCustomers : u" FROM customers c"_s) + where.where);
    where.bindTo(q);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting customers"));
    return q.value(0).toLongLong();
}

Result<std::optional<CustomerListRow>> CustomerQueries::row(const Database& database, qint64 customerId)
{
    CustomerFilter filter;
    filter.ids = {customerId};
    auto rows = list(database, filter, CustomerSort::Id, false, 1);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<CustomerListRow>(rows->first());
}

Result<QList<qint64>> CustomerQueries::ids(const Database& database, const CustomerFilter& filter, CustomerSort sort,
                                           bool descending)
{
    const FilterSql where = filterSql(database.dialect(), filter);
    QSqlQuery q = database.prepare(u"SELECT c.id"_s + kFromCustomers + where.where + u" ORDER BY "_s +
                                   orderBy(sort, descending));
    where.bindTo(q);
    if (!q.exec())
        return sqlError(q, tr("Listing customers"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

namespace {
Result<QStringList> distinctTexts(const Database& database, const QString& sql)
{
    QSqlQuery q = database.prepare(sql);
    if (!q.exec())
        return sqlError(q, tr("Reading the filter choices"));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}
} // namespace

Result<QStringList> CustomerQueries::cities(const Database& database)
{
    return distinctTexts(database, u"SELECT DISTINCT city FROM customers WHERE city <> '' ORDER BY city"_s);
}

Result<QStringList> CustomerQueries::tags(const Database& database)
{
    return distinctTexts(database,
                         u"SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.tag_id = t.id) "
                         u"ORDER BY t.name"_s);
}

Result<QHash<QString, qint64>> CustomerQueries::homeStoreCounts(const Database& database)
{
    QSqlQuery q = database.prepare(
        u"SELECT home_store, COUNT(*) FROM customers WHERE home_store <> '' GROUP BY home_store"_s);
    if (!q.exec())
        return sqlError(q, tr("Counting the customers of each store"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

Status CustomerQueries::forEachForExport(const Database& database, const QList<qint64>& ids,
                                         const std::function<void(const Customer&)>& visit)
{
    // Shared column list first, tags (index 17) and shop fields as a JSON object (18) last.
    QSqlQuery q = database.prepare(
        u"SELECT "_s + customerrow::kColumns +
        u", (SELECT "_s + database.dialect().groupConcat(u"t.name"_s, u"';'"_s) +
        u" FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = customers.id), "
        u"(SELECT "_s + database.dialect().jsonGroupObject(u"f.key"_s, u"v.value"_s) +
        u" FROM customer_field_values v JOIN custom_fields f ON f.id = v.field_id WHERE v.customer_id = customers.id) "
        u"FROM customers WHERE erased_at IS NULL AND (:all = 1 OR id IN ("_s + database.dialect().idsFromJson(u":ids"_s) +
        u")) ORDER BY id"_s);
    QStringList idText;
    for (const qint64 id : ids)
        idText.append(QString::number(id));
    q.bindValue(u":all"_s, ids.isEmpty() ? 1 : 0);
    q.bindValue(u":ids"_s, QString(u'[' + idText.join(u',') + u']'));
    if (!q.exec())
        return sqlError(q, tr("Reading customers for export"));
    while (q.next()) {
        Customer c = customerrow::fromRow(q);
        c.tags = q.value(17).toString().split(u';', Qt::SkipEmptyParts);
        const QJsonObject fields = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.fields.insert(it.key(), it.value().toString());
        visit(c);
    }
    return {};
}

} // namespace clientele::core::storage
