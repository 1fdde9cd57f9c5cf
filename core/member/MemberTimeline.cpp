#include "MemberTimeline.h"

#include "../domain/Money.h"
#include "../storage/CouponStore.h"
#include "../storage/MemberRepository.h"
#include "Coupons.h"
#include "SaleService.h"
#include "VisitCards.h"
#include "../i18n/LocalDates.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::MemberTimeline", text);
}

using customers::TimelineEvent;

TimelineEvent line(const QDate& day, const QString& title, const QString& detail)
{
    return {day, TimelineEvent::Kind::Member, title, detail};
}

QString signedPoints(qint64 points)
{
    return (points > 0 ? u"+"_s : QString()) + QString::number(points);
}

QString pointsTitle(const storage::PointsRow& r)
{
    if (r.kind == u"earn")
        return tr("Points %1 earned").arg(signedPoints(r.points));
    if (r.kind == u"redeem")
        return tr("Points %1 redeemed").arg(signedPoints(r.points));
    const bool voided = r.saleKind == u"void"; // a void is no refund: the sale never stood
    if (r.kind == u"earn_reversal")
        return (voided ? tr("Points %1 taken back (void)") : tr("Points %1 taken back (refund)"))
            .arg(signedPoints(r.points));
    if (r.kind == u"redeem_return")
        return (voided ? tr("Points %1 given back (void)") : tr("Points %1 given back (refund)"))
            .arg(signedPoints(r.points));
    return tr("Points adjusted by %1").arg(signedPoints(r.points));
}

QString valueTitle(const storage::StoredValueRow& r)
{
    using money::format;
    if (r.kind == u"topup")
        return tr("Stored value topped up %1, bonus %2").arg(format(r.principal), format(r.bonus));
    if (r.kind == u"payment")
        return tr("Paid %1 from stored value (principal %2, bonus %3)")
            .arg(format(-(r.principal + r.bonus)), format(-r.principal), format(-r.bonus));
    return tr("%1 back to stored value (principal %2, bonus %3)")
        .arg(format(r.principal + r.bonus), format(r.principal), format(r.bonus));
}
} // namespace

Status MemberTimeline::append(const storage::Database& database, qint64 customerId, QList<TimelineEvent>& events)
{
    storage::MemberRepository members(database);
    auto points = members.pointsOf(customerId);
    if (!points)
        return points.error();
    for (const auto& r : *points) {
        QStringList detail;
        if (!r.note.isEmpty())
            detail << SaleService::noteText(r.note);
        if (r.points > 0 && r.expiresOn.isValid())
            detail << tr("expire %1").arg(i18n::LocalDates::shortDate(r.expiresOn));
        events.append(line(r.occurredOn, pointsTitle(r), detail.join(u" · "_s)));
    }
    auto value = members.storedValueOf(customerId);
    if (!value)
        return value.error();
    for (const auto& r : *value)
        events.append(line(r.occurredOn, valueTitle(r),
                           r.payMethod.isEmpty() ? QString() : SaleService::payMethodLabel(r.payMethod)));

    auto cards = VisitCards::cardsOf(database, customerId);
    if (!cards)
        return cards.error();
    for (const auto& card : *cards) {
        events.append(line(card.soldOn, tr("Visit card %1 bought: %2").arg(card.cardNo, card.planName),
                           tr("%1 uses for %2, until %3")
                               .arg(card.uses)
                               .arg(money::format(card.price), i18n::LocalDates::shortDate(card.expiresOn))));
        auto uses = VisitCards::uses(database, card.id);
        if (!uses)
            return uses.error();
        int used = 0;
        for (const auto& u : *uses) {
            used += u.delta;
            events.append(line(u.date,
                               u.delta > 0 ? tr("Visit card %1 used").arg(card.cardNo)
                                           : tr("Visit card %1: a use given back").arg(card.cardNo),
                               tr("%1 of %2 uses left").arg(card.uses - used).arg(card.uses)));
        }
    }

    auto coupons = Coupons::list(database, customerId);
    if (!coupons)
        return coupons.error();
    for (const auto& c : *coupons)
        events.append(line(c.issuedOn, tr("Coupon %1 received: %2").arg(c.code, c.typeName),
                           tr("valid %1 to %2")
                               .arg(i18n::LocalDates::shortDate(c.validFrom),
                                    i18n::LocalDates::shortDate(c.validTo))));
    auto entries = storage::CouponStore::entriesOf(database, customerId);
    if (!entries)
        return entries.error();
    for (const auto& e : *entries)
        events.append(line(e.day,
                           e.delta > 0 ? tr("Coupon %1 used: %2 off").arg(e.code, money::format(e.discount))
                           : e.reversedAs == u"void" ? tr("Coupon %1 given back (void)").arg(e.code)
                                                     : tr("Coupon %1 given back (refund)").arg(e.code),
                           e.orderNo.isEmpty() ? e.typeName : tr("%1 · %2").arg(e.typeName, e.orderNo)));
    return {};
}

} // namespace clientele::core::member
