// The member program at the counter: member-rules, sale, refund, topup, balance, points, liabilities.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "member/Coupons.h"
#include "member/Liabilities.h"
#include "member/MemberCodes.h"
#include "member/MemberRules.h"
#include "member/PointsLedger.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "storage/CustomerRepository.h"
#include "storage/MemberRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

constexpr int kExpiringDays = 30;


bool parseAmount(CliContext& ctx, const QString& text, const QString& what, Fen* out)
{
    const auto fen = money::parse(text);
    if (!fen || *fen <= 0) {
        ctx.usage(tr("%1 must be an amount above 0 like 128.50, not \"%2\".").arg(what, text));
        return false;
    }
    *out = *fen;
    return true;
}

bool parseDate(CliContext& ctx, QDate* out)
{
    if (!ctx.parser.isSet(u"date"_s))
        return true;
    *out = QDate::fromString(ctx.parser.value(u"date"_s), Qt::ISODate);
    if (!out->isValid()) {
        ctx.usage(tr("--date must be a date like 2026-12-01, not \"%1\".").arg(ctx.parser.value(u"date"_s)));
        return false;
    }
    return true;
}

// --pay as given to sale: "METHOD" (the rest, the old single form), or repeated "METHOD:AMOUNT"
// parts, one of which may leave the amount out to take the rest; "balance:A|all" pays from stored
// value like --pay-balance.
bool parsePayments(CliContext& ctx, member::SaleRequest* req)
{
    const QStringList given = ctx.parser.values(u"pay"_s);
    if (given.size() == 1 && !given.front().contains(u':')) {
        req->payMethod = given.front().trimmed();
        return true;
    }
    bool balanceGiven = ctx.parser.isSet(u"pay-balance"_s);
    for (const QString& one : given) {
        const QString method = one.section(u':', 0, 0).trimmed();
        const QString amount = one.contains(u':') ? one.section(u':', 1).trimmed() : QString();
        if (method == u"balance") {
            if (balanceGiven) {
                ctx.usage(tr("Stored value is given twice (--pay balance:… and --pay-balance, or two --pay balance:…)."));
                return false;
            }
            balanceGiven = true;
            if (amount == u"all")
                req->payBalanceAll = true;
            else if (!parseAmount(ctx, amount, u"--pay %1"_s.arg(one), &req->payBalance))
                return false;
            continue;
        }
        if (!member::SaleService::payMethods().contains(method)) {
            ctx.usage(tr("--pay takes cash, card, wechat, alipay or balance, each with :AMOUNT when the sale is split, "
                         "not \"%1\".")
                          .arg(one));
            return false;
        }
        member::PaymentPart part;
        part.method = method;
        if (amount.isEmpty())
            part.rest = true;
        else if (!parseAmount(ctx, amount, u"--pay %1"_s.arg(one), &part.amount))
            return false;
        req->payments.append(part);
    }
    return true;
}

QJsonArray paymentsJson(const QList<member::PaymentPart>& parts)
{
    QJsonArray array;
    for (const auto& part : parts)
        array.append(QJsonObject{{u"method"_s, part.method}, {u"amount_fen"_s, part.amount}});
    return array;
}

QCommandLineOption payOption()
{
    return {u"pay"_s, tr("Payment method: cash, card, wechat or alipay (default cash)."), tr("METHOD"), u"cash"_s};
}

QCommandLineOption dateOption()
{
    return {u"date"_s, tr("The day it happened (default today)."), tr("DATE")};
}

