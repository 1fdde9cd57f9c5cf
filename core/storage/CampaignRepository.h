#pragma once

#include "../campaigns/Campaign.h"
#include "../campaigns/MessageTemplate.h"
#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace clientele::core::storage {

class Database;

// Campaigns, their members and the list's saved filters (schema v14). All SQL of campaigns.
class CampaignRepository
{
public:
    explicit CampaignRepository(const Database& database) : m_database(database) {}

    // Inserts the campaign and its members (caller holds the transaction).
    Result<qint64> create(const campaigns::Campaign& campaign, const QList<campaigns::CampaignMember>& members);
    Result<QList<campaigns::Campaign>> list() const; // newest first, with member counts
    Result<std::optional<campaigns::Campaign>> find(qint64 id) const;
    Result<QList<campaigns::CampaignMember>> members(qint64 campaignId) const; // by customer id
    // Adds one member; returns false when the customer is a member already (nothing changed).
    Result<bool> addMember(qint64 campaignId, const campaigns::CampaignMember& member);
    Result<std::optional<campaigns::CampaignMember>> member(qint64 campaignId, qint64 customerId) const;
    // Marks contacted-group members contacted on `date` (those not marked yet); the campaign's
    // contact date becomes the earliest contact. Returns the ids newly marked.
    Result<QList<qint64>> markContacted(qint64 campaignId, const QList<qint64>& customerIds, const QDate& date);
    // Campaigns made in a month (YYYY-MM), for the monthly report.
    Result<QList<campaigns::Campaign>> madeInMonth(const QString& month) const;

    // Purchases (orders with a positive amount) of every member dated from..to (both included):
    // one row per member, buyers or not.
    struct MemberPurchases
    {
        qint64 customerId = 0;
        bool holdout = false;
        qint64 purchases = 0;
        Fen revenue = 0;
    };
    Result<QList<MemberPurchases>> purchases(qint64 campaignId, const QDate& from, const QDate& to) const;

    // What the message may say about these customers.
    Result<QList<campaigns::MessageFields>> messageFields(const QList<qint64>& customerIds) const;
    // Of these customers, how many are erased and how many (not erased) gave no marketing consent.
    struct LeftOut
    {
        qint64 noConsent = 0;
        qint64 erased = 0;
    };
    Result<LeftOut> leftOut(const QList<qint64>& customerIds) const;
    // Whether one customer may receive marketing (consent given, not erased, exists).
    Result<bool> marketable(qint64 customerId) const;

    // Coupons the campaign gave (schema v15): customer id → coupon code.
    Result<QHash<qint64, QString>> couponCodes(qint64 campaignId) const;
    // Records that coupon `code` is the campaign's coupon for this customer (caller holds the
    // transaction); false when the customer has one already (nothing changed).
    Result<bool> linkCoupon(qint64 campaignId, qint64 customerId, const QString& code);

    // Saved filters of the customer list, by name (FilterText).
    Status saveFilter(const QString& name, const QString& filterText);
    Result<QList<std::pair<QString, QString>>> savedFilters() const; // name, text; by name
    Status removeFilter(const QString& name);

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
