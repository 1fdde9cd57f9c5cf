#include "SegmentationRepository.h"

#include "../segmentation/SegmentationSettings.h"
#include "../segmentation/Segmenter.h"
#include "Database.h"
#include "DeferredIndexes.h"
#include "HomeStoreFilter.h"
#include "BulkStatement.h"
#include "RowWriter.h"
#include "SqliteDirect.h"
#include "dialect/SqlDialect.h"
#include "SqlLimit.h"
#include "StandingOrders.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

using namespace segmentation;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::SegmentationRepository", text);
}
} // namespace

Result<ShopHistory> SegmentationRepository::loadHistory() const
{
    return loadHistory(QList<qint64>{-1});
}

Result<ShopHistory> SegmentationRepository::loadHistory(const QList<qint64>& customerIds) const
{
    // Julian days computed by the database: no date text per order crosses into Qt. [-1] means
    // everyone. Each customer's purchases by date, then order id (as entered).
    const bool all = customerIds == QList<qint64>{-1};
    if (!all)
        return loadHistoryOf(customerIds);
    // Everyone: the orders in one pass in storage order, sorted here. Measured on 1,000,000
    // orders: a join through the customer index reads them in a random order (1.3 s in SQLite
    // alone against 0.2 s), and asking per order whether a counter void took it back is another
    // 0.5 s, so the few that are not standing are fetched by themselves. (A group_concat per
    // customer was tried before: fewer rows for Qt, slower in SQLite.)
    const QString context = tr("Reading the order history");
    ShopHistory history;
    QHash<qint64, qsizetype> indexOf;
    BulkStatement customers(m_database, u"SELECT id FROM customers ORDER BY id"_s);
    if (auto s = customers.exec(context); !s)
        return s.error();
    while (customers.next()) {
        indexOf.insert(customers.int64(0), qsizetype(history.size()));
        history.push_back({customers.int64(0), {}});
    }
    if (auto s = customers.finished(context); !s)
        return s.error();
    QSet<qint64> notStanding;
    BulkStatement voided(m_database, u"SELECT o.id FROM orders o WHERE o.id IN (SELECT order_id FROM member_sales) AND NOT "_s +
                                     standingOrder(u"o"_s));
    if (auto s = voided.exec(context); !s)
        return s.error();
    while (voided.next())
        notStanding.insert(voided.int64(0));
    if (auto s = voided.finished(context); !s)
        return s.error();
    struct Row
    {
        qsizetype customer;
        qint64 day;
        qint64 orderId;
        Fen amount;
    };
    std::vector<Row> rows;
    BulkStatement orders(m_database, u"SELECT customer_id, "_s + m_database.dialect().julianDay(u"order_date"_s) +
                                     u", id, amount_fen FROM orders"_s);
    if (auto s = orders.exec(context); !s)
        return s.error();
    while (orders.next()) {
        const auto customer = indexOf.constFind(orders.int64(0));
        if (customer != indexOf.cend() && !notStanding.contains(orders.int64(2)))
            rows.push_back({*customer, orders.int64(1), orders.int64(2), orders.int64(3)});
    }
    if (auto s = orders.finished(context); !s)
        return s.error();
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.customer, a.day, a.orderId) < std::tie(b.customer, b.day, b.orderId);
    });
    for (const Row& r : rows)
        history[size_t(r.customer)].purchases.push_back({r.day, r.amount});
    return history;
}

Result<ShopHistory> SegmentationRepository::loadHistoryOf(const QList<qint64>& customerIds) const
{
    QStringList ids;
    for (const qint64 id : customerIds)
        ids.append(QString::number(id));
    const SqlDialect& d = m_database.dialect();
    BulkStatement q(m_database, u"SELECT c.id, "_s + d.julianDay(u"o.order_date"_s) +
                                u", o.amount_fen FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND "_s +
                                standingOrder(u"o"_s) + u" WHERE c.id IN ("_s + d.idsFromJson(u"?"_s) +
                                u") ORDER BY c.id, o.order_date, o.id"_s);
    q.bind(1, QString(u'[' + ids.join(u',') + u']'));
    const QString context = tr("Reading the order history");
    if (auto s = q.exec(context); !s)
        return s.error();
    ShopHistory history;
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (history.empty() || history.back().customerId != id)
            history.push_back({id, {}});
        if (!q.isNull(1))
            history.back().purchases.push_back({q.int64(1), q.int64(2)});
    }
    if (auto s = q.finished(context); !s)
        return s.error();
    return history;
}

