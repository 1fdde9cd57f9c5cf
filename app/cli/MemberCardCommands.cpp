// cards and coupons (issue 16): visit-card plans, selling and using cards; coupon types, issuing
// and listing coupons. core::member does the work; this file parses and prints.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;
using member::Coupons;
using member::VisitCards;

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(iso::date(d)) : QJsonValue();
}

// --date (default today); false after printing when it is not a date.
bool dayOption(CliContext& ctx, const QString& name, QDate* day, int* exitCode)
{
    *day = Clock::today();
    if (!ctx.parser.isSet(name))
        return true;
    *day = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
    if (!day->isValid()) {
        *exitCode = ctx.usage(tr("--%1 needs a date like 2026-10-31, not \"%2\".").arg(name, ctx.parser.value(name)));
        return false;
    }
    return true;
}

bool moneyOption(CliContext& ctx, const QString& name, Fen* fen, int* exitCode)
{
    const auto parsed = money::parse(ctx.parser.value(name));
    if (!parsed || *parsed < 0) {
        *exitCode = ctx.usage(tr("--%1 needs an amount like 199 or 199.50, not \"%2\".").arg(name, ctx.parser.value(name)));
        return false;
    }
    *fen = *parsed;
    return true;
}

bool countOption(CliContext& ctx, const QString& name, int minimum, int* value, int* exitCode)
{
    bool ok = false;
    *value = ctx.parser.value(name).toInt(&ok);
    if (!ok || *value < minimum) {
        *exitCode = ctx.usage(tr("--%1 needs a whole number of at least %2, not \"%3\".")
                                  .arg(name)
                                  .arg(minimum)
                                  .arg(ctx.parser.value(name)));
        return false;
    }
    return true;
}

Result<qint64> resolveCustomer(storage::Database& db, const QString& key)
{
    auto found = findCustomer(db, key);
    if (!found)
        return found.error();
    return found->id;
}

QJsonObject planJson(const CardPlan& p)
{
    return {{u"id"_s, p.id},          {u"name"_s, p.name},
            {u"uses"_s, p.uses},      {u"price_fen"_s, p.price},
            {u"months_valid"_s, p.monthsValid}, {u"items"_s, p.items},
            {u"per_use_fen"_s, p.uses > 0 ? (p.price * 2 + p.uses) / (2 * p.uses) : 0}};
}

QJsonObject cardJson(const VisitCard& c, const QDate& today)
{
    return {{u"id"_s, c.id},
            {u"card_no"_s, c.cardNo},
            {u"customer_id"_s, c.customerId},
            {u"plan"_s, c.planName},
            {u"items"_s, c.items},
            {u"uses"_s, c.uses},
            {u"used"_s, c.used},
            {u"remaining"_s, c.remaining()},
            {u"price_fen"_s, c.price},
            {u"sold_on"_s, dateJson(c.soldOn)},
            {u"expires_on"_s, dateJson(c.expiresOn)},
            {u"expired"_s, c.expiredOn(today)},
            {u"store"_s, c.store},
            {u"order_id"_s, c.orderId}};
}

// ---- cards ------------------------------------------------------------------------------------

int listPlans(CliContext& ctx, storage::Database& db)
{
    auto plans = VisitCards::plans(db);
    if (!plans)
        return ctx.fail(plans.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& p : *plans)
            array.append(planJson(p));
        ctx.printJson(array);
        return ExitOk;
    }
    if (plans->isEmpty()) {
        ctx.out() << tr("No visit-card plans yet: cards plans add NAME --uses N --price A --months M.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Plan"), tr("Uses"), tr("Price"), tr("Months"), tr("Items")});
    for (const auto& p : *plans)
        table.addRow({QString::number(p.id), p.name, QString::number(p.uses), money::format(p.price),
                      QString::number(p.monthsValid), p.items});
    table.print(ctx.out());
    return ExitOk;
}

