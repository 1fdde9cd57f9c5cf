// The parameters of each trigger, condition and action kind (Registry's tables), for editors.
#include "ParamSpecs.h"

#include "../campaigns/Campaign.h"
#include "../segmentation/Lifecycle.h"
#include "../segmentation/RfmSegments.h"
#include "../segmentation/SegmentationSettings.h"
#include "../segmentation/Segmenter.h"
#include "../segmentation/TierRules.h"
#include "../service/Ticket.h"
#include "../service/Tickets.h"
#include "../storage/CampaignRepository.h"
#include "../storage/CouponStore.h"
#include "../storage/StoreRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::automation::ParamSpecs", text);
}

using T = ParamSpec::Type;
} // namespace

QList<ParamSpec> ParamSpecs::ofTrigger(const QString& kind)
{
    if (kind == u"birthday" || kind == u"points_expiring")
        return {{u"days_ahead"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Days ahead"), T::Days}};
    if (kind == u"first_purchase" || kind == u"survey_detractor")
        return {{u"days_after"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Days after"), T::Days}};
    if (kind == u"stage_changed")
        return {
            {u"to"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "New stage"), T::Choice,
             OptionSource::Stages},
            {u"early_by_model"_s,
             QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Also when the purchase model sees it early"),
             T::Bool}};
    if (kind == u"tier_changed")
        return {{u"direction"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Direction"), T::Choice,
                 OptionSource::TierDirections}};
    if (kind == u"no_purchase" || kind == u"stored_value_unused")
        return {{u"days"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Days"), T::Days}};
    if (kind == u"p_alive_below")
        return {{u"below"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Chance below"), T::Percent}};
    if (kind == u"repurchase_due")
        return {
            {u"min_intervals"_s,
             QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Repeat purchases needed to know the time"),
             T::Count}};
    if (kind == u"holiday")
        return {{u"days_ahead"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Days ahead"), T::Days},
                {u"holidays"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Holidays"), T::Holidays}};
    if (kind == u"ticket_overdue")
        return {{u"priority"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Priority"), T::Choice,
                 OptionSource::TicketPriorities}};
    return {};
}

QList<ParamSpec> ParamSpecs::ofCondition(const QString& kind)
{
    if (kind == u"tier")
        return {{u"in"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Is one of"), T::ChoiceList,
                 OptionSource::Tiers}};
    if (kind == u"segment")
        return {{u"in"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Is one of"), T::ChoiceList,
                 OptionSource::Segments}};
    if (kind == u"store")
        return {{u"in"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Is one of"), T::ChoiceList,
                 OptionSource::Stores}};
    if (kind == u"tags")
        return {{u"any"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Has one of"), T::TextList},
                {u"none"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Has none of"), T::TextList}};
    if (kind == u"city")
        return {{u"in"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Is one of"), T::TextList}};
    if (kind == u"spend" || kind == u"predicted_value")
        return {{u"min_fen"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "At least"), T::Money},
                {u"max_fen"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "At most"), T::Money}};
    return {};
}

QList<ParamSpec> ParamSpecs::ofAction(const QString& kind)
{
    if (kind == u"follow_up")
        return {{u"title"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Title"), T::Text},
                {u"message"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Message"), T::Text}};
    if (kind == u"add_tag" || kind == u"remove_tag")
        return {{u"tag"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Tag"), T::Text}};
    if (kind == u"issue_coupon")
        return {{u"coupon_type"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Coupon type"),
                 T::Choice, OptionSource::CouponTypes}};
    if (kind == u"add_to_campaign")
        return {{u"campaign_id"_s, QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", "Campaign"), T::Choice,
                 OptionSource::Campaigns}};
    return {};
}

QString ParamSpecs::label(const ParamSpec& spec)
{
    return tr(spec.label);
}

Result<QList<ParamOption>> ParamSpecs::options(const storage::Database& database, OptionSource source)
{
    QList<ParamOption> out;
    switch (source) {
    case OptionSource::None:
        break;
    case OptionSource::Stages:
        for (const auto stage : {segmentation::Stage::New, segmentation::Stage::Active, segmentation::Stage::AtRisk,
                                 segmentation::Stage::Dormant, segmentation::Stage::WonBack})
            out.append({segmentation::Lifecycle::key(stage), segmentation::Lifecycle::label(stage)});
        break;
    case OptionSource::TierDirections:
        out = {{u"down"_s, tr("Down a tier")}, {u"up"_s, tr("Up a tier")}, {u"any"_s, tr("Either way")}};
        break;
    case OptionSource::TicketPriorities:
        out.append({QString(), tr("Any priority")});
        for (const QString& key : service::TicketKeys::priorities())
            out.append({key, service::Tickets::priorityLabel(key)});
        break;
    case OptionSource::Tiers: {
        auto config = segmentation::SegmentationSettings::load(database);
        if (!config)
            return config.error();
        for (const segmentation::TierLevel& level : config->tiers.levels)
            out.append({level.key, segmentation::TierRules::label(level.key)});
        out.append({u"dormant"_s, segmentation::TierRules::label(u"dormant"_s)});
        break;
    }
    case OptionSource::Segments:
        for (const QString& key :
             {u"important_value"_s, u"important_develop"_s, u"important_keep"_s, u"important_retain"_s,
              u"general_value"_s, u"general_develop"_s, u"general_keep"_s, u"general_retain"_s, u"new"_s})
            out.append({key, segmentation::RfmSegments::label(key)});
        break;
    case OptionSource::Stores: {
        auto stores = storage::StoreRepository(database).list();
        if (!stores)
            return stores.error();
        for (const storage::Store& s : *stores)
            out.append({s.code, s.name.isEmpty() || s.name == s.code ? s.code : u"%1 (%2)"_s.arg(s.name, s.code)});
        break;
    }
    case OptionSource::CouponTypes: {
        auto types = storage::CouponStore::types(database);
        if (!types)
            return types.error();
        for (const CouponType& t : *types)
            out.append({t.name, t.name});
        break;
    }
    case OptionSource::Campaigns: {
        auto campaigns = storage::CampaignRepository(database).list();
        if (!campaigns)
            return campaigns.error();
        for (const campaigns::Campaign& c : *campaigns)
            out.append({QString::number(c.id), c.name});
        break;
    }
    }
    return out;
}

QString ParamSpecs::optionLabel(OptionSource source, const QString& key)
{
    switch (source) {
    case OptionSource::Tiers:
        return segmentation::TierRules::label(key);
    case OptionSource::Segments:
        return segmentation::RfmSegments::label(key);
    default:
        return key;
    }
}

QString ParamSpecs::holidaysText(const QJsonArray& holidays)
{
    QStringList lines;
    for (const QJsonValue& h : holidays) {
        QStringList dates;
        for (const QJsonValue& d : h.toObject().value(u"dates"_s).toArray())
            dates.append(d.toString());
        lines.append(h.toObject().value(u"name"_s).toString() + u": "_s + dates.join(u", "_s));
    }
    return lines.join(u'\n');
}

Result<QJsonArray> ParamSpecs::parseHolidays(const QString& text)
{
    static const QRegularExpression separators(u"[,，、\\s]+"_s);
    QJsonArray out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            colon = line.indexOf(u'：'); // a full-width colon, as a Chinese keyboard types it
        const QString name = colon < 0 ? QString() : line.left(colon).trimmed();
        if (name.isEmpty())
            return Error::make(
                Error::Code::InvalidData,
                tr("Holidays, line %1: write the holiday's name, a colon, then its dates (%2).").arg(i + 1).arg(line));
        QJsonArray dates;
        for (const QString& word : line.mid(colon + 1).split(separators, Qt::SkipEmptyParts)) {
            QDate day = QDate::fromString(word, Qt::ISODate);
            for (const QString& format : {u"yyyy/M/d"_s, u"yyyy.M.d"_s, u"yyyy-M-d"_s, u"yyyy年M月d日"_s})
                if (!day.isValid())
                    day = QDate::fromString(word, format);
            if (!day.isValid())
                return Error::make(Error::Code::InvalidData,
                                   tr("Holidays, line %1: \"%2\" is not a date like 2027-02-06.").arg(i + 1).arg(word));
            dates.append(day.toString(Qt::ISODate));
        }
        if (dates.isEmpty())
            return Error::make(Error::Code::InvalidData,
                               tr("Holidays, line %1: %2 has no dates.").arg(i + 1).arg(name));
        out.append(QJsonObject{{u"name"_s, name}, {u"dates"_s, dates}});
    }
    return out;
}

} // namespace clientele::core::automation
