#include "CatchCompat.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
std::pair<int, QJsonDocument> cliJson(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CLIENTELE_CLI), QStringList{u"--json"_s} + args);
    p.waitForFinished(120000);
    return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput())};
}
} // namespace

TEST_CASE("backups before imports, checked, rotated; restore keeps the replaced file; damage is reported",
          "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    // The first import has nothing to lose: no backup. The second one backs up first.
    REQUIRE(cliJson({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"customers_errors.csv"_s)}).first == 0);
    CHECK(cliJson({u"--db"_s, db, u"backups"_s}).second.array().isEmpty());
    REQUIRE(cliJson({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"orders_errors.csv"_s)}).first == 0);
    const QJsonArray backups = cliJson({u"--db"_s, db, u"backups"_s}).second.array();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].toObject()[u"reason"_s].toString() == u"before-import"_s);
    CHECK(cliJson({u"--db"_s, db, u"customer"_s, u"E001"_s}).second.object()[u"orders"_s].toArray().size() == 2);

    // Restore the state before the order import.
    const auto restored = cliJson({u"--db"_s, db, u"restore"_s, backups[0].toObject()[u"path"_s].toString()});
    REQUIRE(restored.first == 0);
    CHECK(QFile::exists(restored.second.object()[u"previous_kept_as"_s].toString()));
    CHECK(cliJson({u"--db"_s, db, u"customer"_s, u"E001"_s}).second.object()[u"orders"_s].toArray().isEmpty());
    CHECK(cliJson({u"--db"_s, db, u"check"_s, u"--thorough"_s}).second.object()[u"ok"_s].toBool());

    // A second import the same day makes no copy (the import can be undone from its journal), and
    // says how long each step took.
    const auto again = cliJson({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"orders_errors.csv"_s)});
    REQUIRE(again.first == 0);
    const QJsonObject timings = again.second.object()[u"timings"_s].toObject();
    for (const auto* key : {"backup_ms", "import_ms", "recalculate_ms"})
        CHECK(timings.contains(QLatin1String(key)));
    CHECK(cliJson({u"--db"_s, db, u"backups"_s}).second.array().size() == 1);

    // Manual backups rotate within the budget: one copy per day (the newest) for 7 days + 4 weeks.
    for (int i = 0; i < 3; ++i)
        REQUIRE(cliJson({u"--db"_s, db, u"backup"_s}).first == 0);
    const QJsonObject listed = cliJson({u"--db"_s, db, u"backup"_s, u"list"_s}).second.object();
    CHECK(listed[u"keep_daily"_s].toInt() == 7);
    CHECK(listed[u"keep_weekly"_s].toInt() == 4);
    REQUIRE(listed[u"backups"_s].toArray().size() == 1);
    CHECK(listed[u"backups"_s].toArray()[0].toObject()[u"reason"_s].toString() == u"manual"_s);
    REQUIRE(cliJson({u"--db"_s, db, u"backups"_s, u"--keep"_s, u"3"_s, u"--weekly"_s, u"2"_s}).first == 0);
    CHECK(cliJson({u"--db"_s, db, u"backup"_s, u"list"_s}).second.object()[u"keep_weekly"_s].toInt() == 2);
    QProcess plainList; // no parser warnings about options `backup` does not have
    plainList.start(QStringLiteral(CLIENTELE_CLI), {u"--db"_s, db, u"backup"_s, u"list"_s});
    REQUIRE(plainList.waitForFinished(120000));
    CHECK(plainList.exitCode() == 0);
    CHECK(plainList.readAllStandardError().isEmpty());

    // A damaged file is reported, not opened as if nothing happened.
    const QString broken = dir.filePath(u"broken.sqlite"_s);
    QFile::copy(db, broken);
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5a'));
    }
    const auto damaged = cliJson({u"--db"_s, broken, u"check"_s, u"--thorough"_s});
    CHECK(damaged.first == 1);
    CHECK_FALSE(damaged.second.object()[u"ok"_s].toBool());
}