int addPlan(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(tr("Usage: clientele-cli cards plans add NAME --uses N --price A --months M [--items TEXT]"));
    for (const QString& required : {u"uses"_s, u"price"_s, u"months"_s})
        if (!ctx.parser.isSet(required))
            return ctx.usage(tr("cards plans add needs --%1.").arg(required));
    CardPlan plan;
    plan.name = ctx.positional[2];
    plan.items = ctx.parser.value(u"items"_s);
    int code = ExitOk;
    if (!countOption(ctx, u"uses"_s, 1, &plan.uses, &code) || !moneyOption(ctx, u"price"_s, &plan.price, &code) ||
        !countOption(ctx, u"months"_s, 1, &plan.monthsValid, &code))
        return code;
    auto id = VisitCards::addPlan(db, plan);
    if (!id)
        return ctx.fail(id.error());
    plan.id = *id;
    if (ctx.json)
        ctx.printJson(planJson(plan));
    else
        ctx.out() << tr("Plan %1 added: %2 uses for %3, valid %4 months.")
                         .arg(plan.name)
                         .arg(plan.uses)
                         .arg(money::format(plan.price))
                         .arg(plan.monthsValid)
                  << Qt::endl;
    return ExitOk;
}

int sellCard(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(tr("Usage: clientele-cli cards sell CUSTOMER PLAN [--date D] [--store S] [--pay METHOD]"));
    int code = ExitOk;
    QDate day;
    if (!dayOption(ctx, u"date"_s, &day, &code))
        return code;
    auto customer = resolveCustomer(db, ctx.positional[1]);
    if (!customer)
        return ctx.fail(customer.error());
    auto plan = VisitCards::findPlan(db, ctx.positional[2]);
    if (!plan)
        return ctx.fail(plan.error());
    if (!plan->has_value())
        return ctx.fail(Error::make(Error::Code::NotFound, tr("No visit-card plan named %1.").arg(ctx.positional[2])));
    auto sold = VisitCards::sell(db, *customer, (*plan)->id, day, ctx.parser.value(u"store"_s),
                                 ctx.parser.value(u"pay"_s));
    if (!sold)
        return ctx.fail(sold.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"card_id"_s, sold->cardId},
                                  {u"card_no"_s, sold->cardNo},
                                  {u"customer_id"_s, *customer},
                                  {u"plan"_s, (*plan)->name},
                                  {u"uses"_s, (*plan)->uses},
                                  {u"price_fen"_s, (*plan)->price},
                                  {u"order_id"_s, sold->orderId},
                                  {u"order_no"_s, sold->orderNo},
                                  {u"sold_on"_s, dateJson(day)},
                                  {u"expires_on"_s, dateJson(sold->expiresOn)}});
        return ExitOk;
    }
    ctx.out() << tr("Sold visit card %1 (%2, %3 uses) for %4; valid until %5.")
                     .arg(sold->cardNo, (*plan)->name)
                     .arg((*plan)->uses)
                     .arg(money::format((*plan)->price), iso::date(sold->expiresOn))
              << Qt::endl;
    return ExitOk;
}

