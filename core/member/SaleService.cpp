#include "SaleService.h"

#include "../domain/Clock.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../segmentation/SegmentationUpkeep.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/StoreRepository.h"
#include "../stores/StoreService.h"
#include "../storage/Transaction.h"
#include "../storage/CardStore.h"
#include "../storage/CouponStore.h"
#include "Coupons.h"
#include "MemberCodes.h"
#include "PointsLedger.h"
#include "VisitCards.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::SaleService", text);
}

// A request that is malformed whatever the shop holds (a negative amount, an unknown method).
Error usage(const QString& message)
{
    return Error::make(Error::Code::Usage, message);
}

// A well-formed request the customer's accounts or the sale's figures refuse (too little stored
// value, paying more than is due after the discounts): not a usage error (the CLI exits 1, not 2).
Error refused(const QString& message)
{
    return Error::make(Error::Code::Conflict, message);
}

const QDate kEverything(9999, 12, 31);

Result<Customer> customerOf(const storage::Database& database, qint64 id)
{
    auto found = storage::CustomerRepository(database).findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::NotFound, tr("No customer with ID %1.").arg(id));
    return **found;
}

Result<PointsState> pointsState(const storage::Database& database, qint64 customerId, const QDate& asOf)
{
    auto rows = storage::MemberRepository(database).pointsOf(customerId);
    if (!rows)
        return rows.error();
    return PointsLedger::evaluate(*rows, asOf);
}

// Brings the customer's tier and figures up to date after a committed change; the change stands
// whatever happens here.
QString refreshSegmentation(storage::Database& database, qint64 customerId)
{
    auto updated = segmentation::SegmentationUpkeep::update(database, {customerId});
    if (!updated)
        return updated.error().message;
    return updated->problem;
}

QString tillOr(const QString& till)
{
    return till.isEmpty() ? SaleService::defaultTill() : till;
}

