#include "OrderRepository.h"

#include "Database.h"
#include "JsonRows.h"
#include "SqlLimit.h"
#include "SqlValues.h"
#include "SqliteDirect.h"
#include "StandingOrders.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QSet>

#include <array>
#include <limits>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::OrderRepository", text);
}
} // namespace

namespace {
constexpr int kOrderColumns = 12;
// Rows per INSERT: SQLite's oldest limit is 999 bound values per statement.
constexpr int kRowsPerInsert = 999 / kOrderColumns;
// Rows per JSON batch on a server (about 200 bytes each).
constexpr qsizetype kRowsPerJson = 4096;

QString insertRows(int rows, bool returning)
{
    QString sql =
        u"INSERT INTO orders (order_key, order_no, customer_id, order_date, order_time, amount_fen, category, "
        "channel, store, content_hash, import_batch_id, source_line) VALUES "_s;
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? u"(?,?,?,?,?,?,?,?,?,?,?,?)"_s : u",(?,?,?,?,?,?,?,?,?,?,?,?)"_s;
    return sql + u" ON CONFLICT (order_key) DO NOTHING"_s + (returning ? u" RETURNING order_key"_s : QString());
}

// A server's form of insertRows(): the rows arrive as one JSON array of arrays of text (one bound
// value per batch instead of twelve per row: QPSQL writes every bound value into the statement's
// text, and the server parsed a thousand of them per 83 rows), cast to the columns' types.
QString insertJsonRows()
{
    return u"INSERT INTO orders (order_key, order_no, customer_id, order_date, order_time, amount_fen, category, "
           "channel, store, content_hash, import_batch_id, source_line) "
           "SELECT r->>0, r->>1, CAST(r->>2 AS BIGINT), r->>3, r->>4, CAST(r->>5 AS BIGINT), r->>6, r->>7, r->>8, "
           "CAST(r->>9 AS BIGINT), CAST(r->>10 AS BIGINT), CAST(r->>11 AS BIGINT) "
           "FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(r, n) ORDER BY n "
           "ON CONFLICT (order_key) DO NOTHING RETURNING order_key"_s;
}

// The twelve values of insertRows() for one order, in its column order, each given to `put` as
// text (a null QString is NULL) or as a number (nullopt is NULL).
template <typename Put>
void putValues(const Order& order, const QString& orderKey, qint64 contentHash, qint64 importBatchId, qint64 sourceLine,
               Put&& put)
{
    static const QString empty = u""_s; // NOT NULL text columns
    const auto notNull = [](const QString& text) -> const QString& { return text.isNull() ? empty : text; };
    put(orderKey);
    put(order.orderNo.isEmpty() ? QString() : order.orderNo); // optional and unique: empty is NULL
    put(std::optional<qint64>(order.customerId));
    put(iso::date(order.date));
    put(iso::time(order.time));
    put(std::optional<qint64>(order.amount));
    put(notNull(order.category));
    put(notNull(order.channel));
    put(notNull(order.store));
    put(std::optional<qint64>(contentHash));
    put(importBatchId > 0 ? std::optional<qint64>(importBatchId) : std::nullopt);
    put(std::optional<qint64>(sourceLine));
}

// The values as QtSql and a server's JSON batch take them.
std::array<QVariant, kOrderColumns> valuesOf(const Order& order, const QString& orderKey, qint64 contentHash,
                                             qint64 importBatchId, qint64 sourceLine)
{
    std::array<QVariant, kOrderColumns> values;
    size_t i = 0;
    putValues(order, orderKey, contentHash, importBatchId, sourceLine, [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QString>)
            values[i++] = value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
        else
            values[i++] = value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
    });
    return values;
}

// putValues() into anything with add(const QString&) (a null QString is NULL), add(qint64) and
// addNull(): a server's JSON batch, or a SQLite statement through StatementCells.
template <typename Cells>
void addValues(Cells& cells, const OrderRepository::NewOrder& o, qint64 importBatchId)
{
    putValues(o.order, o.key, o.contentHash, importBatchId, o.sourceLine, [&cells](const auto& value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QString>)
            cells.add(value);
        else if (value)
            cells.add(*value);
        else
            cells.addNull();
    });
}

