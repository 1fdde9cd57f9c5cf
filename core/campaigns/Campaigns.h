#pragma once

#include "Campaign.h"
#include "MessageTemplate.h"

#include "../domain/Result.h"
#include "../io/CsvWriter.h"

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::campaigns {

// Who a filter reaches: marketable customers (consent given, not erased) and those left out.
struct AudiencePreview
{
    QList<qint64> ids;     // the audience, by id
    qint64 noConsent = 0;  // matched the filter, no marketing consent
    qint64 erased = 0;     // matched the filter, erased
    qint64 holdout = 0;    // the hold-out's size at the asked share
};

struct NewCampaign
{
    QString name;
    QString filterText;
    int holdoutPercent = 10;
    std::optional<std::uint64_t> seed; // none: a fresh one, recorded
    QString message;
    QString couponType;
    int windowDays = 14;
};

// Campaigns: audience, hold-out, messages, export and contact marks. Writes run in a transaction.
class Campaigns
{
public:
    static Result<AudiencePreview> preview(const storage::Database& database, const QString& filterText,
                                           int holdoutPercent);
    // "38 left out: no marketing consent · 2 erased" (empty when nobody is left out), translated.
    static QString leftOutText(const AudiencePreview& preview);

    static Result<qint64> create(storage::Database& database, const NewCampaign& campaign);

    // Adds one customer to a campaign's audience (automation rules: "add to a campaign audience").
    // Refuses customers without marketing consent or erased (Error::Code::Conflict); draws the
    // group with HoldoutDraw::joinsHoldout from the campaign's seed and share. A customer already
    // in the campaign keeps their group. Returns the member as stored.
    static Result<CampaignMember> addMember(storage::Database& database, qint64 campaignId, qint64 customerId,
                                            const QString& reason);

    // The message for each contacted-group member, by customer id.
    static Result<QList<RenderedMessage>> messages(const storage::Database& database, const Campaign& campaign);
    // The contact list of the contacted group (member code, name, phone, WeChat ID, message).
    static Status exportCsv(const storage::Database& database, qint64 campaignId, const QString& path,
                            io::CsvWriter::Encoding encoding);
    // Marks contacted-group members contacted on `date` (all of them when `customerIds` is empty)
    // and logs a message interaction on each one's timeline. Returns how many were newly marked.
    static Result<qsizetype> markContacted(storage::Database& database, qint64 campaignId,
                                           const QList<qint64>& customerIds, const QDate& date);

    // Where the coupon of the campaign (couponType) is issued to the contacted group. Coupons are
    // built elsewhere (core/member/Coupons); until the merge wires them in here this does nothing
    // and says so (returns 0 issued).
    static Result<qsizetype> issueCoupons(storage::Database& database, const Campaign& campaign);

    static Result<Campaign> find(const storage::Database& database, qint64 campaignId);
};

} // namespace clientele::core::campaigns
