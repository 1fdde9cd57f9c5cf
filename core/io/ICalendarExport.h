#pragma once

#include "domain/Clock.h"
#include "../domain/Result.h"
#include "../storage/FollowUpRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QTime>

namespace clientele::core::io {

// Follow-ups as an iCalendar (RFC 5545) file a phone or desktop calendar can subscribe to or
// import: one all-day event per task with a reminder on the morning of the day. Written by
// libical, which does the escaping and line folding (75 octets, never inside a UTF-8 character).
// Carries names, tasks and reasons only — no phone numbers or other contact data.
class ICalendarExport
{
public:
    struct Options
    {
        QString uidScope;                  // makes UIDs unique per shop, e.g. the database file name
        QDateTime stamp = core::Clock::nowUtc(); // DTSTAMP; fixed in tests
        QTime reminderAt = QTime(9, 0);    // invalid: no reminder
    };

    static QByteArray toICalendar(const QList<storage::FollowUp>& tasks, const Options& options);
    // The open follow-ups due from `from` to `to` of a shop, as the app and the CLI export them:
    // needs the Export permission, UIDs scoped to the database file, written to the audit log.
    // Returns how many were written.
    static Result<qint64> exportOpen(const storage::Database& database, const QDate& from, const QDate& to,
                                     const QString& path);
    // Written through QSaveFile: a full disk leaves any earlier file as it was.
    static Status write(const QString& path, const QList<storage::FollowUp>& tasks, const Options& options);
};

} // namespace clientele::core::io
