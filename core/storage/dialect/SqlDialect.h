#pragma once

#include "../../domain/Result.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace clientele::core::storage {

class Database;

// What differs between the two backends, in one place: SQLite (the default file) and PostgreSQL
// (a chain's server). Repositories write portable SQL (ON CONFLICT upserts, COALESCE, CAST, ISO
// date text) and ask the dialect only for the fragments below; nothing outside core/storage asks
// which backend it talks to. One stateless instance per backend (sqlite(), postgres()).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    static const SqlDialect& sqlite();
    static const SqlDialect& postgres();

    virtual Kind kind() const = 0;
    virtual QString driver() const = 0; // Qt SQL driver name

    // Connection set-up after open (pragmas, session settings).
    virtual Status configure(const Database& database) const = 0;
    // Schema version: -1 when it cannot be read, 0 for an empty database.
    virtual int schemaVersion(const Database& database) const = 0;
    virtual Status setSchemaVersion(const Database& database, int version) const = 0;
    // Called first inside each migration step's transaction: makes concurrent first connections
    // to an empty server wait for each other (SQLite's BEGIN IMMEDIATE already does).
    virtual Status lockForMigration(const Database& database) const = 0;
    // The statements of schema step `version` (Schema.h, adapted to this backend).
    virtual QStringList schemaStep(int version) const = 0;

    virtual QString beginWrite() const = 0;
    // Appended to a SELECT inside a write transaction that reads what it then writes (a balance
    // before a payment): " FOR UPDATE" on the server, where tills write at once; "" on SQLite,
    // whose BEGIN IMMEDIATE already holds the whole file.
    virtual QString lockRows() const = 0;
    // Makes writers of the same kind (`key`, one per kind) wait for each other until the end of
    // the transaction (numbering counter sales); nothing on SQLite, for the same reason.
    virtual Status lockKind(const Database& database, int key) const = 0;
    // A failure that goes away when the transaction is run again (serialization, deadlock).
    virtual bool isTransient(const QSqlError& error) const = 0;
    // A plain sentence for errors the owner can act on (disk full, read-only, server gone), or "".
    virtual QString hint(const QSqlError& error) const = 0;

    // A query of one integer that changes when another session commits (ChangeCounter.h). SQLite:
    // PRAGMA data_version, which ignores this connection's own writes. PostgreSQL: the next
    // transaction id of the server (pg_snapshot_xmax of the current snapshot; no superuser needed),
    // which moves with every write transaction on the server, this session's own included and
    // other databases' of the same server too. Only its changes mean anything.
    virtual QString changeCounter() const = 0;

    // --- SQL fragments ---
    // A sub-select of the integers (ids) in the JSON array bound to `param` ("[1,2,3]").
    virtual QString idsFromJson(const QString& param) const = 0;
    // A sub-select of the strings in the JSON array bound to `param`.
    virtual QString textsFromJson(const QString& param) const = 0;
    // The Julian day number (integer) of an ISO date text expression.
    virtual QString julianDay(const QString& isoDateExpression) const = 0;
    virtual QString groupConcat(const QString& expression, const QString& separatorLiteral) const = 0;
    virtual QString jsonGroupArray(const QString& expression) const = 0;
    virtual QString jsonGroupObject(const QString& key, const QString& value) const = 0;
    // The text of member `key` (a plain identifier) of the JSON object text `expression`.
    virtual QString jsonMember(const QString& expression, const QString& key) const = 0;
    // `expression` (JSON object text) with member `key` set to true.
    virtual QString jsonSetTrue(const QString& expression, const QString& key) const = 0;
    // The names of the tables that have a column named by the bound parameter, sorted.
    virtual QString tablesWithColumn() const = 0;
    // The names of all tables of the shop (not the database's own), sorted.
    virtual QString tableNames() const = 0;
    // Rows (table, table it references by a foreign key), one per reference.
    virtual QString foreignKeys() const = 0;
    // After rows were written with their ids (a shop moved from another database): the next
    // automatic id of `table` (our own name) comes after the largest one there.
    virtual Status advanceIds(const Database& database, const QString& table) const = 0;
    // The id column's value: `param` when it is bound, else the next automatic id of `table`.
    virtual QString idOrNext(const QString& table, const QString& param) const = 0;
    // After many rows arrived at once (a moved shop, a large import): brings the planner's table
    // statistics up to date. A server's planner without them picks full scans and sorts for the
    // customer list (3 s instead of 0.5 s for the first page at 100,000 customers, measured);
    // autovacuum would catch up only later. SQLite: PRAGMA optimize.
    virtual QString refreshStatistics() const = 0;
    // The secondary indexes of the table bound to `?` (name, CREATE statement) that a bulk load into
    // an empty table may drop and build once afterwards — not those behind keys and unique
    // constraints, which the load itself needs. Empty when the backend keeps its indexes: on a
    // server other tills read and write the table meanwhile (and DROP INDEX would lock them out).
    virtual QString deferrableIndexes() const = 0;
    // Case-insensitive (ASCII at least) LIKE, as SQLite's LIKE is.
    virtual QString like() const = 0;
    // `column` equals `param` ignoring ASCII case.
    virtual QString equalsIgnoringCase(const QString& column, const QString& param) const = 0;
    // Ids (column `id`) of customers whose search text contains the phrase bound to `param` (three
    // characters or more): the trigram index of each backend.
    virtual QString searchPhrase(const QString& param) const = 0;
    virtual QString countSearchPhrase(const QString& param) const = 0;
    // The value to bind to searchPhrase()'s parameter for the search term as typed.
    virtual QString searchPhraseValue(const QString& term) const = 0;
    // The expression of the search text of the customer with alias `alias` (SearchIndex).
    virtual QString searchTextOf(const QString& alias) const = 0;

    // INSERT … ON CONFLICT (keys) DO UPDATE: portable (SQLite 3.24+, PostgreSQL 9.5+). With `rows` > 1,
    // that many rows of placeholders in one statement (no two of them may share a key).
    static QString upsert(const QString& table, const QStringList& columns, const QStringList& keys, int rows = 1);
};

} // namespace clientele::core::storage
