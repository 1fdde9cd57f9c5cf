#include "CatchCompat.h"

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

TEST_CASE("--db takes a path as a file", "[db][location]")
{
    for (const QString& path : {u"shop.sqlite"_s, u"/home/a/shop.sqlite"_s, u"C:\\Shops\\a.sqlite"_s, u"C:/a.sqlite"_s,
                                u"./postgresql/shop.sqlite"_s, u":memory:"_s}) {
        const auto location = DatabaseLocation::parse(path);
        REQUIRE(location.ok());
        CHECK_FALSE(location->isServer());
        CHECK(location->path == path);
    }
    CHECK_FALSE(DatabaseLocation::parse(u"  "_s).ok());
}

TEST_CASE("--db takes a PostgreSQL URL with its parts", "[db][location]")
{
    auto full = DatabaseLocation::parse(u"postgresql://till%40a:s%3Ac@db.shop.cn:6543/chain?sslmode=require"_s);
    REQUIRE(full.ok());
    CHECK(full->isServer());
    CHECK(full->user == u"till@a");
    CHECK(full->password == u"s:c");
    CHECK(full->host == u"db.shop.cn");
    CHECK(full->port == 6543);
    CHECK(full->database == u"chain");
    CHECK(full->sslMode == u"require");
    // Shown without the password; the URL itself keeps it.
    CHECK_FALSE(full->display().contains(u"s%3Ac"_s));
    CHECK(full->display() == u"postgresql://till%40a@db.shop.cn:6543/chain?sslmode=require");
    CHECK(DatabaseLocation::parse(full->url())->password == u"s:c");

    auto plain = DatabaseLocation::parse(u"postgres://owner@127.0.0.1/shop"_s, u"from-env"_s);
    REQUIRE(plain.ok());
    CHECK(plain->port == 5432);
    CHECK(plain->sslMode == u"prefer");
    CHECK(plain->password == u"from-env"); // CLIENTELE_DB_PASSWORD when the URL has none
    CHECK(DatabaseLocation::parse(u"postgresql://o:inurl@h/d"_s, u"env"_s)->password == u"inurl");
}

TEST_CASE("--db refuses other URLs and incomplete server addresses, naming what is wrong", "[db][location]")
{
    const auto message = [](const QString& text) {
        const auto location = DatabaseLocation::parse(text);
        REQUIRE_FALSE(location.ok());
        CHECK(location.error().code == Error::Code::Usage);
        return location.error().message;
    };
    CHECK(message(u"mysql://root@localhost/shop"_s).contains(u"mysql://"_s));
    CHECK(message(u"https://example.com/shop.sqlite"_s).contains(u"https://"_s));
    CHECK(message(u"file:///tmp/shop.sqlite"_s).contains(u"file://"_s));
    CHECK(message(u"postgresql://localhost/shop"_s).contains(u"no user"_s));
    CHECK(message(u"postgresql://owner@/shop"_s).contains(u"no host"_s));
    CHECK(message(u"postgresql://owner@localhost"_s).contains(u"no database"_s));
    CHECK(message(u"postgresql://owner@localhost/"_s).contains(u"no database"_s));
    CHECK(message(u"postgresql://owner@localhost:0/shop"_s).contains(u"port"_s));
    CHECK_FALSE(DatabaseLocation::parse(u"postgresql://owner@localhost:99999/shop"_s).ok());
    CHECK(message(u"postgresql://owner@localhost/shop?sslmode=maybe"_s).contains(u"maybe"_s));
    CHECK(message(u"postgresql://owner@localhost/shop?host=evil"_s).contains(u"host"_s));
}

TEST_CASE("a refused URL creates no file", "[db][location]")
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QDir::setCurrent(dir.path());
    const auto opened = Database::open(u"mysql://root@localhost/shop"_s);
    QDir::setCurrent(before);
    REQUIRE_FALSE(opened.ok());
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("an unreachable server is a clear error, not a file", "[db][location]")
{
    // Port 1 on this machine: nothing listens; the message names the server without its password.
    const auto opened = Database::open(u"postgresql://owner:secret@127.0.0.1:1/shop?sslmode=disable"_s);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(u"postgresql://owner@127.0.0.1:1/shop"_s));
    CHECK_FALSE(opened.error().message.contains(u"secret"_s));
}

TEST_CASE("on a server: the schema is migrated once, its version kept in a table; a newer one is refused",
          "[db][server]")
{
    if (!clientele::test::onServer())
        return; // runs under tests/pg/with-postgres.sh (ctest -L postgres)
    const QString url = clientele::test::freshServerUrl();
    {
        auto first = Database::open(url);
        INFO((first ? QString() : first.error().message).toStdString());
        REQUIRE(first.ok());
        CHECK((*first)->isServer());
        CHECK((*first)->schemaVersion() == Migrations::kLatest);
        QSqlQuery q = (*first)->prepare(u"SELECT version FROM clientele_schema"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Migrations::kLatest);
        // Opening again migrates nothing.
        auto second = Database::open(url);
        REQUIRE(second.ok());
        CHECK((*second)->schemaVersion() == Migrations::kLatest);
        REQUIRE((*first)->exec(u"UPDATE clientele_schema SET version = %1"_s.arg(Migrations::kLatest + 1)).ok());
    }
    const auto refused = Database::open(url);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::SchemaTooNew);
    CHECK(refused.error().message.contains(u"written by a newer version of Clientele"_s));
}