int useCard(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli cards use CARD [--date D] [--store S]"));
    int code = ExitOk;
    QDate day;
    if (!dayOption(ctx, u"date"_s, &day, &code))
        return code;
    auto card = VisitCards::findCard(db, ctx.positional[1]);
    if (!card)
        return ctx.fail(card.error());
    if (!card->has_value())
        return ctx.fail(Error::make(Error::Code::NotFound, tr("No visit card %1.").arg(ctx.positional[1])));
    auto use = VisitCards::use(db, (*card)->id, day, ctx.parser.value(u"store"_s), member::SaleService::whoKey());
    if (!use)
        return ctx.fail(use.error());
    auto after = VisitCards::findCard(db, (*card)->cardNo);
    if (!after || !after->has_value())
        return ctx.fail(after ? Error::make(Error::Code::NotFound, tr("No visit card %1.").arg((*card)->cardNo)) : after.error());
    if (ctx.json) {
        QJsonObject json = cardJson(**after, day);
        json.insert(u"use_id"_s, *use);
        json.insert(u"used_on"_s, dateJson(day));
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << tr("Use recorded on %1: %2 of %3 uses left (valid until %4).")
                     .arg((*after)->cardNo)
                     .arg((*after)->remaining())
                     .arg((*after)->uses)
                     .arg(iso::date((*after)->expiresOn))
              << Qt::endl;
    return ExitOk;
}

int listCards(CliContext& ctx, storage::Database& db)
{
    if (!ctx.parser.isSet(u"customer"_s))
        return ctx.usage(tr("Usage: clientele-cli cards list --customer C"));
    auto customer = resolveCustomer(db, ctx.parser.value(u"customer"_s));
    if (!customer)
        return ctx.fail(customer.error());
    auto cards = VisitCards::cardsOf(db, *customer);
    if (!cards)
        return ctx.fail(cards.error());
    const QDate today = Clock::today();
    if (ctx.json) {
        QJsonArray array;
        for (const auto& c : *cards)
            array.append(cardJson(c, today));
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Card"), tr("Plan"), tr("Left"), tr("Sold"), tr("Valid until"), tr("Status")});
    for (const auto& c : *cards)
        table.addRow({c.cardNo, c.planName, u"%1/%2"_s.arg(c.remaining()).arg(c.uses), iso::date(c.soldOn),
                      iso::date(c.expiresOn),
                      c.expiredOn(today) ? tr("expired") : (c.remaining() <= 0 ? tr("used up") : tr("active"))});
    table.print(ctx.out());
    return ExitOk;
}

int cards(CliContext& ctx)
{
    const QString sub = ctx.positional.value(0);
    const QString action = ctx.positional.value(1);
    if (sub != u"plans"_s && sub != u"sell"_s && sub != u"use"_s && sub != u"list"_s)
        return ctx.usage(tr("Usage: clientele-cli cards plans [add NAME …] | sell CUSTOMER PLAN | use CARD | list --customer C"));
    if (sub == u"plans"_s && !action.isEmpty() && action != u"add"_s)
        return ctx.usage(tr("Unknown cards plans action \"%1\" (add).").arg(action));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (sub == u"plans"_s)
        return action.isEmpty() ? listPlans(ctx, **db) : addPlan(ctx, **db);
    if (sub == u"sell"_s)
        return sellCard(ctx, **db);
    if (sub == u"use"_s)
        return useCard(ctx, **db);
    return listCards(ctx, **db);
}

// ---- coupons ----------------------------------------------------------------------------------

QJsonObject typeJson(const CouponType& t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"kind"_s, Coupons::kindKey(t.kind)},
            {u"description"_s, Coupons::describe(t)},
            {u"amount_fen"_s, t.amount},
            {u"min_spend_fen"_s, t.minSpend},
            {u"percent"_s, t.percent},
            {u"cap_fen"_s, t.cap},
            {u"item"_s, t.item},
            {u"valid_from"_s, dateJson(t.validFrom)},
            {u"valid_to"_s, dateJson(t.validTo)},
            {u"valid_days"_s, t.validDays > 0 ? QJsonValue(t.validDays) : QJsonValue()},
            {u"per_customer"_s, t.perCustomer},
            {u"stackable"_s, t.stackable},
            {u"issued"_s, t.issued},
            {u"redeemed"_s, t.redeemed},
            {u"redemption_rate"_s, Coupons::redemptionRate(t)}};
}

QJsonObject couponJson(const Coupon& c, const QDate& today)
{
    return {{u"id"_s, c.id},
            {u"code"_s, c.code},
            {u"type"_s, c.typeName},
            {u"customer_id"_s, c.customerId},
            {u"customer"_s, c.customerName},
            {u"issued_on"_s, dateJson(c.issuedOn)},
            {u"valid_from"_s, dateJson(c.validFrom)},
            {u"valid_to"_s, dateJson(c.validTo)},
            {u"status"_s, [&] {
                 switch (Coupons::stateOn(c, today)) {
                 case Coupons::State::Unused: return u"unused"_s;
                 case Coupons::State::Used: return u"used"_s;
                 case Coupons::State::Expired: return u"expired"_s;
                 case Coupons::State::NotYetValid: return u"not_yet_valid"_s;
                 }
                 return QString();
             }()},
            {u"order_id"_s, c.used() ? QJsonValue(c.orderId) : QJsonValue()},
            {u"discount_fen"_s, c.used() ? QJsonValue(c.discount) : QJsonValue()},
            {u"redeemed_on"_s, c.used() ? dateJson(c.redeemedOn) : QJsonValue()}};
}