int memberRules(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const QString action = ctx.positional.value(0, u"show"_s);
    if (action == u"show" && ctx.positional.size() <= 1) {
        auto rules = member::MemberRules::load(**db);
        if (!rules)
            return ctx.fail(rules.error());
        QJsonObject json = rules->toJson();
        json.insert(u"version"_s, rules->version);
        ctx.printJson(json);
        return ExitOk;
    }
    if (action == u"set" && ctx.positional.size() == 2) {
        QFile file(ctx.positional[1]);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::make(Error::Code::Io, tr("Cannot open %1.").arg(ctx.positional[1])));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return ctx.fail(Error::make(Error::Code::InvalidData, tr("%1 is not a JSON object: %2")
                                                                      .arg(ctx.positional[1], parseError.errorString())));
        auto rules = member::MemberRules::fromJson(doc.object());
        if (!rules)
            return ctx.fail(rules.error());
        auto version = member::MemberRules::save(**db, *rules);
        if (!version)
            return ctx.fail(version.error());
        auto awarded = member::SaleService::awardImportedHistory(**db);
        if (!awarded)
            return ctx.fail(awarded.error());
        if (ctx.json) {
            ctx.printJson(QJsonObject{{u"version"_s, *version}, {u"imported_orders_awarded"_s, *awarded}});
            return ExitOk;
        }
        ctx.out() << tr("Saved the member rules as version %1.").arg(*version) << Qt::endl;
        if (*awarded > 0)
            ctx.out() << tr("%1 imported orders since the program's start earned points.").arg(*awarded) << Qt::endl;
        return ExitOk;
    }
    if (action == u"prefix" && ctx.positional.size() == 2) {
        if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
            return ctx.fail(s.error());
        if (auto s = member::MemberCodes::setPrefix(**db, ctx.positional[1]); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("New member codes start with \"%1\".").arg(ctx.positional[1].trimmed()) << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(tr("Usage: clientele-cli member-rules show | set FILE.json | prefix TEXT"));
}

int sale(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli sale CUSTOMER --amount A [--pay METHOD | --pay METHOD:A ...] "
                            "[--pay-balance A|all] [--redeem-points N] [--coupon CODE] [--date D] [--store S]"));
    member::SaleRequest req;
    if (!ctx.parser.isSet(u"amount"_s))
        return ctx.usage(tr("sale needs --amount."));
    if (!parseAmount(ctx, ctx.parser.value(u"amount"_s), u"--amount"_s, &req.amount))
        return ExitUsage;
    if (!parsePayments(ctx, &req))
        return ExitUsage;
    if (ctx.parser.isSet(u"pay-balance"_s)) {
        const QString value = ctx.parser.value(u"pay-balance"_s);
        if (value == u"all")
            req.payBalanceAll = true;
        else if (!parseAmount(ctx, value, u"--pay-balance"_s, &req.payBalance))
            return ExitUsage;
    }
    if (ctx.parser.isSet(u"redeem-points"_s)) {
        bool ok = false;
        req.redeemPoints = ctx.parser.value(u"redeem-points"_s).toLongLong(&ok);
        if (!ok || req.redeemPoints < 0)
            return ctx.usage(tr("--redeem-points needs a whole number of points, not \"%1\".")
                                 .arg(ctx.parser.value(u"redeem-points"_s)));
    }
    req.couponCode = ctx.parser.value(u"coupon"_s);
    req.store = ctx.parser.value(u"store"_s);
    if (!parseDate(ctx, &req.date))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto customer = findCustomer(**db, ctx.positional[0]);
    if (!customer)
        return ctx.fail(customer.error());
    req.customerId = customer->id;
    auto done = member::SaleService::sell(**db, req);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"order_no"_s, done->orderNo},
                                  {u"member_code"_s, done->memberCode},
                                  {u"date"_s, done->date.toString(Qt::ISODate)},
                                  {u"amount_fen"_s, done->list},
                                  {u"discount_fen"_s, done->discount},
                                  {u"coupon_code"_s, done->couponCode},
                                  {u"coupon_discount_fen"_s, done->couponDiscount},
                                  {u"free_item"_s, done->freeItem},
                                  {u"points_earned"_s, done->pointsEarned},
                                  {u"points_redeemed"_s, done->pointsRedeemed},
                                  {u"points_value_fen"_s, done->pointsValue},
                                  {u"paid_principal_fen"_s, done->paidPrincipal},
                                  {u"paid_bonus_fen"_s, done->paidBonus},
                                  {u"paid_other_fen"_s, done->paidOther},
                                  {u"pay_method"_s, done->payMethod},
                                  {u"payments"_s, paymentsJson(done->payments)},
                                  {u"paid_total_fen"_s, done->paidPrincipal + done->paidBonus + done->paidOther},
                                  {u"principal_fen"_s, done->balance.principal},
                                  {u"bonus_fen"_s, done->balance.bonus},
                                  {u"points"_s, done->points}});
    } else {
        ctx.out() << tr("Sale %1 for %2 (%3), %4").arg(done->orderNo, done->customerName, done->memberCode,
                                                      done->date.toString(Qt::ISODate))
                  << Qt::endl;
        TextTable table({tr("Item"), tr("Amount")});
        table.addRow({tr("Amount"), money::format(done->list)});
        if (done->discount > 0)
            table.addRow({tr("Tier discount"), money::format(-done->discount)});
        if (!done->couponCode.isEmpty())
            table.addRow({tr("Coupon %1 (%2)").arg(done->couponCode, done->couponType),
                          money::format(-done->couponDiscount)});
        if (!done->freeItem.isEmpty())
            table.addRow({tr("Free item: %1").arg(done->freeItem), QString()});
        if (done->pointsRedeemed > 0)
            table.addRow({tr("%1 points").arg(done->pointsRedeemed), money::format(-done->pointsValue)});
        if (done->paidPrincipal + done->paidBonus > 0)
            table.addRow({tr("Stored value (principal %1, bonus %2)")
                              .arg(money::format(done->paidPrincipal), money::format(done->paidBonus)),
                          money::format(done->paidPrincipal + done->paidBonus)});
        for (const auto& part : done->payments)
            table.addRow({member::SaleService::payMethodLabel(part.method), money::format(part.amount)});
        table.addRow({tr("Total paid"), money::format(done->paidPrincipal + done->paidBonus + done->paidOther)});
        table.print(ctx.out());
        ctx.out() << tr("Points earned: %1; points now %2; stored value %3 (principal %4, bonus %5).")
                         .arg(done->pointsEarned)
                         .arg(done->points)
                         .arg(money::format(done->balance.total()), money::format(done->balance.principal),
                              money::format(done->balance.bonus))
                  << Qt::endl;
    }
    if (!done->problem.isEmpty())
        ctx.out() << tr("The sale was saved, but recalculating tiers failed: %1").arg(done->problem) << Qt::endl;
    return ExitOk;
}

