#include "Coupons.h"

#include "../domain/IsoDate.h"
#include "../domain/Money.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "SaleService.h"
#include "../storage/CouponStore.h"
#include "../storage/CustomerRepository.h"
#include "../storage/MemberRepository.h"
#include "../storage/Database.h"
#include "../storage/WriteScope.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::Coupons", text);
}

// No 0/O, 1/I/L: a code read out over the counter is typed right.
constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
constexpr int kCodeLength = 8;

Coupons::Quote refusedQuote(Coupons::Quote quote, Coupons::Refusal refusal, const QString& message)
{
    quote.refusal = refusal;
    quote.message = message;
    quote.discount = 0;
    return quote;
}

// Checks that do not depend on the sale's amount.
Coupons::Quote checkCoupon(const Coupon& coupon, const CouponType& type, qint64 customerId, const QDate& day)
{
    Coupons::Quote q;
    q.couponId = coupon.id;
    q.code = coupon.code;
    q.typeName = type.name;
    q.stackable = type.stackable;
    if (coupon.customerId != customerId)
        return refusedQuote(q, Coupons::Refusal::OtherCustomer,
                            tr("Coupon %1 belongs to another customer.").arg(coupon.code));
    if (coupon.used())
        return refusedQuote(q, Coupons::Refusal::Used,
                            tr("Coupon %1 was already used on %2.").arg(coupon.code, iso::date(coupon.redeemedOn)));
    if (day < coupon.validFrom)
        return refusedQuote(q, Coupons::Refusal::NotYetValid,
                            tr("Coupon %1 is valid from %2.").arg(coupon.code, iso::date(coupon.validFrom)));
    if (day > coupon.validTo)
        return refusedQuote(q, Coupons::Refusal::Expired,
                            tr("Coupon %1 expired on %2.").arg(coupon.code, iso::date(coupon.validTo)));
    return q;
}
} // namespace

Error Coupons::Quote::error() const
{
    return Error::make(refusal == Refusal::NotFound ? Error::Code::NotFound : Error::Code::Conflict, message);
}

Status Coupons::validateType(const CouponType& type)
{
    auto usage = [](const QString& m) { return Status(Error::make(Error::Code::Usage, m)); };
    if (type.name.trimmed().isEmpty())
        return usage(tr("A coupon type needs a name."));
    if (type.minSpend < 0 || type.amount < 0 || type.cap < 0)
        return usage(tr("Coupon amounts cannot be negative."));
    switch (type.kind) {
    case CouponKind::Amount:
        if (type.amount <= 0)
            return usage(tr("An amount-off coupon needs the amount it takes off."));
        break;
    case CouponKind::Percent:
        if (type.percent < 1 || type.percent > 100)
            return usage(tr("A percent-off coupon takes 1 to 100 percent off (got %1).").arg(type.percent));
        break;
    case CouponKind::Item:
        if (type.item.trimmed().isEmpty())
            return usage(tr("A free-item coupon needs the item it gives."));
        break;
    }
    if (type.perCustomer < 0)
        return usage(tr("Coupons per customer cannot be negative."));
    const bool fixed = type.validTo.isValid();
    if (fixed == (type.validDays > 0))
        return usage(tr("A coupon type is valid either until a date or for a number of days after issue "
                        "(one of the two)."));
    if (fixed && type.validFrom.isValid() && type.validFrom > type.validTo)
        return usage(tr("A coupon type's validity starts (%1) after it ends (%2).")
                         .arg(iso::date(type.validFrom), iso::date(type.validTo)));
    return {};
}

