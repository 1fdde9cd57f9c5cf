#include "CustomFieldRepository.h"

#include "Database.h"
#include "dialect/SqlDialect.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CustomFieldRepository", text);
}

QString choicesJson(const QStringList& choices)
{
    return sqlvalue::json(QJsonArray::fromStringList(choices));
}

CustomField fromRow(const QSqlQuery& q)
{
    CustomField f;
    f.id = q.value(0).toLongLong();
    f.key = q.value(1).toString();
    f.label = q.value(2).toString();
    CustomField::typeFromKey(q.value(3).toString(), &f.type);
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        f.choices.append(v.toString());
    f.required = q.value(5).toBool();
    return f;
}

const QString kColumns = u"id, key, label, type, choices, required"_s;
} // namespace

CustomFieldRepository::CustomFieldRepository(const Database& database)
    : m_database(database),
      m_upsert(database.prepare(
          u"INSERT INTO customer_field_values (customer_id, field_id, value, import_batch_id) VALUES (?, ?, ?, ?) "
          u"ON CONFLICT (customer_id, field_id) DO UPDATE SET value = excluded.value, "
          u"import_batch_id = excluded.import_batch_id"_s)),
      m_delete(database.prepare(u"DELETE FROM customer_field_values WHERE customer_id = ? AND field_id = ?"_s))
{
}

Result<QList<CustomField>> CustomFieldRepository::list()
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + kColumns + u" FROM custom_fields ORDER BY position, id"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading the customer fields"));
    QList<CustomField> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<std::optional<CustomField>> CustomFieldRepository::findByKey(const QString& key)
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + kColumns + u" FROM custom_fields WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, tr("Reading the customer field %1").arg(key));
    if (!q.next())
        return std::optional<CustomField>();
    return std::optional<CustomField>(fromRow(q));
}

Result<qint64> CustomFieldRepository::add(const CustomField& field)
{
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO custom_fields (key, label, type, choices, required, position, created_at) "
        u"VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM custom_fields), ?)"_s);
    q.addBindValue(field.key);
    q.addBindValue(field.label);
    q.addBindValue(CustomField::typeKey(field.type));
    q.addBindValue(choicesJson(field.type == CustomField::Type::Choice ? field.choices : QStringList()));
    q.addBindValue(field.required ? 1 : 0);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Adding the customer field %1").arg(field.key));
    return q.lastInsertId().toLongLong();
}

Status CustomFieldRepository::setLabel(qint64 fieldId, const QString& label)
{
    QSqlQuery q = m_database.prepare(u"UPDATE custom_fields SET label = ? WHERE id = ?"_s);
    q.addBindValue(label);
    q.addBindValue(fieldId);
    return execQuery(q, tr("Renaming a customer field"));
}

Status CustomFieldRepository::setChoices(qint64 fieldId, const QStringList& choices)
{
    QSqlQuery q = m_database.prepare(u"UPDATE custom_fields SET choices = ? WHERE id = ?"_s);
    q.addBindValue(choicesJson(choices));
    q.addBindValue(fieldId);
    return execQuery(q, tr("Changing the choices of a customer field"));
}

Status CustomFieldRepository::remove(qint64 fieldId)
{
    QSqlQuery q = m_database.prepare(u"DELETE FROM custom_fields WHERE id = ?"_s);
    q.addBindValue(fieldId);
    return execQuery(q, tr("Removing a customer field"));
}

Result<qint64> CustomFieldRepository::valueCount(qint64 fieldId)
{
    QSqlQuery q = m_database.prepare(u"SELECT COUNT(*) FROM customer_field_values WHERE field_id = ?"_s);
    q.addBindValue(fieldId);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the values of a customer field"));
    return q.value(0).toLongLong();
}

Result<qint64> CustomFieldRepository::valuesOutside(qint64 fieldId, const QStringList& choices)
{
    QSqlQuery q = m_database.prepare(u"SELECT COUNT(*) FROM customer_field_values WHERE field_id = ? "
                                     u"AND value NOT IN ("_s + m_database.dialect().textsFromJson(u"?"_s) + u')');
    q.addBindValue(fieldId);
    q.addBindValue(choicesJson(choices));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the values of a customer field"));
    return q.value(0).toLongLong();
}

Result<QHash<QString, QString>> CustomFieldRepository::values(qint64 customerId)
{
    QSqlQuery q = m_database.prepare(u"SELECT f.key, v.value FROM customer_field_values v "
                                     u"JOIN custom_fields f ON f.id = v.field_id WHERE v.customer_id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading the fields of customer %1").arg(customerId));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<std::optional<QString>> CustomFieldRepository::value(qint64 customerId, qint64 fieldId)
{
    QSqlQuery q = m_database.prepare(
        u"SELECT value FROM customer_field_values WHERE customer_id = ? AND field_id = ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(fieldId);
    if (!q.exec())
        return sqlError(q, tr("Reading the fields of customer %1").arg(customerId));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Status CustomFieldRepository::setValue(qint64 customerId, qint64 fieldId, const QString& value, qint64 importBatchId)
{
    if (value.isEmpty()) {
        m_delete.addBindValue(customerId);
        m_delete.addBindValue(fieldId);
        return execQuery(m_delete, tr("Saving the fields of customer %1").arg(customerId));
    }
    m_upsert.addBindValue(customerId);
    m_upsert.addBindValue(fieldId);
    m_upsert.addBindValue(value);
    m_upsert.addBindValue(importBatchId > 0 ? QVariant(importBatchId) : QVariant(QMetaType::fromType<qint64>()));
    return execQuery(m_upsert, tr("Saving the fields of customer %1").arg(customerId));
}

Status CustomFieldRepository::restoreValue(qint64 customerId, qint64 fieldId, const QVariant& value)
{
    return setValue(customerId, fieldId, value.isNull() ? QString() : value.toString());
}

Status CustomFieldRepository::removeImportedValues(qint64 importBatchId)
{
    QSqlQuery q = m_database.prepare(u"DELETE FROM customer_field_values WHERE import_batch_id = ?"_s);
    q.addBindValue(importBatchId);
    return execQuery(q, tr("Undoing import %1").arg(importBatchId));
}

QString CustomFieldRepository::journalColumn(qint64 fieldId)
{
    return u"custom:"_s + QString::number(fieldId);
}

bool CustomFieldRepository::fromJournalColumn(const QString& column, qint64* fieldId)
{
    if (!column.startsWith(u"custom:"))
        return false;
    bool ok = false;
    *fieldId = column.mid(7).toLongLong(&ok);
    return ok;
}

} // namespace clientele::core::storage