int refund(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli refund ORDER_NO"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto done = member::SaleService::refund(**db, ctx.positional[0]);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"order_no"_s, done->orderNo},
                                  {u"refund_of"_s, done->refundOf},
                                  {u"voided"_s, done->voided},
                                  {u"points_taken_back"_s, done->pointsTakenBack},
                                  {u"points_returned"_s, done->pointsReturned},
                                  {u"principal_returned_fen"_s, done->principalReturned},
                                  {u"bonus_returned_fen"_s, done->bonusReturned},
                                  {u"other_returned_fen"_s, done->otherReturned},
                                  {u"payments_returned"_s, paymentsJson(done->paymentsReturned)},
                                  {u"coupons_returned"_s, QJsonArray::fromStringList(done->couponsReturned)},
                                  {u"card_uses_returned"_s, done->cardUsesReturned},
                                  {u"card_cancelled"_s, done->cardCancelled},
                                  {u"card_uses_cancelled"_s, done->cardUsesCancelled},
                                  {u"principal_fen"_s, done->balance.principal},
                                  {u"bonus_fen"_s, done->balance.bonus},
                                  {u"points"_s, done->points}});
        return ExitOk;
    }
    ctx.out() << (done->voided ? tr("Voided %1 as %2.") : tr("Refunded %1 as %2.")).arg(done->refundOf, done->orderNo)
              << Qt::endl
              << tr("Points taken back: %1, points returned: %2; stored value returned: principal %3, bonus %4; "
                    "to pay back otherwise: %5.")
                     .arg(done->pointsTakenBack)
                     .arg(done->pointsReturned)
                     .arg(money::format(done->principalReturned), money::format(done->bonusReturned),
                          money::format(done->otherReturned))
              << Qt::endl;
    for (const auto& part : done->paymentsReturned)
        ctx.out() << tr("Pay back %1 by %2.").arg(money::format(part.amount), member::SaleService::payMethodLabel(part.method))
                  << Qt::endl;
    if (!done->couponsReturned.isEmpty())
        ctx.out() << tr("Coupons given back: %1.").arg(done->couponsReturned.join(u", "_s)) << Qt::endl;
    if (!done->cardCancelled.isEmpty())
        ctx.out() << tr("Visit card %1: %2 unused uses cancelled.").arg(done->cardCancelled).arg(done->cardUsesCancelled)
                  << Qt::endl;
    return ExitOk;
}