// Reads everything inside the caller's transaction (or none, for a preview) and works the sale out.
Result<SaleOutcome> plan(const storage::Database& database, const SaleRequest& request, const MemberRules& rules)
{
    Fen amount = request.amount;
    QString cardPlan;
    if (request.cardPlanId > 0) {
        auto plan = storage::CardStore::plan(database, request.cardPlanId);
        if (!plan)
            return plan.error();
        if (!plan->has_value())
            return Error::make(Error::Code::NotFound, tr("No visit-card plan %1.").arg(request.cardPlanId));
        amount = (*plan)->price;
        cardPlan = (*plan)->name;
    } else if (request.amount <= 0) {
        return usage(tr("The amount must be more than ¥0 (%1).").arg(money::format(request.amount)));
    }
    if (request.payments.isEmpty() && !SaleService::payMethods().contains(request.payMethod))
        return usage(tr("Unknown payment method \"%1\" (cash, card, wechat or alipay).").arg(request.payMethod));
    int restParts = 0;
    for (const PaymentPart& part : request.payments) {
        if (!SaleService::payMethods().contains(part.method))
            return usage(tr("Unknown payment method \"%1\" (cash, card, wechat or alipay).").arg(part.method));
        if (part.rest)
            ++restParts;
        else if (part.amount <= 0)
            return usage(tr("A payment by %1 must be more than ¥0 (%2).")
                             .arg(SaleService::payMethodLabel(part.method), money::format(part.amount)));
    }
    if (restParts > 1)
        return usage(tr("Only one payment can take the rest."));
    if (request.visitCardId != 0)
        return usage(tr("Visit cards are not available yet."));
    if (request.redeemPoints < 0 || request.payBalance < 0)
        return usage(tr("Points to redeem and the amount from stored value cannot be negative."));
    auto customer = customerOf(database, request.customerId);
    if (!customer)
        return customer.error();
    storage::MemberRepository members(database);
    SaleOutcome out;
    out.date = request.date.isValid() ? request.date : Clock::today();
    out.customerName = customer->name;
    out.memberCode = customer->memberCode;
    out.payMethod = request.payMethod;
    auto tier = members.tierOf(customer->id);
    if (!tier)
        return tier.error();
    out.tier = *tier;
    out.list = amount;
    out.cardPlan = cardPlan;
    out.discount = rules.tierDiscount(amount, out.tier);
    if (!request.couponCode.trimmed().isEmpty()) {
        auto quote = Coupons::quote(database, request.couponCode, customer->id, out.due(), out.date);
        if (!quote)
            return quote.error();
        if (!quote->ok())
            return quote->error();
        out.couponCode = quote->code;
        out.couponType = quote->typeName;
        out.couponDiscount = quote->discount;
        out.freeItem = quote->freeItem;
    }
    Fen due = out.due();

    auto points = pointsState(database, customer->id, out.date);
    if (!points)
        return points.error();
    if (request.redeemPoints > 0) {
        if (request.redeemPoints > points->balance)
            return Error::make(Error::Code::Conflict, tr("%1 has %2 points; %3 cannot be redeemed.")
                                                          .arg(customer->name)
                                                          .arg(std::max<qint64>(points->balance, 0))
                                                          .arg(request.redeemPoints));
        out.pointsRedeemed = request.redeemPoints;
        out.pointsValue = rules.pointsValue(request.redeemPoints);
        if (out.pointsValue > due)
            return refused(tr("%1 points are worth %2, more than the %3 due.")
                               .arg(request.redeemPoints)
                               .arg(money::format(out.pointsValue), money::format(due)));
        due -= out.pointsValue;
    }

    auto sums = members.storedValueSum(customer->id, kEverything);
    if (!sums)
        return sums.error();
    const StoredValue held{sums->first, sums->second};
    const Fen fromBalance = request.payBalanceAll ? std::clamp<Fen>(held.total(), 0, due) : request.payBalance;
    if (fromBalance > due)
        return refused(
            tr("%1 from stored value is more than the %2 due.").arg(money::format(fromBalance), money::format(due)));
    if (fromBalance > held.total())
        return Error::make(Error::Code::Conflict,
                           tr("The stored-value balance is %1 (principal %2, bonus %3); %4 cannot be paid from it. "
                              "Nothing was changed.")
                               .arg(money::format(held.total()), money::format(held.principal),
                                    money::format(held.bonus), money::format(fromBalance)));
    const StoredValue paid = StoredValueLedger::split(held, fromBalance, rules.split);
    out.paidPrincipal = paid.principal;
    out.paidBonus = paid.bonus;
    out.paidOther = due - fromBalance;
    if (request.payments.isEmpty()) {
        if (out.paidOther > 0)
            out.payments.append({request.payMethod, out.paidOther, false});
    } else {
        Fen fixed = 0;
        for (const PaymentPart& part : request.payments)
            if (!part.rest)
                fixed += part.amount;
        if (fixed > out.paidOther || (restParts == 0 && fixed != out.paidOther))
            return refused(tr("The payments add up to %1, but %2 is left to pay after stored value and points.")
                               .arg(money::format(fixed), money::format(out.paidOther)));
        QStringList methods;
        for (const PaymentPart& part : request.payments) {
            const Fen amount = part.rest ? out.paidOther - fixed : part.amount;
            if (amount <= 0)
                continue;
            out.payments.append({part.method, amount, false});
            if (!methods.contains(part.method))
                methods << part.method;
        }
        out.payMethod = methods.isEmpty() ? request.payMethod : methods.join(u'+');
    }
    out.memberDay = rules.isMemberDay(out.date);
    out.pointsEarned = rules.pointsEarned(out.paidOther + out.paidPrincipal, out.tier, out.date, customer->birthday);
    out.balance = {held.principal - paid.principal, held.bonus - paid.bonus};
    out.points = points->balance - out.pointsRedeemed + out.pointsEarned;
    return out;
}
} // namespace

Result<SaleOutcome> SaleService::preview(const storage::Database& database, const SaleRequest& request)
{
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    return plan(database, request, *rules);
}