// The values bound straight on SQLite, without a QVariant per cell (a million orders bind twelve
// million values).
struct StatementCells
{
    SqliteStatement& statement;
    int index = 1;
    void add(const QString& text) { statement.bind(index++, text); }
    void add(qint64 value) { statement.bind(index++, value); }
    void addNull() { statement.bindNull(index++); }
};

void bindOrder(SqliteStatement& statement, const OrderRepository::NewOrder& o, qint64 importBatchId)
{
    StatementCells cells{statement};
    addValues(cells, o, importBatchId);
}
} // namespace

OrderRepository::OrderRepository(const Database& database)
    : m_database(database), m_insert(database.prepare(insertRows(1, false))),
      m_existing(database.prepare(
          QStringLiteral("SELECT id, content_hash, COALESCE(import_batch_id, 0), COALESCE(source_line, 0) FROM orders "
                         "WHERE order_key = ?")))
{
}

OrderRepository::~OrderRepository() = default;

Result<std::optional<OrderRepository::Existing>> OrderRepository::insertIfNew(const Order& order,
                                                                              const QString& orderKey,
                                                                              qint64 contentHash, qint64 importBatchId,
                                                                              qint64 sourceLine)
{
    int v = 0;
    for (const QVariant& value : valuesOf(order, orderKey, contentHash, importBatchId, sourceLine))
        m_insert.bindValue(v++, value);
    if (!m_insert.exec())
        return sqlError(m_insert, tr("Saving order %1").arg(order.orderNo));
    if (m_insert.numRowsAffected() > 0)
        return std::optional<Existing>();

    auto found = existing(orderKey, order.orderNo);
    if (!found)
        return found.error();
    return std::optional<Existing>(*found);
}

Result<OrderRepository::Existing> OrderRepository::existing(const QString& orderKey, const QString& orderNo)
{
    m_existing.bindValue(0, orderKey);
    if (!m_existing.exec() || !m_existing.next())
        return sqlError(m_existing, tr("Reading order %1").arg(orderNo));
    Existing existing{m_existing.value(0).toLongLong(), m_existing.value(1).toLongLong(),
                      m_existing.value(2).toLongLong(), m_existing.value(3).toLongLong()};
    m_existing.finish();
    return existing;
}

