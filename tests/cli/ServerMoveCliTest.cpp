// A shop on a server gives the same figures as in a file, a file moves onto a server whole, and two
// tills paying from one stored-value balance at once never take it below zero. Tagged [server]:
// run by cli_pg under tests/pg/with-postgres.sh; without a server the cases return at once.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <vector>

using namespace clientele::test;
using namespace Qt::StringLiterals;
using clientele::core::storage::Database;

namespace {
// What the owner sees of every customer: who, tier, stage, RFM scores and segment, spend and order
// count, one line each in a stable order (by phone, then name). With ids when asked (a moved shop
// keeps them; two separate imports need not number alike).
QStringList figures(const QString& location, bool withIds)
{
    auto db = Database::open(location);
    if (!db)
        return {u"cannot open "_s + location + u": "_s + db.error().message};
    QSqlQuery q = (*db)->prepare(
        u"SELECT c.id, c.name, COALESCE(c.phone, ''), COALESCE(c.member_code, ''), COALESCE(m.tier, ''), "
        u"COALESCE(m.stage, ''), COALESCE(m.r_score, 0), COALESCE(m.f_score, 0), COALESCE(m.m_score, 0), "
        u"COALESCE(m.segment_cn8, ''), COALESCE(m.monetary_fen, 0), COALESCE(m.frequency, 0), "
        u"(SELECT COALESCE(SUM(o.amount_fen), 0) FROM orders o WHERE o.customer_id = c.id), "
        u"(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id) "
        u"FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id"_s);
    if (!q.exec())
        return {u"query failed on "_s + location};
    QStringList lines;
    while (q.next()) {
        QStringList fields{q.value(2).toString(), q.value(1).toString()};
        if (withIds)
            fields.append(q.value(0).toString());
        for (int i = 3; i < 14; ++i)
            fields.append(q.value(i).toString());
        lines.append(fields.join(u'|'));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

qint64 scalar(const QString& location, const QString& sql)
{
    auto db = Database::open(location);
    if (!db)
        return -1;
    QSqlQuery q = (*db)->prepare(sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// The demo shop's customers and orders as CSV files (the same seed gives the same files).
std::pair<QString, QString> demoCsv(const QTemporaryDir& dir)
{
    const Run made = cli({u"--json"_s, u"demo"_s, u"--customers"_s, u"300"_s, u"--orders"_s, u"3000"_s, u"--seed"_s,
                          u"15"_s, u"--end-date"_s, u"2026-11-30"_s, u"--csv"_s, dir.path()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return {made.json()[u"customers_csv"_s].toString(), made.json()[u"orders_csv"_s].toString()};
}

void importInto(const QString& location, const std::pair<QString, QString>& files)
{
    for (const auto& [kind, file] : {std::pair{u"customers"_s, files.first}, std::pair{u"orders"_s, files.second}}) {
        const Run r = cli({u"--db"_s, location, u"import"_s, kind, file});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
}
} // namespace

TEST_CASE("the same CSVs into a file and into a server give every customer the same figures", "[cli][server]")
{
    if (!onServer())
        return;
    PinnedDay day("2026-11-30");
    QTemporaryDir dir;
    const auto files = demoCsv(dir);
    const QString file = dir.filePath(u"shop.sqlite"_s);
    const QString server = freshServerUrl();
    importInto(file, files);
    importInto(server, files);

    const QStringList inFile = figures(file, false);
    const QStringList serverFigures = figures(server, false);
    REQUIRE(inFile.size() == 300);
    CHECK(scalar(file, u"SELECT COUNT(*) FROM customer_metrics WHERE frequency > 0"_s) > 200);
    REQUIRE(serverFigures.size() == inFile.size());
    for (qsizetype i = 0; i < inFile.size(); ++i) {
        INFO(inFile[i].toStdString() + " | " + serverFigures[i].toStdString());
        CHECK(inFile[i] == serverFigures[i]);
    }
}

TEST_CASE("migrate copies a file onto an empty server whole and refuses a server that is not empty",
          "[cli][server][migrate]")
{
    if (!onServer())
        return;
    PinnedDay day("2026-11-30");
    QTemporaryDir dir;
    const auto files = demoCsv(dir);
    const QString file = dir.filePath(u"shop.sqlite"_s);
    importInto(file, files);
    // Money on the member ledgers too: a top-up and a sale paid partly from it, at a till of one
    // of the chain's stores (a chain's till without one takes no money).
    const qint64 someone = scalar(file, u"SELECT MIN(id) FROM customers WHERE phone IS NOT NULL"_s);
    Run r = cli({u"--db"_s, file, u"topup"_s, QString::number(someone), u"500"_s, u"--pay"_s, u"cash"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"no store"_s));
    r = cli({u"--db"_s, file, u"stores"_s, u"set-till"_s, u"静安店"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, file, u"topup"_s, QString::number(someone), u"500"_s, u"--pay"_s, u"cash"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, file, u"sale"_s, QString::number(someone), u"--amount"_s, u"120"_s, u"--pay-balance"_s,
             u"80"_s, u"--pay"_s, u"cash"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QString server = freshServerUrl();
    r = cli({u"--json"_s, u"migrate"_s, u"--from"_s, file, u"--to"_s, server});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject report = r.json().object();
    CHECK(report.value(u"rows"_s).toInteger() > 3300);
    qint64 customersRows = -1;
    for (const auto& t : report.value(u"tables"_s).toArray()) {
        const QJsonObject table = t.toObject();
        if (table.value(u"table"_s).toString() == u"customers")
            customersRows = table.value(u"rows"_s).toInteger();
    }
    CHECK(customersRows == 300);

    // Ids kept, and every figure of every customer the same.
    CHECK(figures(server, true) == figures(file, true));
    for (const QString& sql :
         {u"SELECT COUNT(*) FROM orders"_s, u"SELECT SUM(amount_fen) FROM orders"_s,
          u"SELECT SUM(principal_fen + bonus_fen) FROM stored_value_ledger"_s, u"SELECT COUNT(*) FROM points_ledger"_s,
          u"SELECT COUNT(*) FROM import_batches"_s, u"SELECT COUNT(*) FROM audit_log"_s,
          u"SELECT COUNT(*) FROM automation_rules"_s, u"SELECT MAX(id) FROM customers"_s}) {
        INFO(sql.toStdString());
        CHECK(scalar(server, sql) == scalar(file, sql));
    }
    // New rows on the server take ids after the moved ones.
    const QString more = writeTempFile("姓名,手机\n新顾客,13700000001\n");
    r = cli({u"--db"_s, server, u"import"_s, u"customers"_s, more});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(scalar(server, u"SELECT MAX(id) FROM customers"_s) > scalar(file, u"SELECT MAX(id) FROM customers"_s));

    // A second move into the now non-empty server is refused and changes nothing.
    const qint64 before = scalar(server, u"SELECT COUNT(*) FROM customers"_s);
    r = cli({u"migrate"_s, u"--from"_s, file, u"--to"_s, server});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not empty"_s));
    CHECK(scalar(server, u"SELECT COUNT(*) FROM customers"_s) == before);
}

TEST_CASE("tills paying from one balance at once on a server never take it below zero", "[cli][server][member]")
{
    if (!onServer())
        return;
    PinnedDay day("2026-12-01");
    const QString server = freshServerUrl();
    const QString csv = writeTempFile("姓名,手机\n王芳,13900139001\n");
    Run r = cli({u"--db"_s, server, u"import"_s, u"customers"_s, csv});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, server, u"topup"_s, u"13900139001"_s, u"100"_s, u"--pay"_s, u"cash"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, server, u"--json"_s, u"balance"_s, u"13900139001"_s});
    REQUIRE(r.exitCode == 0);
    const qint64 held = r.json()[u"principal_fen"_s].toInteger() + r.json()[u"bonus_fen"_s].toInteger();
    REQUIRE(held >= 10000);
    // Each till pays 60% of the balance: only one of them can.
    const QString pay = QString::number(double(held) * 0.6 / 100.0, 'f', 2);
    constexpr int kTills = 4;
    for (int i = 0; i < kTills; ++i)
        REQUIRE(cli({u"--db"_s, server, u"stores"_s, u"add"_s, u"store%1"_s.arg(i)}).exitCode == 0);
    std::vector<std::unique_ptr<QProcess>> tills;
    for (int i = 0; i < kTills; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(CLIENTELE_CLI), {u"--db"_s, server, u"sale"_s, u"13900139001"_s, u"--amount"_s, pay,
                                                 u"--pay-balance"_s, pay, u"--store"_s, u"store%1"_s.arg(i)});
        tills.push_back(std::move(p));
    }
    int paid = 0, refused = 0;
    for (auto& p : tills) {
        REQUIRE(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        if (p->exitCode() == 0)
            ++paid;
        else if (p->exitCode() == 1 && err.contains(u"balance"_s))
            ++refused;
    }
    CHECK(paid == 1);
    CHECK(refused == kTills - 1);
    const qint64 left = scalar(server, u"SELECT SUM(principal_fen + bonus_fen) FROM stored_value_ledger"_s);
    CHECK(left >= 0);
    CHECK(left == held - qRound64(pay.toDouble() * 100));
    CHECK(scalar(server, u"SELECT COUNT(*) FROM member_sales"_s) == 1);
}
