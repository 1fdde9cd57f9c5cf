#include "CampaignRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CampaignRepository", text);
}

QString idsJson(const QList<qint64>& ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (const qint64 id : ids)
        text.append(QString::number(id));
    return u'[' + text.join(u',') + u']';
}

const QString kCampaignColumns =
    u"c.id, c.name, c.filter_text, c.holdout_percent, c.seed, c.message, c.coupon_type, c.window_days, "
    u"c.created_at, c.contacted_on, "
    u"(SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.member_group = 'contacted'), "
    u"(SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.member_group = 'holdout'), "
    u"(SELECT COUNT(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.member_group = 'contacted' "
    u"AND m.contacted_on IS NOT NULL)"_s;

campaigns::Campaign campaignFrom(const QSqlQuery& q)
{
    campaigns::Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.filterText = q.value(2).toString();
    c.holdoutPercent = q.value(3).toInt();
    c.seed = std::uint64_t(q.value(4).toLongLong()); // stored bit for bit in a signed 64-bit column
    c.message = q.value(5).toString();
    c.couponType = q.value(6).toString();
    c.windowDays = q.value(7).toInt();
    c.createdAt = q.value(8).toString();
    c.contactedOn = sqlvalue::toDate(q.value(9));
    c.contacted = q.value(10).toLongLong();
    c.holdout = q.value(11).toLongLong();
    c.marked = q.value(12).toLongLong();
    return c;
}

Status insertMember(const Database& database, qint64 campaignId, const campaigns::CampaignMember& m, bool orIgnore,
                    bool* inserted = nullptr)
{
    QSqlQuery q = database.prepare(
        u"INSERT INTO campaign_members (campaign_id, customer_id, member_group, reason) VALUES (?, ?, ?, ?)"_s +
        (orIgnore ? u" ON CONFLICT DO NOTHING"_s : QString()));
    q.addBindValue(campaignId);
    q.addBindValue(m.customerId);
    q.addBindValue(m.holdout ? u"holdout"_s : u"contacted"_s);
    q.addBindValue(sqlvalue::notNull(m.reason));
    if (auto s = execQuery(q, tr("Adding a campaign member")); !s)
        return s;
    if (inserted)
        *inserted = q.numRowsAffected() > 0;
    return {};
}
} // namespace

Result<qint64> CampaignRepository::create(const campaigns::Campaign& c, const QList<campaigns::CampaignMember>& members)
{
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO campaigns (name, filter_text, holdout_percent, seed, message, coupon_type, window_days, "
        u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.name);
    q.addBindValue(sqlvalue::notNull(c.filterText));
    q.addBindValue(c.holdoutPercent);
    q.addBindValue(qint64(c.seed));
    q.addBindValue(sqlvalue::notNull(c.message));
    q.addBindValue(sqlvalue::notNull(c.couponType));
    q.addBindValue(c.windowDays);
    q.addBindValue(sqlvalue::now());
    if (auto s = execQuery(q, tr("Saving the campaign")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    for (const auto& m : members)
        if (auto s = insertMember(m_database, id, m, false); !s)
            return s.error();
    return id;
}

Result<QList<campaigns::Campaign>> CampaignRepository::list() const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + kCampaignColumns + u" FROM campaigns c ORDER BY c.id DESC"_s);
    if (auto s = execQuery(q, tr("Listing campaigns")); !s)
        return s.error();
    QList<campaigns::Campaign> out;
    while (q.next())
        out.append(campaignFrom(q));
    return out;
}

Result<QList<campaigns::Campaign>> CampaignRepository::madeInMonth(const QString& month) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + kCampaignColumns +
                                     u" FROM campaigns c WHERE substr(c.created_at, 1, 7) = ? ORDER BY c.id"_s);
    q.addBindValue(month);
    if (auto s = execQuery(q, tr("Listing campaigns")); !s)
        return s.error();
    QList<campaigns::Campaign> out;
    while (q.next())
        out.append(campaignFrom(q));
    return out;
}

Result<std::optional<campaigns::Campaign>> CampaignRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + kCampaignColumns + u" FROM campaigns c WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (auto s = execQuery(q, tr("Reading the campaign")); !s)
        return s.error();
    if (!q.next())
        return std::optional<campaigns::Campaign>();
    return std::optional<campaigns::Campaign>(campaignFrom(q));
}

