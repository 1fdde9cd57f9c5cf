#pragma once

#include "SqlDialect.h"

namespace clientele::core::storage {

// A shared server (PostgreSQL 15): identity ids, a version table, pg_trgm search, json functions.
// Write transactions are READ COMMITTED; serialization failures and deadlocks are transient.
class PostgresDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    Status configure(const Database& database) const override;
    int schemaVersion(const Database& database) const override;
    Status setSchemaVersion(const Database& database, int version) const override;
    Status lockForMigration(const Database& database) const override;
    QStringList schemaStep(int version) const override;
    QString changeCounter() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"); }
    bool isTransient(const QSqlError& error) const override;
    QString hint(const QSqlError& error) const override;

    QString idsFromJson(const QString& param) const override;
    QString textsFromJson(const QString& param) const override;
    QString julianDay(const QString& isoDateExpression) const override;
    QString groupConcat(const QString& expression, const QString& separatorLiteral) const override;
    QString jsonGroupArray(const QString& expression) const override;
    QString jsonGroupObject(const QString& key, const QString& value) const override;
    QString jsonMember(const QString& expression, const QString& key) const override;
    QString jsonSetTrue(const QString& expression, const QString& key) const override;
    QString idOrNext(const QString& table, const QString& param) const override;
    QString tablesWithColumn() const override;
    QString tableNames() const override;
    QString foreignKeys() const override;
    Status advanceIds(const Database& database, const QString& table) const override;
    QString lockRows() const override { return QStringLiteral(" FOR UPDATE"); }
    Status lockKind(const Database& database, int key) const override;
    QString like() const override { return QStringLiteral("ILIKE"); }
    QString refreshStatistics() const override { return QStringLiteral("ANALYZE"); }
    QString deferrableIndexes() const override { return {}; }
    // An INSERT of many rows bound as one value: a JSON array of objects keyed by column name
    // (values as JSON text or null), read with the table's own row type.
    static QString insertJsonRows(const QString& table, const QStringList& columns);
    // SqlDialect::upsert in the form of insertJsonRows.
    static QString upsertJsonRows(const QString& table, const QStringList& columns, const QStringList& keys);
    QString equalsIgnoringCase(const QString& column, const QString& param) const override;
    QString searchPhrase(const QString& param) const override;
    QString countSearchPhrase(const QString& param) const override;
    QString searchPhraseValue(const QString& term) const override;
    QString searchTextOf(const QString& alias) const override;
};

} // namespace clientele::core::storage
