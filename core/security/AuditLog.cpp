#include "AuditLog.h"

#include "../storage/Database.h"
#include "../storage/SqlValues.h"
#include "Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace clientele::core::security {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::security::AuditLog", text);
}

QString chainHash(const QString& previous, const QString& at, const QString& actor, const QString& action,
                  const QString& subject, const QString& detail)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {previous, at, actor, action, subject, detail}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // unit separator: "ab"+"c" differs from "a"+"bc"
    }
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

Status AuditLog::record(const storage::Database& database, const QString& action, const QString& subject,
                        const QString& detail, const QString& actorOverride)
{
    QSqlQuery last = database.prepare(u"SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!last.exec())
        return storage::sqlError(last, tr("Writing the audit log"));
    const QString previous = last.next() ? last.value(0).toString() : QString();
    const QString at = storage::sqlvalue::now();
    const QString actor = actorOverride.isEmpty() ? Session::actor() : actorOverride;
    QSqlQuery q = database.prepare(
        u"INSERT INTO audit_log (at, actor, action, subject, detail, chain) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QString& value : {at, actor, action, subject, detail})
        q.addBindValue(storage::sqlvalue::notNull(value));
    q.addBindValue(chainHash(previous, at, actor, action, subject, detail));
    return storage::execQuery(q, tr("Writing the audit log"));
}

Result<QList<AuditEntry>> AuditLog::list(const storage::Database& database, int limit, int offset, const QString& action)
{
    QSqlQuery q = database.prepare(u"SELECT id, at, actor, action, subject, detail FROM audit_log "
                                   u"WHERE (:action = '' OR action = :action) ORDER BY id DESC LIMIT :limit OFFSET :offset"_s);
    q.bindValue(u":action"_s, storage::sqlvalue::notNull(action));
    q.bindValue(u":limit"_s, limit);
    q.bindValue(u":offset"_s, offset);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return entries;
}

Result<qint64> AuditLog::count(const storage::Database& database, const QString& action)
{
    QSqlQuery q = database.prepare(u"SELECT COUNT(*) FROM audit_log WHERE (:action = '' OR action = :action)"_s);
    q.bindValue(u":action"_s, storage::sqlvalue::notNull(action));
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Reading the audit log"));
    return q.value(0).toLongLong();
}

Result<qint64> AuditLog::verify(const storage::Database& database)
{
    QSqlQuery q = database.prepare(u"SELECT id, at, actor, action, subject, detail, chain FROM audit_log ORDER BY id"_s);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading the audit log"));
    QString previous;
    qint64 expectedId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString chain = q.value(6).toString();
        // A gap in the ids means a row went missing (SQLite reuses no ids below the maximum here).
        if ((expectedId > 0 && id != expectedId) ||
            chain != chainHash(previous, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString()))
            return id;
        previous = chain;
        expectedId = id + 1;
    }
    return qint64(0);
}

namespace {
// Every action the log records, in the order the viewer offers them, with its label.
constexpr std::pair<const char*, const char*> kActions[] = {
    {"export", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Export")},
    {"privacy-export", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Privacy export")},
    {"erase", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Customer erased")},
    {"merge", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Merge")},
    {"merge-undo", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Merge undone")},
    {"import-undo", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Import undone")},
    {"rules", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Rules changed")},
    {"fields", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Customer fields changed")},
    {"restore", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Backup restored")},
    {"reveal", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Sensitive data shown")},
    {"vault", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Sensitive-field passphrase")},
    {"user-add", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "User added")},
    {"user-remove", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "User removed")},
    {"user-role", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Role changed")},
    {"user-password", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Password changed")},
    {"sign-in", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Signed in")},
    {"sign-in-failed", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Sign-in failed")},
    {"locked-out", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Locked out")},
    {"points-adjust", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Points adjusted")},
    {"sale-refund", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Sale refunded after its day")},
    {"stores", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "Stores changed")},
    {"user-stores", QT_TRANSLATE_NOOP("clientele::core::security::AuditLog", "User's stores changed")},
};
} // namespace

QStringList AuditLog::actions()
{
    QStringList keys;
    for (const auto& [key, label] : kActions)
        keys.append(QString::fromLatin1(key));
    return keys;
}

QString AuditLog::actionLabel(const QString& action)
{
    for (const auto& [key, label] : kActions)
        if (action == QLatin1String(key))
            return QCoreApplication::translate("clientele::core::security::AuditLog", label);
    return action;
}

} // namespace clientele::core::security
