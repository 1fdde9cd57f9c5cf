#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace clientele::core::storage {

class Database;

// The SQL behind the member program's monthly figures (member/MemberFigures): sums over the
// ledgers between two days (both inclusive). Same thread as the Database.
class MemberFigureQueries
{
public:
    struct TopUps
    {
        qint64 count = 0;
        Fen principal = 0;
        Fen bonus = 0;
    };
    static Result<TopUps> topUps(const Database& db, const QDate& from, const QDate& to);
    // Net points per ledger kind (earn, redeem, earn_reversal, redeem_return, adjust) in the days.
    static Result<QList<std::pair<QString, qint64>>> pointsByKind(const Database& db, const QDate& from, const QDate& to);
    // Visit-card uses in the days, net of uses undone.
    static Result<qint64> cardUses(const Database& db, const QDate& from, const QDate& to);
    struct CouponTypeCount
    {
        QString type;
        qint64 issued = 0;   // issued on or before `asOf`
        qint64 redeemed = 0; // of those, used as of `asOf` (net of refunds)
    };
    static Result<QList<CouponTypeCount>> couponsByType(const Database& db, const QDate& asOf);
    struct CounterSale
    {
        QDate day;
        Fen amount = 0;
    };
    struct Holder
    {
        qint64 customerId = 0;
        Fen balance = 0;     // principal + bonus on `asOf`
        QDate lastMovement;  // the latest top-up, payment or refund on or before `asOf`
    };
    // Customers with stored-value ledger rows on or before `asOf` (care rule: stored value unused).
    static Result<QList<Holder>> storedValueHolders(const Database& db, const QDate& asOf);
    // Counter sales in the days that were not refunded or voided.
    static Result<QList<CounterSale>> standingSales(const Database& db, const QDate& from, const QDate& to);
};

} // namespace clientele::core::storage