Result<TierRules> SegmentationRepository::tierRules(TierRules::Scheme scheme, int version) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT version, rules_json FROM tier_rule_sets WHERE scheme = ? AND (? = 0 OR version = ?) "
        "ORDER BY version DESC LIMIT 1"));
    q.addBindValue(TierRules::schemeKey(scheme));
    q.addBindValue(version);
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(q, tr("Reading tier rules"));
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("No %1 tier rules (version %2).")
                                                      .arg(TierRules::schemeKey(scheme))
                                                      .arg(version));
    auto rules = TierRules::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    if (!rules)
        return rules.error();
    rules->version = q.value(0).toInt();
    return rules;
}

Result<TierRules> SegmentationRepository::activeTierRules(TierRules::Scheme scheme) const
{
    return tierRules(scheme, 0);
}

Result<int> SegmentationRepository::saveTierRules(const TierRules& rules)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO tier_rule_sets (scheme, version, rules_json, created_at) "
        "SELECT :scheme, COALESCE(MAX(version), 0) + 1, :json, :now FROM tier_rule_sets WHERE scheme = :scheme"));
    q.bindValue(u":scheme"_s, TierRules::schemeKey(rules.scheme));
    q.bindValue(u":json"_s, sqlvalue::json(rules.toJson()));
    q.bindValue(u":now"_s, sqlvalue::now());
    if (auto s = execQuery(q, tr("Saving tier rules")); !s)
        return s.error();
    auto saved = activeTierRules(rules.scheme);
    if (!saved)
        return saved.error();
    return saved->version;
}

Result<QList<TierRules>> SegmentationRepository::tierRuleHistory(TierRules::Scheme scheme) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT version, rules_json FROM tier_rule_sets WHERE scheme = ? ORDER BY version"));
    q.addBindValue(TierRules::schemeKey(scheme));
    if (!q.exec())
        return sqlError(q, tr("Reading tier rules"));
    QList<TierRules> all;
    while (q.next()) {
        auto rules = TierRules::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!rules)
            return rules.error();
        rules->version = q.value(0).toInt();
        all.append(*rules);
    }
    return all;
}

Status SegmentationRepository::replaceMetrics(const QDate& asOf, const std::vector<Evaluation>& evaluations)
{
    // Every row is written anew: the secondary indexes are built once afterwards instead of
    // updated row by row (SQLite; a server keeps them, see DeferredIndexes).
    auto deferred = DeferredIndexes::drop(m_database, u"customer_metrics"_s);
    if (!deferred)
        return deferred.error();
    if (auto s = m_database.exec(u"DELETE FROM customer_metrics"_s); !s)
        return s;
    if (auto s = upsertMetrics(asOf, evaluations); !s)
        return s;
    return deferred->restore();
}