Result<SaleOutcome> SaleService::sell(storage::Database& database, const SaleRequest& request)
{
    Result<SaleOutcome> outcome = Error::make(Error::Code::Database, QString());
    {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        if (auto s = storage::MemberRepository(database).lockAccount(request.customerId); !s)
            return s.error();
        auto rules = MemberRules::load(database);
        if (!rules)
            return rules.error();
        outcome = plan(database, request, *rules); // the balances as they are now, inside the lock
        if (!outcome)
            return outcome;
        SaleOutcome& out = *outcome;
        auto code = MemberCodes::ensure(database, request.customerId);
        if (!code)
            return code.error();
        out.memberCode = *code;
        storage::MemberRepository members(database);
        auto number = members.nextOrderNo(out.date);
        if (!number)
            return number.error();
        out.orderNo = *number;
        storage::SaleRow sale;
        sale.orderNo = out.orderNo;
        sale.customerId = request.customerId;
        sale.kind = u"sale"_s;
        sale.soldOn = out.date;
        sale.list = out.list;
        sale.discount = out.discount + out.couponDiscount; // the order's amount is what was paid for
        sale.pointsRedeemed = out.pointsRedeemed;
        sale.pointsValue = out.pointsValue;
        sale.paidPrincipal = out.paidPrincipal;
        sale.paidBonus = out.paidBonus;
        sale.paidOther = out.paidOther;
        sale.payMethod = out.payMethod;
        for (const PaymentPart& part : out.payments)
            sale.payments.append({part.method, part.amount});
        sale.pointsEarned = out.pointsEarned;
        sale.category = out.cardPlan;
        sale.till = tillOr(request.till);
        auto store = SaleService::storeTakingMoney(database, request.store, sale.till);
        if (!store)
            return store.error();
        sale.store = *store;
        if (auto named = storage::StoreRepository(database).find(sale.store); named && *named)
            out.storeName = (**named).name;
        sale.actor = SaleService::whoKey();
        auto saleId = members.insertSale(sale);
        if (!saleId)
            return saleId.error();
        if (auto s = storage::StoreRepository(database).adoptHomeStore(request.customerId, sale.store); !s)
            return s.error();
        storage::PointsRow points;
        points.customerId = request.customerId;
        points.occurredOn = out.date;
        points.saleId = *saleId;
        points.till = sale.till;
        points.store = sale.store;
        points.actor = sale.actor;
        points.note = out.orderNo;
        if (out.pointsRedeemed > 0) {
            points.kind = u"redeem"_s;
            points.points = -out.pointsRedeemed;
            if (auto s = members.insertPoints(points); !s)
                return s.error();
        }
        if (out.pointsEarned > 0) {
            points.kind = u"earn"_s;
            points.points = out.pointsEarned;
            points.expiresOn = rules->expiryOf(out.date);
            if (auto s = members.insertPoints(points); !s)
                return s.error();
        }
        if (out.paidPrincipal + out.paidBonus > 0) {
            storage::StoredValueRow row;
            row.customerId = request.customerId;
            row.kind = u"payment"_s;
            row.principal = -out.paidPrincipal;
            row.bonus = -out.paidBonus;
            row.occurredOn = out.date;
            row.saleId = *saleId;
            row.till = sale.till;
            row.store = sale.store;
            row.actor = sale.actor;
            if (auto s = members.insertStoredValue(row); !s)
                return s.error();
        }
        auto written = members.saleById(*saleId);
        if (!written)
            return written.error();
        if (!written->has_value())
            return Error::make(Error::Code::Database, tr("The sale %1 was not saved.").arg(out.orderNo));
        out.orderId = (*written)->orderId;
        if (!out.couponCode.isEmpty()) {
            auto redeemed = Coupons::redeem(database, out.couponCode, request.customerId, out.orderId,
                                            out.couponDiscount, out.date);
            if (!redeemed)
                return redeemed.error();
        }
        if (request.cardPlanId > 0) {
            auto card = VisitCards::issue(database, request.customerId, request.cardPlanId, out.date, sale.store,
                                          out.due(), out.orderId);
            if (!card)
                return card.error();
            out.cardId = card->cardId;
            out.cardNo = card->cardNo;
            out.cardExpiresOn = card->expiresOn;
        }
        if (auto s = transaction.commit(); !s)
            return s.error();
    }
    outcome->problem = refreshSegmentation(database, request.customerId);
    return outcome;
}

