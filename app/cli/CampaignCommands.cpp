// campaign: audiences with a random hold-out, contact lists, contact marks and measured lift
// (core/campaigns).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "campaigns/CampaignResults.h"
#include "campaigns/Campaigns.h"
#include "campaigns/FilterText.h"
#include "campaigns/HoldoutDraw.h"
#include "campaigns/MessageChecks.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "storage/CampaignRepository.h"
#include "i18n/LocalDates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;
using namespace core::campaigns;

const QString kUsage = u"campaign create NAME --filter FILTER [--holdout PCT] [--seed N] [--message TEXT] "
                       u"[--coupon TYPE] [--window DAYS] | campaign list | show ID | export ID -o FILE.csv | "
                       u"contacted ID [--date D] | results ID"_s;

bool campaignId(CliContext& ctx, qint64* id)
{
    bool ok = false;
    *id = ctx.positional.value(1).toLongLong(&ok);
    if (ctx.positional.size() != 2 || !ok || *id <= 0) {
        ctx.usage(tr("Give one campaign ID (a number), not “%1”.").arg(ctx.positional.mid(1).join(u' ')));
        return false;
    }
    return true;
}

QJsonValue liftJson(const Lift& lift, bool interval)
{
    if (!lift.defined)
        return QJsonValue();
    if (interval)
        return QJsonArray{lift.low, lift.high};
    return lift.value;
}

int create(CliContext& ctx)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli campaign create NAME --filter FILTER [options]"));
    if (!ctx.parser.isSet(u"filter"_s))
        return ctx.usage(tr("campaign create needs --filter (for example stage=at_risk;tier=gold,diamond)."));
    NewCampaign n;
    n.name = ctx.positional[1];
    n.filterText = ctx.parser.value(u"filter"_s);
    if (!ctx.intOption(u"holdout"_s, HoldoutDraw::kDefaultPercent, 0, &n.holdoutPercent))
        return ExitUsage;
    if (n.holdoutPercent > HoldoutDraw::kMaxPercent)
        return ctx.usage(tr("--holdout is a percent from 0 to 50, not %1.").arg(n.holdoutPercent));
    if (!ctx.intOption(u"window"_s, 14, 1, &n.windowDays))
        return ExitUsage;
    if (ctx.parser.isSet(u"seed"_s)) {
        bool ok = false;
        const qulonglong seed = ctx.parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok || seed >= (qulonglong(1) << 63))
            return ctx.usage(tr("--seed is a whole number from 0 to 2^63−1, not “%1”.").arg(ctx.parser.value(u"seed"_s)));
        n.seed = seed;
    }
    n.message = ctx.parser.value(u"message"_s);
    n.couponType = ctx.parser.value(u"coupon"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto preview = Campaigns::preview(**db, n.filterText, n.holdoutPercent);
    if (!preview)
        return ctx.fail(preview.error());
    auto id = Campaigns::create(**db, n);
    if (!id)
        return ctx.fail(id.error());
    const Campaign c = Campaigns::find(**db, *id).value();
    const QString warning = Campaigns::holdoutWarning(c.contacted + c.holdout, c.holdout);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"id"_s, *id},
                                  {u"contacted"_s, c.contacted},
                                  {u"holdout"_s, c.holdout},
                                  {u"seed"_s, QString::number(c.seed)},
                                  {u"left_out_no_consent"_s, preview->noConsent},
                                  {u"left_out_erased"_s, preview->erased},
                                  {u"warning"_s, warning.isEmpty() ? QJsonValue() : QJsonValue(warning)}});
        return ExitOk;
    }
    ctx.out() << tr("Campaign %1 “%2”: %3 to contact, %4 held out (seed %5).")
                     .arg(*id)
                     .arg(c.name)
                     .arg(c.contacted)
                     .arg(c.holdout)
                     .arg(QString::number(c.seed))
              << Qt::endl;
    if (const QString left = Campaigns::leftOutText(*preview); !left.isEmpty())
        ctx.out() << left << Qt::endl;
    if (!warning.isEmpty())
        ctx.out() << tr("Warning: %1").arg(warning) << Qt::endl;
    return ExitOk;
}