Status SegmentationRepository::upsertMetrics(const QDate& asOf, const std::vector<Evaluation>& evaluations)
{
    // Measured on 100,000 customers: through QtSql the per-value binding took half of the write;
    // RowWriter binds straight on SQLite where it can. (A JSON batch unpacked by json_extract, 34
    // calls per row on SQLite 3.40, was slower still for rows this wide.)
    static const QStringList columns{
        u"customer_id"_s, u"as_of"_s, u"recency_days"_s, u"frequency"_s, u"frequency_12m"_s, u"monetary_fen"_s,
        u"monetary_12m_fen"_s, u"average_order_fen"_s, u"first_purchase"_s, u"last_purchase"_s, u"median_gap_days"_s,
        u"r_score"_s, u"f_score"_s, u"m_score"_s, u"segment_cn8"_s, u"segment_scores"_s, u"tier"_s,
        u"tier_months_below"_s, u"stage"_s, u"value_at_stake_fen"_s, u"previous_gap_days"_s, u"clv_score"_s,
        u"p_alive_percent"_s, u"prev_tier"_s, u"prev_monetary_12m_fen"_s, u"prev_recency_days"_s, u"prev_m_score"_s,
        u"prev_f_score"_s, u"p_alive"_s, u"previous_p_alive"_s, u"expected_purchases_90d"_s, u"expected_spend_fen"_s,
        u"clv_fen"_s, u"churn_risk"_s};
    RowWriter writer(m_database, u"customer_metrics"_s, columns, {u"customer_id"_s}, tr("Saving segmentation results"));
    const QString asOfText = iso::date(asOf);
    const auto addDate = [&writer](const QDate& d) { d.isValid() ? writer.add(iso::date(d)) : writer.addNull(); };
    const auto addUnlessNegative = [&writer](int v) { v >= 0 ? writer.add(v) : writer.addNull(); };
    const auto addText = [&writer](const QString& s) { writer.add(s.isNull() ? u""_s : s); }; // NOT NULL columns
    for (const Evaluation& e : evaluations) {
        const RfmMetrics& m = e.metrics;
        writer.add(e.customerId);
        writer.add(asOfText);
        m.hasPurchases ? writer.add(m.recencyDays) : writer.addNull();
        writer.add(m.frequency);
        writer.add(m.frequency12m);
        writer.add(m.monetary);
        writer.add(m.monetary12m);
        writer.add(m.averageOrder);
        addDate(m.firstPurchase);
        addDate(m.lastPurchase);
        addUnlessNegative(m.medianGapDays);
        writer.add(e.scores.r);
        writer.add(e.scores.f);
        writer.add(e.scores.m);
        addText(e.segmentCn8);
        addText(e.segmentScores);
        addText(e.tier);
        writer.add(e.tierMonthsBelow);
        writer.add(Lifecycle::key(e.stage));
        writer.add(e.valueAtStake);
        addUnlessNegative(m.previousGapDays);
        writer.add(e.clvScore);
        writer.add(e.pAlivePercent);
        addText(e.hasPrevious ? e.previousTier : QString());
        writer.add(e.previousMetrics.monetary12m);
        writer.add(e.previousMetrics.recencyDays);
        writer.add(e.previousScores.m);
        writer.add(e.previousScores.f);
        writer.add(e.pAlive);
        writer.add(e.previousPAlive);
        writer.add(e.expectedPurchases90d);
        writer.add(e.expectedSpend);
        writer.add(e.clv);
        writer.add(e.churnRisk ? 1 : 0);
        if (auto s = writer.endRow(); !s)
            return s;
    }
    return writer.finish();
}

Status SegmentationRepository::replaceSnapshots(const QString& month, const std::vector<Evaluation>& evaluations)
{
    QSqlQuery del = m_database.prepare(u"DELETE FROM customer_snapshots WHERE month = ?"_s);
    del.addBindValue(month);
    if (auto s = execQuery(del, tr("Replacing the %1 snapshot").arg(month)); !s)
        return s;
    return upsertSnapshots(month, evaluations);
}

Status SegmentationRepository::upsertSnapshots(const QString& month, const std::vector<Evaluation>& evaluations)
{
    RowWriter writer(m_database, u"customer_snapshots"_s,
                     {u"month"_s, u"customer_id"_s, u"tier"_s, u"tier_months_below"_s, u"stage"_s, u"r_score"_s,
                      u"f_score"_s, u"m_score"_s, u"frequency"_s, u"monetary_12m_fen"_s, u"recency_days"_s},
                     {u"month"_s, u"customer_id"_s}, tr("Saving the %1 snapshot").arg(month));
    for (const Evaluation& e : evaluations) {
        if (!e.metrics.hasPurchases)
            continue; // prospects have no history worth keeping
        writer.add(month);
        writer.add(e.customerId);
        writer.add(e.tier.isNull() ? u""_s : e.tier); // NOT NULL
        writer.add(e.tierMonthsBelow);
        writer.add(Lifecycle::key(e.stage));
        writer.add(e.scores.r);
        writer.add(e.scores.f);
        writer.add(e.scores.m);
        writer.add(e.metrics.frequency);
        writer.add(e.metrics.monetary12m);
        writer.add(e.metrics.recencyDays);
        if (auto s = writer.endRow(); !s)
            return s;
    }
    return writer.finish();
}

Status SegmentationRepository::snapshotFromMetrics(const QString& month)
{
    QSqlQuery del = m_database.prepare(u"DELETE FROM customer_snapshots WHERE month = ?"_s);
    del.addBindValue(month);
    if (auto s = execQuery(del, tr("Replacing the %1 snapshot").arg(month)); !s)
        return s;
    QSqlQuery copy = m_database.prepare(QStringLiteral(
        "INSERT INTO customer_snapshots (month, customer_id, tier, tier_months_below, stage, r_score, f_score, m_score, "
        "frequency, monetary_12m_fen, recency_days) SELECT ?, customer_id, tier, tier_months_below, stage, r_score, "
        "f_score, m_score, frequency, monetary_12m_fen, recency_days FROM customer_metrics "
        "WHERE recency_days IS NOT NULL"));
    copy.addBindValue(month);
    return execQuery(copy, tr("Saving the %1 snapshot").arg(month));
}