namespace {
// The counter sale `orderNo` and what its refund would give back, read from the ledgers the refund
// reverses (inside the caller's transaction, or none for a preview). Writes nothing.
struct RefundPlan
{
    qint64 cardId = 0;       // a visit card the sale sold, cancelled by the refund
    qint64 keep = 1, of = 1; // the share given back: unused ÷ uses of that card (1 ÷ 1 otherwise)
    Fen scale(Fen value) const // the share of a sale's amount, rounded half away from zero
    {
        const Fen twice = value * keep * 2 / of;
        return twice >= 0 ? (twice + 1) / 2 : -((-twice + 1) / 2);
    }
    storage::SaleRow sale;
    QList<storage::PointsRow> points;
    QList<storage::StoredValueRow> value;
    RefundOutcome out;
};

Result<RefundPlan> planRefund(const storage::Database& database, const QString& orderNo)
{
    storage::MemberRepository members(database);
    auto found = members.saleByOrderNo(orderNo.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::NotFound, tr("No counter sale numbered %1.").arg(orderNo));
    RefundPlan plan;
    plan.sale = **found;
    const storage::SaleRow& sale = plan.sale;
    if (sale.kind != u"sale")
        return refused((sale.kind == u"void" ? tr("%1 is itself a void.") : tr("%1 is itself a refund.")).arg(orderNo));
    auto reversal = members.reversalOf(sale.id);
    if (!reversal)
        return reversal.error();
    if (*reversal > 0) {
        auto earlier = members.saleById(*reversal);
        const bool known = earlier && earlier->has_value();
        const bool voided = known && (*earlier)->kind == u"void";
        return refused((voided ? tr("Sale %1 was already voided (%2).") : tr("Sale %1 was already refunded (%2)."))
                           .arg(orderNo, known ? (*earlier)->orderNo : QString()));
    }
    RefundOutcome& out = plan.out;
    out.refundOf = sale.orderNo;
    out.voided = sale.soldOn == Clock::today();
    out.customerId = sale.customerId;
    out.saleAmount = sale.amount();
    out.soldOn = sale.soldOn;
    out.payMethod = sale.payMethod;
    if (auto customer = customerOf(database, sale.customerId)) {
        out.customerName = customer->name;
        out.memberCode = customer->memberCode;
    }
    out.otherReturned = sale.paidOther;
    auto parts = members.paymentsOfSale(sale);
    if (!parts)
        return parts.error();
    for (const auto& part : *parts)
        out.paymentsReturned.append({part.method, part.amount, false});
    auto pointRows = members.pointsOfSale(sale.id);
    if (!pointRows)
        return pointRows.error();
    for (const auto& row : *pointRows) {
        if (row.kind == u"earn")
            out.pointsTakenBack += row.points;
        else if (row.kind == u"redeem")
            out.pointsReturned += -row.points;
        else
            continue;
        plan.points << row;
    }
    auto valueRows = members.storedValueOfSale(sale.id);
    if (!valueRows)
        return valueRows.error();
    for (const auto& row : *valueRows) {
        out.principalReturned += -row.principal;
        out.bonusReturned += -row.bonus;
    }
    plan.value = *valueRows;
    auto coupons = storage::CouponStore::redeemedOnOrder(database, sale.orderId);
    if (!coupons)
        return coupons.error();
    for (const auto& c : *coupons)
        out.couponsReturned << c.code;
    auto uses = storage::CardStore::openUsesOfOrder(database, sale.orderId);
    if (!uses)
        return uses.error();
    out.cardUsesReturned = int(uses->size());
    auto cards = VisitCards::cardsOf(database, sale.customerId);
    if (!cards)
        return cards.error();
    for (const auto& card : *cards) {
        if (card.orderId != sale.orderId)
            continue;
        if (card.remaining() <= 0)
            return Error::make(Error::Code::Conflict,
                               tr("Visit card %1 sold by sale %2 has no unused uses left; there is nothing to refund.")
                                   .arg(card.cardNo, sale.orderNo));
        plan.cardId = card.id;
        plan.keep = card.remaining();
        plan.of = card.uses;
        out.cardCancelled = card.cardNo;
        out.cardUsesCancelled = card.remaining();
        out.cardUses = card.uses;
    }
    if (plan.keep != plan.of) {
        // Part of the card was used: give back that share of every part, the money parts adding up
        // to the unused uses' value; the coupon stays used (the sale partly stood).
        const Fen refund = (sale.amount() * plan.keep * 2 + plan.of) / (2 * plan.of);
        out.couponsReturned.clear();
        out.pointsTakenBack = 0;
        out.pointsReturned = 0;
        for (auto& row : plan.points) {
            row.points = row.points * plan.keep / plan.of; // whole points, rounded toward zero
            if (row.kind == u"earn")
                out.pointsTakenBack += row.points;
            else
                out.pointsReturned += -row.points;
        }
        out.principalReturned = 0;
        out.bonusReturned = 0;
        for (auto& row : plan.value) {
            row.principal = plan.scale(row.principal);
            row.bonus = plan.scale(row.bonus);
            out.principalReturned += -row.principal;
            out.bonusReturned += -row.bonus;
        }
        Fen money = out.principalReturned + out.bonusReturned;
        for (auto& part : out.paymentsReturned) {
            part.amount = plan.scale(part.amount);
            money += part.amount;
        }
        const Fen pointsValue = plan.scale(sale.pointsValue);
        const Fen off = refund - pointsValue - money; // rounding: on the first money part
        if (!out.paymentsReturned.isEmpty())
            out.paymentsReturned.front().amount += off;
        else if (!plan.value.isEmpty()) {
            plan.value.front().principal -= off;
            out.principalReturned += off;
        }
        out.otherReturned = 0;
        for (const auto& part : out.paymentsReturned)
            out.otherReturned += part.amount;
    }
    return plan;
}
} // namespace

