#include "CatchCompat.h"

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "storage/dialect/PostgresConnectError.h"

#include <QDir>
#include <QSqlDatabase>
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

TEST_CASE("a server's refusal is told in the owner's words: password, no server, no database, TLS", "[db][location]")
{
    auto location = DatabaseLocation::parse(u"postgresql://till:secret@shop.example:6543/chain"_s).value();
    const auto failure = [&](const char* libpq) { return postgresConnectError(location, QString::fromUtf8(libpq)); };

    // libpq's texts of PostgreSQL 15, as QPSQL hands them over.
    const Error password = failure("connection to server at \"shop.example\" (10.0.0.5), port 6543 failed: FATAL:  "
                                   "password authentication failed for user \"till\"");
    CHECK(password.code == Error::Code::Forbidden);
    CHECK(password.message.contains(u"password is wrong"_s));
    CHECK(password.message.contains(u"till"_s));
    CHECK_FALSE(password.message.contains(u"secret"_s));
    CHECK(failure("FATAL:  role \"till\" does not exist").code == Error::Code::Forbidden);

    const Error down = failure("connection to server at \"shop.example\" (10.0.0.5), port 6543 failed: Connection "
                               "refused\n\tIs the server running on that host and accepting TCP/IP connections?");
    CHECK(down.code == Error::Code::Io);
    CHECK(down.message.contains(u"No shop server answers"_s));
    CHECK(down.message.contains(u"6543"_s));
    CHECK(failure("could not translate host name \"shop.example\" to address: Name or service not known").code ==
          Error::Code::Io);

    const Error noDatabase = failure("FATAL:  database \"chain\" does not exist");
    CHECK(noDatabase.code == Error::Code::NotFound);
    CHECK(noDatabase.message.contains(u"no database named chain"_s));

    CHECK(failure("server does not support SSL, but SSL was required").message.contains(u"TLS"_s));
    const Error other = failure("FATAL:  sorry, too many clients already");
    CHECK(other.code == Error::Code::Database);
    CHECK(other.message.contains(u"too many clients"_s));
}

TEST_CASE("a database that holds another program's tables is refused and left as it was", "[db][location]")
{
    const auto rawExec = [](QSqlDatabase raw, const QString& sql) {
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(sql));
    };
    QTemporaryDir dir;
    QString where = dir.filePath(u"other.sqlite"_s);
    const QString connection = u"other-program"_s;
    {
        QSqlDatabase raw;
        if (clientele::test::onServer()) {
            where = clientele::test::freshServerUrl();
            const auto location = DatabaseLocation::parse(where).value();
            raw = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            raw.setHostName(location.host);
            raw.setPort(location.port);
            raw.setDatabaseName(location.database);
            raw.setUserName(location.user);
            raw.setConnectOptions(u"sslmode="_s + location.sslMode);
        } else {
            raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            raw.setDatabaseName(where);
        }
        rawExec(raw, u"CREATE TABLE invoices (number TEXT, total INTEGER)"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);

    const auto refused = Database::open(where);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"is not a Clientele database"_s));
    CHECK(refused.error().message.contains(u"invoices"_s));
    // Nothing of Clientele's was created there: opening it again is refused the same way.
    const auto again = Database::open(where);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"invoices"_s));
}
