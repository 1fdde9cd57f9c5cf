#include "Why.h"

#include "../care/CareTaskText.h"
#include "../domain/Money.h"
#include "../i18n/LocalDates.h"
#include "../segmentation/TierRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::automation::Why", text);
}

QString day(const QJsonObject& facts, const QString& field)
{
    return i18n::LocalDates::date(QDate::fromString(facts.value(field).toString(), Qt::ISODate));
}

QString fill(QString text, const QString& customerName)
{
    return text.replace(u"{name}"_s, customerName);
}
} // namespace

QString Why::date(const QDate& d)
{
    return i18n::LocalDates::date(d);
}

QString Why::reason(const QJsonObject& facts)
{
    if (const QString care = care::CareTaskText::reason(facts); !care.isEmpty())
        return care;
    const QString key = facts.value(u"rule"_s).toString();
    if (key == u"tier_changed")
        return (facts.value(u"up"_s).toBool() ? tr("Moved up from %1 to %2") : tr("Moved down from %1 to %2"))
            .arg(segmentation::TierRules::label(facts.value(u"from"_s).toString()),
                 segmentation::TierRules::label(facts.value(u"to"_s).toString()));
    if (key == u"won_back")
        return tr("Came back with a purchase on %1").arg(day(facts, u"last"_s));
    if (key == u"no_purchase")
        return tr("No purchase for %1 days since %2").arg(facts.value(u"days"_s).toInt()).arg(day(facts, u"last"_s));
    if (key == u"points_expiring")
        return tr("%1 points expire on %2").arg(facts.value(u"points"_s).toInteger()).arg(day(facts, u"expires"_s));
    if (key == u"stored_value_unused")
        return tr("%1 of stored value unused since %2 (%3 days)")
            .arg(money::format(facts.value(u"balance_fen"_s).toInteger()), day(facts, u"last"_s))
            .arg(facts.value(u"days"_s).toInt());
    if (key == u"card_one_use_left")
        return tr("Visit card %1 (%2) has one use left, valid until %3")
            .arg(facts.value(u"card"_s).toString(), facts.value(u"plan"_s).toString(), day(facts, u"expires"_s));
    if (key == u"p_alive_below")
        return tr("The chance they are still a customer is %1%, below %2%; last purchase on %3")
            .arg(facts.value(u"p_alive"_s).toInt())
            .arg(facts.value(u"below"_s).toInt())
            .arg(day(facts, u"last"_s));
    if (key == u"ticket_overdue")
        return tr("Ticket #%1 (%2) was due %3 and is still not resolved")
            .arg(facts.value(u"ticket"_s).toInteger())
            .arg(facts.value(u"subject"_s).toString(),
                 i18n::LocalDates::date(QDateTime::fromString(facts.value(u"due"_s).toString(), Qt::ISODate).date()) +
                     u' ' +
                     QDateTime::fromString(facts.value(u"due"_s).toString(), Qt::ISODate).time().toString(u"HH:mm"_s));
    return {};
}

QString Why::title(const QJsonObject& facts, const QString& customerName)
{
    if (const QString own = facts.value(u"title"_s).toString(); !own.isEmpty())
        return fill(own, customerName);
    if (const QString care = care::CareTaskText::title(facts, customerName); !care.isEmpty())
        return care;
    if (facts.value(u"rule"_s).toString() == u"ticket_overdue")
        return tr("Overdue ticket of %1").arg(customerName);
    return tr("Follow up with %1").arg(customerName);
}

QJsonObject Why::withRuleWords(const QJsonObject& why, const QJsonObject& actionParams)
{
    QJsonObject facts = why;
    for (const QString& field : {u"title"_s, u"message"_s})
        if (const QString text = actionParams.value(field).toString().trimmed(); !text.isEmpty())
            facts.insert(field, text);
    return facts;
}

QString Why::message(const QJsonObject& facts, const QString& customerName)
{
    return fill(facts.value(u"message"_s).toString(), customerName);
}

} // namespace clientele::core::automation
