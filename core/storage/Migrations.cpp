#include "domain/Clock.h"
#include "Migrations.h"

#include "Database.h"
#include "CardsSchema.h"
#include "MonthFigureQueries.h"
#include "SplitPaymentsSchema.h"
#include "Schema.h"
#include "SqlValues.h"
#include "StoreRepository.h"
#include "Transaction.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include "../automation/Rule.h"
#include "../care/CareRules.h"
#include "../domain/ChargeLines.h"
#include "../care/CareTaskText.h"
#include "../i18n/Pinyin.h"
#include "../segmentation/TierRules.h"

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Migrations", text);
}

// A step may run again on a file whose version was set back: a column it adds is added once.
// The backend's catalogue names the tables that have a column of that name.
Result<bool> hasColumn(Database& database, const QString& table, const QString& column)
{
    QSqlQuery has = database.prepare(database.dialect().tablesWithColumn());
    has.addBindValue(column);
    if (auto s = execQuery(has, tr("Reading the tables of the shop")); !s)
        return s.error();
    while (has.next())
        if (has.value(0).toString() == table)
            return true;
    return false;
}

Status runStep(Database& database, const QStringList& statements)
{
    static const QRegularExpression addColumn(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
    for (const QString& sql : statements) {
        if (const auto m = addColumn.match(sql); m.hasMatch()) {
            auto present = hasColumn(database, m.captured(1), m.captured(2));
            if (!present)
                return present.error();
            if (*present)
                continue;
        }
        if (auto status = database.exec(sql); !status)
            return status;
    }
    return {};
}
// Default rules shipped with version 2: the two tier presets and the care rules, as data.
Status seedVersion2(Database& database)
{
    const QString now = core::Clock::nowUtc().toString(Qt::ISODate);
    QSqlQuery tiers = database.prepare(QStringLiteral(
        "INSERT INTO tier_rule_sets (scheme, version, rules_json, created_at) VALUES (?, 1, ?, ?)"));
    for (const auto& rules : {segmentation::TierRules::spendPreset(), segmentation::TierRules::valuePreset()}) {
        tiers.addBindValue(segmentation::TierRules::schemeKey(rules.scheme));
        tiers.addBindValue(sqlvalue::json(rules.toJson()));
        tiers.addBindValue(now);
        if (auto s = execQuery(tiers, tr("Storing the tier presets")); !s)
            return s;
    }
    QSqlQuery care = database.prepare(QStringLiteral(
        "INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, 1, ?, ?)"));
    for (const auto& rule : care::CareRules::defaults()) {
        care.addBindValue(rule.key);
        care.addBindValue(sqlvalue::json(rule.params));
        care.addBindValue(now);
        if (auto s = execQuery(care, tr("Storing the care rules")); !s)
            return s;
    }
    return {};
}
// v9: the replenish rule joins the built-in rules of a shop made before it, as new shops get it
// (seedVersion2); a rule already there (set by hand) is kept.
Status seedVersion9(Database& database)
{
    QSqlQuery care = database.prepare(QStringLiteral(
        "INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"));
    for (const auto& rule : care::CareRules::defaults()) {
        if (rule.key != QStringLiteral("replenish"))
            continue;
        care.addBindValue(rule.key);
        care.addBindValue(rule.enabled ? 1 : 0);
        care.addBindValue(sqlvalue::json(rule.params));
        care.addBindValue(core::Clock::nowUtc().toString(Qt::ISODate));
        if (auto s = execQuery(care, tr("Storing the care rules")); !s)
            return s;
    }
    return {};
}
// v6: the Latin forms of every name (sort key and pinyin search text; the search-text trigger
// follows name_pinyin), and the facts of rule-made follow-ups read back from their stored words.
Status fillVersion6(Database& database)
{
    QSqlQuery names = database.prepare(QStringLiteral("SELECT id, name FROM customers"));
    if (auto s = execQuery(names, tr("Reading customer names")); !s)
        return s;
    QSqlQuery setName = database.prepare(QStringLiteral("UPDATE customers SET name_sort = ?, name_pinyin = ? WHERE id = ?"));
    while (names.next()) {
        const i18n::PinyinForms forms = i18n::Pinyin::of(names.value(1).toString());
        setName.addBindValue(sqlvalue::notNull(forms.sortKey));
        setName.addBindValue(sqlvalue::notNull(forms.search));
        setName.addBindValue(names.value(0));
        if (auto s = execQuery(setName, tr("Storing the pinyin of customer names")); !s)
            return s;
    }
    QSqlQuery tasks = database.prepare(QStringLiteral(
        "SELECT f.id, f.origin_rule, COALESCE(f.dedupe_key, ''), f.title, f.reason, c.name FROM follow_ups f "
        "JOIN customers c ON c.id = f.customer_id WHERE f.origin_rule IS NOT NULL AND f.origin_rule <> ''"));
    if (auto s = execQuery(tasks, tr("Reading follow-ups")); !s)
        return s;
    QSqlQuery setFacts = database.prepare(QStringLiteral("UPDATE follow_ups SET facts = ? WHERE id = ?"));
    while (tasks.next()) {
        QJsonObject facts = care::CareTaskText::factsFromText(tasks.value(1).toString(), tasks.value(2).toString(),
                                                              tasks.value(4).toString());
        if (facts.isEmpty())
            continue; // kept as written
        if (!care::CareTaskText::isRuleTitle(tasks.value(3).toString(), facts, tasks.value(5).toString()))
            facts.insert(QStringLiteral("own_title"), true);
        setFacts.addBindValue(sqlvalue::json(facts));
        setFacts.addBindValue(tasks.value(0));
        if (auto s = execQuery(setFacts, tr("Storing the facts of follow-ups")); !s)
            return s;
    }
    return {};
}
// v17: the products already stored that are shipping, fees or discounts.
Status markChargesVersion17(Database& database)
{
    QSqlQuery products = database.prepare(QStringLiteral("SELECT id, code, name FROM products"));
    if (auto s = execQuery(products, tr("Reading products")); !s)
        return s;
    QSqlQuery mark = database.prepare(QStringLiteral("UPDATE products SET charge = 1 WHERE id = ?"));
    while (products.next()) {
        if (!chargelines::isCharge(products.value(1).toString(), products.value(2).toString()))
            continue;
        mark.addBindValue(products.value(0));
        if (auto s = execQuery(mark, tr("Marking shipping, fee and discount lines")); !s)
            return s;
    }
    return {};
}

// v18: every store code already on the records of money joins the store list (named as its code
// until the owner names it), and each customer's home store is where they first bought.
Status seedStoresVersion18(Database& database)
{
    QSqlQuery codes = database.prepare(QStringLiteral(
        "SELECT store FROM orders WHERE store <> '' UNION SELECT store FROM member_sales WHERE store <> '' "
        "UNION SELECT store FROM visit_cards WHERE store <> '' UNION SELECT store FROM card_uses WHERE store <> ''"));
    if (auto s = execQuery(codes, tr("Reading the stores on file")); !s)
        return s;
    QSqlQuery add = database.prepare(QStringLiteral(
        "INSERT INTO stores (code, name, address, created_at) VALUES (?, ?, '', ?) ON CONFLICT (code) DO NOTHING"));
    const QString now = core::Clock::nowUtc().toString(Qt::ISODate);
    while (codes.next()) {
        add.addBindValue(codes.value(0).toString());
        add.addBindValue(codes.value(0).toString());
        add.addBindValue(now);
        if (auto s = execQuery(add, tr("Storing the store list")); !s)
            return s;
    }
    return StoreRepository(database).fillHomeStores();
}

// v19: the 12-month spend of each stored month's 12-month buyers, counted from the month's snapshot
// and the orders as MonthFigureQueries counts a chain's figures (equal to what the segmentation
// writes). A month without a snapshot keeps the figure it was shown with (the spend of everyone)
// until the next rebuild of the history.
Status fillBuyersRevenueVersion19(Database& database)
{
    QSqlQuery months = database.prepare(QStringLiteral(
        "SELECT m.month, m.as_of, m.revenue_12m_fen, EXISTS (SELECT 1 FROM customer_snapshots s WHERE s.month = m.month) "
        "FROM monthly_stats m ORDER BY m.month"));
    if (auto s = execQuery(months, tr("Reading monthly figures")); !s)
        return s;
    struct Month
    {
        QString key;
        QDate asOf;
        Fen buyersRevenue; // the old figure until the snapshot gives the buyers'
        bool hasSnapshot;
    };
    QList<Month> stored;
    while (months.next())
        stored.append({months.value(0).toString(), sqlvalue::toDate(months.value(1)), months.value(2).toLongLong(),
                       months.value(3).toBool()});
    for (Month& m : stored) {
        if (!m.hasSnapshot || !m.asOf.isValid())
            continue;
        const QString previous = m.asOf.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        auto stats = MonthFigureQueries::monthStats(database, m.key, m.asOf, previous, {});
        if (!stats)
            return stats.error();
        m.buyersRevenue = stats->buyersRevenue12m;
    }
    QSqlQuery set = database.prepare(QStringLiteral("UPDATE monthly_stats SET buyers_revenue_12m_fen = ? WHERE month = ?"));
    for (const Month& m : stored) {
        set.addBindValue(m.buyersRevenue);
        set.addBindValue(m.key);
        if (auto s = execQuery(set, tr("Storing monthly figures")); !s)
            return s;
    }
    return {};
}

// v12: the care rule that calls back unhappy survey answers (detractors), beside the other rules.
Status seedVersion12(Database& database)
{
    QSqlQuery care = database.prepare(QStringLiteral(
        "INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, 1, ?, ?) ON CONFLICT (key) DO NOTHING"));
    for (const auto& rule : care::CareRules::defaults()) {
        if (rule.key != QLatin1String("detractor"))
            continue;
        care.addBindValue(rule.key);
        care.addBindValue(sqlvalue::json(rule.params));
        care.addBindValue(core::Clock::nowUtc().toString(Qt::ISODate));
        if (auto s = execQuery(care, tr("Storing the care rules")); !s)
            return s;
    }
    return {};
}

// v13: the care rules become built-in automation rules (on/off and parameters kept, in the order
// the care rules ran: by key), the follow-ups they made are recorded as their events (so none is
// made again), and care_rules goes.
Status moveCareRulesVersion13(Database& database)
{
    // A built-in rule the shop never had (e.g. a file from before it existed) starts as its default.
    QSqlQuery seed = database.prepare(QStringLiteral(
        "INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING"));
    for (const auto& rule : care::CareRules::defaults()) {
        seed.addBindValue(rule.key);
        seed.addBindValue(rule.enabled ? 1 : 0);
        seed.addBindValue(sqlvalue::json(rule.params));
        seed.addBindValue(core::Clock::nowUtc().toString(Qt::ISODate));
        if (auto s = execQuery(seed, tr("Storing the care rules")); !s)
            return s;
    }
    QSqlQuery care = database.prepare(QStringLiteral("SELECT key, enabled, params_json FROM care_rules ORDER BY key"));
    if (auto s = execQuery(care, tr("Reading the care rules")); !s)
        return s;
    QSqlQuery insert = database.prepare(QStringLiteral(
        "INSERT INTO automation_rules (builtin, name, enabled, rule_json, updated_at) VALUES (?, '', ?, ?, ?)"));
    while (care.next()) {
        const automation::Rule rule = automation::fromCareRule(
            care.value(0).toString(), care.value(1).toBool(), QJsonDocument::fromJson(care.value(2).toString().toUtf8()).object());
        insert.addBindValue(rule.builtin);
        insert.addBindValue(rule.enabled ? 1 : 0);
        insert.addBindValue(sqlvalue::json(rule.body()));
        insert.addBindValue(core::Clock::nowUtc().toString(Qt::ISODate));
        if (auto s = execQuery(insert, tr("Storing the automation rules")); !s)
            return s;
    }
    QSqlQuery events = database.prepare(QStringLiteral(
        "INSERT INTO automation_events (rule_id, event_key, customer_id, action, why_json, done_on, created_at) "
        "SELECT r.id, f.dedupe_key, f.customer_id, 'follow_up', COALESCE(f.facts, '{}'), substr(f.created_at, 1, 10), "
        "f.created_at FROM follow_ups f JOIN automation_rules r ON r.builtin = f.origin_rule "
        "WHERE f.dedupe_key IS NOT NULL ON CONFLICT (rule_id, event_key) DO NOTHING"));
    if (auto s = execQuery(events, tr("Recording what the care rules did")); !s)
        return s;
    return database.exec(QStringLiteral("DROP TABLE care_rules"));
}
} // namespace

