#include "Campaigns.h"

#include "FilterText.h"
#include "HoldoutDraw.h"

#include "../domain/Clock.h"
#include "../member/Coupons.h"
#include "../member/MemberBalances.h"
#include "../storage/CampaignRepository.h"
#include "../storage/CouponStore.h"
#include "../storage/CustomerQueries.h"
#include "../storage/Database.h"
#include "../storage/InteractionRepository.h"
#include "../storage/Transaction.h"
#include "../storage/WriteScope.h"
#include "../i18n/LocalDates.h"
#include "../security/Session.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::campaigns {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::campaigns::Campaigns", text);
}
} // namespace

Result<Campaign> Campaigns::find(const storage::Database& database, qint64 campaignId)
{
    auto found = storage::CampaignRepository(database).find(campaignId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(Error::Code::NotFound, tr("There is no campaign %1.").arg(campaignId));
    return **found;
}

Result<AudiencePreview> Campaigns::preview(const storage::Database& database, const QString& filterText,
                                           int holdoutPercent)
{
    auto filter = FilterText::parse(database, filterText);
    if (!filter)
        return filter.error();
    auto all = storage::CustomerQueries::ids(database, *filter, storage::CustomerSort::Id, false);
    if (!all)
        return all.error();
    storage::CustomerFilter reachable = *filter;
    reachable.marketableOnly = true;
    auto ids = storage::CustomerQueries::ids(database, reachable, storage::CustomerSort::Id, false);
    if (!ids)
        return ids.error();
    auto left = storage::CampaignRepository(database).leftOut(*all);
    if (!left)
        return left.error();
    AudiencePreview p;
    p.ids = *ids;
    p.noConsent = left->noConsent;
    p.erased = left->erased;
    p.holdout = HoldoutDraw::holdoutSize(p.ids.size(), holdoutPercent);
    return p;
}

QString Campaigns::leftOutText(const AudiencePreview& p)
{
    QStringList parts;
    if (p.noConsent > 0)
        parts.append(QCoreApplication::translate("clientele::core::campaigns::Campaigns", "%Ln left out: no marketing consent", nullptr, int(p.noConsent)));
    if (p.erased > 0)
        parts.append(QCoreApplication::translate("clientele::core::campaigns::Campaigns", "%Ln left out: erased", nullptr, int(p.erased)));
    return parts.join(u" · "_s);
}

QString Campaigns::nobodyReachedText(const AudiencePreview& p)
{
    if (p.noConsent > 0)
        return QCoreApplication::translate(
            "clientele::core::campaigns::Campaigns",
            "The filter matches %Ln customer(s), but none of them has marketing consent, so a campaign may not "
            "message them. Tick “May receive offers and campaign messages” on a customer's profile when they "
            "agree, or import customers with a marketing consent column (营销许可: 是/否, Y/N).",
            nullptr, int(p.noConsent));
    if (p.erased > 0)
        return QCoreApplication::translate("clientele::core::campaigns::Campaigns",
                                           "The filter matches only erased customers (%Ln); choose another audience.",
                                           nullptr, int(p.erased));
    return tr("The filter matches no customer; widen it (fewer conditions).");
}

Result<qint64> Campaigns::create(storage::Database& database, const NewCampaign& n)
{
    if (n.name.trimmed().isEmpty())
        return Error::make(Error::Code::Usage, tr("A campaign needs a name."));
    if (n.holdoutPercent < 0 || n.holdoutPercent > HoldoutDraw::kMaxPercent)
        return Error::make(Error::Code::Usage,
                           tr("The hold-out is a share from 0 to 50 percent, not %1.").arg(n.holdoutPercent));
    if (n.windowDays < 1 || n.windowDays > 365)
        return Error::make(Error::Code::Usage, tr("The results window is 1 to 365 days, not %1.").arg(n.windowDays));
    QString couponType = n.couponType.trimmed();
    if (!couponType.isEmpty()) {
        auto type = member::Coupons::findType(database, couponType);
        if (!type)
            return type.error();
        if (!*type)
            return Error::make(Error::Code::NotFound, tr("There is no coupon type “%1”.").arg(couponType));
        couponType = (*type)->name;
    }
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto preview = Campaigns::preview(database, n.filterText, n.holdoutPercent);
    if (!preview)
        return preview.error();
    if (preview->ids.isEmpty())
        return Error::make(Error::Code::InvalidData, nobodyReachedText(*preview));
    Campaign c;
    c.name = n.name.trimmed();
    c.filterText = n.filterText.trimmed();
    c.holdoutPercent = n.holdoutPercent;
    c.seed = n.seed ? *n.seed : HoldoutDraw::newSeed();
    c.message = n.message;
    c.couponType = couponType;
    c.windowDays = n.windowDays;
    const QSet<qint64> holdout = HoldoutDraw::draw(preview->ids, c.holdoutPercent, c.seed);
    QList<CampaignMember> members;
    members.reserve(preview->ids.size());
    for (const qint64 id : std::as_const(preview->ids))
        members.append({id, holdout.contains(id), QString(), QDate()});
    auto id = storage::CampaignRepository(database).create(c, members);
    if (!id)
        return id.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<QString> Campaigns::saveAudience(storage::Database& database, const QString& name,
                                       const storage::CustomerFilter& filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Code::Usage, tr("A saved audience needs a name."));
    auto text = FilterText::format(database, filter);
    if (!text)
        return text.error();
    if (auto s = storage::CampaignRepository(database).saveFilter(trimmed, *text); !s)
        return s.error();
    return *text;
}

QString Campaigns::holdoutWarning(qint64 audience, qint64 holdout)
{
    if (audience <= 0)
        return {};
    if (holdout <= 0)
        return tr("No hold-out: lift cannot be measured. Raise the hold-out share or widen the audience.");
    if (audience < kSmallAudience)
        return QCoreApplication::translate("clientele::core::campaigns::Campaigns",
                                           "Only %Ln customer(s): too few for the hold-out to show a reliable lift.",
                                           nullptr, int(audience));
    return {};
}

Result<CampaignMember> Campaigns::addMember(storage::Database& database, qint64 campaignId, qint64 customerId,
                                            const QString& reason)
{
    auto campaign = find(database, campaignId);
    if (!campaign)
        return campaign.error();
    storage::CampaignRepository repository(database);
    auto existing = repository.member(campaignId, customerId);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    auto ok = repository.marketable(customerId);
    if (!ok)
        return ok.error();
    if (!*ok)
        return Error::make(Error::Code::Conflict,
                           tr("Customer %1 gave no marketing consent or was erased; not added.").arg(customerId));
    const CampaignMember member{customerId, HoldoutDraw::joinsHoldout(customerId, campaign->holdoutPercent, campaign->seed),
                                reason, QDate()};
    if (auto added = repository.addMember(campaignId, member); !added)
        return added.error();
    return member;
}

Result<QList<MessageFields>> Campaigns::messageFields(const storage::Database& database, const QList<qint64>& ids,
                                                     const Campaign& campaign)
{
    storage::CampaignRepository repository(database);
    auto fields = repository.messageFields(ids);
    if (!fields)
        return fields.error();
    QHash<qint64, QString> codes;
    std::optional<CouponType> type;
    if (!campaign.couponType.isEmpty()) {
        if (campaign.id > 0) {
            auto issued = repository.couponCodes(campaign.id);
            if (!issued)
                return issued.error();
            codes = *issued;
        }
        auto found = member::Coupons::findType(database, campaign.couponType);
        if (!found)
            return found.error();
        type = *found;
    }
    for (auto& f : *fields) {
        auto points = member::MemberBalances::points(database, f.customerId);
        if (!points)
            return points.error();
        auto balance = member::MemberBalances::storedValue(database, f.customerId);
        if (!balance)
            return balance.error();
        f.points = *points;
        f.balanceFen = *balance;
        if (campaign.couponType.isEmpty())
            continue;
        f.couponCode = codes.value(f.customerId);
        if (!f.couponCode.isEmpty() || !type)
            continue;
        // Not issued yet: the code's shape while the customer can still get one; empty (and
        // flagged by the checks) for one who holds as many of the type as it allows.
        bool canGetOne = type->perCustomer == 0;
        if (!canGetOne) {
            auto held = storage::CouponStore::countHeld(database, type->id, f.customerId);
            if (!held)
                return held.error();
            canGetOne = *held < type->perCustomer;
        }
        if (canGetOne)
            f.couponCode = MessageTemplate::couponSample();
    }
    return fields;
}

namespace {
QList<qint64> contactedGroup(const QList<CampaignMember>& members)
{
    QList<qint64> ids;
    for (const auto& m : members)
        if (!m.holdout)
            ids.append(m.customerId);
    return ids;
}
} // namespace

Result<QList<RenderedMessage>> Campaigns::messages(const storage::Database& database, const Campaign& campaign)
{
    QList<qint64> group;
    if (campaign.id == 0) { // not saved yet: the group create() draws
        auto preview = Campaigns::preview(database, campaign.filterText, campaign.holdoutPercent);
        if (!preview)
            return preview.error();
        const QSet<qint64> holdout = HoldoutDraw::draw(preview->ids, campaign.holdoutPercent, campaign.seed);
        for (const qint64 id : std::as_const(preview->ids))
            if (!holdout.contains(id))
                group.append(id);
    } else {
        auto members = storage::CampaignRepository(database).members(campaign.id);
        if (!members)
            return members.error();
        group = contactedGroup(*members);
    }
    auto fields = messageFields(database, group, campaign);
    if (!fields)
        return fields.error();
    QList<RenderedMessage> out;
    out.reserve(fields->size());
    for (const auto& f : *fields)
        out.append(MessageTemplate::render(campaign.message, f));
    return out;
}

Result<QList<MessageCheck>> Campaigns::messageChecks(const storage::Database& database, const Campaign& campaign,
                                                     QTime sendAt)
{
    auto rendered = messages(database, campaign);
    if (!rendered)
        return rendered.error();
    return MessageChecks::run(campaign.message, *rendered, sendAt);
}

QString Campaigns::phoneProblem(const MessageFields& fields)
{
    if (fields.reachableByPhone())
        return {};
    return fields.phone.trimmed().isEmpty() ? tr("not reachable by phone (no number)")
                                            : tr("not reachable by phone (not a valid mobile number)");
}

QString Campaigns::noPhoneText(const ContactListSummary& summary)
{
    if (summary.noPhone == 0)
        return {};
    return QCoreApplication::translate("clientele::core::campaigns::Campaigns",
                                       "%n without a phone to call or text: their phone is left empty and the "
                                       "“Phone problem” column says why.",
                                       nullptr, int(summary.noPhone));
}

Result<ContactListSummary> Campaigns::exportCsv(storage::Database& database, qint64 campaignId, const QString& path,
                                                io::CsvWriter::Encoding encoding)
{
    // A file of names and full phone numbers leaving the app: an export, as the customer CSV is.
    // (Staff see the list on screen, numbers masked: Work Through.)
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    auto campaign = find(database, campaignId);
    if (!campaign)
        return campaign.error();
    if (auto issued = issueCoupons(database, *campaign, {}, Clock::today()); !issued)
        return issued.error();
    auto members = storage::CampaignRepository(database).members(campaignId);
    if (!members)
        return members.error();
    auto fields = messageFields(database, contactedGroup(*members), *campaign);
    if (!fields)
        return fields.error();
    io::CsvWriter writer(path, encoding);
    if (auto s = writer.open(); !s)
        return s.error();
    writer.writeRow({tr("Member code"), tr("Name"), tr("Phone"), tr("Phone problem"), tr("WeChat ID"), tr("Message")});
    ContactListSummary summary;
    for (const auto& f : *fields) {
        // The list feeds SMS tools and dialers: a number they cannot use stays out of the Phone column.
        const QString problem = phoneProblem(f);
        writer.writeRow({f.memberCode, f.name, problem.isEmpty() ? f.phone : QString(), problem, f.wechatId,
                         MessageTemplate::render(campaign->message, f).text});
        ++summary.rows;
        summary.noPhone += problem.isEmpty() ? 0 : 1;
    }
    if (auto s = writer.commit(); !s)
        return s.error();
    return summary;
}

Result<qsizetype> Campaigns::markContacted(storage::Database& database, qint64 campaignId,
                                           const QList<qint64>& customerIds, const QDate& date)
{
    auto campaign = find(database, campaignId);
    if (!campaign)
        return campaign.error();
    if (!date.isValid())
        return Error::make(Error::Code::Usage, tr("The contact date is not a valid date."));
    // A contact not made yet cannot be marked: a future date would also start the results window
    // in the future and credit the message with purchases it cannot have caused.
    if (date > Clock::today())
        return Error::make(Error::Code::Usage, tr("The contact date %1 is in the future; mark customers contacted "
                                                  "on the day the message was sent (today, %2, at the latest).")
                                                   .arg(i18n::LocalDates::shortDate(date),
                                                        i18n::LocalDates::shortDate(Clock::today())));
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::CampaignRepository repository(database);
    QList<qint64> ids = customerIds;
    if (ids.isEmpty()) {
        auto members = repository.members(campaignId);
        if (!members)
            return members.error();
        ids = contactedGroup(*members);
    }
    auto marked = repository.markContacted(campaignId, ids, date);
    if (!marked)
        return marked.error();
    if (!marked->isEmpty())
        if (auto issued = issueCoupons(database, *campaign, *marked, date); !issued)
            return issued.error();
    auto fields = messageFields(database, *marked, *campaign);
    if (!fields)
        return fields.error();
    storage::InteractionRepository interactions(database);
    const QDateTime at = date == Clock::today() ? Clock::nowUtc() : QDateTime(date, QTime(12, 0)).toUTC();
    for (const auto& f : *fields) {
        storage::Interaction i;
        i.customerId = f.customerId;
        i.kind = storage::Interaction::Kind::Message;
        i.occurredAt = at;
        i.summary = tr("Campaign “%1”: %2").arg(campaign->name, MessageTemplate::render(campaign->message, f).text);
        if (auto added = interactions.add(i); !added)
            return added.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return marked->size();
}

Result<qsizetype> Campaigns::issueCoupons(storage::Database& database, const Campaign& campaign,
                                          const QList<qint64>& customerIds, const QDate& day)
{
    if (campaign.couponType.isEmpty())
        return qsizetype(0);
    storage::CampaignRepository repository(database);
    auto members = repository.members(campaign.id);
    if (!members)
        return members.error();
    auto held = repository.couponCodes(campaign.id);
    if (!held)
        return held.error();
    const QSet<qint64> asked(customerIds.cbegin(), customerIds.cend());
    QList<qint64> ids;
    for (const qint64 id : contactedGroup(*members))
        if (!held->contains(id) && (asked.isEmpty() || asked.contains(id)))
            ids.append(id);
    if (ids.isEmpty())
        return qsizetype(0);
    auto type = member::Coupons::findType(database, campaign.couponType);
    if (!type)
        return type.error();
    if (!*type)
        return Error::make(Error::Code::NotFound,
                           tr("The campaign's coupon type “%1” no longer exists; no coupons were issued.")
                               .arg(campaign.couponType));
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto issued = member::Coupons::issue(database, (*type)->id, ids, day.isValid() ? day : Clock::today());
    if (!issued)
        return issued.error();
    for (const auto& coupon : std::as_const(issued->coupons))
        if (auto linked = repository.linkCoupon(campaign.id, coupon.customerId, coupon.code); !linked)
            return linked.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return issued->coupons.size();
}

} // namespace clientele::core::campaigns
