#include "ServiceSettings.h"

#include "../storage/Transaction.h"
#include "Ticket.h"
#include "Tickets.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::service::ServiceSettings", text);
}

Error usage(const QString& message)
{
    return Error::make(Error::Code::Usage, message);
}
} // namespace

QStringList ServiceSettings::dayKeys()
{
    return {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
}

QString ServiceSettings::dayLabel(int dayIndex)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Monday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Tuesday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Wednesday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Thursday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Friday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Saturday"),
                                        QT_TRANSLATE_NOOP("clientele::core::service::ServiceSettings", "Sunday")};
    return dayIndex >= 0 && dayIndex < 7 ? tr(names[dayIndex]) : QString();
}

ServiceSettings ServiceSettings::load(const storage::Database& database)
{
    ServiceSettings s;
    s.hours = SlaRules::loadHours(database);
    s.sla = SlaRules::load(database);
    s.alert = NpsAlert::load(database);
    return s;
}

Status ServiceSettings::validate() const
{
    for (int day = 0; day < 7; ++day) {
        const auto& span = hours.days[std::size_t(day)];
        if (span && (!span->open.isValid() || !span->close.isValid() || span->open >= span->close))
            return usage(tr("%1: the shop must open before it closes (%2).")
                             .arg(dayLabel(day), OpeningHours::spanText(span)));
    }
    if (!hours.anyOpen())
        return usage(tr("The shop must be open on at least one day, or no ticket could ever fall due."));
    for (const QString& priority : TicketKeys::priorities()) {
        const int minutes = sla.resolveMinutesFor(priority);
        if (minutes < kMinResolveMinutes || minutes > kMaxResolveMinutes)
            return usage(tr("Time to resolve a ticket of priority “%1” must be between %2 minutes and %3 working "
                            "days, not %4 minutes.")
                             .arg(Tickets::priorityLabel(priority))
                             .arg(kMinResolveMinutes)
                             .arg(kMaxResolveMinutes / SlaRules::kWorkingDayMinutes)
                             .arg(minutes));
    }
    if (alert.below < -100 || alert.below > 100)
        return usage(tr("The NPS warning line must be between −100 and +100, not %1.").arg(alert.below));
    if (alert.drop < 1 || alert.drop > 200)
        return usage(tr("The NPS drop that warns must be between 1 and 200 points, not %1.").arg(alert.drop));
    return {};
}

Status ServiceSettings::save(const storage::Database& database) const
{
    if (auto s = validate(); !s)
        return s;
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (auto s = SlaRules::saveHours(database, hours); !s)
        return s;
    if (auto s = SlaRules::save(database, sla); !s)
        return s;
    if (auto s = NpsAlert::save(database, alert); !s)
        return s;
    if (auto s = Tickets::syncDueDays(database); !s) // the calendar shows the new due days
        return s;
    return transaction.commit();
}

QJsonObject ServiceSettings::toJson() const
{
    QJsonObject days;
    const QStringList keys = dayKeys();
    for (int day = 0; day < 7; ++day)
        days.insert(keys[day], OpeningHours::spanText(hours.days[std::size_t(day)]));
    QJsonObject minutes;
    for (const QString& priority : TicketKeys::priorities())
        minutes.insert(priority, sla.resolveMinutesFor(priority));
    return QJsonObject{{u"hours"_s, days},
                       {u"sla_minutes"_s, minutes},
                       {u"nps"_s, QJsonObject{{u"below"_s, alert.below}, {u"drop"_s, alert.drop}}}};
}

Result<ServiceSettings> ServiceSettings::fromJson(const QJsonObject& json, const ServiceSettings& base)
{
    ServiceSettings s = base;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != u"hours" && it.key() != u"sla_minutes" && it.key() != u"nps")
            return usage(tr("Unknown service setting “%1” (expected hours, sla_minutes, nps).").arg(it.key()));
    const QJsonObject days = json.value(u"hours"_s).toObject();
    const QStringList keys = dayKeys();
    for (auto it = days.begin(); it != days.end(); ++it) {
        const auto day = keys.indexOf(it.key());
        if (day < 0)
            return usage(tr("Unknown day “%1” in hours (expected mon … sun).").arg(it.key()));
        const auto span = OpeningHours::parseSpan(it.value().toString());
        if (!it.value().isString() || !span)
            return usage(tr("Opening hours for %1 must look like 10:00-21:00 or closed, not “%2”.")
                             .arg(it.key(), it.value().toVariant().toString()));
        s.hours.days[std::size_t(day)] = *span;
    }
    const QJsonObject minutes = json.value(u"sla_minutes"_s).toObject();
    for (auto it = minutes.begin(); it != minutes.end(); ++it) {
        if (!TicketKeys::priorities().contains(it.key()))
            return usage(tr("Unknown priority “%1” in sla_minutes (expected urgent, high, normal, low).").arg(it.key()));
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value != double(qint64(value)))
            return usage(tr("Minutes for %1 must be a whole number, not “%2”.")
                             .arg(it.key(), it.value().toVariant().toString()));
        s.sla.resolveMinutes.insert(it.key(), int(value));
    }
    const QJsonObject nps = json.value(u"nps"_s).toObject();
    for (auto it = nps.begin(); it != nps.end(); ++it) {
        const double value = it.value().toDouble(-1000);
        if (!it.value().isDouble() || value != double(qint64(value)))
            return usage(tr("nps.%1 must be a whole number, not “%2”.").arg(it.key(), it.value().toVariant().toString()));
        if (it.key() == u"below")
            s.alert.below = int(value);
        else if (it.key() == u"drop")
            s.alert.drop = int(value);
        else
            return usage(tr("Unknown NPS setting “%1” (expected below, drop).").arg(it.key()));
    }
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

} // namespace clientele::core::service