Result<QList<campaigns::CampaignMember>> CampaignRepository::members(qint64 campaignId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT customer_id, member_group, reason, contacted_on FROM campaign_members "
                                     u"WHERE campaign_id = ? ORDER BY customer_id"_s);
    q.addBindValue(campaignId);
    if (auto s = execQuery(q, tr("Reading campaign members")); !s)
        return s.error();
    QList<campaigns::CampaignMember> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString() == u"holdout", q.value(2).toString(),
                    sqlvalue::toDate(q.value(3))});
    return out;
}

Result<std::optional<campaigns::CampaignMember>> CampaignRepository::member(qint64 campaignId, qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT customer_id, member_group, reason, contacted_on FROM campaign_members "
                                     u"WHERE campaign_id = ? AND customer_id = ?"_s);
    q.addBindValue(campaignId);
    q.addBindValue(customerId);
    if (auto s = execQuery(q, tr("Reading campaign members")); !s)
        return s.error();
    if (!q.next())
        return std::optional<campaigns::CampaignMember>();
    return std::optional<campaigns::CampaignMember>(campaigns::CampaignMember{
        q.value(0).toLongLong(), q.value(1).toString() == u"holdout", q.value(2).toString(), sqlvalue::toDate(q.value(3))});
}

Result<bool> CampaignRepository::addMember(qint64 campaignId, const campaigns::CampaignMember& member)
{
    bool inserted = false;
    if (auto s = insertMember(m_database, campaignId, member, true, &inserted); !s)
        return s.error();
    return inserted;
}

Result<QList<qint64>> CampaignRepository::markContacted(qint64 campaignId, const QList<qint64>& customerIds,
                                                        const QDate& date)
{
    QSqlQuery pick = m_database.prepare(
        u"SELECT customer_id FROM campaign_members WHERE campaign_id = ? AND member_group = 'contacted' "
        u"AND contacted_on IS NULL AND customer_id IN ("_s + m_database.dialect().idsFromJson(u"?"_s) + u") ORDER BY customer_id"_s);
    pick.addBindValue(campaignId);
    pick.addBindValue(idsJson(customerIds));
    if (auto s = execQuery(pick, tr("Marking contacts")); !s)
        return s.error();
    QList<qint64> marked;
    while (pick.next())
        marked.append(pick.value(0).toLongLong());
    QSqlQuery q = m_database.prepare(
        u"UPDATE campaign_members SET contacted_on = ? WHERE campaign_id = ? AND member_group = 'contacted' "
        u"AND contacted_on IS NULL AND customer_id IN ("_s + m_database.dialect().idsFromJson(u"?"_s) + u')');
    q.addBindValue(sqlvalue::date(date));
    q.addBindValue(campaignId);
    q.addBindValue(idsJson(marked));
    if (auto s = execQuery(q, tr("Marking contacts")); !s)
        return s.error();
    if (marked.isEmpty())
        return marked;
    // The campaign's contact date is its earliest contact.
    QSqlQuery c = m_database.prepare(
        u"UPDATE campaigns SET contacted_on = ? WHERE id = ? AND (contacted_on IS NULL OR contacted_on > ?)"_s);
    c.addBindValue(sqlvalue::date(date));
    c.addBindValue(campaignId);
    c.addBindValue(sqlvalue::date(date));
    if (auto s = execQuery(c, tr("Marking contacts")); !s)
        return s.error();
    return marked;
}

