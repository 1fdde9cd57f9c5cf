#pragma once

#include "../domain/Coupon.h"
#include "../domain/Result.h"

#include <QList>

#include <optional>

namespace clientele::core::storage {

class Database;

// SQL of coupons: types, issued coupons, the append-only redemption ledger. No transactions here
// (core/member opens them); same thread as the Database.
// One entry of a customer's coupon ledger, for the timeline: a redemption (+1) or its release (−1).
struct CouponEntry
{
    QString code;
    QString typeName;
    int delta = 1;
    QString orderNo;
    Fen discount = 0;
    QDate day;
    QString reversedAs; // how the order was taken back at the counter: refund, void; '' when it stands
};

class CouponStore
{
public:
    static QString kindKey(CouponKind kind); // "amount", "percent", "item"
    static bool kindFromKey(const QString& key, CouponKind* kind);

    static Result<qint64> insertType(const Database& db, const CouponType& type);
    // With issued and redeemed counts.
    static Result<QList<CouponType>> types(const Database& db);
    static Result<std::optional<CouponType>> type(const Database& db, qint64 id);
    static Result<std::optional<CouponType>> typeByName(const Database& db, const QString& name);

    // False (and nothing written) when the code is taken.
    static Result<bool> insertCoupon(const Database& db, const Coupon& coupon);
    static Result<qint64> countHeld(const Database& db, qint64 typeId, qint64 customerId);
    static Result<std::optional<Coupon>> couponByCode(const Database& db, const QString& code);
    static Result<std::optional<Coupon>> coupon(const Database& db, qint64 id);
    // Newest first; customerId 0 = every customer (at most `limit`).
    static Result<QList<Coupon>> coupons(const Database& db, qint64 customerId, int limit = -1);
    // Coupons not used and valid on some day in [from, to] whose validity ends in [from, to].
    static Result<QList<Coupon>> unusedEndingBetween(const Database& db, const QDate& from, const QDate& to);
    // Coupons redeemed on an order and not released.
    static Result<QList<Coupon>> redeemedOnOrder(const Database& db, qint64 orderId);

    // The customer's redemptions and releases, oldest first.
    static Result<QList<CouponEntry>> entriesOf(const Database& db, qint64 customerId);

    static Status insertRedemption(const Database& db, qint64 couponId, int delta, qint64 orderId, Fen discount,
                                   const QDate& day, const QString& actor);
};

} // namespace clientele::core::storage