int topup(CliContext& ctx)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli topup CUSTOMER AMOUNT [--pay METHOD] [--date D]"));
    Fen amount = 0;
    if (!parseAmount(ctx, ctx.positional[1], tr("AMOUNT"), &amount))
        return ExitUsage;
    QDate date;
    if (!parseDate(ctx, &date))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto customer = findCustomer(**db, ctx.positional[0]);
    if (!customer)
        return ctx.fail(customer.error());
    auto done = member::SaleService::topUp(**db, customer->id, amount, ctx.parser.value(u"pay"_s), date);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"principal_fen"_s, done->principal},
                                  {u"bonus_fen"_s, done->bonus},
                                  {u"balance_principal_fen"_s, done->balance.principal},
                                  {u"balance_bonus_fen"_s, done->balance.bonus}});
        return ExitOk;
    }
    ctx.out() << tr("Topped up %1 for %2 with a bonus of %3; stored value now %4 (principal %5, bonus %6).")
                     .arg(money::format(done->principal), customer->name, money::format(done->bonus),
                          money::format(done->balance.total()), money::format(done->balance.principal),
                          money::format(done->balance.bonus))
              << Qt::endl;
    return ExitOk;
}

int balance(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli balance CUSTOMER [--history]"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto customer = findCustomer(**db, ctx.positional[0]);
    if (!customer)
        return ctx.fail(customer.error());
    const QDate today = Clock::today();
    auto held = member::SaleService::balance(**db, customer->id);
    if (!held)
        return ctx.fail(held.error());
    storage::MemberRepository members(**db);
    auto pointRows = members.pointsOf(customer->id);
    if (!pointRows)
        return ctx.fail(pointRows.error());
    const member::PointsState points = member::PointsLedger::evaluate(*pointRows, today);
    const qint64 expiring = points.expiringWithin(today, kExpiringDays);
    const bool history = ctx.parser.isSet(u"history"_s);
    auto valueRows = members.storedValueOf(customer->id);
    if (!valueRows)
        return ctx.fail(valueRows.error());
    auto cards = member::VisitCards::cardsOf(**db, customer->id);
    if (!cards)
        return ctx.fail(cards.error());
    auto coupons = member::Coupons::list(**db, customer->id);
    if (!coupons)
        return ctx.fail(coupons.error());
    if (ctx.json) {
        QJsonArray cardArray;
        for (const auto& c : *cards)
            cardArray.append(QJsonObject{{u"card_no"_s, c.cardNo},
                                         {u"plan"_s, c.planName},
                                         {u"uses_left"_s, c.remaining()},
                                         {u"expires_on"_s, c.expiresOn.toString(Qt::ISODate)},
                                         {u"usable"_s, c.usable(today)}});
        QJsonArray couponArray;
        for (const auto& c : *coupons)
            couponArray.append(QJsonObject{{u"code"_s, c.code},
                                           {u"type"_s, c.typeName},
                                           {u"valid_to"_s, c.validTo.toString(Qt::ISODate)},
                                           {u"usable"_s, member::Coupons::stateOn(c, today) ==
                                                             member::Coupons::State::Unused}});
        QJsonObject json{{u"customer_id"_s, customer->id},
                         {u"member_code"_s, customer->memberCode},
                         {u"principal_fen"_s, held->principal},
                         {u"bonus_fen"_s, held->bonus},
                         {u"points"_s, points.balance},
                         {u"points_expiring"_s, expiring},
                         {u"cards"_s, cardArray},
                         {u"coupons"_s, couponArray}};
        if (history) {
            QJsonArray pts;
            for (const auto& r : *pointRows)
                pts.append(QJsonObject{{u"date"_s, r.occurredOn.toString(Qt::ISODate)},
                                       {u"kind"_s, r.kind},
                                       {u"points"_s, r.points},
                                       {u"expires_on"_s, r.expiresOn.isValid() ? QJsonValue(r.expiresOn.toString(Qt::ISODate)) : QJsonValue()},
                                       {u"note"_s, member::SaleService::noteText(r.note)},
                                       {u"actor"_s, member::SaleService::whoText(r.actor)},
                                       {u"store"_s, r.store},
                                       {u"till"_s, r.till},
                                       {u"sale_kind"_s, r.saleKind}});
            QJsonArray value;
            for (const auto& r : *valueRows)
                value.append(QJsonObject{{u"date"_s, r.occurredOn.toString(Qt::ISODate)},
                                         {u"kind"_s, r.kind},
                                         {u"principal_fen"_s, r.principal},
                                         {u"bonus_fen"_s, r.bonus},
                                         {u"paid_fen"_s, r.paid},
                                         {u"pay_method"_s, r.payMethod},
                                         {u"actor"_s, member::SaleService::whoText(r.actor)},
                                         {u"store"_s, r.store},
                                         {u"till"_s, r.till},
                                         {u"sale_kind"_s, r.saleKind}});
            json.insert(u"points_history"_s, pts);
            json.insert(u"stored_value_history"_s, value);
        }
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << tr("%1 (%2): stored value %3 (principal %4, bonus %5); %6 points, %7 of them expiring within %8 days.")
                     .arg(customer->name, customer->memberCode, money::format(held->total()),
                          money::format(held->principal), money::format(held->bonus))
                     .arg(points.balance)
                     .arg(expiring)
                     .arg(kExpiringDays)
              << Qt::endl;
    if (history) {
        TextTable table({tr("Date"), tr("Ledger"), tr("Kind"), tr("Change"), tr("Expires"), tr("Note"), tr("Store"),
                         tr("By")});
        for (const auto& r : *pointRows)
            table.addRow({r.occurredOn.toString(Qt::ISODate), tr("Points"),
                          member::SaleService::kindLabel(r.kind, r.saleKind), QLocale().toString(r.points),
                          r.expiresOn.toString(Qt::ISODate), member::SaleService::noteText(r.note), r.store,
                          member::SaleService::whoText(r.actor)});
        for (const auto& r : *valueRows)
            table.addRow({r.occurredOn.toString(Qt::ISODate), tr("Stored value"),
                          member::SaleService::kindLabel(r.kind, r.saleKind),
                          tr("principal %1, bonus %2").arg(money::format(r.principal), money::format(r.bonus)),
                          QString(), member::SaleService::payMethodLabel(r.payMethod), r.store,
                          member::SaleService::whoText(r.actor)});
        table.print(ctx.out());
    }
    return ExitOk;
}

int points(CliContext& ctx)
{
    if (ctx.positional.size() != 3 || ctx.positional[0] != u"adjust")
        return ctx.usage(tr("Usage: clientele-cli points adjust CUSTOMER N --reason TEXT (a negative N goes last, after --: "
                                 "points adjust CUSTOMER --reason TEXT -- -50)"));
    bool ok = false;
    const qint64 n = ctx.positional[2].toLongLong(&ok);
    if (!ok || n == 0)
        return ctx.usage(tr("N must be a whole number of points other than 0, not \"%1\".").arg(ctx.positional[2]));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto customer = findCustomer(**db, ctx.positional[1]);
    if (!customer)
        return ctx.fail(customer.error());
    auto now = member::SaleService::adjustPoints(**db, customer->id, n, ctx.parser.value(u"reason"_s));
    if (!now)
        return ctx.fail(now.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"adjusted"_s, n}, {u"points"_s, *now}});
    else
        ctx.out() << tr("Adjusted %1's points by %2; now %3.").arg(customer->name).arg(n).arg(*now) << Qt::endl;
    return ExitOk;
}