int list(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto campaigns = CampaignResults::list(**db);
    if (!campaigns)
        return ctx.fail(campaigns.error());
    QJsonArray array;
    TextTable table({tr("ID"), tr("Name"), tr("Contact group"), tr("Marked contacted"), tr("Held out"),
                     tr("Contact date"), tr("Conversion lift")});
    for (const auto& [c, o] : *campaigns) {
        const CampaignOutcome* outcome = &o;
        array.append(QJsonObject{{u"id"_s, c.id},
                                 {u"name"_s, c.name},
                                 {u"filter"_s, c.filterText},
                                 {u"contacted"_s, c.contacted},
                                 {u"holdout"_s, c.holdout},
                                 {u"marked_contacted"_s, c.marked},
                                 {u"contacted_on"_s, c.contactedOn.isValid() ? QJsonValue(c.contactedOn.toString(Qt::ISODate)) : QJsonValue()},
                                 {u"conversion_lift"_s, liftJson(outcome->conversionLift, false)},
                                 {u"conversion_lift_ci95"_s, liftJson(outcome->conversionLift, true)}});
        table.addRow({QString::number(c.id), c.name, QString::number(c.contacted), QString::number(c.marked),
                      QString::number(c.holdout),
                      c.contactedOn.isValid() ? c.contactedOn.toString(Qt::ISODate) : QString(),
                      CampaignResults::liftCell(*outcome)});
    }
    if (ctx.json) {
        ctx.printJson(array);
        return ExitOk;
    }
    if (campaigns->isEmpty())
        ctx.out() << tr("No campaigns yet: clientele-cli campaign create NAME --filter FILTER") << Qt::endl;
    else
        table.print(ctx.out());
    return ExitOk;
}

int show(CliContext& ctx)
{
    qint64 id = 0;
    if (!campaignId(ctx, &id))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto c = Campaigns::find(**db, id);
    if (!c)
        return ctx.fail(c.error());
    auto members = storage::CampaignRepository(**db).members(id);
    if (!members)
        return ctx.fail(members.error());
    auto messages = Campaigns::messages(**db, *c);
    if (!messages)
        return ctx.fail(messages.error());
    auto coupons = storage::CampaignRepository(**db).couponCodes(id);
    if (!coupons)
        return ctx.fail(coupons.error());
    const auto checks = MessageChecks::run(c->message, *messages, Clock::now().time());
    if (ctx.json) {
        QJsonArray memberArray;
        for (const auto& m : *members)
            memberArray.append(QJsonObject{{u"customer_id"_s, m.customerId},
                                           {u"group"_s, m.holdout ? u"holdout"_s : u"contacted"_s},
                                           {u"coupon"_s, coupons->contains(m.customerId)
                                                             ? QJsonValue(coupons->value(m.customerId))
                                                             : QJsonValue()},
                                           {u"contacted_on"_s, m.contactedOn.isValid() ? QJsonValue(m.contactedOn.toString(Qt::ISODate)) : QJsonValue()},
                                           {u"reason"_s, m.reason}});
        QJsonArray checkArray;
        for (const auto& ch : checks)
            checkArray.append(QJsonObject{{u"problem"_s, ch.problem}, {u"text"_s, ch.text}});
        ctx.printJson(QJsonObject{{u"id"_s, c->id},
                                  {u"name"_s, c->name},
                                  {u"filter"_s, c->filterText},
                                  {u"holdout_percent"_s, c->holdoutPercent},
                                  {u"seed"_s, QString::number(c->seed)},
                                  {u"message"_s, c->message},
                                  {u"coupon"_s, c->couponType},
                                  {u"window_days"_s, c->windowDays},
                                  {u"contacted_on"_s, c->contactedOn.isValid() ? QJsonValue(c->contactedOn.toString(Qt::ISODate)) : QJsonValue()},
                                  {u"members"_s, memberArray},
                                  {u"checks"_s, checkArray}});
        return ExitOk;
    }
    auto& out = ctx.out();
    out << tr("Campaign %1 “%2”").arg(c->id).arg(c->name) << Qt::endl
        << tr("Audience: %1").arg(FilterText::describe(**db, c->filterText)) << Qt::endl
        << tr("%1 to contact, %2 held out (%3%, seed %4); results window %5 days.")
               .arg(c->contacted)
               .arg(c->holdout)
               .arg(c->holdoutPercent)
               .arg(QString::number(c->seed))
               .arg(c->windowDays)
        << Qt::endl
        << CampaignResults::markedText(*c) << Qt::endl;
    if (!c->couponType.isEmpty())
        out << tr("Coupon for the contacted group: %1 (%2 issued)").arg(c->couponType).arg(coupons->size()) << Qt::endl;
    if (const QString warning = Campaigns::holdoutWarning(c->contacted + c->holdout, c->holdout); !warning.isEmpty())
        out << tr("Warning: %1").arg(warning) << Qt::endl;
    out << tr("Message: %1").arg(c->message) << Qt::endl;
    if (!messages->isEmpty())
        out << tr("First message: %1").arg(messages->first().text) << Qt::endl;
    for (const auto& ch : checks)
        out << (ch.problem ? u"! "_s : u"  "_s) << ch.text << Qt::endl;
    return ExitOk;
}

