#pragma once

#include "Campaign.h"
#include "MessageChecks.h"
#include "MessageTemplate.h"

#include "../domain/Result.h"
#include "../io/CsvWriter.h"
#include "../storage/CustomerQueries.h"

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

// What Campaigns::exportCsv wrote.
struct ContactListSummary
{
    qsizetype rows = 0;    // contacted-group members listed
    qsizetype noPhone = 0; // of them: phone left empty, the "Phone problem" column says why
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
    // Why a campaign cannot start when the audience is empty, and what to do about it (translated):
    // nobody has marketing consent (record it on the profile or import it), only erased customers,
    // or nobody matches the filter.
    static QString nobodyReachedText(const AudiencePreview& preview);

    static Result<qint64> create(storage::Database& database, const NewCampaign& campaign);

    // Below this many customers a hold-out tells little (and a small share of it may be nobody).
    static constexpr qint64 kSmallAudience = 20;
    // The warning for a split that cannot measure a lift (translated), empty when it can: the
    // hold-out is empty — "no hold-out: lift cannot be measured" — or the audience is under
    // kSmallAudience. The create dialog, `campaign create` and the campaign page show it.
    static QString holdoutWarning(qint64 audience, qint64 holdout);

    // Adds one customer to a campaign's audience (automation rules: "add to a campaign audience").
    // Refuses customers without marketing consent or erased (Error::Code::Conflict); draws the
    // group with HoldoutDraw::joinsHoldout from the campaign's seed and share. A customer already
    // in the campaign keeps their group. Returns the member as stored.
    static Result<CampaignMember> addMember(storage::Database& database, qint64 campaignId, qint64 customerId,
                                            const QString& reason);

    // What the message may say about these customers (by id): the stored fields, the member
    // program's figures (MemberBalances) and, when the campaign has a coupon type, each one's
    // campaign coupon code — MessageTemplate::couponSample() until it is issued, empty for one
    // who holds as many coupons of the type as it allows. `campaign` may be one not saved yet
    // (id 0: the create dialog's preview).
    static Result<QList<MessageFields>> messageFields(const storage::Database& database, const QList<qint64>& ids,
                                                      const Campaign& campaign);
    // The message for each contacted-group member, by customer id. For a campaign not saved yet
    // (id 0: the create dialog) the contacted group is the one create() will draw: the filter's
    // audience less the hold-out its share and seed draw.
    static Result<QList<RenderedMessage>> messages(const storage::Database& database, const Campaign& campaign);
    // The message's checks (MessageChecks::run) over every contacted-group member's message, so a
    // count such as "{coupon} is empty for N customers" is over the whole group. The create dialog,
    // the export and `campaign export` all ask this, so they say the same numbers.
    static Result<QList<MessageCheck>> messageChecks(const storage::Database& database, const Campaign& campaign,
                                                     QTime sendAt);
    // Why a message cannot reach this customer by phone (MessageFields::reachableByPhone), in the
    // words the Work Through dialog and the contact list's "Phone problem" column both use
    // (translated): "not reachable by phone (no number)" or "... (not a valid mobile number)".
    // Empty when the phone can be called or texted.
    static QString phoneProblem(const MessageFields& fields);

    // The contact list of the contacted group (member code, name, phone, phone problem, WeChat ID,
    // message). A phone that cannot be called or texted is left empty, so an SMS tool reading the
    // list never gets it, and phoneProblem says why. The list is how the message leaves the app,
    // so the campaign's coupons are issued first (issueCoupons, today) and each message carries its
    // member's code. Needs Permission::Export (Forbidden for staff).
    static Result<ContactListSummary> exportCsv(storage::Database& database, qint64 campaignId, const QString& path,
                                                io::CsvWriter::Encoding encoding);
    // "%n without a phone to call or text (the Phone problem column says why)", translated; empty
    // when every listed member has one. The campaign page and `campaign export` say it.
    static QString noPhoneText(const ContactListSummary& summary);
    // Marks contacted-group members contacted on `date` (all of them when `customerIds` is empty),
    // issues the campaign's coupon to those who have none yet (on `date`) and logs a message
    // interaction on each one's timeline. Returns how many were newly marked. A date after
    // Clock::today() is refused (Error::Code::Usage).
    static Result<qsizetype> markContacted(storage::Database& database, qint64 campaignId,
                                           const QList<qint64>& customerIds, const QDate& date);

    // Issues one coupon of the campaign's coupon type (member::Coupons) to each contacted-group
    // member in `customerIds` (all of them when empty) who has no coupon from this campaign yet;
    // never to the hold-out, never twice (campaign_coupons). A member who already holds as many
    // coupons of the type as it allows gets none. Returns how many were issued; 0 when the
    // campaign has no coupon type. Works inside a caller's transaction.
    static Result<qsizetype> issueCoupons(storage::Database& database, const Campaign& campaign,
                                          const QList<qint64>& customerIds = {}, const QDate& day = {});

    static Result<Campaign> find(const storage::Database& database, qint64 campaignId);

    // Saves the customer list's filter under `name` as an audience a new campaign offers (a saved
    // filter of that name is replaced). Refuses an empty name and the parts a filter text cannot
    // say (FilterText::format). Returns the filter text saved.
    static Result<QString> saveAudience(storage::Database& database, const QString& name,
                                        const storage::CustomerFilter& filter);
};

} // namespace clientele::core::campaigns