int listTypes(CliContext& ctx, storage::Database& db)
{
    auto types = Coupons::types(db);
    if (!types)
        return ctx.fail(types.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& t : *types)
            array.append(typeJson(t));
        ctx.printJson(array);
        return ExitOk;
    }
    if (types->isEmpty()) {
        ctx.out() << tr("No coupon types yet: coupons types add NAME (--amount-off A | --percent P | --item TEXT) "
                        "(--valid-days N | --valid-until D).")
                  << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({tr("ID"), tr("Type"), tr("Gives"), tr("Valid"), tr("Per customer"), tr("Issued"), tr("Redeemed"),
                     tr("Rate")});
    for (const auto& t : *types)
        table.addRow({QString::number(t.id), t.name, Coupons::describe(t),
                      t.validDays > 0 ? tr("%1 days from issue").arg(t.validDays)
                                      : (t.validFrom.isValid() ? iso::date(t.validFrom) + u" – "_s + iso::date(t.validTo)
                                                               : tr("until %1").arg(iso::date(t.validTo))),
                      t.perCustomer > 0 ? QString::number(t.perCustomer) : tr("no limit"), locale.toString(t.issued),
                      locale.toString(t.redeemed), locale.toString(Coupons::redemptionRate(t) * 100.0, 'f', 1) + u'%'});
    table.print(ctx.out());
    return ExitOk;
}

int addType(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(tr("Usage: clientele-cli coupons types add NAME (--amount-off A | --percent P [--cap A] | "
                            "--item TEXT [--item-value A]) [--min-spend A] (--valid-days N | --valid-until D "
                            "[--valid-from D]) [--per-customer N] [--stackable]"));
    CouponType type;
    type.name = ctx.positional[2];
    const int kinds = int(ctx.parser.isSet(u"amount-off"_s)) + int(ctx.parser.isSet(u"percent"_s)) +
                      int(ctx.parser.isSet(u"item"_s));
    if (kinds != 1)
        return ctx.usage(tr("A coupon type is one of --amount-off A, --percent P or --item TEXT."));
    int code = ExitOk;
    if (ctx.parser.isSet(u"amount-off"_s)) {
        type.kind = CouponKind::Amount;
        if (!moneyOption(ctx, u"amount-off"_s, &type.amount, &code))
            return code;
    } else if (ctx.parser.isSet(u"percent"_s)) {
        type.kind = CouponKind::Percent;
        if (!countOption(ctx, u"percent"_s, 1, &type.percent, &code))
            return code;
        if (ctx.parser.isSet(u"cap"_s) && !moneyOption(ctx, u"cap"_s, &type.cap, &code))
            return code;
    } else {
        type.kind = CouponKind::Item;
        type.item = ctx.parser.value(u"item"_s);
        if (ctx.parser.isSet(u"item-value"_s) && !moneyOption(ctx, u"item-value"_s, &type.amount, &code))
            return code;
    }
    if (ctx.parser.isSet(u"min-spend"_s) && !moneyOption(ctx, u"min-spend"_s, &type.minSpend, &code))
        return code;
    if (ctx.parser.isSet(u"valid-days"_s) && !countOption(ctx, u"valid-days"_s, 1, &type.validDays, &code))
        return code;
    if (ctx.parser.isSet(u"valid-until"_s)) {
        if (!dayOption(ctx, u"valid-until"_s, &type.validTo, &code))
            return code;
        if (ctx.parser.isSet(u"valid-from"_s) && !dayOption(ctx, u"valid-from"_s, &type.validFrom, &code))
            return code;
    }
    type.perCustomer = 1;
    if (ctx.parser.isSet(u"per-customer"_s) && !countOption(ctx, u"per-customer"_s, 0, &type.perCustomer, &code))
        return code;
    type.stackable = ctx.parser.isSet(u"stackable"_s);
    auto id = Coupons::addType(db, type);
    if (!id)
        return ctx.fail(id.error());
    type.id = *id;
    if (ctx.json)
        ctx.printJson(typeJson(type));
    else
        ctx.out() << tr("Coupon type %1 added: %2.").arg(type.name, Coupons::describe(type)) << Qt::endl;
    return ExitOk;
}

// The customers of --segment or --tier (latest segmentation run), by key or by label.
Result<QList<qint64>> audience(CliContext& ctx, storage::Database& db, QString* described)
{
    storage::CustomerFilter filter;
    const bool bySegment = ctx.parser.isSet(u"segment"_s);
    const QString value = ctx.parser.value(bySegment ? u"segment"_s : u"tier"_s).trimmed();
    if (bySegment) {
        filter.segment = value;
        *described = tr("segment %1").arg(value);
    } else {
        filter.tier = value.toLower();
        for (const QString& key : {u"diamond"_s, u"gold"_s, u"silver"_s, u"dormant"_s, u"strategic"_s, u"growth"_s,
                                   u"basic"_s, u"none"_s})
            if (segmentation::TierRules::label(key).compare(value, Qt::CaseInsensitive) == 0)
                filter.tier = key;
        *described = tr("tier %1").arg(segmentation::TierRules::label(filter.tier));
    }
    auto ids = storage::CustomerQueries::ids(db, filter, storage::CustomerSort::Id, false);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::make(Error::Code::NotFound, bySegment
                                                      ? tr("No customer is in segment \"%1\" (segments come from the "
                                                           "latest `segment` run); no coupons were issued.")
                                                            .arg(value)
                                                      : tr("No customer is in tier \"%1\" (tiers come from the latest "
                                                           "`segment` run); no coupons were issued.")
                                                            .arg(value));
    return ids;
}