Status SegmentationRepository::clearHistory()
{
    for (const QString& sql : {u"DELETE FROM customer_snapshots"_s, u"DELETE FROM monthly_stats"_s})
        if (auto s = m_database.exec(sql); !s)
            return s;
    return {};
}

Status SegmentationRepository::replaceMonthStats(const MonthStats& s)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO monthly_stats (month, as_of, customers, buyers_12m, repeat_buyers_12m, orders_month, "
        "revenue_month_fen, revenue_12m_fen, new_customers, lost_customers, buyers_revenue_12m_fen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (month) DO UPDATE SET as_of = excluded.as_of, customers = excluded.customers, "
        "buyers_12m = excluded.buyers_12m, repeat_buyers_12m = excluded.repeat_buyers_12m, "
        "orders_month = excluded.orders_month, revenue_month_fen = excluded.revenue_month_fen, "
        "revenue_12m_fen = excluded.revenue_12m_fen, new_customers = excluded.new_customers, "
        "lost_customers = excluded.lost_customers, buyers_revenue_12m_fen = excluded.buyers_revenue_12m_fen"));
    for (const QVariant& v : {QVariant(s.month), QVariant(iso::date(s.asOf)), QVariant(s.customers),
                              QVariant(s.buyers12m), QVariant(s.repeatBuyers12m), QVariant(s.ordersMonth),
                              QVariant(s.revenueMonth), QVariant(s.revenue12m), QVariant(s.newCustomers),
                              QVariant(s.lostCustomers), QVariant(s.buyersRevenue12m)})
        q.addBindValue(v);
    return execQuery(q, tr("Saving the figures of %1").arg(s.month));
}

Result<QHash<qint64, PreviousState>> SegmentationRepository::snapshotStates(const QString& month) const
{
    // Every customer's row of last month (100,000 on a large shop): read without a QVariant per value.
    BulkStatement q(m_database, QStringLiteral(
        "SELECT customer_id, tier, tier_months_below, stage, r_score, f_score, m_score, frequency, "
        "monetary_12m_fen, recency_days FROM customer_snapshots WHERE month = ?"));
    q.bind(1, month);
    const QString context = tr("Reading the %1 snapshot").arg(month);
    if (!q.run())
        return q.failure(context);
    QHash<qint64, PreviousState> states;
    // Tiers and stages are a handful of words: one shared copy of each instead of one per row.
    QHash<QString, QString> words;
    const auto shared = [&words](const QString& text) {
        const auto found = words.constFind(text);
        return found != words.cend() ? *found : *words.insert(text, text);
    };
    while (q.next()) {
        PreviousState p;
        p.tier = shared(q.text(1));
        p.monthsBelow = int(q.int64(2));
        p.stage = shared(q.text(3));
        p.scores = {int(q.int64(4)), int(q.int64(5)), int(q.int64(6))};
        p.metrics.hasPurchases = true;
        p.metrics.frequency = int(q.int64(7));
        p.metrics.monetary12m = q.int64(8);
        p.metrics.recencyDays = int(q.int64(9));
        states.insert(q.int64(0), p);
    }
    if (auto s = q.finished(context); !s)
        return s.error();
    return states;
}

Result<QStringList> SegmentationRepository::snapshotMonths() const
{
    QSqlQuery q = m_database.prepare(u"SELECT month FROM monthly_stats ORDER BY month"_s);
    if (!q.exec())
        return sqlError(q, tr("Listing months"));
    QStringList months;
    while (q.next())
        months.append(q.value(0).toString());
    return months;
}

Result<QDate> SegmentationRepository::lastRunDate() const
{
    QSqlQuery q = m_database.prepare(u"SELECT MAX(as_of) FROM customer_metrics"_s);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading the last segmentation date"));
    return sqlvalue::toDate(q.value(0));
}