int liabilities(CliContext& ctx)
{
    QDate asOf = Clock::today();
    if (ctx.parser.isSet(u"as-of"_s)) {
        asOf = QDate::fromString(ctx.parser.value(u"as-of"_s), Qt::ISODate);
        if (!asOf.isValid())
            return ctx.usage(tr("--as-of must be a date like 2026-12-31, not \"%1\".").arg(ctx.parser.value(u"as-of"_s)));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto owed = member::Liabilities::asOf(**db, asOf);
    if (!owed)
        return ctx.fail(owed.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"as_of"_s, asOf.toString(Qt::ISODate)},
                                  {u"principal_fen"_s, owed->principal},
                                  {u"bonus_fen"_s, owed->bonus},
                                  {u"points"_s, owed->points},
                                  {u"points_value_fen"_s, owed->pointsValue},
                                  {u"unused_card_uses"_s, owed->unusedCardUses},
                                  {u"unused_card_value_fen"_s, owed->unusedCardValue},
                                  {u"total_fen"_s, owed->total()}});
        return ExitOk;
    }
    TextTable table({tr("Owed to members as of %1").arg(asOf.toString(Qt::ISODate)), tr("Amount")});
    table.addRow({tr("Stored value: principal"), money::format(owed->principal)});
    table.addRow({tr("Stored value: bonus"), money::format(owed->bonus)});
    table.addRow({tr("Points (%1)").arg(owed->points), money::format(owed->pointsValue)});
    table.addRow({tr("Unused visit-card uses (%1)").arg(owed->unusedCardUses), money::format(owed->unusedCardValue)});
    table.addRow({tr("Total"), money::format(owed->total())});
    table.print(ctx.out());
    return ExitOk;
}

} // namespace

