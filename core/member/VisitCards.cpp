#include "VisitCards.h"

#include "SaleService.h"

#include "../domain/IsoDate.h"
#include "../domain/Money.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../storage/CardStore.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/WriteScope.h"

#include <QCoreApplication>

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::VisitCards", text);
}

Error refused(const QString& message)
{
    return Error::make(Error::Code::Conflict, message);
}
} // namespace

Result<qint64> VisitCards::addPlan(storage::Database& database, CardPlan plan)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s.error();
    plan.name = plan.name.trimmed();
    plan.items = plan.items.trimmed();
    if (plan.name.isEmpty())
        return Error::make(Error::Code::Usage, tr("A visit-card plan needs a name."));
    if (plan.uses < 1)
        return Error::make(Error::Code::Usage, tr("A visit-card plan needs at least 1 use (got %1).").arg(plan.uses));
    if (plan.price < 0)
        return Error::make(Error::Code::Usage, tr("A visit-card plan's price cannot be negative."));
    if (plan.monthsValid < 1)
        return Error::make(Error::Code::Usage,
                           tr("A visit-card plan is valid for at least 1 month (got %1).").arg(plan.monthsValid));
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto existing = storage::CardStore::planByName(database, plan.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return refused(tr("A visit-card plan named \"%1\" already exists.").arg(plan.name));
    auto id = storage::CardStore::insertPlan(database, plan);
    if (!id)
        return id;
    if (auto s = security::AuditLog::record(database, QStringLiteral("rules"), QStringLiteral("card plan %1").arg(*id),
                                            QStringLiteral("%1: %2 uses, %3, %4 months")
                                                .arg(plan.name)
                                                .arg(plan.uses)
                                                .arg(money::format(plan.price))
                                                .arg(plan.monthsValid));
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CardPlan>> VisitCards::plans(const storage::Database& database)
{
    return storage::CardStore::plans(database);
}

Result<std::optional<CardPlan>> VisitCards::findPlan(const storage::Database& database, const QString& nameOrId)
{
    auto byName = storage::CardStore::planByName(database, nameOrId.trimmed());
    if (!byName || byName->has_value())
        return byName;
    bool number = false;
    const qint64 id = nameOrId.toLongLong(&number);
    if (number)
        return storage::CardStore::plan(database, id);
    return std::optional<CardPlan>();
}

QDate VisitCards::expiryFor(const QDate& soldOn, int months)
{
    return soldOn.addMonths(months);
}

Result<VisitCards::Sold> VisitCards::sell(storage::Database& database, qint64 customerId, qint64 planId,
                                          const QDate& day, const QString& store, const QString& payMethod,
                                          bool balanceFirst)
{
    if (!day.isValid())
        return Error::make(Error::Code::Usage, tr("A visit card needs the day it is sold."));
    SaleRequest request;
    request.customerId = customerId;
    request.cardPlanId = planId;
    request.payMethod = payMethod;
    request.payBalanceAll = balanceFirst;
    request.date = day;
    request.store = store.trimmed();
    auto sale = SaleService::sell(database, request);
    if (!sale)
        return sale.error();
    return Sold{sale->cardId, sale->cardNo, sale->orderId, sale->orderNo, sale->cardExpiresOn};
}

Result<VisitCards::Sold> VisitCards::issue(storage::Database& database, qint64 customerId, qint64 planId,
                                           const QDate& day, const QString& store, Fen price, qint64 orderId)
{
    if (!day.isValid())
        return Error::make(Error::Code::Usage, tr("A visit card needs the day it is sold."));
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto plan = storage::CardStore::plan(database, planId);
    if (!plan)
        return plan.error();
    if (!plan->has_value())
        return Error::make(Error::Code::NotFound, tr("No visit-card plan %1.").arg(planId));
    auto serial = storage::CardStore::nextCardSerial(database);
    if (!serial)
        return serial.error();
    VisitCard card;
    card.cardNo = QStringLiteral("K%1").arg(*serial, 6, 10, QLatin1Char('0'));
    card.customerId = customerId;
    card.planId = planId;
    card.uses = (*plan)->uses;
    card.price = price;
    card.soldOn = day;
    card.expiresOn = expiryFor(day, (*plan)->monthsValid);
    card.store = store.trimmed();
    card.soldBy = SaleService::whoKey();
    card.orderId = orderId;
    auto id = storage::CardStore::insertCard(database, card);
    if (!id)
        return id.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return Sold{*id, card.cardNo, orderId, QString(), card.expiresOn};
}

QString VisitCards::refusal(const VisitCard& card, const QDate& day)
{
    if (day < card.soldOn)
        return tr("Visit card %1 was sold on %2; a use cannot be dated %3.")
            .arg(card.cardNo, iso::date(card.soldOn), iso::date(day));
    if (card.expiredOn(day))
        return tr("Visit card %1 expired on %2; it cannot be used any more (%3 of %4 uses left unused).")
            .arg(card.cardNo, iso::date(card.expiresOn))
            .arg(card.remaining())
            .arg(card.uses);
    if (card.remaining() <= 0)
        return tr("Visit card %1 is used up (%2 of %2 uses taken).").arg(card.cardNo).arg(card.uses);
    return {};
}

Result<qint64> VisitCards::use(storage::Database& database, qint64 cardId, const QDate& day, const QString& store,
                               const QString& actor, qint64 orderId)
{
    if (!day.isValid())
        return Error::make(Error::Code::Usage, tr("A visit-card use needs its day."));
    storage::WriteScope scope(database); // BEGIN IMMEDIATE: two tills cannot both take the last use
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto card = storage::CardStore::card(database, cardId);
    if (!card)
        return card.error();
    if (!card->has_value())
        return Error::make(Error::Code::NotFound, tr("No visit card %1.").arg(cardId));
    // On a server the other till may be taking a use right now: wait for it, then read again.
    if (auto s = storage::MemberRepository(database).lockAccount((*card)->customerId); !s)
        return s.error();
    card = storage::CardStore::card(database, cardId);
    if (!card)
        return card.error();
    if (!card->has_value())
        return Error::make(Error::Code::NotFound, tr("No visit card %1.").arg(cardId));
    if (const QString why = refusal(**card, day); !why.isEmpty())
        return refused(why);
    CardUse entry;
    entry.cardId = cardId;
    entry.delta = 1;
    entry.date = day;
    auto storeCode = SaleService::storeFor(database, store);
    if (!storeCode)
        return storeCode.error();
    entry.store = *storeCode;
    entry.actor = actor.isEmpty() ? SaleService::whoKey() : actor;
    entry.orderId = orderId;
    auto id = storage::CardStore::insertUse(database, entry);
    if (!id)
        return id;
    if (auto s = scope.commit(); !s)
        return s.error();
    return id;
}

Status VisitCards::undoUse(storage::Database& database, qint64 useId, const QDate& day, const QString& actor)
{
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus();
    auto found = storage::CardStore::use(database, useId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->delta != 1)
        return Error::make(Error::Code::NotFound, tr("No visit-card use %1.").arg(useId));
    if ((*found)->undone)
        return refused(tr("Visit-card use %1 was already undone.").arg(useId));
    CardUse reversal = **found;
    reversal.id = 0;
    reversal.delta = -1;
    reversal.undoesId = useId;
    reversal.date = day.isValid() ? day : (*found)->date;
    reversal.actor = actor.isEmpty() ? SaleService::whoKey() : actor;
    if (auto id = storage::CardStore::insertUse(database, reversal); !id)
        return id.error();
    return scope.commit();
}

Result<int> VisitCards::undoUsesOfOrder(storage::Database& database, qint64 orderId, const QDate& day,
                                        const QString& actor)
{
    storage::WriteScope scope(database);
    if (!scope.isActive())
        return scope.beginStatus().error();
    auto open = storage::CardStore::openUsesOfOrder(database, orderId);
    if (!open)
        return open.error();
    for (const auto& u : *open)
        if (auto s = undoUse(database, u.id, day, actor); !s)
            return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return int(open->size());
}

Result<QList<VisitCard>> VisitCards::cardsOf(const storage::Database& database, qint64 customerId)
{
    return storage::CardStore::cardsOf(database, customerId);
}

Result<std::optional<VisitCard>> VisitCards::findCard(const storage::Database& database, const QString& numberOrId)
{
    auto byNumber = storage::CardStore::cardByNumber(database, numberOrId.trimmed());
    if (!byNumber || byNumber->has_value())
        return byNumber;
    bool number = false;
    const qint64 id = numberOrId.toLongLong(&number);
    if (number)
        return storage::CardStore::card(database, id);
    return std::optional<VisitCard>();
}

Result<QList<CardUse>> VisitCards::uses(const storage::Database& database, qint64 cardId)
{
    return storage::CardStore::uses(database, cardId);
}

Fen VisitCards::unusedValue(const VisitCard& card)
{
    if (card.uses <= 0 || card.remaining() <= 0)
        return 0;
    return (card.price * card.remaining() * 2 + card.uses) / (2 * card.uses);
}

Result<VisitCards::Liability> VisitCards::liability(const storage::Database& database, const QDate& asOf)
{
    auto cards = storage::CardStore::cardsAsOf(database, asOf);
    if (!cards)
        return cards.error();
    Liability total;
    for (const auto& c : *cards) {
        if (c.expiredOn(asOf) || c.remaining() <= 0)
            continue;
        ++total.cards;
        total.unusedUses += c.remaining();
        total.value += unusedValue(c);
    }
    return total;
}

Result<QList<VisitCard>> VisitCards::withOneUseLeft(const storage::Database& database, const QDate& day)
{
    return storage::CardStore::cardsWithRemaining(database, 1, day);
}

} // namespace clientele::core::member
