#pragma once

#include "../domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::security {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;  // key, e.g. "export", "erase", "merge"
    QString subject; // what it was done to: "customer 42", a file name; never personal data
    QString detail;
};

// Append-only record of exports, erasures, merges, undone imports, user and role changes and
// reveals of sensitive fields. The database refuses UPDATE and DELETE on it (triggers), and each
// entry carries a hash over the previous one, so an entry removed or edited outside Clientele
// shows up in verify().
class AuditLog
{
public:
    // Records `action` by the signed-in user (Session::actor()). Part of the caller's transaction
    // when there is one.
    // `actor` overrides the session's (sign-in attempts are recorded under the name tried).
    static Status record(const storage::Database& database, const QString& action, const QString& subject,
                         const QString& detail = {}, const QString& actor = {});
    static Result<QList<AuditEntry>> list(const storage::Database& database, int limit = 500, int offset = 0,
                                          const QString& action = {});
    static Result<qint64> count(const storage::Database& database, const QString& action = {});
    // Id of the first entry whose chain does not match, 0 when the whole log is intact.
    static Result<qint64> verify(const storage::Database& database);
    static QStringList actions();                      // every action key the log records
    static QString actionLabel(const QString& action); // translated
};

} // namespace clientele::core::security