Status OrderRepository::insertManyIfNew(const QList<NewOrder>& orders, qint64 importBatchId,
                                        QList<std::optional<Existing>>& results)
{
    results.clear();
    results.reserve(orders.size());
    // Each order's outcome, in order: inserted, or the order already under its key.
    const auto settle = [&](const NewOrder& o, bool inserted) -> Status {
        if (inserted) {
            results.append(std::nullopt);
            return {};
        }
        auto found = existing(o.key, o.order.orderNo);
        if (!found)
            return found.error();
        results.append(*found);
        return {};
    };
    if (!m_direct)
        if (sqlite3* handle = SqliteStatement::handleOf(m_database))
            m_direct = std::make_unique<SqliteStatement>(handle, insertRows(1, false));
    if (m_direct && m_direct->isPrepared()) {
        // Straight on SQLite, one prepared row at a time: an order whose key is taken (by the
        // shop or by an earlier order of this batch) changes nothing and is looked up.
        for (const NewOrder& o : orders) {
            bindOrder(*m_direct, o, importBatchId);
            if (!m_direct->execute())
                return m_direct->error(tr("Saving order %1").arg(o.order.orderNo));
            if (auto s = settle(o, m_direct->changes() > 0); !s)
                return s.error();
        }
        return {};
    }
    // Through QtSql: several rows per statement, each value bound (measured on 1,000,000 orders, a
    // JSON batch unpacked by json_extract cost more than the per-statement work it saves: one
    // JSON parse per column and row on SQLite 3.40).
    QList<const NewOrder*> toSend; // the first order of each key; later ones are looked up afterwards
    toSend.reserve(orders.size());
    QSet<QString> sent;
    sent.reserve(orders.size());
    for (const NewOrder& o : orders)
        if (!sent.contains(o.key)) {
            sent.insert(o.key);
            toSend.append(&o);
        }
    QSet<QString> inserted;
    inserted.reserve(toSend.size());
    const bool json = m_database.dialect().kind() == SqlDialect::Kind::Postgres;
    for (qsizetype start = 0; json && start < toSend.size(); start += kRowsPerJson) {
        if (!m_insertJson)
            m_insertJson = m_database.prepare(insertJsonRows());
        JsonRows rows;
        for (qsizetype i = start; i < std::min(toSend.size(), start + kRowsPerJson); ++i) {
            addValues(rows, *toSend[i], importBatchId);
            rows.endRow();
        }
        QSqlQuery& q = *m_insertJson;
        q.bindValue(0, rows.take());
        if (!q.exec())
            return sqlError(q, tr("Saving orders"));
        while (q.next())
            inserted.insert(q.value(0).toString());
        q.finish();
    }
    for (qsizetype start = 0; !json && start < toSend.size(); start += kRowsPerInsert) {
        const int rows = int(std::min<qsizetype>(kRowsPerInsert, toSend.size() - start));
        if (rows == kRowsPerInsert && !m_insertFull)
            m_insertFull = m_database.prepare(insertRows(rows, true));
        std::optional<QSqlQuery> partial;
        QSqlQuery& q =
            rows == kRowsPerInsert ? *m_insertFull : partial.emplace(m_database.prepare(insertRows(rows, true)));
        int v = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            const NewOrder& o = *toSend[i];
            for (const QVariant& value : valuesOf(o.order, o.key, o.contentHash, importBatchId, o.sourceLine))
                q.bindValue(v++, value);
        }
        if (!q.exec())
            return sqlError(q, tr("Saving orders"));
        while (q.next())
            inserted.insert(q.value(0).toString());
        q.finish();
    }
    sent.clear();
    for (const NewOrder& o : orders) {
        const bool first = !sent.contains(o.key);
        sent.insert(o.key);
        if (auto s = settle(o, first && inserted.contains(o.key)); !s)
            return s.error();
    }
    return {};
}

Result<QList<Order>> OrderRepository::forCustomer(qint64 customerId, int limit)
{
    // Each row says whether it stands as an order or refund (standingOrder, as every figure counts).
    QSqlQuery q = m_database.prepare(
        u"SELECT o.id, o.order_no, o.customer_id, o.order_date, o.order_time, o.amount_fen, o.category, o.channel, "
        "o.store, CASE WHEN "_s +
        standingOrder(u"o"_s) +
        u" THEN 1 ELSE 0 END FROM orders o "
        "WHERE o.customer_id = ? ORDER BY o.order_date DESC, o.order_time DESC, o.id DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, tr("Reading orders"));
    QList<Order> orders;
    while (q.next()) {
        Order o;
        o.id = q.value(0).toLongLong();
        o.orderNo = q.value(1).toString();
        o.customerId = q.value(2).toLongLong();
        o.date = sqlvalue::toDate(q.value(3));
        o.time = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm:ss"));
        o.amount = q.value(5).toLongLong();
        o.category = q.value(6).toString();
        o.channel = q.value(7).toString();
        o.store = q.value(8).toString();
        o.standing = q.value(9).toInt() != 0;
        orders.append(o);
    }
    return orders;
}

Result<qint64> OrderRepository::count()
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM orders"));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting orders"));
    return q.value(0).toLongLong();
}

Result<qint64> OrderRepository::countPurchases()
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.amount_fen >= 0 AND ") +
                                     standingOrder(u"o"_s));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting orders"));
    return q.value(0).toLongLong();
}

} // namespace clientele::core::storage
