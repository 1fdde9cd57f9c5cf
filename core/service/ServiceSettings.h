#pragma once

#include "../domain/Result.h"
#include "Nps.h"
#include "OpeningHours.h"
#include "SlaRules.h"

#include <QJsonObject>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// The owner's service settings as one value: opening hours per weekday, time to resolve per
// priority (the first response is due within a quarter of it) and the NPS warning line. Stored
// where the core reads them (SlaRules::load/loadHours, NpsAlert::load); saved in one transaction
// and only when valid.
//
// JSON form (the CLI's `ticket sla show|set FILE`):
//   {"hours": {"mon": "10:00-21:00", …, "sun": "closed"},
//    "sla_minutes": {"urgent": 240, "high": 660, "normal": 1980, "low": 3300},
//    "nps": {"below": 30, "drop": 10}}
struct ServiceSettings
{
    static constexpr int kMinResolveMinutes = 4;          // so the first response gets at least a minute
    static constexpr int kMaxResolveMinutes = 60 * 11 * 60; // sixty default working days

    OpeningHours hours = OpeningHours::defaults();
    SlaRules sla = SlaRules::defaults();
    NpsAlert alert;

    static ServiceSettings load(const storage::Database& database);
    Status save(const storage::Database& database) const; // validates first
    Status validate() const;                              // the first problem, naming the bad value

    QJsonObject toJson() const;
    // Strict: an unknown key or a value that does not parse is an error naming it; a missing part
    // keeps the value of `base`.
    static Result<ServiceSettings> fromJson(const QJsonObject& json, const ServiceSettings& base);

    static QStringList dayKeys();           // mon … sun
    static QString dayLabel(int dayIndex);  // translated weekday name, 0 = Monday
};

} // namespace clientele::core::service