Status Migrations::migrate(Database& database)
{
    const int current = database.schemaVersion();
    if (current < 0)
        return Error::make(Error::Code::Database, tr("Cannot read the schema version of %1.").arg(database.path()));
    if (current > kLatest)
        return Error::make(Error::Code::SchemaTooNew,
                           tr("%1 was written by a newer version of Clientele (data version %2; this version "
                              "understands up to %3). Update Clientele to open it; the file was not changed.")
                               .arg(database.path())
                               .arg(current)
                               .arg(kLatest));
    if (current == kLatest)
        return {};
    if (current == 0) {
        // Version 0 with tables: another program's database (a server's, most likely). Clientele
        // creates its schema only in an empty one, so it never mixes its tables into someone else's.
        QSqlQuery tables = database.prepare(database.dialect().tableNames());
        if (!tables.exec())
            return sqlError(tables, tr("Reading the tables of %1").arg(database.path()));
        // Another till may have just created the schema (its tables and version commit together).
        if (tables.next() && database.schemaVersion() == 0)
            return Error::make(Error::Code::Conflict,
                               tr("%1 is not a Clientele database: it already holds other tables (%2, …) and no "
                                  "Clientele data version. Choose an empty database or a Clientele one; nothing was "
                                  "changed.")
                                   .arg(database.path(), tables.value(0).toString()));
    }
    if (current > 0 && !database.isMemory() && !database.isServer()) { // a server: pg_dump is the owner's
        const QString backup = database.path() + QStringLiteral(".before-v%1.bak").arg(kLatest);
        QFile::remove(backup);
        (void)database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!QFile::copy(database.path(), backup))
            return Error::make(Error::Code::Io,
                               tr("Cannot back up %1 before upgrading it; nothing was changed.").arg(database.path()));
    }
    for (int version = current + 1; version <= kLatest; ++version)
        if (auto status = migrateTo(database, version); !status)
            return status;
    return {};
}

Status Migrations::migrateTo(Database& database, int version)
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    const SqlDialect& dialect = database.dialect();
    if (auto locked = dialect.lockForMigration(database); !locked)
        return locked;
    // Another connection may have taken this step while this one waited for the lock.
    if (database.schemaVersion() >= version)
        return transaction.commit();
    const QStringList statements = dialect.schemaStep(version);
    if (statements.isEmpty())
        return Error::make(Error::Code::Database, tr("Unknown schema step %1.").arg(version));
    Status status = runStep(database, statements);
    if (status && version == 17)
        status = markChargesVersion17(database);
    if (status && version == 2)
        status = seedVersion2(database);
    if (status && version == 6)
        status = fillVersion6(database);
    if (status && version == 9)
        status = seedVersion9(database);
    if (status && version == 12)
        status = seedVersion12(database);
    if (status && version == 13)
        status = moveCareRulesVersion13(database);
    if (status && version == 18)
        status = seedStoresVersion18(database);
    if (status && version == 19)
        status = fillBuyersRevenueVersion19(database);
    if (!status)
        return status;
    if (auto set = dialect.setSchemaVersion(database, version); !set)
        return set;
    return transaction.commit();
}

} // namespace clientele::core::storage
