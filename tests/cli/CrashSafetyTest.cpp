#include "CatchCompat.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CLIENTELE_CLI), args);
    p.waitForFinished(300000);
    return p.exitCode();
}

// Opens the file with plain QtSql (not Clientele) and reports integrity and order count.
std::pair<QString, qint64> inspect(const QString& path)
{
    const QString name = u"crash-check"_s;
    QString integrity;
    qint64 orders = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(q.next());
        integrity = q.value(0).toString();
        REQUIRE(q.exec(u"SELECT COUNT(*) FROM orders"_s));
        REQUIRE(q.next());
        orders = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(name);
    return {integrity, orders};
}
} // namespace

TEST_CASE("an import killed with SIGKILL at random moments leaves the database whole: all or nothing",
          "[cli][crash]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"csv"_s);
    REQUIRE(runCli({u"demo"_s, u"--customers"_s, u"2000"_s, u"--orders"_s, u"40000"_s, u"--seed"_s, u"3"_s,
                    u"--end-date"_s, u"2026-10-31"_s, u"--csv"_s, csv}) == 0);
    // Each run starts from the same shop (customers, no orders), so a run that happens to finish
    // before its kill does not make the later ones meaningless.
    const QString base = dir.filePath(u"base.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, base, u"import"_s, u"customers"_s, csv + u"/customers.csv"_s}) == 0);
    const QString db = dir.filePath(u"shop.sqlite"_s);

    // How long a whole import takes here, to spread the kills over it.
    const QString probe = dir.filePath(u"probe.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, probe, u"import"_s, u"customers"_s, csv + u"/customers.csv"_s}) == 0);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runCli({u"--db"_s, probe, u"import"_s, u"orders"_s, csv + u"/orders.csv"_s}) == 0);
    qint64 fullMs = qMax<qint64>(50, timer.elapsed());

    constexpr int kRuns = 12;
    int killed = 0, completed = 0, failures = 0;
    QRandomGenerator random(20261123);
    for (int run = 0; run < kRuns; ++run) {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(db + suffix);
        REQUIRE(QFile::copy(base, db));
        QElapsedTimer runTimer;
        runTimer.start();
        QProcess p;
        p.start(QStringLiteral(CLIENTELE_CLI), {u"--db"_s, db, u"import"_s, u"orders"_s, csv + u"/orders.csv"_s});
        REQUIRE(p.waitForStarted());
        const int delay = int(random.bounded(fullMs * 9 / 10));
        if (!p.waitForFinished(delay)) {
            p.kill(); // SIGKILL: no cleanup, no rollback by the process itself
            p.waitForFinished();
            ++killed;
        } else {
            ++completed;
            fullMs = qMax<qint64>(50, qMin(fullMs, runTimer.elapsed())); // it ran faster than the probe
        }
        const auto [integrity, orders] = inspect(db);
        INFO("run " << run << " after " << delay << " ms");
        CHECK(integrity == u"ok"_s);
        const bool allOrNothing = orders == 0 || orders == 40000;
        CHECK(allOrNothing);
        failures += (integrity == u"ok"_s && allOrNothing) ? 0 : 1;
    }
    std::printf("crash harness: %d runs killed, %d completed, failures: %d\n", killed, completed, failures);
    CHECK(killed > 0);
}