Result<QList<SegmentationRepository::TierRow>> SegmentationRepository::tierTotals(const QString& month,
                                                                                  const QStringList& stores) const
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = m_database.prepare(
        u"SELECT tier, COUNT(*), SUM(monetary_12m_fen) FROM customer_snapshots WHERE month = :month"_s +
        filter.andIn(m_database.dialect(), u"customer_id"_s) + u" GROUP BY tier"_s);
    q.bindValue(u":month"_s, month);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Counting tiers"));
    QList<TierRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), 0});
    return rows;
}

Result<QList<SegmentationRepository::MigrationCell>> SegmentationRepository::migration(const QString& fromMonth,
                                                                                      const QString& toMonth,
                                                                                      const QStringList& stores) const
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = m_database.prepare(
        u"SELECT COALESCE(a.tier, ''), b.tier, COUNT(*), SUM(b.monetary_12m_fen) FROM customer_snapshots b "
        u"LEFT JOIN customer_snapshots a ON a.customer_id = b.customer_id AND a.month = :from "
        u"WHERE b.month = :to"_s +
        filter.andIn(m_database.dialect(), u"b.customer_id"_s) + u" GROUP BY 1, 2"_s);
    q.bindValue(u":from"_s, fromMonth);
    q.bindValue(u":to"_s, toMonth);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Computing the tier migration"));
    QList<MigrationCell> cells;
    while (q.next())
        cells.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return cells;
}

Result<QList<MonthStats>> SegmentationRepository::monthStats() const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT month, as_of, customers, buyers_12m, repeat_buyers_12m, orders_month, revenue_month_fen, "
        "revenue_12m_fen, new_customers, lost_customers, buyers_revenue_12m_fen FROM monthly_stats ORDER BY month"));
    if (!q.exec())
        return sqlError(q, tr("Reading monthly figures"));
    QList<MonthStats> all;
    while (q.next()) {
        MonthStats s;
        s.month = q.value(0).toString();
        s.asOf = sqlvalue::toDate(q.value(1));
        s.customers = q.value(2).toLongLong();
        s.buyers12m = q.value(3).toLongLong();
        s.repeatBuyers12m = q.value(4).toLongLong();
        s.ordersMonth = q.value(5).toLongLong();
        s.revenueMonth = q.value(6).toLongLong();
        s.revenue12m = q.value(7).toLongLong();
        s.newCustomers = q.value(8).toLongLong();
        s.lostCustomers = q.value(9).toLongLong();
        s.buyersRevenue12m = q.value(10).toLongLong();
        all.append(s);
    }
    return all;
}

namespace {
const QString kSegmentSelect = QStringLiteral(
    "SELECT c.id, c.name, c.phone, m.recency_days, m.frequency, m.frequency_12m, m.monetary_fen, m.monetary_12m_fen, "
    "m.average_order_fen, m.first_purchase, m.last_purchase, m.median_gap_days, m.r_score, m.f_score, m.m_score, "
    "m.segment_cn8, m.segment_scores, m.tier, m.tier_months_below, m.stage, m.value_at_stake_fen, "
    "m.previous_gap_days, m.clv_score, m.p_alive_percent, m.prev_tier, m.prev_monetary_12m_fen, m.prev_recency_days, "
    "m.prev_m_score, m.prev_f_score FROM customer_metrics m JOIN customers c ON c.id = m.customer_id ");

// Stored facts back into an Evaluation; the reasons are rendered from them in the reader's language.
SegmentationRepository::CustomerSegmentRow segmentFromRow(const QSqlQuery& q, const SegmentationConfig& config,
                                                          const RfmSegments::Averages& averages)
{
    SegmentationRepository::CustomerSegmentRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.phone = q.value(2).toString();
    Evaluation& e = r.evaluation;
    e.customerId = r.id;
    RfmMetrics& m = e.metrics;
    m.hasPurchases = !q.value(3).isNull();
    m.recencyDays = q.value(3).isNull() ? -1 : q.value(3).toInt();
    m.frequency = q.value(4).toInt();
    m.frequency12m = q.value(5).toInt();
    m.monetary = q.value(6).toLongLong();
    m.monetary12m = q.value(7).toLongLong();
    m.averageOrder = q.value(8).toLongLong();
    m.firstPurchase = sqlvalue::toDate(q.value(9));
    m.lastPurchase = sqlvalue::toDate(q.value(10));
    m.medianGapDays = q.value(11).isNull() ? -1 : q.value(11).toInt();
    e.scores = {q.value(12).toInt(), q.value(13).toInt(), q.value(14).toInt()};
    e.segmentCn8 = q.value(15).toString();
    e.segmentScores = q.value(16).toString();
    e.tier = q.value(17).toString();
    e.tierMonthsBelow = q.value(18).toInt();
    Lifecycle::fromKey(q.value(19).toString(), &e.stage);
    e.valueAtStake = q.value(20).toLongLong();
    m.previousGapDays = q.value(21).isNull() ? -1 : q.value(21).toInt();
    e.clvScore = q.value(22).toInt();
    e.pAlivePercent = q.value(23).toInt();
    e.previousTier = q.value(24).toString();
    e.hasPrevious = !e.previousTier.isEmpty();
    e.previousMetrics.hasPurchases = e.hasPrevious;
    e.previousMetrics.monetary12m = q.value(25).toLongLong();
    e.previousMetrics.recencyDays = q.value(26).toInt();
    e.previousScores.m = q.value(27).toInt();
    e.previousScores.f = q.value(28).toInt();
    e.atRiskAfterDays = config.lifecycle.atRiskAfter(m);
    Segmenter::explain(e, config, averages);
    return r;
}
} // namespace

