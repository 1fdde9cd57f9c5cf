#include "SlaRules.h"

#include "../storage/SettingsRepository.h"
#include "OpeningHours.h"
#include "Ticket.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
const QString kSlaKey = u"service.sla"_s;
QString hoursKey(int day)
{
    return u"service.hours.%1"_s.arg(day);
}
} // namespace

const QStringList& TicketKeys::kinds()
{
    static const QStringList keys{u"complaint"_s, u"return"_s, u"repair"_s, u"question"_s};
    return keys;
}
const QStringList& TicketKeys::priorities()
{
    static const QStringList keys{u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s};
    return keys;
}
const QStringList& TicketKeys::statuses()
{
    static const QStringList keys{u"open"_s, u"waiting"_s, u"resolved"_s, u"closed"_s};
    return keys;
}

SlaRules SlaRules::defaults()
{
    SlaRules rules;
    rules.resolveMinutes = {{u"urgent"_s, 4 * 60},
                            {u"high"_s, kWorkingDayMinutes},
                            {u"normal"_s, 3 * kWorkingDayMinutes},
                            {u"low"_s, 5 * kWorkingDayMinutes}};
    return rules;
}

int SlaRules::resolveMinutesFor(const QString& priority) const
{
    return resolveMinutes.value(priority, defaults().resolveMinutes.value(priority, 3 * kWorkingDayMinutes));
}

QJsonObject SlaRules::toJson() const
{
    QJsonObject json;
    for (auto it = resolveMinutes.cbegin(); it != resolveMinutes.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

SlaRules SlaRules::fromJson(const QJsonObject& json)
{
    SlaRules rules = defaults();
    for (const QString& key : TicketKeys::priorities()) {
        const int minutes = json.value(key).toInt(0);
        if (minutes > 0)
            rules.resolveMinutes.insert(key, minutes);
    }
    return rules;
}

SlaRules SlaRules::load(const storage::Database& database)
{
    const auto text = storage::SettingsRepository(database).value(kSlaKey);
    if (!text || text->isEmpty())
        return defaults();
    return fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

Status SlaRules::save(const storage::Database& database, const SlaRules& rules)
{
    return storage::SettingsRepository(database).setValue(
        kSlaKey, QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact)));
}

OpeningHours SlaRules::loadHours(const storage::Database& database)
{
    OpeningHours hours = OpeningHours::defaults();
    const storage::SettingsRepository settings(database);
    for (int day = 1; day <= 7; ++day) {
        const auto text = settings.value(hoursKey(day));
        if (!text || text->isEmpty())
            continue;
        if (const auto span = OpeningHours::parseSpan(*text))
            hours.days[std::size_t(day - 1)] = *span;
    }
    return hours;
}

Status SlaRules::saveHours(const storage::Database& database, const OpeningHours& hours)
{
    storage::SettingsRepository settings(database);
    for (int day = 1; day <= 7; ++day)
        if (auto s = settings.setValue(hoursKey(day), OpeningHours::spanText(hours.days[std::size_t(day - 1)])); !s)
            return s;
    return {};
}

} // namespace clientele::core::service
