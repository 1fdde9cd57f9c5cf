#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"
#include "MemberRules.h"
#include "StoredValueLedger.h"

#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// The counter's money movements, each one write transaction (BEGIN IMMEDIATE: a second till
// waits for the first, then re-reads the balances inside its own transaction, so two tills paying
// from one balance never take it below zero). Staff may ring up, top up and void the same day;
// a refund after the sale's day and a points adjustment are owner-only and audited.
// After a commit the segmentation of the customer is brought up to date (the sale counts for RFM,
// tiers and reports at once); a failure there is reported in `problem`, the sale stands.

// One money part of a sale besides stored value and points: cash, card, wechat or alipay.
struct PaymentPart
{
    QString method;
    Fen amount = 0;
    bool rest = false; // in a request: takes whatever is left to pay (at most one part)
};

// How a sale is paid, as asked. Applied in this order: tier discount, coupon, points, stored
// value, then the rest by payMethod.
struct SaleRequest
{
    qint64 customerId = 0;
    Fen amount = 0;                 // before the tier discount
    QString payMethod = QStringLiteral("cash"); // cash, card, wechat, alipay: the rest, when `payments` is empty
    // More than one way to pay (e.g. part by card, the rest by WeChat): with stored value they must add
    // up to what is due after discounts, coupon and points, or one part takes the rest. Points are
    // earned on these parts and on stored-value principal.
    QList<PaymentPart> payments;
    Fen payBalance = 0;             // from stored value
    bool payBalanceAll = false;     // as much of the amount as the balance covers
    qint64 redeemPoints = 0;
    // A coupon (core/member/Coupons) applies after the tier discount: its minimum spend is checked
    // against the amount after that discount, a percent is taken of it. One coupon per sale.
    QString couponCode;
    qint64 visitCardId = 0;         // not supported in a sale yet (refused)
    // Selling a visit card of this plan: the amount is the plan's price (request.amount is not
    // read); the card is issued with the sale, at the price paid (after tier discount and coupon).
    qint64 cardPlanId = 0;
    QDate date;                     // invalid: today
    QString store;                  // a code or name on the store list; '': this till's store
    QString till;                   // invalid: this machine
};

// What a sale did (or, from preview, would do).
struct SaleOutcome
{
    QString orderNo;
    QString storeName; // the store the sale belongs to, by name ('' none)
    qint64 orderId = 0;
    QString memberCode;
    QString customerName;
    QString tier;
    QDate date;
    Fen list = 0;
    Fen discount = 0;               // the tier's
    QString couponCode;             // normalized, empty: none
    QString couponType;
    Fen couponDiscount = 0;
    QString freeItem;               // a free-item coupon: what to hand over
    qint64 pointsRedeemed = 0;
    Fen pointsValue = 0;
    Fen paidPrincipal = 0;
    Fen paidBonus = 0;
    Fen paidOther = 0;              // the sum of `payments`
    QString payMethod;              // the methods used, "+"-joined when more than one
    QList<PaymentPart> payments;    // each money part as paid
    qint64 pointsEarned = 0;
    bool memberDay = false;
    QString cardPlan;               // a visit card sold with the sale
    QString cardNo;
    qint64 cardId = 0;
    QDate cardExpiresOn;
    // balances after
    StoredValue balance;
    qint64 points = 0;
    QString problem;
    Fen due() const { return list - discount - couponDiscount; }
    // What the customer paid: stored value and money, after discounts, coupon and points (the
    // receipt's "Total paid" and the counter's status line).
    Fen paid() const { return paidPrincipal + paidBonus + paidOther; }
};

struct TopUpOutcome
{
    Fen principal = 0;
    Fen bonus = 0;
    StoredValue balance; // after
    QString problem;
};