QList<Command> memberCommands()
{
    return {
        {u"member-rules"_s, u"member-rules show | set FILE.json | prefix TEXT"_s,
         tr("Show or replace (as a new version; owners, audited) the member program's rules, or set the member "
            "code prefix."),
         {},
         memberRules},
        {u"sale"_s,
         u"sale CUSTOMER --amount A [--pay cash|card|wechat|alipay | --pay METHOD:A ...] [--pay-balance A|all] "
         u"[--redeem-points N] [--coupon CODE] [--date D] [--store S]"_s,
         tr("Ring up a sale for a member in one transaction: points, stored value, the rest by the payment method."),
         {QCommandLineOption(u"amount"_s, tr("Amount of the sale."), tr("A")),
          QCommandLineOption(u"pay"_s,
                             tr("Payment method: cash, card, wechat or alipay (default cash). Repeat as METHOD:AMOUNT "
                                "to split the sale (balance:A pays from stored value; one METHOD without an amount "
                                "takes the rest)."),
                             tr("METHOD[:A]"), u"cash"_s),
          QCommandLineOption(u"pay-balance"_s, tr("Pay this much (or all it covers) from stored value."), tr("A|all")),
          QCommandLineOption(u"redeem-points"_s, tr("Points to redeem (100 = ¥1 by default)."), tr("N")),
          QCommandLineOption(u"coupon"_s, tr("Coupon code to redeem."), tr("CODE")), dateOption(),
          QCommandLineOption(u"store"_s, tr("The store the sale belongs to."), tr("S"))},
         sale},
        {u"refund"_s, u"refund ORDER_NO"_s,
         tr("Reverse a counter sale: points, stored value (void on its day; later owners only)."), {}, refund},
        {u"topup"_s, u"topup CUSTOMER AMOUNT [--pay METHOD] [--date D]"_s,
         tr("Top up a member's stored value; the bonus step is added."), {payOption(), dateOption()}, topup},
        {u"balance"_s, u"balance CUSTOMER [--history]"_s,
         tr("A member's stored value, points and what expires within 30 days."),
         {QCommandLineOption(u"history"_s, tr("Also list the ledgers."))}, balance},
        {u"points"_s, u"points adjust CUSTOMER N --reason TEXT"_s, tr("Adjust a member's points (owners, audited)."),
         {QCommandLineOption(u"reason"_s, tr("Why the points change."), tr("TEXT"))}, points},
        {u"liabilities"_s, u"liabilities [--as-of DATE]"_s,
         tr("What the shop owes its members: stored value, points and their value, unused card uses."),
         {QCommandLineOption(u"as-of"_s, tr("Day (default today)."), tr("DATE"))}, liabilities},
    };
}

} // namespace clientele::cli
