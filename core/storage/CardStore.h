#pragma once

#include "../domain/Result.h"
#include "../domain/VisitCard.h"

#include <QList>

#include <optional>

namespace clientele::core::storage {

class Database;

// SQL of visit cards: plans, sold cards, the append-only use ledger. No transactions here (the
// callers in core/member open them); same thread as the Database.
class CardStore
{
public:
    static Result<qint64> insertPlan(const Database& db, const CardPlan& plan);
    static Result<QList<CardPlan>> plans(const Database& db);
    static Result<std::optional<CardPlan>> plan(const Database& db, qint64 id);
    static Result<std::optional<CardPlan>> planByName(const Database& db, const QString& name);

    static Result<qint64> nextCardSerial(const Database& db);
    static Result<qint64> insertCard(const Database& db, const VisitCard& card);
    static Status setCardOrder(const Database& db, qint64 cardId, qint64 orderId);
    // `used` counts ledger entries dated on or before `asOf` (all when invalid).
    static Result<std::optional<VisitCard>> card(const Database& db, qint64 id, const QDate& asOf = {});
    static Result<std::optional<VisitCard>> cardByNumber(const Database& db, const QString& cardNo);
    // Newest first; expired and used-up cards included (history).
    static Result<QList<VisitCard>> cardsOf(const Database& db, qint64 customerId);
    // Cards sold on or before asOf, used counted up to asOf.
    static Result<QList<VisitCard>> cardsAsOf(const Database& db, const QDate& asOf);
    // Cards usable on `day` with exactly `remaining` uses left.
    static Result<QList<VisitCard>> cardsWithRemaining(const Database& db, int remaining, const QDate& day);

    static Result<qint64> insertUse(const Database& db, const CardUse& use);
    // The refund of a card's sale cancels its unused uses (once per card).
    static Status insertCancellation(const Database& db, qint64 cardId, const QDate& day, int uses, Fen refund,
                                     qint64 orderId, const QString& actor);
    static Result<QList<CardUse>> uses(const Database& db, qint64 cardId);
    static Result<std::optional<CardUse>> use(const Database& db, qint64 useId);
    // Uses (+1) recorded for a sale and not undone.
    static Result<QList<CardUse>> openUsesOfOrder(const Database& db, qint64 orderId);
};

} // namespace clientele::core::storage