int exportList(CliContext& ctx)
{
    qint64 id = 0;
    if (!campaignId(ctx, &id))
        return ExitUsage;
    if (!ctx.parser.isSet(u"o"_s))
        return ctx.usage(tr("campaign export needs -o FILE.csv."));
    io::CsvWriter::Encoding encoding = io::CsvWriter::Encoding::Utf8Bom;
    if (ctx.parser.isSet(u"encoding"_s) && !io::CsvWriter::parseEncoding(ctx.parser.value(u"encoding"_s), &encoding))
        return ctx.usage(tr("--encoding is utf-8, utf-8-bom or gb18030, not “%1”.").arg(ctx.parser.value(u"encoding"_s)));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto c = Campaigns::find(**db, id);
    if (!c)
        return ctx.fail(c.error());
    const QString path = ctx.parser.value(u"o"_s);
    auto written = Campaigns::exportCsv(**db, id, path, encoding);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"id"_s, id},
                                  {u"file"_s, path},
                                  {u"rows"_s, qint64(written->rows)},
                                  {u"no_phone"_s, qint64(written->noPhone)}});
    } else {
        ctx.out() << tr("%1 customers to contact written to %2 (the hold-out of %3 is not in it).")
                         .arg(written->rows)
                         .arg(path)
                         .arg(c->holdout)
                  << Qt::endl;
        if (const QString noPhone = Campaigns::noPhoneText(*written); !noPhone.isEmpty())
            ctx.out() << noPhone << Qt::endl;
    }
    return ExitOk;
}

int contacted(CliContext& ctx)
{
    qint64 id = 0;
    if (!campaignId(ctx, &id))
        return ExitUsage;
    QDate date = Clock::today();
    if (ctx.parser.isSet(u"date"_s)) {
        date = QDate::fromString(ctx.parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(tr("--date is YYYY-MM-DD, not “%1”.").arg(ctx.parser.value(u"date"_s)));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto marked = Campaigns::markContacted(**db, id, {}, date);
    if (!marked)
        return ctx.fail(marked.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, id}, {u"marked"_s, qint64(*marked)}, {u"date"_s, date.toString(Qt::ISODate)}});
    else
        ctx.out() << tr("%1 customers marked contacted on %2; each one's timeline shows the message.")
                         .arg(*marked)
                         .arg(core::i18n::LocalDates::shortDate(date))
                  << Qt::endl;
    return ExitOk;
}

QJsonObject groupJson(const GroupResult& g)
{
    return QJsonObject{{u"customers"_s, g.customers},
                       {u"buyers"_s, g.buyers},
                       {u"conversion"_s, g.conversion()},
                       {u"revenue_fen"_s, g.revenue},
                       {u"revenue_per_customer_fen"_s, g.revenuePerCustomer()}};
}

