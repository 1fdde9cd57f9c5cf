// Issue 15 from the command line, from an empty shop: import a chain's customers and orders (a 门店
// column naming two stores), segment, then the monthly report, tiers, migration and at-risk for the
// chain and per store: the stores add up to the chain, every store together is the chain, an
// unknown store is named, and a staff account limited to a store gets that store's figures and no
// other.
#include "CliRunner.h"

#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

using clientele::test::Approx;
using clientele::test::cli;
using clientele::test::dataPath;
using clientele::test::as;
using clientele::test::Run;
using namespace Qt::StringLiterals;

namespace {
const QString kJingan = u"静安店"_s;
const QString kXuhui = u"徐汇店"_s;

// The import puts the stores its orders name on the store list and gives each customer the store
// of their first purchase as home store; everything below stands on that.
void requireImportedStores(const QString& db, const QTemporaryDir& dir)
{
    const Run probe = cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s,
                           dir.filePath(u"probe.csv"_s), u"--store"_s, kJingan});
    if (probe.err.contains(u"store list is empty"_s))
        FAIL("clientele-cli import did not put the orders' stores on the store list (issue 15: the import's "
             "part, core/io, Importer's adoptStores)");
    REQUIRE(probe.exitCode == 0);
}


// One CSV line's cells (quoted cells may hold commas: "Revenue, last 12 months").
QStringList cellsOf(const QString& line)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"' && quoted && i + 1 < line.size() && line[i + 1] == u'"')
            cells.last() += line[++i];
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            cells.append(QString());
        else if (c != u'\r')
            cells.last() += c;
    }
    return cells;
}

// The report CSV's lines of one section, by key: "kpi" → {"customers" → [label, value, …]}.
QHash<QString, QStringList> section(const QString& path, const QString& name)
{
    QHash<QString, QStringList> rows;
    const QString text = QString::fromUtf8(clientele::test::readFile(path));
    for (const QString& line : text.split(u'\n')) {
        const QStringList cells = cellsOf(line);
        if (cells.size() > 2 && cells[0] == name)
            rows.insert(cells[1], cells.mid(2));
    }
    return rows;
}

double value(const QHash<QString, QStringList>& kpis, const QString& key)
{
    REQUIRE(kpis.contains(key));
    return kpis.value(key).value(1).toDouble(); // label, value, previous, change
}
} // namespace

