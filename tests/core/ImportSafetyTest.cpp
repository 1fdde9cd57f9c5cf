#include "CatchCompat.h"

#include "TestSupport.h"

#include "demo/DemoShop.h"
#include "io/Importer.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/OrderRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
qint64 customerCount(storage::Database& db)
{
    return storage::CustomerRepository(db).count().value();
}
qint64 batchCount(storage::Database& db)
{
    return storage::ImportBatchRepository(db).list().value().size();
}
} // namespace

TEST_CASE("a dry run reports exactly what the import would do and writes nothing", "[import][safety]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions o;
    o.dryRun = true;
    const auto dry = Importer::run(*db, dataPath(u"customers_errors.csv"_s), o);
    REQUIRE(dry.ok());
    CHECK(dry->dryRun);
    CHECK(dry->batchId == 0);
    CHECK(customerCount(*db) == 0);
    CHECK(batchCount(*db) == 0);

    o.dryRun = false;
    const auto real = Importer::run(*db, dataPath(u"customers_errors.csv"_s), o);
    REQUIRE(real.ok());
    CHECK(real->inserted == dry->inserted);
    CHECK(real->errorRows == dry->errorRows);
    CHECK(real->errorCount == dry->errorCount);
    CHECK(real->conflictCount == dry->conflictCount);
    CHECK(real->warningRows == dry->warningRows);
    CHECK(real->repeatedInFile == dry->repeatedInFile);
    CHECK(customerCount(*db) == 6);
}

TEST_CASE("strict mode refuses the whole file on any skipped row or left-out value", "[import][safety]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions o;
    o.strict = true;
    const auto r = Importer::run(*db, dataPath(u"customers_errors.csv"_s), o);
    REQUIRE(r.ok());
    CHECK(r->refused);
    CHECK(r->refusal.contains(u"rows that would be skipped: 4; values that would be left out: 4"_s));
    CHECK(customerCount(*db) == 0);
    CHECK(batchCount(*db) == 0);

    // A value left out is enough: strict means nothing is lost without the user's say.
    const QString oneBadBirthday =
        clientele::test::writeTempFile(u"姓名,手机,生日\n刘洋,13800000009,1995-02-30\n"_s.toUtf8());
    const auto warned = Importer::run(*db, oneBadBirthday, o);
    REQUIRE(warned.ok());
    CHECK(warned->refused);
    CHECK(warned->refusal.contains(u"values that would be left out: 1"_s));
    CHECK(customerCount(*db) == 0);
    // A phone kept as written loses nothing: not a reason to refuse.
    const QString landline = clientele::test::writeTempFile(u"姓名,手机\n陈静,(021) 6234-5678\n"_s.toUtf8());
    const auto kept = Importer::run(*db, landline, o);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->refused);
    CHECK(kept->flaggedPhones == 1);
    CHECK(customerCount(*db) == 1);

    const auto clean = Importer::run(*db, dataPath(u"customers_gbk_excel.csv"_s), o);
    REQUIRE(clean.ok());
    CHECK_FALSE(clean->refused);
    CHECK(customerCount(*db) == 6); // its 陈静 is the landline customer above, matched by phone
}

TEST_CASE("structurally broken or non-CSV files are refused whole with a clear message", "[import][safety]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions o;

    auto broken = Importer::run(*db, dataPath(u"unterminated_quote.csv"_s), o);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(u"unterminated_quote.csv"_s));
    CHECK(broken.error().message.contains(u"Line 3"_s));
    CHECK(customerCount(*db) == 0); // rows before the broken line were not kept either

    auto binary = Importer::run(*db, dataPath(u"not_csv.png"_s), o);
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message.contains(u"not a text file"_s));

    auto empty = Importer::run(*db, dataPath(u"empty.csv"_s), o);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(u"empty"_s));

    auto missing = Importer::run(*db, dataPath(u"does_not_exist.csv"_s), o);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);

    // GBK bytes in a file declared UTF-8: refused naming the line; detection reads it fine.
    o.encoding = u"UTF-8"_s;
    auto declared = Importer::run(*db, dataPath(u"gbk_declared_utf8.csv"_s), o);
    REQUIRE_FALSE(declared.ok());
    CHECK(declared.error().message.contains(u"Line 3"_s));
    CHECK(batchCount(*db) == 0);

    const QString noUsableColumns = clientele::test::writeTempFile("foo,bar\n1,2\n");
    auto unmapped = Importer::run(*db, noUsableColumns, ImportOptions{});
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().message.contains(u"foo | bar"_s));
}

TEST_CASE("cancelling midway leaves the database untouched; progress is reported", "[import][safety]")
{
    QTemporaryDir dir;
    demo::DemoOptions options;
    options.customers = 6000;
    options.orders = 0;
    options.endDate = QDate(2026, 10, 31);
    const auto files = demo::DemoShop::writeCsv(options, dir.path());
    REQUIRE(files.ok());

    auto db = clientele::test::memoryDatabase();
    std::atomic_bool cancel{false};
    int calls = 0;
    qint64 lastDone = 0;
    ImportHooks hooks;
    hooks.cancel = &cancel;
    hooks.progress = [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        CHECK(done >= lastDone);
        lastDone = done;
        if (++calls == 4) // first pass done, second pass under way
            cancel = true;
    };
    const auto r = Importer::run(*db, files->customersCsv, ImportOptions{}, hooks);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::Cancelled);
    CHECK(customerCount(*db) == 0);
    CHECK(batchCount(*db) == 0);

    cancel = false;
    calls = -1000;
    lastDone = 0;
    const auto full = Importer::run(*db, files->customersCsv, ImportOptions{}, hooks);
    REQUIRE(full.ok());
    CHECK(full->inserted == 6000);
    CHECK(lastDone > 0);
}