struct RefundOutcome
{
    QString orderNo; // the refund's own number
    QString refundOf;
    bool voided = false;
    // Whose sale and what it was for, so a confirmation can name them before anything is written.
    qint64 customerId = 0;
    QString customerName;
    QString memberCode;
    Fen saleAmount = 0; // the sale's amount as rung up (after discounts), fen
    QDate soldOn;
    QString payMethod; // the sale's methods, "+"-joined
    qint64 pointsTakenBack = 0;
    qint64 pointsReturned = 0;
    Fen principalReturned = 0;
    Fen bonusReturned = 0;
    Fen otherReturned = 0;
    QList<PaymentPart> paymentsReturned; // each money part, to pay back by its method
    QStringList couponsReturned; // codes given back to the customer
    int cardUsesReturned = 0;
    // A visit card sold by the sale: its unused uses are cancelled and the refund is what they were
    // paid (price × unused ÷ uses, as the liabilities value them); each part of the payment comes
    // back in that proportion. A card with no use taken is refunded whole.
    QString cardCancelled;          // its number, empty: none
    int cardUsesCancelled = 0;
    int cardUses = 0;               // the card's uses as sold
    StoredValue balance;
    qint64 points = 0;
    QString problem;
};

class SaleService
{
public:
    static QStringList payMethods(); // cash, card, wechat, alipay
    static QString payMethodLabel(const QString& method); // translated; "card+wechat" as "Bank card + WeChat Pay"

    // The sale as it would be rung up now; nothing is written.
    static Result<SaleOutcome> preview(const storage::Database& database, const SaleRequest& request);
    static Result<SaleOutcome> sell(storage::Database& database, const SaleRequest& request);
    // Reverses every ledger of the sale: the points it earned taken back, the points it used
    // given back, stored value back to principal and bonus as it came; a new negative order.
    // On the sale's own day this is a void (anyone); later a refund (owners, audited).
    static Result<RefundOutcome> refund(storage::Database& database, const QString& orderNo, const QString& till = {});
    // What refund() would give back now (voided, points, stored value, coupons, card uses, the
    // balances after), from the same ledger rows; nothing is written. orderNo empty in the result.
    static Result<RefundOutcome> previewRefund(const storage::Database& database, const QString& orderNo);

    static Result<TopUpOutcome> previewTopUp(const storage::Database& database, qint64 customerId, Fen amount);
    static Result<TopUpOutcome> topUp(storage::Database& database, qint64 customerId, Fen amount,
                                      const QString& payMethod, const QDate& date = {}, const QString& till = {});
    // Owners only, audited. points may be negative; a positive adjustment expires like an award.
    static Result<qint64> adjustPoints(storage::Database& database, qint64 customerId, qint64 points,
                                       const QString& reason);
    // Awards points for imported orders since the rules' programStart (none when it is unset);
    // each order once. Returns the orders awarded.
    static Result<int> awardImportedHistory(storage::Database& database);

    static Result<StoredValue> balance(const storage::Database& database, qint64 customerId, const QDate& asOf = {});
    static QString defaultTill();
    // The store a counter write belongs to: `requested` (a code or a store's name, which must be on
    // the store list), else the store of the till (this machine when ''), else none ('').
    static Result<QString> storeFor(const storage::Database& database, const QString& requested,
                                    const QString& till = {});
    // The store the till's money counts for: its own, else in a shop with one store on the list
    // that store, in a shop without stores '' (none needed); nullopt for a chain's till without
    // one, which takes no money until it has one (sales and top-ups are refused).
    static Result<std::optional<QString>> tillStore(const storage::Database& database, const QString& till = {});
    // The store money taken at a till belongs to: the one `requested`, else tillStore(). Refused
    // (Conflict) for a chain's till without one: the money would count for none of its stores.
    static Result<QString> storeTakingMoney(const storage::Database& database, const QString& requested,
                                            const QString& till = {});
    // A points ledger note as stored, in the reader's language: the keys the program writes
    // ("@imported-order") translated, an owner's reason or an order number as written.
    static QString noteText(const QString& stored);
    // Who, as stored in the member ledgers (points, stored value, cards, coupons): the signed-in user's
    // name, or a language-neutral key without accounts ("@local:OSNAME", "@local"), so a row written
    // in one language reads in the reader's. whoText renders it; anything else (a user name, rows
    // from before the key, in whatever language they were written) shows as it is.
    static QString whoKey();
    static QString whoText(const QString& stored);
    // A ledger row's or counter sale's kind (earn, topup, refund, void …) in the reader's language.
    // `saleKind`: for a ledger row, the kind of the counter sale that wrote it (PointsRow::saleKind,
    // StoredValueRow::saleKind) — what a void gave back reads as a void, not as a refund.
    static QString kindLabel(const QString& kind, const QString& saleKind = {});
};

} // namespace clientele::core::member
