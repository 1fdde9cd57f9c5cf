#include "CareLoad.h"

#include "../security/Session.h"
#include "../storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace clientele::core::care {

namespace {
const QString kMaxKey = u"care.max_new_per_day"_s;
const QString kSundayKey = u"care.skip_sundays"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::care::CareLoad", text);
}
} // namespace

CareLoad CareLoad::load(const storage::Database& database)
{
    CareLoad load;
    const storage::SettingsRepository settings(database);
    bool ok = false;
    const auto max = settings.value(kMaxKey);
    const int value = max ? max->toInt(&ok) : 0;
    if (ok && value >= 0 && value <= kMaxMaxNewPerDay)
        load.maxNewPerDay = value;
    const auto sundays = settings.value(kSundayKey);
    load.skipSundays = sundays && *sundays == u"1";
    return load;
}

Status CareLoad::save(const storage::Database& database, const CareLoad& load)
{
    if (auto allowed = security::Session::require(security::Permission::ChangeRules); !allowed)
        return allowed;
    if (load.maxNewPerDay < 0 || load.maxNewPerDay > kMaxMaxNewPerDay)
        return Error::make(Error::Code::Usage,
                           tr("New care tasks per day: between 0 (no limit) and %1.").arg(kMaxMaxNewPerDay));
    storage::SettingsRepository settings(database);
    if (auto s = settings.setValue(kMaxKey, QString::number(load.maxNewPerDay)); !s)
        return s;
    return settings.setValue(kSundayKey, load.skipSundays ? u"1"_s : u"0"_s);
}

QList<PlannedTask> CareLoad::spread(const QList<CareTask>& tasks, const CareLoad& load)
{
    QHash<QDate, int> taken;
    QList<PlannedTask> out;
    out.reserve(tasks.size());
    for (const CareTask& task : tasks) {
        QDate day = task.dueOn;
        while ((load.skipSundays && day.dayOfWeek() == Qt::Sunday) ||
               (load.maxNewPerDay > 0 && taken.value(day) >= load.maxNewPerDay))
            day = day.addDays(1);
        ++taken[day];
        PlannedTask planned{task, task.dueOn};
        planned.task.dueOn = day;
        out.append(planned);
    }
    return out;
}

} // namespace clientele::core::care