TEST_CASE("report --store: a store's figures are its home customers'; stores add up to the chain", "[cli][stores]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"stores/customers.csv"_s)}).exitCode == 0);
    const Run imported = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores/orders.csv"_s)});
    REQUIRE(imported.exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s}).exitCode == 0);
    requireImportedStores(db, dir);

    const auto report = [&](const QString& file, const QStringList& more = {}) {
        const QString path = dir.filePath(file);
        const Run r = cli(QStringList{u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, path} +
                          more);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return path;
    };
    const QString chain = report(u"chain.csv"_s);
    const QString jingan = report(u"jingan.csv"_s, {u"--store"_s, kJingan});
    const QString xuhui = report(u"xuhui.csv"_s, {u"--store"_s, kXuhui});
    const QString both = report(u"both.csv"_s, {u"--store"_s, kXuhui + u',' + kJingan});

    const auto kpiChain = section(chain, u"kpi"_s);
    const auto kpiJingan = section(jingan, u"kpi"_s);
    const auto kpiXuhui = section(xuhui, u"kpi"_s);
    const auto kpiBoth = section(both, u"kpi"_s);
    REQUIRE(kpiChain.size() == 10);
    for (auto it = kpiChain.cbegin(); it != kpiChain.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(kpiBoth.value(it.key()) == it.value()); // every store together: the chain, previous month too
    }
    // Counts and sums add up; the two stores differ.
    for (const QString& key : {u"customers"_s, u"active"_s, u"at_risk"_s, u"value_at_risk"_s, u"revenue_month"_s,
                               u"revenue_12m"_s, u"new_customers"_s, u"lost_customers"_s}) {
        INFO(key.toStdString());
        CHECK(value(kpiJingan, key) + value(kpiXuhui, key) == Approx(value(kpiChain, key)));
    }
    CHECK(value(kpiJingan, u"revenue_month"_s) == Approx(800.0)); // S002 600, S007 80 + 120
    CHECK(value(kpiXuhui, u"revenue_month"_s) == Approx(1250.0)); // S004's ¥900 at 静安店 is 徐汇店's: its home store

    // The chain's tier table: a column per store (by code), adding up to the tier's customers.
    const auto tiers = section(chain, u"tier"_s);
    const QString text = QString::fromUtf8(clientele::test::readFile(chain));
    CHECK(text.contains(u",customers_change,customers_"_s + kXuhui + u",customers_"_s + kJingan));
    REQUIRE_FALSE(tiers.isEmpty());
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(it.value().size() == 10); // label … customers_change, then the two stores
        CHECK(it.value()[8].toInt() + it.value()[9].toInt() == it.value()[1].toInt());
    }
    CHECK(section(jingan, u"store"_s).value(kJingan).value(0) == kJingan);

    // A store's HTML names it in the title.
    const QString html = report(u"xuhui.html"_s, {u"--store"_s, kXuhui});
    CHECK(QString::fromUtf8(clientele::test::readFile(html)).contains(u"Monthly tier report · "_s + kXuhui));

    // An unknown store: a clear error naming the stores there are.
    const Run unknown = cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s,
                             dir.filePath(u"x.csv"_s), u"--store"_s, u"浦东店"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"浦东店"_s));
    CHECK(unknown.err.contains(kJingan));
    CHECK(unknown.err.contains(kXuhui));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.csv"_s)));

    const Run json = cli({u"--db"_s, db, u"--json"_s, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s,
                          dir.filePath(u"j.csv"_s), u"--store"_s, kJingan});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().object().value(u"stores"_s).toArray() == QJsonArray{kJingan});
}