int issueCoupons(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli coupons issue TYPE (--customer C | --segment S | --tier T) [--date D]"));
    const int targets = int(ctx.parser.isSet(u"customer"_s)) + int(ctx.parser.isSet(u"segment"_s)) +
                        int(ctx.parser.isSet(u"tier"_s));
    if (targets != 1)
        return ctx.usage(tr("coupons issue needs exactly one of --customer C, --segment S or --tier T."));
    int code = ExitOk;
    QDate day;
    if (!dayOption(ctx, u"date"_s, &day, &code))
        return code;
    auto type = Coupons::findType(db, ctx.positional[1]);
    if (!type)
        return ctx.fail(type.error());
    if (!type->has_value())
        return ctx.fail(Error::make(Error::Code::NotFound, tr("No coupon type named %1.").arg(ctx.positional[1])));
    QList<qint64> customers;
    QString described;
    if (ctx.parser.isSet(u"customer"_s)) {
        auto customer = resolveCustomer(db, ctx.parser.value(u"customer"_s));
        if (!customer)
            return ctx.fail(customer.error());
        customers = {*customer};
        described = tr("customer %1").arg(ctx.parser.value(u"customer"_s));
    } else {
        auto ids = audience(ctx, db, &described);
        if (!ids)
            return ctx.fail(ids.error());
        customers = *ids;
    }
    auto issued = Coupons::issue(db, (*type)->id, customers, day);
    if (!issued)
        return ctx.fail(issued.error());
    if (ctx.json) {
        QJsonArray coupons;
        for (const auto& c : issued->coupons)
            coupons.append(couponJson(c, day));
        ctx.printJson(QJsonObject{{u"type"_s, (*type)->name},
                                  {u"customers"_s, qint64(customers.size())},
                                  {u"issued"_s, qint64(issued->coupons.size())},
                                  {u"skipped_at_limit"_s, issued->skippedAtLimit},
                                  {u"coupons"_s, coupons}});
        return ExitOk;
    }
    ctx.out() << tr("%1 coupon(s) of %2 issued to %3.").arg(issued->coupons.size()).arg((*type)->name, described)
              << Qt::endl;
    if (issued->skippedAtLimit > 0)
        ctx.out() << tr("%1 customer(s) skipped: they already hold %2 of this type.")
                         .arg(issued->skippedAtLimit)
                         .arg((*type)->perCustomer)
                  << Qt::endl;
    if (customers.size() == 1 && issued->coupons.size() == 1)
        ctx.out() << tr("Code: %1 (valid %2 – %3)")
                         .arg(issued->coupons.first().code, iso::date(issued->coupons.first().validFrom),
                              iso::date(issued->coupons.first().validTo))
                  << Qt::endl;
    return ExitOk;
}

int listCoupons(CliContext& ctx, storage::Database& db)
{
    qint64 customer = 0;
    if (ctx.parser.isSet(u"customer"_s)) {
        auto found = resolveCustomer(db, ctx.parser.value(u"customer"_s));
        if (!found)
            return ctx.fail(found.error());
        customer = *found;
    }
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 200, 1, &limit))
        return ExitUsage;
    auto coupons = Coupons::list(db, customer, limit);
    if (!coupons)
        return ctx.fail(coupons.error());
    const QDate today = Clock::today();
    if (ctx.json) {
        QJsonArray array;
        for (const auto& c : *coupons)
            array.append(couponJson(c, today));
        ctx.printJson(array);
        return ExitOk;
    }
    if (coupons->isEmpty()) {
        ctx.out() << tr("No coupons.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({tr("Code"), tr("Type"), tr("Customer"), tr("Valid from"), tr("Valid until"), tr("Status")});
    for (const auto& c : *coupons)
        table.addRow({c.code, c.typeName, u"%1 (#%2)"_s.arg(c.customerName).arg(c.customerId), iso::date(c.validFrom), iso::date(c.validTo),
                      Coupons::stateLabel(Coupons::stateOn(c, today))});
    table.print(ctx.out());
    return ExitOk;
}

int coupons(CliContext& ctx)
{
    const QString sub = ctx.positional.value(0);
    const QString action = ctx.positional.value(1);
    if (sub != u"types"_s && sub != u"issue"_s && sub != u"list"_s)
        return ctx.usage(tr("Usage: clientele-cli coupons types [add NAME …] | issue TYPE (--customer C | --segment S | "
                            "--tier T) | list [--customer C]"));
    if (sub == u"types"_s && !action.isEmpty() && action != u"add"_s)
        return ctx.usage(tr("Unknown coupons types action \"%1\" (add).").arg(action));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (sub == u"types"_s)
        return action.isEmpty() ? listTypes(ctx, **db) : addType(ctx, **db);
    if (sub == u"issue"_s)
        return issueCoupons(ctx, **db);
    return listCoupons(ctx, **db);
}

} // namespace

