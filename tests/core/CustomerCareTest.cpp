// Search, editing, notes, the timeline, duplicate merges (and their undo) and bulk actions.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "customers/BulkActions.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerMerger.h"
#include "customers/CustomerTimeline.h"
#include "customers/DuplicateFinder.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "io/Importer.h"
#include "storage/ImportBatchRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/MappingRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;
using io::ImportField;

namespace {
qint64 addCustomer(Database& db, const QString& code, const QString& name, const QString& phone,
                   const QStringList& tags = {}, const QString& email = {})
{
    Customer c;
    c.memberCode = code;
    c.name = name;
    c.phone = phone;
    c.email = email;
    c.tags = tags;
    auto id = CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}

void addOrder(Database& db, qint64 customerId, const QString& number, const QDate& date, Fen amount)
{
    Order o;
    o.orderNo = number;
    o.customerId = customerId;
    o.date = date;
    o.amount = amount;
    REQUIRE(OrderRepository(db).insertIfNew(o, u"no:"_s + number, 1, 0, 0).ok());
}

qint64 countMatching(const Database& db, const QString& search)
{
    CustomerFilter filter;
    filter.search = search;
    auto n = CustomerQueries::count(db, filter);
    REQUIRE(n.ok());
    auto rows = CustomerQueries::list(db, filter, CustomerSort::Name, false, 100);
    REQUIRE(rows.ok());
    CHECK(rows->size() == *n); // count and list agree
    return *n;
}
} // namespace

TEST_CASE("search finds Chinese substrings, phone fragments, e-mail and tags through the index", "[search]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 wang = addCustomer(*db, u"M001"_s, u"王小红"_s, u"13800138000"_s, {u"宝妈"_s}, u"hong@example.com"_s);
    addCustomer(*db, u"M002"_s, u"王大明"_s, u"13912345678"_s, {u"VIP"_s});
    addCustomer(*db, u"M003"_s, u"李小红"_s, u"13700001111"_s);

    CHECK(countMatching(*db, u"小红"_s) == 2);      // two characters: below the trigram size
    CHECK(countMatching(*db, u"王小红"_s) == 1);    // three: the full-text index
    CHECK(countMatching(*db, u"王"_s) == 2);
    CHECK(countMatching(*db, u"0013"_s) == 1);      // any phone fragment
    CHECK(countMatching(*db, u"138 0013"_s) == 1);  // typed with a space
    CHECK(countMatching(*db, u"１３９１"_s) == 1);    // full-width digits
    CHECK(countMatching(*db, u"HONG@EXAMPLE"_s) == 1); // e-mail, any case
    CHECK(countMatching(*db, u"宝妈"_s) == 1);       // tags
    CHECK(countMatching(*db, u"vip"_s) == 1);
    CHECK(countMatching(*db, u"M00"_s) == 3);        // member codes
    CHECK(countMatching(*db, u"\"王"_s) == 0);       // quotes cannot break the query
    CHECK(countMatching(*db, u"%"_s) == 0);          // nor wildcards
    CHECK(countMatching(*db, u"不存在的人"_s) == 0);

    // The index follows edits, tag changes and deletions (triggers, not application code).
    CustomerRepository repo(*db);
    Customer c = *repo.findById(wang).value();
    c.name = u"王晓虹"_s;
    REQUIRE(repo.update(c).ok());
    CHECK(countMatching(*db, u"王小红"_s) == 0);
    CHECK(countMatching(*db, u"王晓虹"_s) == 1);
    REQUIRE(repo.setTags(wang, {u"常客"_s}).ok());
    CHECK(countMatching(*db, u"宝妈"_s) == 0);
    CHECK(countMatching(*db, u"常客"_s) == 1);
    REQUIRE(repo.remove(wang).ok());
    CHECK(countMatching(*db, u"0013"_s) == 0);
}