Result<QList<CampaignRepository::MemberPurchases>> CampaignRepository::purchases(qint64 campaignId, const QDate& from,
                                                                                const QDate& to) const
{
    // A purchase is an order with a positive amount (refunds are negative; report::Figures).
    QSqlQuery q = m_database.prepare(
        u"SELECT m.customer_id, m.member_group, COUNT(o.id), COALESCE(SUM(o.amount_fen), 0) "
        u"FROM campaign_members m LEFT JOIN orders o ON o.customer_id = m.customer_id AND o.amount_fen > 0 "
        u"AND o.order_date >= ? AND o.order_date <= ? WHERE m.campaign_id = ? "
        u"GROUP BY m.customer_id, m.member_group ORDER BY m.customer_id"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    q.addBindValue(campaignId);
    if (auto s = execQuery(q, tr("Reading purchases after the campaign")); !s)
        return s.error();
    QList<MemberPurchases> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString() == u"holdout", q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

Result<QList<campaigns::MessageFields>> CampaignRepository::messageFields(const QList<qint64>& customerIds) const
{
    QSqlQuery q = m_database.prepare(
        u"SELECT c.id, c.name, COALESCE(c.phone, ''), COALESCE(m.tier, ''), c.birthday, "
        u"COALESCE((SELECT s.name FROM stores s WHERE s.code = c.home_store), ''), COALESCE(c.member_code, ''), "
        u"COALESCE(c.wechat_id, ''), c.phone_valid "
        u"FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id "
        u"WHERE c.id IN ("_s + m_database.dialect().idsFromJson(u"?"_s) + u") ORDER BY c.id"_s);
    q.addBindValue(idsJson(customerIds));
    if (auto s = execQuery(q, tr("Reading customers for the message")); !s)
        return s.error();
    QList<campaigns::MessageFields> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    sqlvalue::toDate(q.value(4)), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toBool(), std::nullopt, std::nullopt, QString()}); // member figures and coupon: Campaigns::messageFields
    return out;
}

Result<CampaignRepository::LeftOut> CampaignRepository::leftOut(const QList<qint64>& customerIds) const
{
    QSqlQuery q = m_database.prepare(
        u"SELECT COALESCE(SUM(CASE WHEN erased_at IS NULL AND marketing_consent = 0 THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN erased_at IS NOT NULL THEN 1 ELSE 0 END), 0) FROM customers WHERE id IN ("_s +
        m_database.dialect().idsFromJson(u"?"_s) + u')');
    q.addBindValue(idsJson(customerIds));
    if (auto s = execQuery(q, tr("Counting customers left out")); !s)
        return s.error();
    if (!q.next())
        return sqlError(q, tr("Counting customers left out"));
    return LeftOut{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<bool> CampaignRepository::marketable(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(
        u"SELECT COUNT(*) FROM customers WHERE id = ? AND marketing_consent = 1 AND erased_at IS NULL"_s);
    q.addBindValue(customerId);
    if (auto s = execQuery(q, tr("Reading the customer")); !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QHash<qint64, QString>> CampaignRepository::couponCodes(qint64 campaignId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT cc.customer_id, c.code FROM campaign_coupons cc "
                                     u"JOIN coupons c ON c.id = cc.coupon_id WHERE cc.campaign_id = ?"_s);
    q.addBindValue(campaignId);
    if (auto s = execQuery(q, tr("Reading the campaign's coupons")); !s)
        return s.error();
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<bool> CampaignRepository::linkCoupon(qint64 campaignId, qint64 customerId, const QString& code)
{
    QSqlQuery q = m_database.prepare(u"INSERT INTO campaign_coupons (campaign_id, customer_id, coupon_id) "
                                     u"SELECT ?, ?, id FROM coupons WHERE code = ? AND customer_id = ? "
                                     u"ON CONFLICT (campaign_id, customer_id) DO NOTHING"_s);
    q.addBindValue(campaignId);
    q.addBindValue(customerId);
    q.addBindValue(code);
    q.addBindValue(customerId);
    if (auto s = execQuery(q, tr("Recording the campaign's coupon")); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Status CampaignRepository::saveFilter(const QString& name, const QString& filterText)
{
    QSqlQuery q = m_database.prepare(u"INSERT INTO saved_filters (name, filter_text, updated_at) VALUES (?, ?, ?) "
                                     u"ON CONFLICT (name) DO UPDATE SET filter_text = excluded.filter_text, "
                                     u"updated_at = excluded.updated_at"_s);
    q.addBindValue(name);
    q.addBindValue(sqlvalue::notNull(filterText));
    q.addBindValue(sqlvalue::now());
    return execQuery(q, tr("Saving the filter"));
}

Result<QList<std::pair<QString, QString>>> CampaignRepository::savedFilters() const
{
    QSqlQuery q = m_database.prepare(u"SELECT name, filter_text FROM saved_filters ORDER BY name"_s);
    if (auto s = execQuery(q, tr("Reading saved filters")); !s)
        return s.error();
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Status CampaignRepository::removeFilter(const QString& name)
{
    QSqlQuery q = m_database.prepare(u"DELETE FROM saved_filters WHERE name = ?"_s);
    q.addBindValue(name);
    return execQuery(q, tr("Removing the filter"));
}

} // namespace clientele::core::storage