QList<Command> memberCardCommands()
{
    return {
        {u"cards"_s,
         u"cards plans [add NAME --uses N --price A --months M [--items TEXT]] | cards sell CUSTOMER PLAN | "
         u"cards use CARD | cards list --customer C"_s,
         tr("Visit cards (次卡): plans, selling a card (a sale), recording a use."),
         {QCommandLineOption(u"uses"_s, tr("Number of uses of the plan."), tr("N")),
          QCommandLineOption(u"price"_s, tr("Price of the plan."), tr("A")),
          QCommandLineOption(u"months"_s, tr("Months a card stays valid after the sale."), tr("M")),
          QCommandLineOption(u"items"_s, tr("Products or services the plan covers (text or product codes)."), tr("TEXT")),
          QCommandLineOption(u"customer"_s, tr("Phone, member code or ID of the customer."), tr("C")),
          QCommandLineOption(u"date"_s, tr("Day of the sale or use (default today)."), tr("DATE")),
          QCommandLineOption(u"store"_s, tr("Store where it happens."), tr("S")),
          QCommandLineOption(u"pay"_s, tr("How a card sold is paid: cash, card, wechat or alipay (default cash)."),
                             tr("METHOD"), u"cash"_s)},
         cards},
        {u"coupons"_s,
         u"coupons types [add NAME …] | coupons issue TYPE (--customer C | --segment S | --tier T) | "
         u"coupons list [--customer C]"_s,
         tr("Coupons: types with their redemption rate, issuing to a customer, a segment or a tier, listing."),
         {QCommandLineOption(u"amount-off"_s, tr("Amount off the sale."), tr("A")),
          QCommandLineOption(u"percent"_s, tr("Percent off the sale (1–100)."), tr("P")),
          QCommandLineOption(u"cap"_s, tr("At most this much off (percent coupons)."), tr("A")),
          QCommandLineOption(u"item"_s, tr("A free item (text or product code)."), tr("TEXT")),
          QCommandLineOption(u"item-value"_s, tr("Value of the free item, taken off the sale."), tr("A")),
          QCommandLineOption(u"min-spend"_s, tr("Minimum sale for the coupon."), tr("A")),
          QCommandLineOption(u"valid-days"_s, tr("Valid this many days from the day of issue."), tr("N")),
          QCommandLineOption(u"valid-from"_s, tr("First valid day (with --valid-until)."), tr("DATE")),
          QCommandLineOption(u"valid-until"_s, tr("Last valid day."), tr("DATE")),
          QCommandLineOption(u"per-customer"_s, tr("Coupons of the type one customer may hold (default 1; 0 no limit)."),
                             tr("N")),
          QCommandLineOption(u"stackable"_s, tr("May be used together with other stackable coupons on one sale.")),
          QCommandLineOption(u"customer"_s, tr("Phone, member code or ID of the customer."), tr("C")),
          QCommandLineOption(u"segment"_s, tr("Every customer of this RFM segment (latest run)."), tr("S")),
          QCommandLineOption(u"tier"_s, tr("Every customer of this tier (latest run), opted-out customers included."),
                             tr("T")),
          QCommandLineOption(u"date"_s, tr("Day of issue (default today)."), tr("DATE")),
          QCommandLineOption(u"limit"_s, tr("At most N coupons (default 200)."), tr("N"))},
         coupons},
    };
}

} // namespace clientele::cli