TEST_CASE("filters combine: city, tag, open follow-up, chosen ids, segment", "[search]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 a = addCustomer(*db, u"A"_s, u"张一"_s, u"13800000001"_s, {u"VIP"_s});
    const qint64 b = addCustomer(*db, u"B"_s, u"张二"_s, u"13800000002"_s);
    addCustomer(*db, u"C"_s, u"张三"_s, u"13800000003"_s, {u"VIP"_s});
    REQUIRE(FollowUpRepository(*db).create(a, QDate(2026, 12, 1), u"回访"_s).ok());

    CustomerFilter filter;
    filter.tag = u"VIP"_s;
    CHECK(CustomerQueries::count(*db, filter).value() == 2);
    filter.openFollowUp = true;
    CHECK(CustomerQueries::count(*db, filter).value() == 1);
    filter = {};
    filter.ids = {a, b};
    filter.search = u"张二"_s;
    CHECK(CustomerQueries::ids(*db, filter, CustomerSort::Name, false).value() == QList<qint64>{b});
    filter = {};
    filter.segment = u"important_value"_s; // nobody segmented yet
    CHECK(CustomerQueries::count(*db, filter).value() == 0);
    CHECK(CustomerQueries::tags(*db).value() == QStringList{u"VIP"_s});
}

TEST_CASE("the profile form validates like the import and refuses someone else's phone", "[edit]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 other = addCustomer(*db, u"M9"_s, u"李四"_s, u"13900000000"_s);
    const QDate today(2026, 11, 23);

    customers::CustomerForm::Values values{{ImportField::Name, u"  张三 "_s},
                                           {ImportField::Phone, u"+86 138-0013-8000"_s},
                                           {ImportField::Birthday, u"1990年5月1日"_s},
                                           {ImportField::Tags, u"宝妈，VIP"_s}};
    auto created = customers::CustomerEditor::save(*db, 0, values, today);
    REQUIRE(created.ok());
    REQUIRE(created->saved());
    const Customer stored = *CustomerRepository(*db).findById(created->id).value();
    CHECK(stored.name == u"张三"_s);
    CHECK(stored.phone == u"13800138000"_s);
    CHECK(stored.birthday == QDate(1990, 5, 1));
    CHECK(CustomerRepository(*db).tags(created->id).value() == QStringList{u"VIP"_s, u"宝妈"_s});

    values[ImportField::Phone] = u"12ab"_s;
    values[ImportField::Birthday] = u"2030-01-01"_s;
    values[ImportField::Email] = u"not-an-email"_s;
    auto bad = customers::CustomerEditor::save(*db, created->id, values, today);
    REQUIRE(bad.ok());
    REQUIRE(bad->problems.size() == 3);
    CHECK(bad->problems[0].column == u"Phone"_s);
    CHECK(bad->problems[0].value == u"12ab"_s);
    CHECK(bad->problems[0].reason == u"not a phone number"_s);
    CHECK(CustomerRepository(*db).findById(created->id).value()->phone == u"13800138000"_s); // untouched

    values = customers::CustomerForm::valuesOf(stored);
    values[ImportField::Phone] = u"139 0000 0000"_s;
    auto taken = customers::CustomerEditor::save(*db, created->id, values, today);
    REQUIRE(taken.ok());
    REQUIRE(taken->problems.size() == 1);
    CHECK(taken->problems[0].reason.contains(u"李四"_s));
    CHECK(taken->problems[0].reason.contains(QString::number(other)));

    values[ImportField::Phone] = u"13800138001"_s;
    values[ImportField::Tags] = u"VIP"_s;
    auto edited = customers::CustomerEditor::save(*db, created->id, values, today);
    REQUIRE(edited.ok());
    CHECK(edited->saved());
    CHECK(CustomerRepository(*db).tags(created->id).value() == QStringList{u"VIP"_s});

    auto empty = customers::CustomerEditor::save(*db, 0, {}, today);
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->saved());
}

