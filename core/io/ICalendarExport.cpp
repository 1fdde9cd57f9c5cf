#include "ICalendarExport.h"

#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <libical/ical.h>

#include <memory>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::ICalendarExport", text);
}

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype allDay(const QDate& date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype utcTime(const QDateTime& at)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(at.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalcomponent* event(const storage::FollowUp& task, const ICalendarExport::Options& options)
{
    icalcomponent* e = icalcomponent_new_vevent();
    const QByteArray uid = QStringLiteral("clientele-followup-%1@%2").arg(task.id).arg(options.uidScope).toUtf8();
    // Rule-made titles already name the customer ("Win back 张伟").
    const QByteArray summary = (task.title.contains(task.customerName) ? task.title
                                                                        : tr("%1: %2").arg(task.customerName, task.title))
                                   .toUtf8();
    icalcomponent_add_property(e, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(options.stamp)));
    icalcomponent_add_property(e, icalproperty_new_dtstart(allDay(task.dueOn)));
    icalcomponent_add_property(e, icalproperty_new_dtend(allDay(task.dueOn.addDays(1))));
    icalcomponent_add_property(e, icalproperty_new_summary(summary.constData()));
    if (!task.reason.isEmpty())
        icalcomponent_add_property(e, icalproperty_new_description(task.reason.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_categories("Clientele"));
    icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT)); // not "busy" all day
    if (options.reminderAt.isValid()) {
        icalcomponent* alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm, icalproperty_new_description(summary.constData()));
        // Relative to the start of the all-day event, i.e. local midnight of the day.
        icalcomponent_add_property(
            alarm, icalproperty_new_trigger(icaltriggertype_from_int(options.reminderAt.msecsSinceStartOfDay() / 1000)));
        icalcomponent_add_component(e, alarm);
    }
    return e;
}
} // namespace

QByteArray ICalendarExport::toICalendar(const QList<storage::FollowUp>& tasks, const Options& options)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Clientele//Follow-ups//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    for (const storage::FollowUp& task : tasks)
        icalcomponent_add_component(calendar.get(), event(task, options));
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

Result<qint64> ICalendarExport::exportOpen(const storage::Database& database, const QDate& from, const QDate& to,
                                           const QString& path)
{
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    const auto open = storage::FollowUpRepository(database).list(from, to, QStringLiteral("open"));
    if (!open)
        return open.error();
    Options options;
    options.uidScope = QFileInfo(database.path()).completeBaseName();
    if (auto s = write(path, *open, options); !s)
        return s.error();
    if (auto s = security::AuditLog::record(database, QStringLiteral("export"), QFileInfo(path).fileName(),
                                            QStringLiteral("%1 follow-ups (calendar)").arg(open->size()));
        !s)
        return s.error();
    return qint64(open->size());
}

Status ICalendarExport::write(const QString& path, const QList<storage::FollowUp>& tasks, const Options& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = toICalendar(tasks, options);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace clientele::core::io
