#pragma once

#include "CatchCompat.h"
#include "io/ImportOptions.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace clientele::test {

// A fresh database with every migration applied (fails the test if it cannot open): in memory
// (SQLite), or — with CLIENTELE_TEST_PG_URL set (tests/pg/with-postgres.sh) — a new database of
// its own on that PostgreSQL server. Tests that go through here run on both backends.
std::unique_ptr<core::storage::Database> memoryDatabase();
// memoryDatabase() filled by the demo generator (its orders end on 2026-10-31), never segmented.
std::unique_ptr<core::storage::Database> demoDatabase(int customers, int orders, quint64 seed = 7);
// The server URL of a fresh, empty database on the test server ("" when not testing on a server).
QString freshServerUrl();
bool onServer();
// Where a test keeps a shop it opens more than once (two tills, reopening): shop.sqlite in `folder`,
// or on the test server a fresh database of its own.
QString shopLocation(const QString& folder);

// Import options for a customer file whose customers agreed to marketing (the file has no
// consent column; care rules and campaigns need consent).
inline core::io::ImportOptions consenting()
{
    core::io::ImportOptions options;
    options.consentGiven = true;
    return options;
}

// A customer with a name and a phone (no consent, no orders) in `db`; its id. (Inline: the UI
// tests use it without the rest of this library.)
inline qint64 addCustomer(core::storage::Database& db, const QString& name, const QString& phone)
{
    core::Customer c;
    c.name = name;
    c.phone = phone;
    auto id = core::storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}

// Path of a fixture in tests/data.
QString dataPath(const QString& name);
// A writable folder under the build tree for files a test produces (screenshots, exports).
QString outputPath(const QString& name);
QByteArray readFile(const QString& path);
// Writes bytes to a fresh temp file and returns its path (kept until the process ends).
QString writeTempFile(const QByteArray& bytes, const QString& suffix = QStringLiteral(".csv"));
// Compares `actual` with the golden file tests/data/golden/<name>; with CLIENTELE_UPDATE_GOLDEN=1
// set, rewrites the golden file instead.
bool matchesGolden(const QString& name, const QString& actual);

} // namespace clientele::test
