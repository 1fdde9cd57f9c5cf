#pragma once

#include "../domain/Result.h"
#include "../domain/VisitCard.h"

#include <QList>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// Visit cards (次卡): plans, selling a card (a sale), recording and undoing uses, the shop's debt
// in unused uses. Every write works on its own (its own transaction) and inside a caller's open
// storage::Transaction (a sale): storage::WriteScope. Remaining uses always come from the use
// ledger. Errors carry translated messages naming the card and why.
class VisitCards
{
public:
    // Owner only (rules), audited. Name unique, uses ≥ 1, price ≥ 0, months ≥ 1.
    static Result<qint64> addPlan(storage::Database& database, CardPlan plan);
    static Result<QList<CardPlan>> plans(const storage::Database& database);
    // By exact name, else by id.
    static Result<std::optional<CardPlan>> findPlan(const storage::Database& database, const QString& nameOrId);

    // The last day a card sold on `soldOn` may be used: soldOn.addMonths(months) (month ends clamp:
    // Jan 31 + 1 month = Feb 28/29; Feb 29 + 12 months = Feb 28).
    static QDate expiryFor(const QDate& soldOn, int months);

    struct Sold
    {
        qint64 cardId = 0;
        QString cardNo;
        qint64 orderId = 0;
        QString orderNo;
        QDate expiresOn;
    };
    // Selling a card is a sale: SaleService::sell with the plan (its price rung up like any amount,
    // points on the money paid, an order of the customer); the card is issued in that transaction.
    // balanceFirst: the customer's stored value pays as much as it covers, `payMethod` the rest.
    static Result<Sold> sell(storage::Database& database, qint64 customerId, qint64 planId, const QDate& day,
                             const QString& store, const QString& payMethod = QStringLiteral("cash"),
                             bool balanceFirst = false);
    // The card itself, tied to the sale's order, at the price paid for it (the sale calls this inside
    // its transaction). Sold.orderNo is left empty.
    static Result<Sold> issue(storage::Database& database, qint64 customerId, qint64 planId, const QDate& day,
                              const QString& store, Fen price, qint64 orderId);

    // Records one use on `day`; refused (Conflict) when the card is expired on that day, used up,
    // or the day is before the sale. orderId: the sale it belongs to (0: none). Returns the use id.
    static Result<qint64> use(storage::Database& database, qint64 cardId, const QDate& day, const QString& store,
                              const QString& actor, qint64 orderId = 0);
    // Appends the reversal of a use (the ledger is never edited). Refused when already undone.
    static Status undoUse(storage::Database& database, qint64 useId, const QDate& day, const QString& actor);
    // A refund of a sale: undoes every use recorded with that order. Returns how many.
    static Result<int> undoUsesOfOrder(storage::Database& database, qint64 orderId, const QDate& day,
                                       const QString& actor);

    static Result<QList<VisitCard>> cardsOf(const storage::Database& database, qint64 customerId);
    // By card number (K000012, any case), else by id.
    static Result<std::optional<VisitCard>> findCard(const storage::Database& database, const QString& numberOrId);
    static Result<QList<CardUse>> uses(const storage::Database& database, qint64 cardId);

    // What the shop owes in visits as of `asOf`: cards sold by then and not expired on that day,
    // their uses not yet taken (ledger entries up to that day), valued at each card's price per use
    // (price × unused ÷ uses, rounded half up to the fen per card).
    struct Liability
    {
        qint64 cards = 0; // cards with at least one unused use
        qint64 unusedUses = 0;
        Fen value = 0;
    };
    static Result<Liability> liability(const storage::Database& database, const QDate& asOf);
    static Fen unusedValue(const VisitCard& card);

    // Care rule "card with 1 use left": usable cards on `day` with exactly one use left.
    static Result<QList<VisitCard>> withOneUseLeft(const storage::Database& database, const QDate& day);

    // A readable refusal for a card that cannot be used on `day`, or empty when it can.
    static QString refusal(const VisitCard& card, const QDate& day);
};

} // namespace clientele::core::member
