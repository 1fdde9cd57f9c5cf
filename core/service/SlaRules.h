#pragma once

#include "../domain/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

struct OpeningHours;

// Time to resolve per priority, in opening-hours minutes (data, a shop setting). A working day is
// one default opening day, 11 hours (10:00–21:00), so the defaults are urgent 4 working hours,
// high 1 working day, normal 3, low 5. The first response is due within a quarter of it.
struct SlaRules
{
    static constexpr int kWorkingDayMinutes = 11 * 60;
    QMap<QString, int> resolveMinutes; // priority key → minutes

    static SlaRules defaults();
    int resolveMinutesFor(const QString& priority) const;
    static int firstResponseMinutes(int resolveMinutes) { return resolveMinutes / 4; }

    QJsonObject toJson() const;
    static SlaRules fromJson(const QJsonObject& json); // missing or bad values keep the defaults

    // Settings "service.sla" (JSON) and "service.hours.1" … "service.hours.7" (Monday … Sunday).
    static SlaRules load(const storage::Database& database);
    static Status save(const storage::Database& database, const SlaRules& rules);
    static OpeningHours loadHours(const storage::Database& database);
    static Status saveHours(const storage::Database& database, const OpeningHours& hours);
};

} // namespace clientele::core::service