Result<QList<SegmentationRepository::CustomerSegmentRow>>
SegmentationRepository::segmentRows(const QString& stage, int limit, const QStringList& stores) const
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = m_database.prepare(kSegmentSelect +
                                     u"WHERE (:stage = '' OR m.stage = :stage OR (:stage = 'at_risk' AND EXISTS "
                                     u"(SELECT 1 WHERE m.churn_risk = 1)))"_s +
                                     filter.andIn(m_database.dialect(), u"c.id"_s) +
                                     u" ORDER BY m.value_at_stake_fen DESC, c.id LIMIT :limit"_s);
    q.bindValue(u":stage"_s, sqlvalue::notNull(stage));
    q.bindValue(u":limit"_s, sqlvalue::limit(limit));
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Reading segmentation results"));
    auto averages = SegmentationSettings::loadAverages(m_database);
    if (!averages)
        return averages.error();
    auto config = SegmentationSettings::load(m_database);
    if (!config)
        return config.error();
    QList<CustomerSegmentRow> rows;
    while (q.next())
        rows.append(segmentFromRow(q, *config, *averages));
    return rows;
}

Result<std::optional<SegmentationRepository::CustomerSegmentRow>> SegmentationRepository::segmentRow(
    qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(kSegmentSelect + u"WHERE c.id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading segmentation results"));
    if (!q.next())
        return std::optional<CustomerSegmentRow>();
    auto averages = SegmentationSettings::loadAverages(m_database);
    if (!averages)
        return averages.error();
    auto config = SegmentationSettings::load(m_database);
    if (!config)
        return config.error();
    return std::optional<CustomerSegmentRow>(segmentFromRow(q, *config, *averages));
}

namespace {
QString idArray(const QList<qint64>& ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return u'[' + texts.join(u',') + u']';
}
} // namespace

Result<QHash<qint64, Evaluation>> SegmentationRepository::storedEvaluations(const QList<qint64>& customerIds) const
{
    QSqlQuery q = m_database.prepare(kSegmentSelect + u"WHERE c.id IN ("_s +
                                     m_database.dialect().idsFromJson(u"?"_s) + u")"_s);
    q.addBindValue(idArray(customerIds));
    if (!q.exec())
        return sqlError(q, tr("Reading segmentation results"));
    auto averages = SegmentationSettings::loadAverages(m_database);
    if (!averages)
        return averages.error();
    auto config = SegmentationSettings::load(m_database);
    if (!config)
        return config.error();
    QHash<qint64, Evaluation> rows;
    while (q.next()) {
        CustomerSegmentRow row = segmentFromRow(q, *config, *averages);
        rows.insert(row.id, std::move(row.evaluation));
    }
    return rows;
}

Status SegmentationRepository::dropSnapshots(const QString& month, const QList<qint64>& customerIds)
{
    QSqlQuery q = m_database.prepare(
        u"DELETE FROM customer_snapshots WHERE month = ? AND customer_id IN ("_s +
        m_database.dialect().idsFromJson(u"?"_s) + u")"_s);
    q.addBindValue(month);
    q.addBindValue(idArray(customerIds));
    return execQuery(q, tr("Replacing the %1 snapshot").arg(month));
}

} // namespace clientele::core::storage
