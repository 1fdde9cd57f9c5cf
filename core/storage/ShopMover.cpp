#include "ShopMover.h"

#include "Database.h"
#include "Transaction.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::ShopMover", text);
}

constexpr int kBatchRows = 200;

// What each backend keeps for itself: the search text and its index (SQLite's customer_search FTS5
// table with its shadow tables, the server's trigram index), remade from the customers by each
// backend's triggers; and the server's version table.
bool ownToBackend(const QString& table)
{
    return table.startsWith(u"customer_search"_s) || table == u"clientele_schema";
}

Result<QStringList> tablesOf(const Database& db)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
    QSqlQuery q = db.prepare(db.dialect().tableNames());
    if (auto s = execQuery(q, tr("Listing the tables of %1").arg(db.path())); !s)
        return s.error();
    QStringList out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (ownToBackend(name))
            continue;
        if (!plain.match(name).hasMatch()) // names are spliced into SQL below
            return Error::make(Error::Code::InvalidData, tr("%1 has a table Clientele did not make: %2.").arg(db.path(), name));
        out.append(name);
    }
    return out;
}

Result<QStringList> columnsOf(const Database& db, const QString& table)
{
    QSqlQuery q = db.prepare(u"SELECT * FROM "_s + table + u" WHERE 1 = 0"_s);
    if (auto s = execQuery(q, tr("Reading the columns of %1").arg(table)); !s)
        return s.error();
    const QSqlRecord record = q.record();
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out.append(record.fieldName(i).toLower());
    return out;
}

Result<qint64> countOf(const Database& db, const QString& table)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM "_s + table);
    if (auto s = execQuery(q, tr("Counting the rows of %1").arg(table)); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Parents before children (foreign keys are checked row by row on a server); a table's references
// to itself point to earlier ids, which are copied first.
Result<QStringList> copyOrder(const Database& db, const QStringList& tables)
{
    QSqlQuery q = db.prepare(db.dialect().foreignKeys());
    if (auto s = execQuery(q, tr("Reading the foreign keys of %1").arg(db.path())); !s)
        return s.error();
    QMap<QString, QSet<QString>> parents;
    while (q.next()) {
        const QString child = q.value(0).toString(), parent = q.value(1).toString();
        if (child != parent && tables.contains(parent))
            parents[child].insert(parent);
    }
    QStringList order, left = tables;
    while (!left.isEmpty()) {
        bool moved = false;
        for (qsizetype i = 0; i < left.size(); ++i) {
            const QSet<QString> needs = parents.value(left[i]);
            if (std::all_of(needs.begin(), needs.end(), [&](const QString& p) { return order.contains(p); })) {
                order.append(left.takeAt(i));
                moved = true;
                break;
            }
        }
        if (!moved) { // a cycle: not in Clientele's schema; copy in name order and let the keys say
            order.append(left);
            break;
        }
    }
    return order;
}

Result<ShopMover::Table> figuresOf(const Database& db, const QString& table, const QStringList& columns)
{
    QStringList money;
    for (const QString& c : columns)
        if (c.endsWith(u"_fen"_s))
            money.append(c);
    QString sql = u"SELECT COUNT(*)"_s;
    for (const QString& c : money)
        sql += u", CAST(COALESCE(SUM("_s + c + u"), 0) AS BIGINT)"_s;
    QSqlQuery q = db.prepare(sql + u" FROM "_s + table);
    if (auto s = execQuery(q, tr("Checking the rows of %1").arg(table)); !s)
        return s.error();
    ShopMover::Table out;
    out.name = table;
    if (q.next()) {
        out.rows = q.value(0).toLongLong();
        for (qsizetype i = 0; i < money.size(); ++i)
            out.sums.insert(money[i], q.value(int(i) + 1).toLongLong());
    }
    return out;
}

QString insertSql(const QString& table, const QStringList& columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s +
           QStringList(rows, row).join(u", "_s);
}

Result<qint64> copyTable(const Database& from, const Database& to, const QString& table, const QStringList& columns)
{
    const bool hasId = columns.contains(u"id"_s);
    QSqlQuery read = from.prepare(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table +
                                  (hasId ? u" ORDER BY id"_s : QString()));
    read.setForwardOnly(true);
    if (auto s = execQuery(read, tr("Reading %1").arg(table)); !s)
        return s.error();
    QSqlQuery full = to.prepare(insertSql(table, columns, kBatchRows));
    QList<QVariant> pending;
    qint64 copied = 0;
    const auto flush = [&](QSqlQuery& insert) -> Status {
        for (const QVariant& v : pending)
            insert.addBindValue(v);
        pending.clear();
        return execQuery(insert, tr("Writing %1").arg(table));
    };
    const int width = int(columns.size());
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            pending.append(read.value(i));
        if (++copied % kBatchRows == 0)
            if (auto s = flush(full); !s)
                return s.error();
    }
    if (read.lastError().isValid())
        return sqlError(read, tr("Reading %1").arg(table));
    if (!pending.isEmpty()) {
        QSqlQuery rest = to.prepare(insertSql(table, columns, int(pending.size() / width)));
        if (auto s = flush(rest); !s)
            return s.error();
    }
    if (hasId)
        if (auto s = to.dialect().advanceIds(to, table); !s)
            return s.error();
    return copied;
}