namespace {
// tiers, migration and at-risk --json, as "tier → customers", "from>to → customers" and the at-risk ids.
QHash<QString, qint64> tierCounts(const Run& r)
{
    REQUIRE(r.exitCode == 0);
    QHash<QString, qint64> counts;
    for (const QJsonValue& t : r.json()[u"tiers"_s].toArray())
        counts.insert(t[u"tier"_s].toString(), t[u"customers"_s].toInteger());
    return counts;
}

QHash<QString, qint64> migrationCounts(const Run& r)
{
    REQUIRE(r.exitCode == 0);
    QHash<QString, qint64> counts;
    for (const QJsonValue& c : r.json()[u"cells"_s].toArray())
        counts.insert(c[u"from"_s].toString() + u'>' + c[u"to"_s].toString(), c[u"customers"_s].toInteger());
    return counts;
}

QList<qint64> atRiskIds(const Run& r)
{
    REQUIRE(r.exitCode == 0);
    QList<qint64> ids;
    for (const QJsonValue& c : r.json().array())
        ids.append(c[u"id"_s].toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Adds b's counts to a's.
QHash<QString, qint64> sum(QHash<QString, qint64> a, const QHash<QString, qint64>& b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        a[it.key()] += it.value();
    return a;
}
} // namespace

TEST_CASE("tiers, migration and at-risk --store: a store's figures are its home customers'", "[cli][stores]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"stores/customers.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores/orders.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s}).exitCode == 0);
    requireImportedStores(db, dir);
    const auto run = [&](const QStringList& command, const QStringList& store = {}) {
        return cli(QStringList{u"--db"_s, db, u"--json"_s} + command + store);
    };
    const QStringList jingan{u"--store"_s, kJingan};
    const QStringList xuhui{u"--store"_s, kXuhui};

    const QStringList tiers{u"tiers"_s, u"--month"_s, u"2026-10"_s};
    const auto tiersChain = tierCounts(run(tiers));
    const auto tiersJingan = tierCounts(run(tiers, jingan));
    const auto tiersXuhui = tierCounts(run(tiers, xuhui));
    CHECK(sum(tiersJingan, tiersXuhui) == tiersChain);
    CHECK(tiersJingan != tiersChain);
    CHECK(tiersXuhui != tiersChain);
    CHECK(tierCounts(run(tiers, {u"--store"_s, kJingan + u',' + kXuhui})) == tiersChain);
    CHECK(tierCounts(run(tiers, {u"--store"_s, u"all"_s})) == tiersChain);
    const Run tiersJson = run(tiers, jingan);
    CHECK(tiersJson.json()[u"stores"_s].toArray() == QJsonArray{kJingan});
    CHECK(tiersJson.json()[u"customers"_s].toInteger() < run(tiers).json()[u"customers"_s].toInteger());

    const QStringList migration{u"migration"_s, u"--from"_s, u"2026-09"_s, u"--to"_s, u"2026-10"_s};
    const auto cellsChain = migrationCounts(run(migration));
    const auto cellsJingan = migrationCounts(run(migration, jingan));
    const auto cellsXuhui = migrationCounts(run(migration, xuhui));
    CHECK(sum(cellsJingan, cellsXuhui) == cellsChain);
    CHECK(cellsJingan != cellsChain);
    CHECK(cellsXuhui != cellsChain);

    const QStringList atRisk{u"at-risk"_s, u"--limit"_s, u"100"_s};
    const auto riskChain = atRiskIds(run(atRisk));
    const auto riskJingan = atRiskIds(run(atRisk, jingan));
    const auto riskXuhui = atRiskIds(run(atRisk, xuhui));
    REQUIRE_FALSE(riskChain.isEmpty());
    QList<qint64> both = riskJingan + riskXuhui;
    std::sort(both.begin(), both.end());
    CHECK(both == riskChain); // every at-risk customer of the chain under exactly one store
    CHECK(riskJingan.isEmpty()); // the two at risk (S003, S010) are 徐汇店's home customers
    CHECK(riskXuhui == riskChain);

    // The text names whose figures they are; the chain's does not.
    const Run text = cli({u"--db"_s, db, u"tiers"_s, u"--store"_s, kXuhui});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Home customers of "_s + kXuhui));
    CHECK_FALSE(cli({u"--db"_s, db, u"tiers"_s}).out.contains(u"Home customers of"_s));

    // An unknown store: refused (exit 1, as report --store), naming it and the stores there are.
    for (const QStringList& command : {tiers, migration, atRisk}) {
        const Run unknown = cli(QStringList{u"--db"_s, db} + command + QStringList{u"--store"_s, u"浦东店"_s});
        INFO(command.join(u' ').toStdString() << "\n" << unknown.err.toStdString());
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(u"浦东店"_s));
        CHECK(unknown.err.contains(kJingan));
        CHECK(unknown.err.contains(kXuhui));
        CHECK(unknown.out.isEmpty());
    }

    // help COMMAND tells of --store.
    for (const QString& command : {u"tiers"_s, u"migration"_s, u"at-risk"_s}) {
        const Run help = cli({u"help"_s, command});
        INFO(command.toStdString());
        REQUIRE(help.exitCode == 0);
        CHECK(help.out.contains(u"[--store CODE[,CODE…]|all]"_s));
        CHECK(help.out.contains(u"--store STORES"_s));
        CHECK(help.out.contains(u"home customers"_s));
    }
}