TEST_CASE("the timeline merges orders, notes, follow-ups and tier changes, newest first", "[timeline]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = addCustomer(*db, u"M1"_s, u"张三"_s, u"13800138000"_s);
    addOrder(*db, id, u"A1"_s, QDate(2026, 9, 1), 12000);
    addOrder(*db, id, u"A2"_s, QDate(2026, 10, 5), -3000);
    Interaction note;
    note.customerId = id;
    note.kind = Interaction::Kind::Call;
    note.occurredAt = QDateTime(QDate(2026, 10, 5), QTime(10, 0));
    note.summary = u"问了退货原因"_s;
    REQUIRE(InteractionRepository(*db).add(note).ok());
    CHECK_FALSE(InteractionRepository(*db).add({0, id, Interaction::Kind::Note, {}, u"   "_s}).ok());
    REQUIRE(FollowUpRepository(*db).create(id, QDate(2026, 11, 30), u"Revisit"_s).ok());
    QSqlQuery snapshots(db->connection());
    for (const auto& [month, tier] : {std::pair{u"2026-09"_s, u"silver"_s}, std::pair{u"2026-10"_s, u"gold"_s}})
        REQUIRE(snapshots.exec(u"INSERT INTO customer_snapshots VALUES ('%1', %2, '%3', 0, 'active', 3, 3, 3, 1, 0, 0)"_s
                                   .arg(month)
                                   .arg(id)
                                   .arg(tier)));

    const auto events = customers::CustomerTimeline::forCustomer(*db, id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 5);
    using Kind = customers::TimelineEvent::Kind;
    CHECK(events->at(0).kind == Kind::FollowUp);
    CHECK(events->at(0).title == u"Revisit (open)"_s);
    CHECK(events->at(1).kind == Kind::TierChange);
    CHECK(events->at(1).date == QDate(2026, 10, 31));
    CHECK(events->at(1).title == u"Silver → Gold"_s);
    CHECK(events->at(2).kind == Kind::Interaction); // same day as the refund, listed above it
    CHECK(events->at(2).detail == u"问了退货原因"_s);
    CHECK(events->at(3).kind == Kind::Refund);
    CHECK(events->at(3).title == u"¥30 · A2"_s);
    CHECK(events->at(4).title == u"¥120 · A1"_s);
}

TEST_CASE("merging two customers moves everything and undo puts it all back", "[merge]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 keep = addCustomer(*db, u"M1"_s, u"张三"_s, u"13800138000"_s, {u"VIP"_s});
    const qint64 dup = addCustomer(*db, u"M2"_s, u"张三"_s, QString(), {u"宝妈"_s}, u"zs@example.com"_s);
    addOrder(*db, keep, u"K1"_s, QDate(2026, 1, 5), 10000);
    addOrder(*db, dup, u"D1"_s, QDate(2025, 6, 1), 20000);
    addOrder(*db, dup, u"D2"_s, QDate(2025, 7, 1), 30000);
    REQUIRE(InteractionRepository(*db).add({0, dup, Interaction::Kind::Visit, {}, u"到店"_s}).ok());
    REQUIRE(FollowUpRepository(*db).create(dup, QDate(2026, 12, 1), u"生日"_s).ok());

    const auto candidates = customers::DuplicateFinder::candidatesFor(*db, keep);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->at(0).customer.id == dup);
    CHECK(candidates->at(0).reasons == QStringList{u"same name"_s});

    CustomerRepository repo(*db);
    const Customer survivor = *repo.findById(keep).value();
    const Customer duplicate = *repo.findById(dup).value();
    Customer result = customers::CustomerMerger::defaultResult(survivor, duplicate);
    CHECK(result.email == u"zs@example.com"_s); // filled from the duplicate
    result.memberCode = u"M2"_s;                  // picked from the duplicate, field by field
    auto merged = customers::CustomerMerger::merge(*db, keep, dup, result);
    REQUIRE(merged.ok());

    CHECK_FALSE(repo.findById(dup).value().has_value());
    const Customer after = *repo.findById(keep).value();
    CHECK(after.memberCode == u"M2"_s);
    CHECK(after.email == u"zs@example.com"_s);
    CHECK(repo.tags(keep).value() == QStringList{u"VIP"_s, u"宝妈"_s});
    CHECK(OrderRepository(*db).forCustomer(keep).value().size() == 3);
    CHECK(InteractionRepository(*db).forCustomer(keep).value().size() == 1);
    CHECK(FollowUpRepository(*db).forCustomer(keep).value().size() == 1);
    CHECK(countMatching(*db, u"zs@example"_s) == 1);
    const auto history = customers::CustomerMerger::history(*db, keep);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).mergedName == u"张三"_s);
    CHECK(customers::CustomerMerger::merge(*db, keep, keep, result).error().code == Error::Code::Usage);

    auto undone = customers::CustomerMerger::undo(*db, *merged);
    REQUIRE(undone.ok());
    CHECK(*undone == dup);
    const Customer back = *repo.findById(dup).value();
    CHECK(back.memberCode == u"M2"_s);
    CHECK(back.email == u"zs@example.com"_s);
    CHECK(back.phone.isEmpty());
    CHECK(back.createdAt == duplicate.createdAt);
    CHECK(repo.tags(dup).value() == QStringList{u"宝妈"_s});
    const Customer restored = *repo.findById(keep).value();
    CHECK(restored.memberCode == u"M1"_s);
    CHECK(restored.email.isEmpty());
    CHECK(repo.tags(keep).value() == QStringList{u"VIP"_s});
    CHECK(OrderRepository(*db).forCustomer(keep).value().size() == 1);
    CHECK(OrderRepository(*db).forCustomer(dup).value().size() == 2);
    CHECK(InteractionRepository(*db).forCustomer(dup).value().size() == 1);
    CHECK(FollowUpRepository(*db).forCustomer(dup).value().size() == 1);
    CHECK(customers::CustomerMerger::undo(*db, *merged).error().code == Error::Code::Conflict);
}

