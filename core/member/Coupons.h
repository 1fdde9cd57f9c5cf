#pragma once

#include "../domain/Coupon.h"
#include "../domain/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// Coupons: types, issuing (one customer or many — opted-out customers included: a coupon is not a
// message), quoting a discount for a sale, redeeming it inside the sale, releasing it on refund.
// Writes work on their own and inside a caller's open transaction (storage::WriteScope).
// Codes are eight characters from an alphabet without look-alikes, written XXXX-XXXX; input is
// matched in any case, with or without the dash or spaces.
class Coupons
{
public:
    // Owner only (rules), audited. Checks the kind's fields and that the type has a validity.
    static Result<qint64> addType(storage::Database& database, CouponType type);
    static Status validateType(const CouponType& type);
    static Result<QList<CouponType>> types(const storage::Database& database);
    static Result<std::optional<CouponType>> findType(const storage::Database& database, const QString& nameOrId);

    // The discount a type gives on a sale of `amount` (minimum spend not checked): Amount → its
    // amount, Percent → amount × percent ÷ 100 rounded down to the fen, at most the cap, Item → the
    // item's value; never more than the sale.
    static Fen discountFor(const CouponType& type, Fen amount);
    // The validity window of a coupon of `type` issued on `day` (validDays: day .. day + n − 1).
    static std::pair<QDate, QDate> validityFor(const CouponType& type, const QDate& day);

    struct Issued
    {
        QList<Coupon> coupons;
        qint64 skippedAtLimit = 0; // customers who already hold perCustomer coupons of the type
    };
    // One coupon per customer, all or nothing; issued by Session::actor().
    static Result<Issued> issue(storage::Database& database, qint64 typeId, const QList<qint64>& customerIds,
                                const QDate& day);

    enum class Refusal { None, NotFound, OtherCustomer, NotYetValid, Expired, MinimumSpend, Used, OnePerSale };
    struct Quote
    {
        qint64 couponId = 0;
        QString code;
        QString typeName;
        Fen discount = 0;
        QString freeItem; // Item coupons: what to hand over
        bool stackable = false;
        Refusal refusal = Refusal::None;
        QString message; // translated: why it is refused
        bool ok() const { return refusal == Refusal::None; }
        Error error() const;
    };
    // What `code` takes off a sale of `amount` for the customer on `day`, or why it cannot be used.
    // otherCodes: coupons already applied to the same sale (one coupon per sale unless every one
    // of them is stackable). A database failure is the Result's error; a refusal is in the Quote.
    static Result<Quote> quote(const storage::Database& database, const QString& code, qint64 customerId, Fen amount,
                               const QDate& day, const QStringList& otherCodes = {});
    // Marks the coupon used by sale `orderId` with the discount the quote gave. Re-checks everything
    // but the amount (customer, validity, not used, one per sale against coupons already redeemed on
    // that order); a refusal is an Error (Conflict) and writes nothing.
    static Result<Quote> redeem(storage::Database& database, const QString& code, qint64 customerId, qint64 orderId,
                                Fen discount, const QDate& day);
    // A refund gives the sale's coupons back (new ledger entries). Returns how many.
    static Result<int> release(storage::Database& database, qint64 orderId, const QDate& day);

    // Newest first; customerId 0 = all (at most `limit`, −1 all).
    static Result<QList<Coupon>> list(const storage::Database& database, qint64 customerId, int limit = -1);
    static Result<std::optional<Coupon>> find(const storage::Database& database, const QString& code);

    // Care rule "coupon expiring soon": unused coupons whose last valid day is in [day, day + days].
    static Result<QList<Coupon>> expiringSoon(const storage::Database& database, const QDate& day, int days);

    enum class State { Unused, Used, Expired, NotYetValid };
    static State stateOn(const Coupon& coupon, const QDate& day);
    static QString stateLabel(State state);  // translated
    static QString kindLabel(CouponKind kind);  // translated
    static QString kindKey(CouponKind kind);    // "amount", "percent", "item"
    static bool kindFromKey(const QString& key, CouponKind* kind);
    static QString describe(const CouponType& type); // "¥20 off from ¥200", "15% off, at most ¥50" …
    // Redeemed ÷ issued, 0 when none issued.
    static double redemptionRate(const CouponType& type);

    static QString normalizeCode(const QString& text);
    static QString newCode(); // random, XXXX-XXXX
};

} // namespace clientele::core::member
