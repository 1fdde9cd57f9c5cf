#include "SqliteDialect.h"

#include "../CardsSchema.h"
#include "../Database.h"
#include "../Schema.h"
#include "../SplitPaymentsSchema.h"
#include "../StoresSchema.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Database", text);
}

template <std::size_t N> QStringList statements(const char* const (&list)[N])
{
    QStringList all;
    for (const char* sql : list)
        all.append(QString::fromUtf8(sql));
    return all;
}

int primaryCode(const QSqlError& error)
{
    // SQLite's extended result codes keep the primary code in the low byte.
    return error.nativeErrorCode().toInt() & 0xff;
}
} // namespace

Status SqliteDialect::configure(const Database& database) const
{
    // Large sorts (an index built over a million orders) spill their sorted runs to temporary
    // files and merge them on a second thread; runs kept in memory (temp_store = MEMORY) made the
    // same index builds twice as slow.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = FILE", "PRAGMA threads = 2", "PRAGMA cache_size = -32000"}) {
        if (auto status = database.exec(QString::fromLatin1(pragma)); !status)
            return status;
    }
    if (!database.isMemory() && !database.isReadOnly()) {
        QSqlQuery wal = database.prepare(u"PRAGMA journal_mode = WAL"_s);
        if (!wal.exec())
            return sqlError(wal, tr("Switching %1 to WAL").arg(database.path()));
    }
    return {};
}

int SqliteDialect::schemaVersion(const Database& database) const
{
    QSqlQuery query = database.prepare(u"PRAGMA user_version"_s);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status SqliteDialect::setSchemaVersion(const Database& database, int version) const
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    return database.exec(u"PRAGMA user_version = %1"_s.arg(version));
}

QStringList SqliteDialect::schemaStep(int version) const
{
    switch (version) {
    case 1:
        return statements(schema::kVersion1);
    case 2:
        return statements(schema::kVersion2);
    case 3:
        return statements(schema::kVersion3);
    case 4:
        return statements(schema::kVersion4);
    case 5:
        return statements(schema::kVersion5);
    case 6:
        return statements(schema::kVersion6);
    case 7:
        return statements(schema::kVersion7);
    case 8:
        return statements(schema::kVersion8);
    case 9:
        return statements(schema::kVersion9);
    case 10:
        return statements(schema::kCardsAndCoupons);
    case 11:
        return statements(schema::kVersion11);
    case 12:
        return statements(schema::kVersion12);
    case 13:
        return statements(schema::kVersion13);
    case 14:
        return statements(schema::kVersion14);
    case 15:
        return statements(schema::kVersion15);
    case 16:
        return statements(schema::kSplitPayments);
    case 17:
        return statements(schema::kVersion17);
    case 18:
        return statements(schema::kStores);
    case 19:
        return statements(schema::kVersion19);
    default:
        return {};
    }
}

QString SqliteDialect::changeCounter() const
{
    return u"PRAGMA data_version"_s;
}

bool SqliteDialect::isTransient(const QSqlError&) const
{
    // One writer at a time: BEGIN IMMEDIATE already waits the busy timeout (5 s) for the file,
    // so a busy error means another program holds it for long; running again would not help.
    return false;
}

QString SqliteDialect::hint(const QSqlError& error) const
{
    // The ones a shop owner can do something about get a plain explanation.
    const int code = primaryCode(error);
    if (code == 13 /* SQLITE_FULL */ || code == 10 /* SQLITE_IOERR */)
        return tr(" The disk may be full or the file too large for it; nothing was changed.");
    if (code == 8 /* SQLITE_READONLY */ || code == 14 /* SQLITE_CANTOPEN */)
        return tr(" The file or its folder is read-only; nothing was changed.");
    return {};
}

QString SqliteDialect::idsFromJson(const QString& param) const
{
    return u"SELECT value FROM json_each("_s + param + u')';
}

QString SqliteDialect::textsFromJson(const QString& param) const
{
    return idsFromJson(param);
}

QString SqliteDialect::julianDay(const QString& isoDateExpression) const
{
    return u"CAST(julianday("_s + isoDateExpression + u") + 0.5 AS INTEGER)"_s;
}

QString SqliteDialect::groupConcat(const QString& expression, const QString& separatorLiteral) const
{
    return u"group_concat("_s + expression + u", "_s + separatorLiteral + u')';
}

QString SqliteDialect::jsonGroupArray(const QString& expression) const
{
    return u"json_group_array("_s + expression + u')';
}

QString SqliteDialect::jsonGroupObject(const QString& key, const QString& value) const
{
    return u"json_group_object("_s + key + u", "_s + value + u')';
}

QString SqliteDialect::jsonMember(const QString& expression, const QString& key) const
{
    return u"json_extract("_s + expression + u", '$."_s + key + u"')"_s;
}

QString SqliteDialect::jsonSetTrue(const QString& expression, const QString& key) const
{
    return u"json_set("_s + expression + u", '$."_s + key + u"', json('true'))"_s;
}

QString SqliteDialect::tablesWithColumn() const
{
    return u"SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = ? "
           u"WHERE m.type = 'table' ORDER BY m.name"_s;
}

QString SqliteDialect::tableNames() const
{
    return u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
           u"ORDER BY name"_s;
}

QString SqliteDialect::foreignKeys() const
{
    return u"SELECT m.name, f.\"table\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
           u"WHERE m.type = 'table' ORDER BY m.name"_s;
}

Status SqliteDialect::advanceIds(const Database&, const QString&) const
{
    return {}; // a rowid is always past the largest one in its table
}

QString SqliteDialect::idOrNext(const QString&, const QString& param) const
{
    return param; // NULL into an INTEGER PRIMARY KEY takes the next rowid
}

QString SqliteDialect::equalsIgnoringCase(const QString& column, const QString& param) const
{
    return column + u" = "_s + param + u" COLLATE NOCASE"_s;
}

QString SqliteDialect::searchPhrase(const QString& param) const
{
    return u"SELECT rowid AS id FROM customer_search WHERE customer_search MATCH "_s + param;
}

QString SqliteDialect::countSearchPhrase(const QString& param) const
{
    return u"SELECT COUNT(*) FROM customer_search WHERE customer_search MATCH "_s + param;
}

QString SqliteDialect::searchPhraseValue(const QString& term) const
{
    QString phrase = term;
    phrase.replace(u'"', u"\"\""_s);
    return u'"' + phrase + u'"';
}

QString SqliteDialect::searchTextOf(const QString& alias) const
{
    // The same expression the triggers use (Schema.h, version 8), for customer alias `alias`.
    QString text = QString::fromUtf8(CLIENTELE_SEARCH_TEXT_V8("c"));
    if (alias != u"c")
        text.replace(u"c."_s, alias + u'.');
    return text;
}

} // namespace clientele::core::storage