TEST_CASE("bulk tag and bulk follow-up are all or nothing", "[bulk]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 a = addCustomer(*db, u"A"_s, u"甲"_s, u"13800000001"_s);
    const qint64 b = addCustomer(*db, u"B"_s, u"乙"_s, u"13800000002"_s);
    CHECK(customers::BulkActions::addTags(*db, {a, b}, {u"双十一"_s, u" "_s}).value() == 2);
    CHECK(CustomerRepository(*db).tags(b).value() == QStringList{u"双十一"_s});
    CHECK_FALSE(customers::BulkActions::addTags(*db, {a}, {u""_s}).ok());

    CHECK(customers::BulkActions::scheduleFollowUp(*db, {a, b}, QDate(2026, 12, 1), u"双十二提醒"_s).value() == 2);
    // A customer that does not exist makes the whole batch fail: nobody gets a task.
    CHECK_FALSE(customers::BulkActions::scheduleFollowUp(*db, {a, 999999}, QDate(2026, 12, 2), u"x"_s).ok());
    CHECK(FollowUpRepository(*db).forCustomer(a).value().size() == 1);
}

TEST_CASE("column mappings are saved by name and kind", "[mapping]")
{
    auto db = clientele::test::memoryDatabase();
    MappingRepository repo(*db);
    REQUIRE(repo.save(u"POS"_s, u"orders"_s, QJsonObject{{u"单号"_s, u"order_no"_s}}).ok());
    REQUIRE(repo.save(u"CRM"_s, u"customers"_s, QJsonObject{{u"手机"_s, u"phone"_s}}).ok());
    REQUIRE(repo.save(u"POS"_s, u"orders"_s, QJsonObject{{u"订单号"_s, u"order_no"_s}}).ok()); // replaces
    CHECK(repo.names(u"orders"_s).value() == QStringList{u"POS"_s});
    CHECK(repo.load(u"POS"_s).value()->value(u"订单号"_s).toString() == u"order_no"_s);
    CHECK_FALSE(repo.load(u"nope"_s).value().has_value());
    CHECK_FALSE(repo.save(u" "_s, u"orders"_s, {}).ok());
}

TEST_CASE("an import pauses the row-by-row search triggers and reindexes its customers at the end", "[search][import]")
{
    auto db = clientele::test::memoryDatabase();
    const QString csv = clientele::test::writeTempFile(
        "会员卡号,姓名,手机,标签\nVIP1,张伟,138 0013 8000,\"老客,宝妈\"\nVIP2,李娜,13900139001,\n");
    io::ImportOptions options;
    options.dryRun = true;
    REQUIRE(io::Importer::run(*db, csv, options).ok());
    CHECK(countMatching(*db, u"张伟"_s) == 0); // a dry run leaves nothing behind, not even the pause
    CHECK_FALSE(SettingsRepository(*db).value(u"search_index_paused"_s).value() == u"1"_s);

    options.dryRun = false;
    const auto report = io::Importer::run(*db, csv, options);
    REQUIRE(report.ok());
    CHECK(countMatching(*db, u"张伟"_s) == 1);
    CHECK(countMatching(*db, u"宝妈"_s) == 1);
    CHECK(countMatching(*db, u"0013 8000"_s) == 1);
    CHECK(countMatching(*db, u"VIP"_s) == 2);
    CHECK(SettingsRepository(*db).value(u"search_index_paused"_s).value().isEmpty());

    // After the import the triggers are back: an edit is searchable at once.
    Customer c = *CustomerRepository(*db).findByMemberCode(u"VIP2"_s).value();
    c.name = u"李娜娜"_s;
    REQUIRE(CustomerRepository(*db).update(c).ok());
    CHECK(countMatching(*db, u"李娜娜"_s) == 1);

    // Undo takes the customers out of the search too.
    REQUIRE(ImportBatchRepository(*db).undo(report->batchId).ok());
    CHECK(countMatching(*db, u"VIP"_s) == 0);
}
