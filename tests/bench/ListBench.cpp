// Customer list benchmark: how long the desktop's lazy customer model takes to open a large
// database (count + first page, as the window does) and to answer each keystroke of a search.
// Prints numbers; asserts nothing. The database is generated once with SQL (names, phones,
// e-mails, tags and two orders per customer) and reused on the next run.
//
//   clientele-list-bench --customers 1000000 --db /tmp/list-1m.sqlite
//   clientele-list-bench --customers 100000 --db /tmp/list-100k.sqlite
#include "models/CustomerTableModel.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

bool generate(core::storage::Database& db, qint64 customers)
{
    core::storage::Transaction transaction(db);
    QSqlQuery q(db.connection());
    const QString sql =
        u"WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < %1) "
        u"INSERT INTO customers (member_code, name, phone, email, city, created_at, updated_at) "
        u"SELECT 'M' || i, "
        u"substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', (i % 20) + 1, 1) || "
        u"substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华慧', ((i / 20) % 27) + 1, 1) || "
        u"CASE WHEN i % 3 = 0 THEN '' ELSE substr('华红英兰梅琳春玉婷燕', ((i / 540) % 10) + 1, 1) END, "
        u"'1' || substr('3456789', (i % 7) + 1, 1) || printf('%09d', (i * 7919) % 1000000000), "
        u"'user' || i || '@example.com', substr('上海北京杭州广州深圳成都', ((i % 6) * 2) + 1, 2), "
        u"'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM seq"_s.arg(customers);
    if (!q.exec(sql)) {
        out << "generate customers: " << q.lastError().text() << Qt::endl;
        return false;
    }
    const QStringList steps = {
        u"INSERT INTO tags (name) VALUES ('VIP'), ('宝妈'), ('老客'), ('学生')"_s,
        u"INSERT INTO customer_tags (customer_id, tag_id) SELECT id, ((id / 10) % 4) + 1 FROM customers WHERE id % 10 = 0"_s,
        u"INSERT INTO orders (order_key, order_no, customer_id, order_date, amount_fen, content_hash) "
        u"SELECT 'no:' || id || '-' || k, id || '-' || k, id, date('2025-01-01', '+' || ((id * k) % 600) || ' days'), "
        u"(id * 37 + k * 101) % 90000 + 1000, id * 2 + k FROM customers, (SELECT 1 AS k UNION ALL SELECT 2)"_s,
    };
    for (const QString& step : steps)
        if (!q.exec(step)) {
            out << "generate: " << q.lastError().text() << Qt::endl;
            return false;
        }
    return transaction.commit().ok();
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // the model's colours are QtGui types
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"customers"_s, u"Customers to generate."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"Database file (generated when missing)."_s, u"PATH"_s, u"list-bench.sqlite"_s});
    parser.addOption({u"runs"_s, u"Repetitions per measurement."_s, u"N"_s, u"5"_s});
    parser.process(app);
    const qint64 customers = parser.value(u"customers"_s).toLongLong();
    const QString path = parser.value(u"db"_s);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    // A server (postgresql://…) is filled beforehand: generate a file, then clientele-cli migrate it
    // (tests/bench/server_bench.py); the generator's SQL is SQLite's.
    if (!path.contains(u"://"_s) && !QFileInfo::exists(path)) {
        auto db = core::storage::Database::open(path);
        if (!db) {
            out << db.error().message << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!generate(**db, customers))
            return 1;
        out << "generated " << customers << " customers (2 orders each) in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    // Opening: a fresh connection, the count and the first page, as the window does.
    QList<double> openTimes;
    qint64 total = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = core::storage::Database::open(path);
        if (!db)
            return 1;
        ui::CustomerTableModel model(**db);
        (void)model.index(0, 0).data();
        openTimes.append(timer.nsecsElapsed() / 1e6);
        total = model.totalCount();
    }
    out << "open " << total << " customers (count + first page of " << ui::CustomerTableModel::kPageSize
        << "): median " << medianOf(openTimes) << " ms, max " << *std::max_element(openTimes.begin(), openTimes.end())
        << " ms" << Qt::endl;

    // Search as you type: each prefix of each query is one keystroke (count + first page).
    auto db = core::storage::Database::open(path);
    if (!db)
        return 1;
    ui::CustomerTableModel model(**db);
    const QStringList queries = {u"王芳华"_s, u"13800"_s, u"0013"_s, u"user4711"_s, u"宝妈"_s, u"M99"_s, u"李"_s};
    QList<double> keystrokes;
    double worst = 0;
    QString worstText;
    for (const QString& query : queries) {
        for (int length = 1; length <= query.size(); ++length) {
            core::storage::CustomerFilter filter;
            filter.search = query.left(length);
            QList<double> times;
            qint64 hits = 0;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                model.setFilter(filter);
                (void)model.index(0, 0).data();
                times.append(timer.nsecsElapsed() / 1e6);
                hits = model.totalCount();
            }
            const double median = medianOf(times);
            keystrokes.append(median);
            if (median > worst) {
                worst = median;
                worstText = filter.search;
            }
            out << "  search \"" << filter.search << "\": " << hits << " hits, " << median << " ms" << Qt::endl;
        }
    }
    out << "search per keystroke over " << total << " customers: median " << medianOf(keystrokes) << " ms, worst "
        << worst << " ms (\"" << worstText << "\")" << Qt::endl;
    return 0;
}