Result<RefundOutcome> SaleService::previewRefund(const storage::Database& database, const QString& orderNo)
{
    auto plan = planRefund(database, orderNo);
    if (!plan)
        return plan.error();
    const qint64 customerId = plan->sale.customerId;
    auto held = balance(database, customerId);
    if (!held)
        return held.error();
    plan->out.balance = {held->principal + plan->out.principalReturned, held->bonus + plan->out.bonusReturned};
    auto points = pointsState(database, customerId, Clock::today());
    if (!points)
        return points.error();
    plan->out.points = points->balance - plan->out.pointsTakenBack + plan->out.pointsReturned;
    return plan->out;
}

Result<RefundOutcome> SaleService::refund(storage::Database& database, const QString& orderNo, const QString& till)
{
    RefundOutcome out;
    qint64 customerId = 0;
    {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        storage::MemberRepository members(database);
        // The customer's account is locked before the plan reads the sale's reversal, so two
        // tills refunding the same sale at once on a server cannot both pass that check.
        if (auto found = members.saleByOrderNo(orderNo.trimmed()); found && found->has_value())
            if (auto s = members.lockAccount((*found)->customerId); !s)
                return s.error();
        auto plan = planRefund(database, orderNo);
        if (!plan)
            return plan.error();
        const storage::SaleRow& sale = plan->sale;
        out = plan->out;
        auto rules = MemberRules::load(database);
        if (!rules)
            return rules.error();
        const QDate today = Clock::today();
        if (!out.voided) {
            if (auto s = security::Session::require(security::Permission::AdjustMemberAccounts); !s)
                return s.error();
            if (auto s = security::AuditLog::record(database, u"sale-refund"_s, u"order "_s + sale.orderNo,
                                                    u"sold %1"_s.arg(sale.soldOn.toString(Qt::ISODate)));
                !s)
                return s.error();
        }
        auto number = members.nextOrderNo(today);
        if (!number)
            return number.error();
        storage::SaleRow back = sale;
        back.orderNo = *number;
        back.kind = out.voided ? u"void"_s : u"refund"_s;
        back.reversesId = sale.id;
        back.soldOn = today;
        back.list = -plan->scale(sale.list);
        // the order's amount is exactly what comes back (money and the points' value)
        back.discount = back.list + out.principalReturned + out.bonusReturned + out.otherReturned +
                        plan->scale(sale.pointsValue);
        back.pointsRedeemed = -out.pointsReturned;
        back.pointsValue = -plan->scale(sale.pointsValue);
        back.paidPrincipal = -out.principalReturned;
        back.paidBonus = -out.bonusReturned;
        back.paidOther = -out.otherReturned;
        back.pointsEarned = -out.pointsTakenBack;
        back.payments.clear();
        for (const PaymentPart& part : out.paymentsReturned)
            back.payments.append({part.method, -part.amount});
        back.till = tillOr(till);
        // Given back at this till's store; a till without one: at the sale's.
        auto store = SaleService::storeFor(database, QString(), back.till);
        if (!store)
            return store.error();
        if (!store->isEmpty())
            back.store = *store;
        back.actor = SaleService::whoKey();
        auto backId = members.insertSale(back, sale.orderNo);
        if (!backId)
            return backId.error();
        for (const auto& row : plan->points) {
            if (row.points == 0)
                continue;
            storage::PointsRow r;
            r.customerId = sale.customerId;
            r.occurredOn = today;
            r.saleId = *backId;
            r.till = back.till;
            r.store = back.store;
            r.actor = back.actor;
            r.note = back.orderNo;
            r.points = -row.points;
            if (row.kind == u"earn") {
                r.kind = u"earn_reversal"_s;
                r.lotId = row.id;
            } else {
                r.kind = u"redeem_return"_s;
                r.expiresOn = rules->expiryOf(sale.soldOn); // as young as the sale that used them
            }
            if (auto s = members.insertPoints(r); !s)
                return s.error();
        }
        for (const auto& row : plan->value) {
            storage::StoredValueRow r = row;
            r.kind = u"refund"_s;
            r.principal = -row.principal;
            r.bonus = -row.bonus;
            r.paid = 0;
            r.occurredOn = today;
            r.saleId = *backId;
            r.till = back.till;
            r.store = back.store;
            r.actor = back.actor;
            if (auto s = members.insertStoredValue(r); !s)
                return s.error();
        }
        if (plan->keep == plan->of) // a part-used card's coupon stays used
            if (auto released = Coupons::release(database, sale.orderId, today); !released)
                return released.error();
        if (auto uses = VisitCards::undoUsesOfOrder(database, sale.orderId, today, back.actor); !uses)
            return uses.error();
        if (plan->cardId > 0) {
            auto written = members.saleById(*backId);
            if (!written || !written->has_value())
                return written ? Error::make(Error::Code::Database, tr("The refund %1 was not saved.").arg(back.orderNo))
                               : written.error();
            if (auto s = storage::CardStore::insertCancellation(database, plan->cardId, today, out.cardUsesCancelled,
                                                                -back.amount(), (*written)->orderId, back.actor);
                !s)
                return s.error();
        }
        out.orderNo = back.orderNo;
        customerId = sale.customerId;
        if (auto s = transaction.commit(); !s)
            return s.error();
    }
    auto held = balance(database, customerId);
    if (!held)
        return held.error();
    out.balance = *held;
    auto points = pointsState(database, customerId, Clock::today());
    if (!points)
        return points.error();
    out.points = points->balance;
    out.problem = refreshSegmentation(database, customerId);
    return out;
}