// The rows a new shop starts with (the migrations' seeds), table by table.
Result<QMap<QString, qint64>> seededRows()
{
    auto fresh = Database::open(QString::fromLatin1(Database::kMemory));
    if (!fresh)
        return fresh.error();
    auto tables = tablesOf(**fresh);
    if (!tables)
        return tables.error();
    QMap<QString, qint64> out;
    for (const QString& t : *tables) {
        auto n = countOf(**fresh, t);
        if (!n)
            return n.error();
        if (*n > 0)
            out.insert(t, *n);
    }
    return out;
}
} // namespace

Result<ShopMover::Report> ShopMover::move(const Database& from, const Database& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::make(Error::Code::Database, tr("%1 is at data version %2 and %3 at %4; open both with this "
                                                     "version of Clientele first.")
                                                      .arg(from.path())
                                                      .arg(from.schemaVersion())
                                                      .arg(to.path())
                                                      .arg(to.schemaVersion()));
    auto sourceTables = tablesOf(from);
    if (!sourceTables)
        return sourceTables.error();
    auto targetTables = tablesOf(to);
    if (!targetTables)
        return targetTables.error();
    for (const QString& t : *sourceTables)
        if (!targetTables->contains(t))
            return Error::make(Error::Code::Database, tr("%1 has no table %2.").arg(to.path(), t));
    auto seeded = seededRows();
    if (!seeded)
        return seeded.error();
    auto order = copyOrder(to, *sourceTables);
    if (!order)
        return order.error();

    Transaction transaction(to);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    // Only an empty shop is filled: what the migrations seeded gives way to the source's rows.
    QStringList toClear;
    for (const QString& t : *targetTables) {
        auto n = countOf(to, t);
        if (!n)
            return n.error();
        if (*n == 0)
            continue;
        if (*n > seeded->value(t, 0))
            return Error::make(Error::Code::Conflict, tr("%1 is not empty (table %2 has %3 rows): a shop is moved only "
                                                         "into an empty database; nothing was changed.")
                                                          .arg(to.path(), t)
                                                          .arg(*n));
        toClear.append(t);
    }
    for (auto t = order->crbegin(); t != order->crend(); ++t)
        if (toClear.contains(*t))
            if (auto s = to.exec(u"DELETE FROM "_s + *t); !s)
                return s.error();

    Report report;
    for (const QString& table : *order) {
        auto columns = columnsOf(from, table);
        if (!columns)
            return columns.error();
        auto targetColumns = columnsOf(to, table);
        if (!targetColumns)
            return targetColumns.error();
        for (const QString& c : *columns)
            if (!targetColumns->contains(c))
                return Error::make(Error::Code::Database, tr("%1 has no column %2.%3.").arg(to.path(), table, c));
        auto copied = copyTable(from, to, table, *columns);
        if (!copied)
            return copied.error();
        auto source = figuresOf(from, table, *columns);
        if (!source)
            return source.error();
        auto target = figuresOf(to, table, *columns);
        if (!target)
            return target.error();
        if (source->rows != target->rows || source->sums != target->sums) {
            for (auto it = source->sums.cbegin(); it != source->sums.cend(); ++it)
                if (target->sums.value(it.key()) != it.value())
                    return Error::make(Error::Code::Database,
                                       tr("The copy of %1 does not add up (%2: %3 here, %4 there); nothing was changed.")
                                           .arg(table, it.key())
                                           .arg(it.value())
                                           .arg(target->sums.value(it.key())));
            return Error::make(Error::Code::Database,
                               tr("The copy of %1 does not add up (%2 rows here, %3 there); nothing was changed.")
                                   .arg(table)
                                   .arg(source->rows)
                                   .arg(target->rows));
        }
        report.rows += source->rows;
        report.tables.append(*source);
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    // The shop is there; statistics for the planner are an improvement, not part of the move.
    (void)to.exec(to.dialect().refreshStatistics());
    return report;
}

} // namespace clientele::core::storage
