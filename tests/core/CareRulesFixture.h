#pragma once

// A shop as Clientele left it before the automation rules (schema v12 and earlier): the care rules
// in care_rules, no automation tables. Made from a fresh database by undoing step 13, so the
// upgrade runs on the real tables of the time (tests of the migration).
#include "CatchCompat.h"
#include "TestTables.h"

#include "care/CareRules.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace clientele::test {

inline void asCareRulesShop(core::storage::Database& db, int version)
{
    using namespace Qt::StringLiterals;
    // Later steps' tables go too (steps 14 and 15: campaigns), so the upgrade runs them again.
    for (const auto* table : {"campaign_coupons", "campaign_members", "campaigns", "saved_filters"})
        REQUIRE(db.exec(u"DROP TABLE %1"_s.arg(QLatin1String(table))).ok());
    REQUIRE(db.exec(u"DROP TABLE automation_events"_s).ok());
    REQUIRE(db.exec(u"DROP TABLE automation_rules"_s).ok());
    REQUIRE(db.exec(u"CREATE TABLE care_rules (key TEXT PRIMARY KEY, enabled INTEGER NOT NULL DEFAULT 1, "
                    u"params_json TEXT NOT NULL, updated_at TEXT NOT NULL)"_s)
                .ok());
    QSqlQuery q = db.prepare(u"INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, 1, ?, '2026-01-01')"_s);
    for (const auto& rule : core::care::CareRules::defaults()) {
        q.addBindValue(rule.key);
        q.addBindValue(QString::fromUtf8(QJsonDocument(rule.params).toJson(QJsonDocument::Compact)));
        REQUIRE(q.exec());
    }
    clientele::test::setSchemaVersion(db, version);
}

} // namespace clientele::test