Result<TopUpOutcome> SaleService::previewTopUp(const storage::Database& database, qint64 customerId, Fen amount)
{
    if (amount <= 0)
        return usage(tr("A top-up must be more than ¥0 (%1).").arg(money::format(amount)));
    auto customer = customerOf(database, customerId);
    if (!customer)
        return customer.error();
    if (customer->phone.isEmpty() && customer->memberCode.isEmpty())
        return refused(tr("%1 has neither a phone nor a member code; only members with one may hold stored value.")
                           .arg(customer->name));
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    auto held = balance(database, customerId);
    if (!held)
        return held.error();
    TopUpOutcome out;
    out.principal = amount;
    out.bonus = rules->topUpBonus(amount);
    out.balance = {held->principal + out.principal, held->bonus + out.bonus};
    return out;
}

Result<TopUpOutcome> SaleService::topUp(storage::Database& database, qint64 customerId, Fen amount,
                                        const QString& payMethod, const QDate& date, const QString& till)
{
    if (!payMethods().contains(payMethod))
        return usage(tr("Unknown payment method \"%1\" (cash, card, wechat or alipay).").arg(payMethod));
    Result<TopUpOutcome> out = Error::make(Error::Code::Database, QString());
    {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        if (auto s = storage::MemberRepository(database).lockAccount(customerId); !s)
            return s.error();
        out = previewTopUp(database, customerId, amount);
        if (!out)
            return out;
        if (auto code = MemberCodes::ensure(database, customerId); !code)
            return code.error();
        storage::StoredValueRow row;
        row.customerId = customerId;
        row.kind = u"topup"_s;
        row.principal = out->principal;
        row.bonus = out->bonus;
        row.paid = amount;
        row.payMethod = payMethod;
        row.occurredOn = date.isValid() ? date : Clock::today();
        row.till = tillOr(till);
        auto store = SaleService::storeTakingMoney(database, QString(), row.till);
        if (!store)
            return store.error();
        row.store = *store;
        row.actor = SaleService::whoKey();
        if (auto s = storage::MemberRepository(database).insertStoredValue(row); !s)
            return s.error();
        if (auto s = transaction.commit(); !s)
            return s.error();
    }
    return out;
}

