#pragma once

#include "SqlDialect.h"

namespace clientele::core::storage {

// The embedded default: one file, WAL, PRAGMA user_version, FTS5 trigram search, JSON1.
class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    Status configure(const Database& database) const override;
    int schemaVersion(const Database& database) const override;
    Status setSchemaVersion(const Database& database, int version) const override;
    Status lockForMigration(const Database&) const override { return {}; }
    QStringList schemaStep(int version) const override;
    QString changeCounter() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
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
    QString lockRows() const override { return {}; }
    Status lockKind(const Database&, int) const override { return {}; }
    QString like() const override { return QStringLiteral("LIKE"); }
    QString refreshStatistics() const override { return QStringLiteral("PRAGMA optimize"); }
    // sql IS NULL: the automatic indexes of PRIMARY KEY and UNIQUE.
    QString deferrableIndexes() const override
    {
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    }
    QString equalsIgnoringCase(const QString& column, const QString& param) const override;
    QString searchPhrase(const QString& param) const override;
    QString countSearchPhrase(const QString& param) const override;
    QString searchPhraseValue(const QString& term) const override;
    QString searchTextOf(const QString& alias) const override;
};

} // namespace clientele::core::storage