TEST_CASE("users set-stores: a staff account gets its stores' report by default and no other", "[cli][stores][security]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"stores/customers.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores/orders.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s}).exitCode == 0);
    requireImportedStores(db, dir);
    REQUIRE(as({}, {u"--db"_s, db, u"users"_s, u"add"_s, u"boss"_s, u"--role"_s, u"owner"_s}, u"owner-password"_s).exitCode == 0);
    const QStringList asBoss{u"--db"_s, db, u"--user"_s, u"boss"_s};
    REQUIRE(as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"add"_s, u"anna"_s, u"--role"_s, u"staff"_s},
               u"staff-password"_s)
                .exitCode == 0);
    const QStringList asAnna{u"--db"_s, db, u"--user"_s, u"anna"_s};

    const Run unknown = as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"set-stores"_s, u"anna"_s, u"浦东店"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(kJingan));
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"users"_s, u"set-stores"_s, u"anna"_s, kJingan}).exitCode == 1);
    REQUIRE(as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"set-stores"_s, u"anna"_s, kJingan}).exitCode == 0);

    const Run list = as(u"owner-password"_s, asBoss + QStringList{u"--json"_s, u"users"_s, u"list"_s});
    REQUIRE(list.exitCode == 0);
    QHash<QString, QJsonArray> stores;
    for (const QJsonValue& u : list.json().array())
        stores.insert(u[u"name"_s].toString(), u[u"stores"_s].toArray());
    CHECK(stores.value(u"anna"_s) == QJsonArray{kJingan});
    CHECK(stores.value(u"boss"_s).isEmpty());
    const Run table = as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"list"_s});
    CHECK(table.out.contains(kJingan));
    CHECK(table.out.contains(u"all (chain)"_s));

    // Anna's report is 静安店's without asking; the owner's the chain's.
    const auto reportAs = [&](const QString& password, const QStringList& who, const QString& file,
                              const QStringList& more = {}) {
        return as(password, who + QStringList{u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s,
                                              dir.filePath(file)} +
                                more);
    };
    REQUIRE(reportAs(u"staff-password"_s, asAnna, u"anna.csv"_s).exitCode == 0);
    REQUIRE(reportAs(u"owner-password"_s, asBoss, u"jingan.csv"_s, {u"--store"_s, kJingan}).exitCode == 0);
    REQUIRE(reportAs(u"owner-password"_s, asBoss, u"chain.csv"_s).exitCode == 0);
    CHECK(section(dir.filePath(u"anna.csv"_s), u"kpi"_s) == section(dir.filePath(u"jingan.csv"_s), u"kpi"_s));
    CHECK(section(dir.filePath(u"anna.csv"_s), u"kpi"_s) != section(dir.filePath(u"chain.csv"_s), u"kpi"_s));
    for (const QStringList& other : {QStringList{u"--store"_s, kXuhui}, QStringList{u"--store"_s, u"all"_s}}) {
        const Run refused = reportAs(u"staff-password"_s, asAnna, u"refused.csv"_s, other);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(u"anna"_s));
        CHECK_FALSE(QFile::exists(dir.filePath(u"refused.csv"_s)));
    }

    // tiers, migration and at-risk too: 静安店's without asking, no other store's.
    for (const QStringList& command :
         {QStringList{u"tiers"_s, u"--month"_s, u"2026-10"_s},
          QStringList{u"migration"_s, u"--from"_s, u"2026-09"_s, u"--to"_s, u"2026-10"_s}, QStringList{u"at-risk"_s}}) {
        INFO(command.join(u' ').toStdString());
        const Run anna = as(u"staff-password"_s, asAnna + QStringList{u"--json"_s} + command);
        const Run boss =
            as(u"owner-password"_s, asBoss + QStringList{u"--json"_s} + command + QStringList{u"--store"_s, kJingan});
        const Run chainFigures = as(u"owner-password"_s, asBoss + QStringList{u"--json"_s} + command);
        REQUIRE(anna.exitCode == 0);
        REQUIRE(boss.exitCode == 0);
        CHECK(anna.out == boss.out);
        CHECK(anna.out != chainFigures.out);
        for (const QStringList& other : {QStringList{u"--store"_s, kXuhui}, QStringList{u"--store"_s, u"all"_s}}) {
            const Run refused = as(u"staff-password"_s, asAnna + command + other);
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.contains(u"anna"_s));
            CHECK(refused.out.isEmpty());
        }
    }

    // Back to the whole chain.
    REQUIRE(as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"set-stores"_s, u"anna"_s, u"all"_s}).exitCode == 0);
    REQUIRE(reportAs(u"staff-password"_s, asAnna, u"anna-chain.csv"_s).exitCode == 0);
    CHECK(section(dir.filePath(u"anna-chain.csv"_s), u"kpi"_s) == section(dir.filePath(u"chain.csv"_s), u"kpi"_s));
}