Result<qint64> SaleService::adjustPoints(storage::Database& database, qint64 customerId, qint64 points,
                                         const QString& reason)
{
    if (auto s = security::Session::require(security::Permission::AdjustMemberAccounts); !s)
        return s.error();
    if (points == 0)
        return usage(tr("Adjust by a number of points other than 0."));
    if (reason.trimmed().isEmpty())
        return usage(tr("Give a reason for the points adjustment."));
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (auto s = storage::MemberRepository(database).lockAccount(customerId); !s)
        return s.error();
    auto customer = customerOf(database, customerId);
    if (!customer)
        return customer.error();
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    storage::PointsRow row;
    row.customerId = customerId;
    row.kind = u"adjust"_s;
    row.points = points;
    row.occurredOn = Clock::today();
    if (points > 0)
        row.expiresOn = rules->expiryOf(row.occurredOn);
    row.note = reason.trimmed();
    row.till = defaultTill();
    auto store = SaleService::storeFor(database, QString(), row.till);
    if (!store)
        return store.error();
    row.store = *store;
    row.actor = SaleService::whoKey();
    if (auto s = storage::MemberRepository(database).insertPoints(row); !s)
        return s.error();
    if (auto s = security::AuditLog::record(database, u"points-adjust"_s, u"customer %1"_s.arg(customerId),
                                            u"%1 points: %2"_s.arg(points).arg(row.note));
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    auto state = pointsState(database, customerId, Clock::today());
    if (!state)
        return state.error();
    return state->balance;
}

Result<int> SaleService::awardImportedHistory(storage::Database& database)
{
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    if (!rules->programStart.isValid())
        return 0;
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::MemberRepository members(database);
    auto orders = members.unawardedImportedOrders(rules->programStart);
    if (!orders)
        return orders.error();
    int awarded = 0;
    for (const auto& order : *orders) {
        auto customer = customerOf(database, order.customerId);
        if (!customer)
            return customer.error();
        auto tier = members.tierOf(order.customerId);
        if (!tier)
            return tier.error();
        const int earned = rules->pointsEarned(order.amount, *tier, order.date, customer->birthday);
        if (earned <= 0)
            continue;
        storage::PointsRow row;
        row.customerId = order.customerId;
        row.kind = u"earn"_s;
        row.points = earned;
        row.occurredOn = order.date;
        row.expiresOn = rules->expiryOf(order.date);
        row.orderId = order.id;
        row.note = QStringLiteral("@imported-order"); // a key: read in the reader's language (noteText)
        row.actor = SaleService::whoKey();
        if (auto s = members.insertPoints(row); !s)
            return s.error();
        ++awarded;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return awarded;
}

Result<StoredValue> SaleService::balance(const storage::Database& database, qint64 customerId, const QDate& asOf)
{
    auto sums = storage::MemberRepository(database).storedValueSum(customerId, asOf.isValid() ? asOf : kEverything);
    if (!sums)
        return sums.error();
    return StoredValue{sums->first, sums->second};
}

} // namespace clientele::core::member