Result<qint64> Coupons::addType(storage::Database& database, CouponType type)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s.error();
    type.name = type.name.trimmed();
    type.item = type.item.trimmed();
    if (auto s = validateType(type); !s)
        return s.error();
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto existing = storage::CouponStore::typeByName(database, type.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::make(Error::Code::Conflict, tr("A coupon type named \"%1\" already exists.").arg(type.name));
    auto id = storage::CouponStore::insertType(database, type);
    if (!id)
        return id;
    if (auto s = security::AuditLog::record(database, QStringLiteral("rules"), QStringLiteral("coupon type %1").arg(*id),
                                            type.name + QStringLiteral(": ") + describe(type));
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CouponType>> Coupons::types(const storage::Database& database)
{
    return storage::CouponStore::types(database);
}

Result<std::optional<CouponType>> Coupons::findType(const storage::Database& database, const QString& nameOrId)
{
    auto byName = storage::CouponStore::typeByName(database, nameOrId.trimmed());
    if (!byName || byName->has_value())
        return byName;
    bool number = false;
    const qint64 id = nameOrId.toLongLong(&number);
    if (number)
        return storage::CouponStore::type(database, id);
    return std::optional<CouponType>();
}

Fen Coupons::discountFor(const CouponType& type, Fen amount)
{
    if (amount <= 0)
        return 0;
    Fen off = 0;
    switch (type.kind) {
    case CouponKind::Amount: off = type.amount; break;
    case CouponKind::Percent:
        off = amount * type.percent / 100; // rounded down: never a fen more than the percent
        if (type.cap > 0)
            off = std::min(off, type.cap);
        break;
    case CouponKind::Item: off = type.amount; break;
    }
    return std::min(off, amount);
}

std::pair<QDate, QDate> Coupons::validityFor(const CouponType& type, const QDate& day)
{
    if (type.validDays > 0)
        return {day, day.addDays(type.validDays - 1)};
    return {type.validFrom.isValid() ? type.validFrom : day, type.validTo};
}

Result<Coupons::Issued> Coupons::issue(storage::Database& database, qint64 typeId, const QList<qint64>& customerIds,
                                       const QDate& day)
{
    if (!day.isValid())
        return Error::make(Error::Code::Usage, tr("Coupons need the day they are issued."));
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto type = storage::CouponStore::type(database, typeId);
    if (!type)
        return type.error();
    if (!type->has_value())
        return Error::make(Error::Code::NotFound, tr("No coupon type %1.").arg(typeId));
    const auto [from, to] = validityFor(**type, day);
    if (to < day)
        return Error::make(Error::Code::Conflict, tr("Coupons of type \"%1\" ended on %2; none were issued.")
                                                      .arg((*type)->name, iso::date(to)));
    storage::CustomerRepository customers(database);
    const QString actor = SaleService::whoKey();
    Issued issued;
    for (qint64 customerId : customerIds) {
        auto customer = customers.findById(customerId);
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            return Error::make(Error::Code::NotFound, tr("No customer with ID %1.").arg(customerId));
        if ((*type)->perCustomer > 0) {
            auto held = storage::CouponStore::countHeld(database, typeId, customerId);
            if (!held)
                return held.error();
            if (*held >= (*type)->perCustomer) {
                ++issued.skippedAtLimit;
                continue;
            }
        }
        Coupon coupon;
        coupon.typeId = typeId;
        coupon.typeName = (*type)->name;
        coupon.customerId = customerId;
        coupon.issuedOn = day;
        coupon.validFrom = from;
        coupon.validTo = to;
        coupon.issuedBy = actor;
        for (int attempt = 0;; ++attempt) {
            coupon.code = newCode();
            auto inserted = storage::CouponStore::insertCoupon(database, coupon);
            if (!inserted)
                return inserted.error();
            if (*inserted)
                break;
            if (attempt > 20) // 31^8 codes: only a broken random source gets here
                return Error::make(Error::Code::Database, tr("Could not find a free coupon code."));
        }
        issued.coupons.append(coupon);
    }
    if (auto s = scope.commit(); !s)
        return s.error();
    return issued;
}

Result<Coupons::Quote> Coupons::quote(const storage::Database& database, const QString& code, qint64 customerId,
                                      Fen amount, const QDate& day, const QStringList& otherCodes)
{
    const QString normalized = normalizeCode(code);
    auto coupon = storage::CouponStore::couponByCode(database, normalized);
    if (!coupon)
        return coupon.error();
    if (!coupon->has_value()) {
        Quote q;
        q.code = code;
        return refusedQuote(q, Refusal::NotFound, tr("No coupon with code %1.").arg(code.trimmed()));
    }
    auto type = storage::CouponStore::type(database, (*coupon)->typeId);
    if (!type)
        return type.error();
    if (!type->has_value())
        return Error::make(Error::Code::NotFound, tr("No coupon type %1.").arg((*coupon)->typeId));
    Quote q = checkCoupon(**coupon, **type, customerId, day);
    if (!q.ok())
        return q;
    for (const QString& other : otherCodes) {
        const QString otherCode = normalizeCode(other);
        if (otherCode == normalized)
            return refusedQuote(q, Refusal::OnePerSale, tr("Coupon %1 is already on this sale.").arg(normalized));
        auto otherCoupon = storage::CouponStore::couponByCode(database, otherCode);
        if (!otherCoupon)
            return otherCoupon.error();
        bool otherStackable = false;
        if (otherCoupon->has_value()) {
            auto otherType = storage::CouponStore::type(database, (*otherCoupon)->typeId);
            if (!otherType)
                return otherType.error();
            otherStackable = otherType->has_value() && (*otherType)->stackable;
        }
        if (!q.stackable || !otherStackable)
            return refusedQuote(q, Refusal::OnePerSale,
                                tr("One coupon per sale: %1 cannot be used together with %2.").arg(normalized, otherCode));
    }
    if (amount < (*type)->minSpend)
        return refusedQuote(q, Refusal::MinimumSpend,
                            tr("Coupon %1 needs a sale of at least %2; this sale is %3.")
                                .arg(normalized, money::format((*type)->minSpend), money::format(amount)));
    q.discount = discountFor(**type, amount);
    if ((*type)->kind == CouponKind::Item)
        q.freeItem = (*type)->item;
    return q;
}

Result<Coupons::Quote> Coupons::redeem(storage::Database& database, const QString& code, qint64 customerId,
                                       qint64 orderId, Fen discount, const QDate& day)
{
    if (discount < 0)
        return Error::make(Error::Code::Usage, tr("A coupon's discount cannot be negative."));
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    const QString normalized = normalizeCode(code);
    auto coupon = storage::CouponStore::couponByCode(database, normalized);
    if (!coupon)
        return coupon.error();
    if (!coupon->has_value())
        return Error::make(Error::Code::NotFound, tr("No coupon with code %1.").arg(code.trimmed()));
    // On a server another till may be redeeming it right now: wait for it, then read again.
    if (auto s = storage::MemberRepository(database).lockAccount((*coupon)->customerId); !s)
        return s.error();
    coupon = storage::CouponStore::couponByCode(database, normalized);
    if (!coupon)
        return coupon.error();
    if (!coupon->has_value())
        return Error::make(Error::Code::NotFound, tr("No coupon with code %1.").arg(code.trimmed()));
    auto type = storage::CouponStore::type(database, (*coupon)->typeId);
    if (!type)
        return type.error();
    if (!type->has_value())
        return Error::make(Error::Code::NotFound, tr("No coupon type %1.").arg((*coupon)->typeId));
    Quote q = checkCoupon(**coupon, **type, customerId, day);
    if (!q.ok())
        return q.error();
    if (orderId > 0) {
        auto onOrder = storage::CouponStore::redeemedOnOrder(database, orderId);
        if (!onOrder)
            return onOrder.error();
        for (const auto& other : *onOrder) {
            auto otherType = storage::CouponStore::type(database, other.typeId);
            if (!otherType)
                return otherType.error();
            if (!q.stackable || !otherType->has_value() || !(*otherType)->stackable)
                return Error::make(Error::Code::Conflict, tr("One coupon per sale: %1 cannot be used together with %2.")
                                                              .arg(normalized, other.code));
        }
    }
    if (auto s = storage::CouponStore::insertRedemption(database, (*coupon)->id, 1, orderId, discount, day,
                                                        SaleService::whoKey());
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    q.discount = discount;
    if ((*type)->kind == CouponKind::Item)
        q.freeItem = (*type)->item;
    return q;
}

Result<int> Coupons::release(storage::Database& database, qint64 orderId, const QDate& day)
{
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto onOrder = storage::CouponStore::redeemedOnOrder(database, orderId);
    if (!onOrder)
        return onOrder.error();
    for (const auto& c : *onOrder)
        if (auto s = storage::CouponStore::insertRedemption(database, c.id, -1, orderId, -c.discount, day,
                                                            SaleService::whoKey());
            !s)
            return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return int(onOrder->size());
}

Result<QList<Coupon>> Coupons::list(const storage::Database& database, qint64 customerId, int limit)
{
    return storage::CouponStore::coupons(database, customerId, limit);
}

Result<std::optional<Coupon>> Coupons::find(const storage::Database& database, const QString& code)
{
    return storage::CouponStore::couponByCode(database, normalizeCode(code));
}

Result<QList<Coupon>> Coupons::expiringSoon(const storage::Database& database, const QDate& day, int days)
{
    return storage::CouponStore::unusedEndingBetween(database, day, day.addDays(std::max(days, 0)));
}

Coupons::State Coupons::stateOn(const Coupon& coupon, const QDate& day)
{
    if (coupon.used())
        return State::Used;
    if (day > coupon.validTo)
        return State::Expired;
    if (day < coupon.validFrom)
        return State::NotYetValid;
    return State::Unused;
}

QString Coupons::stateLabel(State state)
{
    switch (state) {
    case State::Unused: return tr("Unused");
    case State::Used: return tr("Used");
    case State::Expired: return tr("Expired");
    case State::NotYetValid: return tr("Not yet valid");
    }
    return {};
}

QString Coupons::kindLabel(CouponKind kind)
{
    switch (kind) {
    case CouponKind::Amount: return tr("Amount off");
    case CouponKind::Percent: return tr("Percent off");
    case CouponKind::Item: return tr("Free item");
    }
    return {};
}

QString Coupons::kindKey(CouponKind kind)
{
    return storage::CouponStore::kindKey(kind);
}

bool Coupons::kindFromKey(const QString& key, CouponKind* kind)
{
    return storage::CouponStore::kindFromKey(key, kind);
}

QString Coupons::describe(const CouponType& type)
{
    QString text;
    switch (type.kind) {
    case CouponKind::Amount: text = tr("%1 off").arg(money::format(type.amount)); break;
    case CouponKind::Percent:
        text = type.cap > 0 ? tr("%1% off, at most %2").arg(type.percent).arg(money::format(type.cap))
                            : tr("%1% off").arg(type.percent);
        break;
    case CouponKind::Item:
        text = type.amount > 0 ? tr("free %1 (worth %2)").arg(type.item, money::format(type.amount))
                               : tr("free %1").arg(type.item);
        break;
    }
    if (type.minSpend > 0)
        text += tr(", on a sale of %1 or more").arg(money::format(type.minSpend));
    return text;
}

double Coupons::redemptionRate(const CouponType& type)
{
    return type.issued > 0 ? double(type.redeemed) / double(type.issued) : 0.0;
}

QString Coupons::normalizeCode(const QString& text)
{
    QString plain;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            plain.append(c.toUpper());
    if (plain.size() == kCodeLength)
        plain.insert(kCodeLength / 2, QLatin1Char('-'));
    return plain;
}

QString Coupons::newCode()
{
    QString code;
    auto* random = QRandomGenerator::system();
    const int n = int(sizeof(kAlphabet)) - 1;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i == kCodeLength / 2)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(kAlphabet[random->bounded(n)]));
    }
    return code;
}

} // namespace clientele::core::member
