// The table of actions: each applies to one customer, inside the run's transaction.
#include "Registry.h"

#include "../campaigns/Campaigns.h"
#include "../member/Coupons.h"
#include "../storage/CustomerRepository.h"
#include "../storage/FollowUpRepository.h"
#include "Why.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::automation::Registry", text);
}

// The event's why plus the rule's own words (placeholders filled when read).
QJsonObject followUpFacts(const Firing& f, const QJsonObject& params)
{
    return Why::withRuleWords(f.event.why, params);
}

Result<bool> followUp(ActionContext& ctx, const Firing& f, const QJsonObject& params)
{
    const QJsonObject facts = followUpFacts(f, params);
    const QString name = f.customerName;
    care::CareTask task{f.event.customerId, f.dueOn.isValid() ? f.dueOn : f.event.day, Why::title(facts, name),
                        Why::reason(facts), ctx.origin, ctx.dedupeKey, facts};
    return storage::FollowUpRepository(ctx.database).insertIfNew(task);
}

QString tagOf(const QJsonObject& params)
{
    return params.value(u"tag"_s).toString().trimmed();
}

Result<bool> addTag(ActionContext& ctx, const Firing& f, const QJsonObject& params)
{
    const QString tag = tagOf(params);
    if (tag.isEmpty())
        return Error::make(Error::Code::InvalidData, tr("The rule names no tag."));
    storage::CustomerRepository customers(ctx.database);
    auto tags = customers.tags(f.event.customerId);
    if (!tags)
        return tags.error();
    if (tags->contains(tag))
        return false;
    if (auto s = customers.addTags(f.event.customerId, {tag}); !s)
        return s.error();
    return true;
}

Result<bool> removeTag(ActionContext& ctx, const Firing& f, const QJsonObject& params)
{
    const QString tag = tagOf(params);
    if (tag.isEmpty())
        return Error::make(Error::Code::InvalidData, tr("The rule names no tag."));
    storage::CustomerRepository customers(ctx.database);
    auto tags = customers.tags(f.event.customerId);
    if (!tags)
        return tags.error();
    if (!tags->contains(tag))
        return false;
    if (auto s = customers.removeTag(f.event.customerId, tag); !s)
        return s.error();
    return true;
}

// A coupon of the rule's type to this customer (a coupon is not a message: consent not needed);
// one the customer may not hold more of (the type's limit) is not an error, just nothing done.
Result<bool> issueCoupon(ActionContext& ctx, const Firing& f, const QJsonObject& params)
{
    const QString type = params.value(u"coupon_type"_s).toVariant().toString().trimmed();
    auto found = member::Coupons::findType(ctx.database, type);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::InvalidData, tr("No coupon type %1.").arg(type));
    auto issued = member::Coupons::issue(ctx.database, (*found)->id, {f.event.customerId}, f.event.day);
    if (!issued)
        return issued.error();
    return !issued->coupons.isEmpty();
}

// Into a campaign's audience (its hold-out drawn as for everyone); customers without marketing
// consent are refused by the campaign: nothing done, not an error.
Result<bool> addToCampaign(ActionContext& ctx, const Firing& f, const QJsonObject& params)
{
    const qint64 campaign = params.value(u"campaign_id"_s).toInteger();
    auto added = campaigns::Campaigns::addMember(ctx.database, campaign, f.event.customerId, ctx.origin);
    if (!added)
        return added.error().code == Error::Code::Conflict ? Result<bool>(false) : Result<bool>(added.error());
    return true;
}

} // namespace

QList<ActionKind> actionTable()
{
    return {
        {u"follow_up"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Create a follow-up"),
         {{u"title"_s, QString()}, {u"message"_s, QString()}}, followUp,
         [](const QJsonObject& params, const Firing& f) {
             const QJsonObject facts = followUpFacts(f, params);
             return tr("Follow-up due %1: %2")
                 .arg(Why::date(f.dueOn.isValid() ? f.dueOn : f.event.day),
                      Why::title(facts, f.customerName));
         },
         true},
        {u"add_tag"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Add a tag"), {{u"tag"_s, QString()}},
         addTag, [](const QJsonObject& params, const Firing&) { return tr("Add the tag %1").arg(tagOf(params)); }, false},
        {u"remove_tag"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Remove a tag"),
         {{u"tag"_s, QString()}}, removeTag,
         [](const QJsonObject& params, const Firing&) { return tr("Remove the tag %1").arg(tagOf(params)); }, false},
        {u"issue_coupon"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Issue a coupon"),
         {{u"coupon_type"_s, QString()}}, issueCoupon,
         [](const QJsonObject& params, const Firing&) {
             return tr("Issue a coupon of type %1").arg(params.value(u"coupon_type"_s).toVariant().toString());
         },
         false},
        {u"add_to_campaign"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Add to a campaign audience"),
         {{u"campaign_id"_s, 0}}, addToCampaign,
         [](const QJsonObject& params, const Firing&) {
             return tr("Add to campaign #%1").arg(params.value(u"campaign_id"_s).toInteger());
         },
         false},
    };
}

} // namespace clientele::core::automation
