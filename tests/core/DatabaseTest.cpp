#include "CatchCompat.h"

#include "TestSupport.h"

#include "storage/ChangeCounter.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"
#include "storage/WriterVersion.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

static QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// [nopg]: reads SQLite's catalogue and pragmas (DatabaseLocationTest checks a server's schema).
TEST_CASE("a new database is migrated to the latest schema with foreign keys on", "[db][nopg]")
{
    auto db = clientele::test::memoryDatabase();
    CHECK(db->schemaVersion() == Migrations::kLatest);
    CHECK(scalar(*db, u"PRAGMA foreign_keys"_s).toInt() == 1);
    for (const auto* table : {"customers", "tags", "customer_tags", "orders", "interactions", "follow_ups",
                              "import_batches", "import_changes", "settings", "column_mappings"}) {
        INFO(table);
        CHECK(scalar(*db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '"_s +
                              QString::fromLatin1(table) + u"'"_s)
                  .toInt() == 1);
    }
    // Lookups the importer and lists rely on are indexed.
    const QString plan = scalar(*db, u"EXPLAIN QUERY PLAN SELECT id FROM customers WHERE phone = '1'"_s).toString();
    QSqlQuery q = db->prepare(u"EXPLAIN QUERY PLAN SELECT id FROM customers WHERE phone = '1'"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(3).toString().contains(u"customers_phone"_s));
}

TEST_CASE("a file on disk uses WAL and a busy timeout", "[db]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    CHECK(scalar(**db, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(scalar(**db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
}

TEST_CASE("a database from a newer Clientele is refused and left untouched", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(u"PRAGMA user_version = 99"_s).ok());
    }
    const QByteArray before = clientele::test::readFile(path);
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().code == Error::Code::SchemaTooNew);
    CHECK(reopened.error().message.contains(u"newer version"_s));
    CHECK(clientele::test::readFile(path) == before);
}

TEST_CASE("a file that is not a database gets a clear message", "[db]")
{
    const QString path = clientele::test::writeTempFile("this is not sqlite at all, just text\n", u".sqlite"_s);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(u"not a Clientele database"_s));
}

TEST_CASE("transactions roll back unless committed", "[db]")
{
    auto db = clientele::test::memoryDatabase();
    SettingsRepository settings(*db);
    {
        Transaction t(*db);
        REQUIRE(t.isActive());
        REQUIRE(settings.setValue(u"shop_name"_s, u"小店"_s).ok());
    } // no commit
    CHECK(settings.value(u"shop_name"_s, u"none"_s).value() == u"none"_s);
    {
        Transaction t(*db);
        REQUIRE(settings.setValue(u"shop_name"_s, u"小店"_s).ok());
        REQUIRE(t.commit().ok());
    }
    CHECK(settings.value(u"shop_name"_s).value() == u"小店"_s);
}

TEST_CASE("a database opened read-only reads but refuses every write", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(SettingsRepository(**db).setValue(u"shop_name"_s, u"小店"_s).ok());
    }
    auto readOnly = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK((*readOnly)->isReadOnly());
    SettingsRepository settings(**readOnly);
    CHECK(settings.value(u"shop_name"_s).value() == u"小店"_s);
    CHECK_FALSE(settings.setValue(u"shop_name"_s, u"x"_s).ok());
}

TEST_CASE("a file says which Clientele version last opened it for writing", "[db][version]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QString key = QString::fromLatin1(kWrittenByVersionKey);
    const QString current = QStringLiteral(CLIENTELE_VERSION);
    REQUIRE_FALSE(current.isEmpty());
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(SettingsRepository(**db).value(key).value() == current);
        // As if an older Clientele had written the file last.
        REQUIRE(SettingsRepository(**db).setValue(key, u"0.0.1"_s).ok());
    }
    {
        auto readOnly = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK(SettingsRepository(**readOnly).value(key).value() == u"0.0.1"_s); // reading writes nothing
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(SettingsRepository(**db).value(key).value() == current);
}

TEST_CASE("the external change counter on either backend: another till's commit moves it, reading does not",
          "[db][elsewhere]")
{
    QTemporaryDir dir;
    const QString location = clientele::test::shopLocation(dir.path());
    auto app = Database::open(location);
    REQUIRE(app.ok());
    auto till = Database::open(location);
    REQUIRE(till.ok());
    const auto start = externalChangeCounter(**app);
    REQUIRE(start.ok());
    (void)SettingsRepository(**app).value(u"shop_name"_s);
    CHECK(externalChangeCounter(**app).value() == *start); // reading is not a change

    REQUIRE(SettingsRepository(**till).setValue(u"shop_name"_s, u"大店"_s).ok());
    const auto afterTill = externalChangeCounter(**app);
    REQUIRE(afterTill.ok());
    CHECK(*afterTill != *start);
    CHECK(externalChangeCounter(**app).value() == *afterTill);

    // Its own write: SQLite's data_version stays; the server's transaction id moves (ChangeCounter.h),
    // which the desktop acknowledges after its own reloads.
    REQUIRE(SettingsRepository(**app).setValue(u"shop_name"_s, u"小店"_s).ok());
    CHECK((externalChangeCounter(**app).value() != *afterTill) == clientele::test::onServer());
}

TEST_CASE("the external change counter moves for another connection's commits, not for its own", "[db][elsewhere]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    auto app = Database::open(path);
    auto till = Database::open(path);
    REQUIRE(app.ok());
    REQUIRE(till.ok());
    const auto start = externalChangeCounter(**app);
    REQUIRE(start.ok());

    REQUIRE(SettingsRepository(**app).setValue(u"shop_name"_s, u"小店"_s).ok());
    CHECK(externalChangeCounter(**app).value() == *start); // its own write

    REQUIRE(SettingsRepository(**till).setValue(u"shop_name"_s, u"大店"_s).ok());
    const auto afterTill = externalChangeCounter(**app);
    REQUIRE(afterTill.ok());
    CHECK(*afterTill != *start);
    CHECK(SettingsRepository(**app).value(u"shop_name"_s).value() == u"大店"_s); // and it reads it
    CHECK(externalChangeCounter(**app).value() == *afterTill); // asking again is not a change
}