TEST_CASE("bad input: SQL metacharacters and emoji are data, absurd values are refused per row", "[import][safety]")
{
    auto db = clientele::test::memoryDatabase();
    const QString customers =
        clientele::test::writeTempFile(u"会员卡号,姓名,手机,生日\n"
                                       u"X1,\"Robert'); DROP TABLE customers;--\",13800000001,1990-01-01\n"
                                       u"X2,小美🌸,13800000002,9999-12-31\n"
                                       u"X3,%_\\\\,13800000003,\n"_s.toUtf8());
    const auto r = Importer::run(*db, customers, ImportOptions{});
    REQUIRE(r.ok());
    CHECK(r->inserted == 3);
    CHECK(r->errors.isEmpty());
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].line == 3); // year 9999: not a date Clientele accepts; imported without it
    storage::CustomerRepository repo(*db);
    CHECK(repo.findByMemberCode(u"X1"_s).value()->name == u"Robert'); DROP TABLE customers;--"_s);
    CHECK_FALSE(repo.findByMemberCode(u"X2"_s).value()->birthday.isValid());
    CHECK(repo.count().value() == 3);
    CHECK(repo.search(u"%_"_s, 10).value().size() == 1); // wildcards are literal

    const QString orders = clientele::test::writeTempFile(
        u"单号,会员卡号,日期,金额\nO1,X1,2024-01-01,99999999999\nO2,X1,2024-01-02,-50\nO3,X1,2024-01-03,1e9\n"_s
            .toUtf8());
    ImportOptions o;
    o.kind = ImportKind::Orders;
    const auto r2 = Importer::run(*db, orders, o);
    REQUIRE(r2.ok());
    CHECK(r2->inserted == 1);   // the refund
    CHECK(r2->errorCount == 2); // beyond ¥100,000,000; not an amount
    CHECK(r2->errorRows == 2);
}

TEST_CASE("bad input: a 10 MB field and a truncated file are refused whole", "[import][safety]")
{
    auto db = clientele::test::memoryDatabase();
    const QString giant =
        clientele::test::writeTempFile("姓名,备注\n张三,\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"\n");
    const auto r = Importer::run(*db, giant, ImportOptions{});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(u"longer than"_s));
    const QString truncated = clientele::test::writeTempFile(u"姓名,备注\n张三,\"没写完的备注"_s.toUtf8());
    const auto t = Importer::run(*db, truncated, ImportOptions{});
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().message.contains(u"unterminated"_s));
    CHECK(storage::CustomerRepository(*db).count().value() == 0);
}

namespace {
// Every index of the file's tables with its definition (the SQLite catalogue).
QStringList indexesOf(storage::Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT name || ': ' || COALESCE(sql, '(key)') FROM sqlite_master "
                             "WHERE type = 'index' ORDER BY name"_s);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST_CASE("imports into an empty shop load without secondary indexes and leave every index as it was",
          "[import][safety]")
{
    if (clientele::test::onServer())
        return; // the catalogue read here is SQLite's; a server keeps its indexes throughout
    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    // The index builds sort with a smaller page cache; the connection keeps its own afterwards.
    const auto cacheSize = [&db] {
        QSqlQuery q = db.prepare(u"PRAGMA cache_size"_s);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    };
    const int cacheBefore = cacheSize();
    REQUIRE(cacheBefore == -32000);
    const QStringList before = indexesOf(db);
    REQUIRE(before.filter(u"customers_phone:"_s).size() == 1);
    REQUIRE(before.filter(u"orders_customer_date:"_s).size() == 1);

    ImportOptions o;
    o.dryRun = true; // dropped inside the import's transaction: a dry run rolls the drop back too
    REQUIRE(Importer::run(db, dataPath(u"customers_utf8_bom.csv"_s), o).ok());
    CHECK(indexesOf(db) == before);

    o = ImportOptions();
    o.strict = true; // refused: rolled back
    const auto refused = Importer::run(db, dataPath(u"customers_errors.csv"_s), o);
    REQUIRE(refused.ok());
    REQUIRE(refused->refused);
    CHECK(indexesOf(db) == before);

    const auto customers = Importer::run(db, dataPath(u"customers_utf8_bom.csv"_s), ImportOptions());
    REQUIRE(customers.ok());
    REQUIRE(customers->inserted > 0);
    CHECK(indexesOf(db) == before);
    // The restored indexes answer the lookups a later import makes.
    QSqlQuery plan = db.prepare(u"EXPLAIN QUERY PLAN SELECT id FROM customers WHERE phone = '13800138100'"_s);
    REQUIRE(plan.exec());
    REQUIRE(plan.next());
    CHECK(plan.value(3).toString().contains(u"customers_phone"_s));
    plan.finish(); // an open statement would lock the schema against the next import

    ImportOptions orders;
    orders.kind = ImportKind::Orders;
    orders.createCustomers = true;
    const auto imported = Importer::run(db, dataPath(u"orders_vip.csv"_s), orders);
    REQUIRE(imported.ok());
    REQUIRE(imported->inserted > 0);
    CHECK(indexesOf(db) == before);
    CHECK(cacheSize() == cacheBefore);
}