int results(CliContext& ctx)
{
    qint64 id = 0;
    if (!campaignId(ctx, &id))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto c = Campaigns::find(**db, id);
    if (!c)
        return ctx.fail(c.error());
    auto o = CampaignResults::compute(**db, *c);
    if (!o)
        return ctx.fail(o.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {u"id"_s, id},
            {u"contacted_on"_s, o->contacted ? QJsonValue(c->contactedOn.toString(Qt::ISODate)) : QJsonValue()},
            {u"window_from"_s, o->contacted ? QJsonValue(o->from.toString(Qt::ISODate)) : QJsonValue()},
            {u"window_to"_s, o->contacted ? QJsonValue(o->to.toString(Qt::ISODate)) : QJsonValue()},
            {u"window_open"_s, o->windowOpen},
            {u"contacted"_s, groupJson(o->contactedGroup)}, // the contact group, marked or not
            {u"marked_contacted"_s, o->marked},
            {u"holdout"_s, groupJson(o->holdoutGroup)},
            {u"conversion_lift"_s, liftJson(o->conversionLift, false)},
            {u"conversion_lift_ci95"_s, liftJson(o->conversionLift, true)},
            {u"conversion_lift_method"_s, u"unpooled Wald"_s},
            {u"revenue_per_customer_lift_fen"_s, liftJson(o->revenuePerCustomerLift, false)},
            {u"revenue_per_customer_lift_ci95_fen"_s, liftJson(o->revenuePerCustomerLift, true)},
            {u"revenue_lift_method"_s, u"Welch"_s},
            {u"summary"_s, CampaignResults::summary(*o)}});
        return ExitOk;
    }
    auto& out = ctx.out();
    const QLocale locale;
    if (o->contacted) {
        out << tr("Purchases from %1 to %2").arg(core::i18n::LocalDates::shortDate(o->from),
                                                  core::i18n::LocalDates::shortDate(o->to))
            << Qt::endl;
        TextTable table({tr("Group"), tr("Customers"), tr("Buyers"), tr("Conversion"), tr("Revenue"),
                         tr("Revenue per customer")});
        const auto row = [&](const QString& name, const GroupResult& g) {
            table.addRow({name, locale.toString(g.customers), locale.toString(g.buyers),
                          locale.toString(g.conversion() * 100, 'f', 1) + u'%', money::format(g.revenue),
                          money::format(Fen(std::llround(g.revenuePerCustomer())))});
        };
        row(tr("Contact group"), o->contactedGroup);
        row(tr("Hold-out"), o->holdoutGroup);
        table.print(out);
        out << CampaignResults::markedText(*c) << Qt::endl;
        if (o->conversionLift.defined && o->measuring)
            out << tr("Conversion lift %1 (95% interval %2 to %3 points, unpooled Wald).")
                       .arg(CampaignResults::liftText(o->conversionLift),
                            locale.toString(o->conversionLift.low * 100, 'f', 1),
                            locale.toString(o->conversionLift.high * 100, 'f', 1))
                << Qt::endl;
    }
    out << CampaignResults::summary(*o) << Qt::endl;
    return ExitOk;
}

int campaign(CliContext& ctx)
{
    const QString sub = ctx.positional.value(0);
    if (sub == u"create")
        return create(ctx);
    if (sub == u"list" && ctx.positional.size() == 1)
        return list(ctx);
    if (sub == u"show")
        return show(ctx);
    if (sub == u"export")
        return exportList(ctx);
    if (sub == u"contacted")
        return contacted(ctx);
    if (sub == u"results")
        return results(ctx);
    return ctx.usage(tr("Usage: clientele-cli %1").arg(kUsage));
}

} // namespace

QList<Command> campaignCommands()
{
    return {
        {u"campaign"_s, kUsage,
         tr("Campaigns with a random hold-out: audience from a filter, contact list, contact marks, measured lift."),
         {QCommandLineOption(u"filter"_s, tr("The audience, e.g. stage=at_risk;tier=gold,diamond;clv_top=20."), tr("FILTER")),
          QCommandLineOption(u"holdout"_s, tr("Percent held out at random, 0–50 (default 10)."), tr("PCT")),
          QCommandLineOption(u"seed"_s, tr("Seed of the hold-out draw (default: a fresh one, recorded)."), tr("N")),
          QCommandLineOption(u"message"_s, tr("Message with {name} {tier} {points} {balance} {coupon} {birthday} {store}."),
                             tr("TEXT")),
          QCommandLineOption(u"coupon"_s, tr("Coupon type issued to the contacted group."), tr("TYPE")),
          QCommandLineOption(u"window"_s, tr("Days after the contact that count (default 14)."), tr("DAYS")),
          QCommandLineOption({u"o"_s, u"output"_s}, tr("File to write."), tr("FILE")),
          QCommandLineOption(u"encoding"_s, tr("utf-8, utf-8-bom (default) or gb18030."), tr("NAME")),
          QCommandLineOption(u"date"_s, tr("Contact date YYYY-MM-DD (default today)."), tr("D"))},
         campaign},
    };
}

} // namespace clientele::cli
