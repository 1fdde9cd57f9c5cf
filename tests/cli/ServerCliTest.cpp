// clientele-cli on a shop server (PostgreSQL): the cases tagged [server] run under
// tests/pg/with-postgres.sh (ctest -L postgres); without a server they return at once.
#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <vector>

using namespace clientele::test;
using namespace Qt::StringLiterals;

namespace {
qint64 scalar(const clientele::core::storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("--db refuses a URL it cannot open instead of making a file of it", "[cli][location]")
{
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(CLIENTELE_CLI), {u"--db"_s, u"mysql://root@localhost/shop"_s, u"imports"_s});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() != 0);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"mysql://"_s));
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("four tills import order files into one server at once and together add exactly their rows",
          "[cli][server]")
{
    if (!onServer())
        return;
    const QString url = freshServerUrl();
    QTemporaryDir dir;
    // 60 shared members; each till sells to all of them, its own order numbers.
    QString customers = u"会员卡号,姓名,手机号\n"_s;
    for (int i = 1; i <= 60; ++i)
        customers += u"M%1,会员%1,139%2\n"_s.arg(i, 3, 10, QChar(u'0')).arg(i, 8, 10, QChar(u'0'));
    const QString customersFile = dir.filePath(u"customers.csv"_s);
    {
        QFile f(customersFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(customers.toUtf8());
    }
    const Run first = cli({u"--db"_s, url, u"import"_s, u"customers"_s, customersFile});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);

    constexpr int kTills = 4, kOrders = 300;
    qint64 expectedFen = 0;
    QStringList files;
    for (int till = 1; till <= kTills; ++till) {
        QString orders = u"订单号,会员卡号,下单日期,实付金额\n"_s;
        for (int n = 1; n <= kOrders; ++n) {
            const int member = 1 + (n * 7 + till) % 60;
            const qint64 fen = 1000 + till * 100 + n; // 10.00 yuan and up, distinct per till
            expectedFen += fen;
            orders += u"T%1-%2,M%3,2026-%4-%5,%6.%7\n"_s.arg(till)
                          .arg(n, 4, 10, QChar(u'0'))
                          .arg(member, 3, 10, QChar(u'0'))
                          .arg(1 + n % 11, 2, 10, QChar(u'0'))
                          .arg(1 + n % 28, 2, 10, QChar(u'0'))
                          .arg(fen / 100)
                          .arg(fen % 100, 2, 10, QChar(u'0'));
        }
        const QString file = dir.filePath(u"till%1.csv"_s.arg(till));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(orders.toUtf8());
        files.append(file);
    }
    std::vector<std::unique_ptr<QProcess>> tills;
    for (const QString& file : files) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(CLIENTELE_CLI), {u"--db"_s, url, u"import"_s, u"orders"_s, file});
        tills.push_back(std::move(process));
    }
    for (auto& process : tills) {
        REQUIRE(process->waitForFinished(300000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
    }
    auto db = clientele::core::storage::Database::open(url);
    REQUIRE(db.ok());
    CHECK(scalar(**db, u"SELECT COUNT(*) FROM orders"_s) == kTills * kOrders);
    CHECK(scalar(**db, u"SELECT COALESCE(SUM(amount_fen), 0) FROM orders"_s) == expectedFen);
    CHECK(scalar(**db, u"SELECT COUNT(*) FROM import_batches WHERE kind = 'orders'"_s) == kTills);
    CHECK(scalar(**db, u"SELECT COUNT(*) FROM customers"_s) == 60);
    // Every member's figures were brought up to date by one of the tills.
    CHECK(scalar(**db, u"SELECT COUNT(*) FROM customer_metrics WHERE frequency > 0"_s) == 60);
}

TEST_CASE("backup on a server is a pg_dump that pg_restore can read", "[cli][server]")
{
    if (!onServer())
        return;
    const QString url = freshServerUrl();
    QTemporaryDir appData;
    qputenv("XDG_DATA_HOME", appData.path().toUtf8());
    const Run made = cli({u"--db"_s, url, u"--json"_s, u"backup"_s, u"--reason"_s, u"manual"_s});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString path = made.json().object().value(u"path"_s).toString();
    CHECK(path.startsWith(appData.path()));
    CHECK(path.endsWith(u"-manual.dump"_s));
    CHECK(QFileInfo(path).size() > 0);
    const QString pgRestore = qEnvironmentVariable("CLIENTELE_TEST_PG_BIN") + u"/pg_restore"_s;
    const Run listed = runProgram(pgRestore, {u"--list"_s, path});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(u"TABLE public customers"_s));
    qunsetenv("XDG_DATA_HOME");
}
