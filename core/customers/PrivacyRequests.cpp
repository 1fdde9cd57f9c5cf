#include "PrivacyRequests.h"

#include "../i18n/Pinyin.h"
#include "../security/AuditLog.h"
#include "../security/GuardedChange.h"
#include "../security/FieldVault.h"
#include "../security/Session.h"
#include "../segmentation/SegmentationUpkeep.h"
#include "../storage/Backups.h"
#include "../storage/Database.h"
#include "../storage/dialect/SqlDialect.h"
#include "../storage/SqlValues.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::PrivacyRequests", text);
}

QJsonArray rows(QSqlQuery& q)
{
    QJsonArray out;
    while (q.next()) {
        QJsonObject row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i).isNull() ? QJsonValue() : QJsonValue::fromVariant(q.value(i)));
        out.append(row);
    }
    return out;
}

// Tables with a customer_id column, found in the schema so a table added later is included.
Result<QStringList> tablesWithCustomerId(const storage::Database& database)
{
    QSqlQuery q = database.prepare(database.dialect().tablesWithColumn());
    q.addBindValue(u"customer_id"_s);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading the schema"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

Status exec(const storage::Database& database, const QString& sql, qint64 id)
{
    QSqlQuery q = database.prepare(sql);
    q.addBindValue(id);
    return storage::execQuery(q, tr("Erasing a customer"));
}
} // namespace

QString PrivacyRequests::erasedName(qint64 customerId)
{
    return tr("Erased customer #%1").arg(customerId);
}

Result<QJsonObject> PrivacyRequests::exportCustomer(const storage::Database& database, qint64 customerId)
{
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    QSqlQuery customer = database.prepare(u"SELECT * FROM customers WHERE id = ?"_s);
    customer.addBindValue(customerId);
    if (!customer.exec())
        return storage::sqlError(customer, tr("Reading a customer"));
    const QJsonArray found = rows(customer);
    if (found.isEmpty())
        return Error::make(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(customerId));
    QJsonObject out{{u"format"_s, u"clientele-customer-export/1"_s},
                     {u"exported_at"_s, storage::sqlvalue::now()},
                     {u"customer"_s, found.first()}};
    const auto tables = tablesWithCustomerId(database);
    if (!tables)
        return tables.error();
    QJsonObject related;
    for (const QString& table : *tables) {
        if (table == u"customer_secrets")
            continue; // below, opened
        // Table names come from sqlite_master, not from input.
        QSqlQuery q = database.prepare(u"SELECT * FROM \"%1\" WHERE customer_id = ?"_s.arg(table));
        q.addBindValue(customerId);
        if (!q.exec())
            return storage::sqlError(q, tr("Reading %1").arg(table));
        related.insert(table, rows(q));
    }
    QSqlQuery tags = database.prepare(
        u"SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name"_s);
    tags.addBindValue(customerId);
    if (!tags.exec())
        return storage::sqlError(tags, tr("Reading a customer"));
    QJsonArray tagNames;
    while (tags.next())
        tagNames.append(tags.value(0).toString());
    out.insert(u"tags"_s, tagNames);
    QSqlQuery merges = database.prepare(u"SELECT * FROM customer_merges WHERE survivor_id = ? OR merged_id = ?"_s);
    merges.addBindValue(customerId);
    merges.addBindValue(customerId);
    if (!merges.exec())
        return storage::sqlError(merges, tr("Reading a customer"));
    related.insert(u"customer_merges"_s, rows(merges));
    out.insert(u"related"_s, related);
    // Sensitive fields in clear: the person has the right to them. Locked vault: refused, not left out.
    const auto secrets = security::FieldVault(database).allOf(customerId);
    if (!secrets)
        return secrets.error();
    QJsonObject sensitive;
    for (const auto& [field, text] : *secrets)
        sensitive.insert(field, text);
    out.insert(u"sensitive"_s, sensitive);
    return out;
}

Status PrivacyRequests::exportCustomerToFile(const storage::Database& database, qint64 customerId, const QString& path)
{
    const auto json = exportCustomer(database, customerId);
    if (!json)
        return json.error();
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(*json).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return security::AuditLog::record(database, u"privacy-export"_s, u"customer %1"_s.arg(customerId), path);
}

Status PrivacyRequests::erase(storage::Database& database, qint64 customerId)
{
    if (auto s = security::Session::require(security::Permission::Delete); !s)
        return s;
    QSqlQuery exists = database.prepare(u"SELECT erased_at FROM customers WHERE id = ?"_s);
    exists.addBindValue(customerId);
    if (!exists.exec())
        return storage::sqlError(exists, tr("Reading a customer"));
    if (!exists.next())
        return Error::make(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(customerId));
    if (!exists.value(0).isNull())
        return Error::make(Error::Code::Conflict, tr("Customer %1 was already erased.").arg(customerId));
    exists.finish(); // VACUUM INTO below refuses to run beside an open statement
    const Status erased = security::guardedChange(
        database, security::Permission::Delete, u"before-erase"_s, u"erase"_s, u"customer %1"_s.arg(customerId),
        [&](QString*) -> Status {
            QSqlQuery anonymise = database.prepare(
                u"UPDATE customers SET name = ?, name_sort = ?, name_pinyin = '', member_code = NULL, phone = NULL, phone_valid = 1, email = NULL, wechat_id = NULL, "
                u"gender = '', birthday = NULL, city = '', address = '', source_channel = '', notes = '', "
                u"marketing_consent = 0, erased_at = ?, updated_at = ? WHERE id = ?"_s);
            const QString now = storage::sqlvalue::now();
            anonymise.addBindValue(erasedName(customerId));
            anonymise.addBindValue(storage::sqlvalue::notNull(i18n::Pinyin::of(erasedName(customerId)).sortKey));
            anonymise.addBindValue(now);
            anonymise.addBindValue(now);
            anonymise.addBindValue(customerId);
            if (auto s = storage::execQuery(anonymise, tr("Erasing a customer")); !s)
                return s;
            // What describes the person rather than their purchases. Orders, metrics and snapshots stay.
            for (const QString& sql : {u"DELETE FROM customer_tags WHERE customer_id = ?"_s,
                                       u"DELETE FROM interactions WHERE customer_id = ?"_s,
                                       u"DELETE FROM follow_ups WHERE customer_id = ?"_s,
                                       u"DELETE FROM import_changes WHERE customer_id = ?"_s,
                                       u"DELETE FROM customer_secrets WHERE customer_id = ?"_s,
                                       u"DELETE FROM customer_field_values WHERE customer_id = ?"_s})
                if (auto s = exec(database, sql, customerId); !s)
                    return s;
            QSqlQuery merges = database.prepare(u"DELETE FROM customer_merges WHERE survivor_id = ? OR merged_id = ?"_s);
            merges.addBindValue(customerId);
            merges.addBindValue(customerId);
            return storage::execQuery(merges, tr("Erasing a customer"));
        });
    if (!erased)
        return erased;
    // The orders stay, so tiers do not move; the anonymous record is labelled like everyone else.
    if (auto updated = segmentation::SegmentationUpkeep::update(database, {customerId}); !updated)
        return updated.error();
    return {};
}

} // namespace clientele::core::customers
