#include "CatchCompat.h"

#include "TestSupport.h"
#include "TestTables.h"

#include "demo/DemoShop.h"
#include "domain/Clock.h"
#include "io/Importer.h"
#include "segmentation/Segmenter.h"
#include "storage/BulkStatement.h"
#include "storage/RowWriter.h"
#include "storage/SqliteDirect.h"

#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;
using storage::SqliteStatement;

// The bulk paths run straight on SQLite (storage/SqliteDirect.h) where QtSql would format and
// hash a placeholder per value. Both paths must leave the very same shop behind; on the test
// server (core_pg) only the QtSql path exists and these run through it.

namespace {
// Restores the direct path however a test case ends.
struct QtSqlOnly
{
    QtSqlOnly() { SqliteStatement::setDirectAllowed(false); }
    ~QtSqlOnly() { SqliteStatement::setDirectAllowed(true); }
};

// A shop fed through the user's path: the generated customer and order files imported, then a
// full segmentation run (history read, metrics written); every table's rows as text.
QString shopThroughImports(const demo::DemoFiles& files)
{
    auto db = clientele::test::memoryDatabase();
    for (const auto& [kind, path] : {std::pair{io::ImportKind::Customers, files.customersCsv},
                                     std::pair{io::ImportKind::Orders, files.ordersCsv}}) {
        io::ImportOptions options;
        options.kind = kind;
        const auto report = io::Importer::run(*db, path, options);
        REQUIRE(report.ok());
        REQUIRE(report->inserted > 0);
    }
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 10, 31)).ok());
    return clientele::test::everything(*db);
}
} // namespace

TEST_CASE("this build runs the bulk paths straight on the SQLite library under Qt's driver", "[storage][sqlite]")
{
    auto db = clientele::test::memoryDatabase();
    if (clientele::test::onServer()) {
        CHECK(SqliteStatement::handleOf(*db) == nullptr);
        return;
    }
#ifdef Q_OS_LINUX // Debian's Qt links the system libsqlite3; Qt's own Windows/macOS builds carry a copy
    CHECK(SqliteStatement::handleOf(*db) != nullptr);
#endif
    {
        QtSqlOnly qtSql;
        CHECK(SqliteStatement::handleOf(*db) == nullptr);
    }
}

TEST_CASE("imports and the segmentation leave the same shop whether they bind through QtSql or SQLite",
          "[storage][sqlite][import]")
{
    // 2,500 customers and 9,000 orders: several of the importer's 2,000-row batches, a QtSql
    // statement's 29 metric rows many times over with a remainder, refunds and repeated keys.
    const Clock::Pinned evening(QDateTime(QDate(2026, 10, 31), QTime(18, 0))); // same timestamps in both shops
    QTemporaryDir dir;
    demo::DemoOptions options;
    options.customers = 2500;
    options.orders = 9000;
    options.endDate = QDate(2026, 10, 31);
    const auto files = demo::DemoShop::writeCsv(options, dir.path());
    REQUIRE(files.ok());
    const QString direct = shopThroughImports(*files);
    QString viaQtSql;
    {
        QtSqlOnly qtSql;
        viaQtSql = shopThroughImports(*files);
    }
    CHECK(direct.size() > 1000000); // the whole shop, not an empty dump
    CHECK(direct == viaQtSql);
}

TEST_CASE("a row SQLite refuses names what was being saved and leaves the statement usable", "[storage][sqlite]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(db->exec(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, amount INTEGER)"_s).ok());
    storage::BulkStatement insert(*db, u"INSERT INTO probe (id, label, amount) VALUES (:id, :label, :amount)"_s);
    insert.bind(u":id"_s, 1);
    insert.bind(u":label"_s, u"first"_s);
    insert.bind(u":amount"_s, 100);
    REQUIRE(insert.exec(u"Saving the probe"_s).ok());
    CHECK(insert.rowsAffected() == 1);
    if (!clientele::test::onServer()) // PostgreSQL has no last insert id without RETURNING
        CHECK(insert.lastInsertId() == 1);

    insert.bind(u":id"_s, 2);
    insert.bind(u":label"_s, QVariant(QMetaType::fromType<QString>())); // NOT NULL
    insert.bind(u":amount"_s, 5);
    const auto refused = insert.exec(u"Saving the probe"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"Saving the probe: "_s));
    CHECK(refused.error().message.contains(u"label"_s));
    if (clientele::test::onServer())
        return; // the server's connection needs its failed statement rolled back first; its callers do that

    insert.bind(u":id"_s, 2);
    insert.bind(u":label"_s, u"second"_s);
    insert.bind(u":amount"_s, QVariant());
    REQUIRE(insert.exec(u"Saving the probe"_s).ok());

    storage::BulkStatement read(*db, u"SELECT label, amount FROM probe WHERE id >= ? ORDER BY id"_s);
    read.bind(1, 1);
    REQUIRE(read.exec(u"Reading the probe"_s).ok());
    QStringList rows;
    while (read.next())
        rows.append(read.text(0) + u'=' + (read.isNull(1) ? u"NULL"_s : QString::number(read.int64(1))));
    CHECK(read.finished(u"Reading the probe"_s).ok());
    CHECK(rows == QStringList{u"first=100"_s, u"second=NULL"_s});
}

TEST_CASE("RowWriter upserts every row, whatever the batch size of its path", "[storage][sqlite]")
{
    for (const bool qtSqlOnly : {false, true}) {
        std::optional<QtSqlOnly> mode;
        if (qtSqlOnly)
            mode.emplace();
        auto db = clientele::test::memoryDatabase();
        REQUIRE(db->exec(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT, share DOUBLE PRECISION)"_s).ok());
        // Three columns: 333 rows per QtSql statement, so 700 rows are two full statements and a rest.
        for (const int pass : {1, 2}) {
            storage::RowWriter writer(*db, u"probe"_s, {u"id"_s, u"label"_s, u"share"_s}, {u"id"_s}, u"Saving"_s);
            for (int i = 1; i <= 700; ++i) {
                writer.add(qint64(i));
                i % 7 == 0 ? writer.addNull() : writer.add(u"row %1 pass %2"_s.arg(i).arg(pass));
                writer.add(i / 8.0);
                REQUIRE(writer.endRow().ok());
            }
            REQUIRE(writer.finish().ok());
        }
        storage::BulkStatement q(*db, u"SELECT COUNT(*), COUNT(label), SUM(share), MIN(label) FROM probe"_s);
        REQUIRE(q.exec(u"Reading"_s).ok());
        REQUIRE(q.next());
        CHECK(q.int64(0) == 700);
        CHECK(q.int64(1) == 600);
        CHECK(q.value(2).toDouble() == Approx(700.0 * 701 / 2 / 8));
        CHECK(q.text(3) == u"row 1 pass 2"_s); // the second pass replaced the first
    }
}
