// User accounts and roles (Argon2id, lock-out), what staff may not do, the append-only audit log,
// the privacy export and erasure, marketing consent in exports, and the backup rotation setting.
#include "domain/Clock.h"
#include "CatchCompat.h"

#include "Accounts.h"
#include "TestSupport.h"

#include "campaigns/Campaigns.h"
#include "customers/CustomerMerger.h"
#include "customers/PrivacyRequests.h"
#include "io/CustomerExporter.h"
#include "io/ImportService.h"
#include "security/AuditLog.h"
#include "security/FieldVault.h"
#include "security/PasswordHash.h"
#include "security/Session.h"
#include "security/UserDirectory.h"
#include "segmentation/RuleChanges.h"
#include "storage/Backups.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace clientele::core::security;
using namespace Qt::StringLiterals;

using clientele::test::addAccounts;
using clientele::test::SignedOut;

namespace {
qint64 addCustomer(Database& db, const QString& name, const QString& phone, bool consent = true)
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.marketingConsent = consent;
    c.tags = {u"VIP"_s};
    auto id = CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}

void addOrder(Database& db, qint64 customerId, const QString& number, Fen amount)
{
    Order o;
    o.orderNo = number;
    o.customerId = customerId;
    o.date = QDate(2026, 10, 1);
    o.amount = amount;
    REQUIRE(OrderRepository(db).insertIfNew(o, u"no:"_s + number, 1, 0, 0).ok());
}

// Owner "boss" and staff "anna"; nobody signed in afterwards.
qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("passwords are Argon2id hashes that verify only the right password", "[security]")
{
    const QByteArray hash = PasswordHash::hash(u"密码 correct horse"_s);
    CHECK(hash.startsWith("$argon2id$"));
    CHECK(PasswordHash::verify(hash, u"密码 correct horse"_s));
    CHECK_FALSE(PasswordHash::verify(hash, u"密码 correct hors"_s));
    CHECK(PasswordHash::hash(u"密码 correct horse"_s) != hash); // salted
}

TEST_CASE("accounts: the first is the owner, staff are managed by owners, the last owner stays", "[security]")
{
    SignedOut guard;
    auto db = clientele::test::memoryDatabase();
    UserDirectory users(*db);
    CHECK_FALSE(*users.hasUsers());
    CHECK(Session::can(Permission::Export)); // no accounts: whoever runs Clientele is the owner

    CHECK(users.add(u"anna"_s, Role::Staff, u"staff-password"_s).error().message.contains(u"first account"_s));
    CHECK(users.add(u"boss"_s, Role::Owner, u"short"_s).error().code == Error::Code::InvalidData);
    REQUIRE(users.add(u"boss"_s, Role::Owner, u"owner-password"_s).ok());
    CHECK(*users.hasUsers());
    // Now only a signed-in owner adds accounts.
    CHECK(users.add(u"anna"_s, Role::Staff, u"staff-password"_s).error().code == Error::Code::Forbidden);
    REQUIRE(users.signIn(u"BOSS"_s, u"owner-password"_s).ok()); // names ignore case
    REQUIRE(users.add(u"anna"_s, Role::Staff, u"staff-password"_s).ok());
    CHECK(users.add(u"Anna"_s, Role::Staff, u"staff-password"_s).error().code == Error::Code::Conflict);
    CHECK(users.setRole(u"boss"_s, Role::Staff).error().code == Error::Code::Conflict);
    CHECK(users.remove(u"boss"_s).error().code == Error::Code::Conflict);

    // Staff: none of the owner's rights, including managing accounts.
    REQUIRE(users.signIn(u"anna"_s, u"staff-password"_s).ok());
    CHECK(Session::actor() == u"anna"_s);
    for (Permission p : {Permission::Export, Permission::Delete, Permission::Merge, Permission::UndoImport,
                         Permission::ChangeRules, Permission::RevealSensitive, Permission::ManageUsers,
                         Permission::ViewAudit, Permission::RestoreBackup})
        CHECK_FALSE(Session::can(p));
    CHECK(users.setRole(u"anna"_s, Role::Owner).error().code == Error::Code::Forbidden);
    CHECK(users.setPassword(u"anna"_s, u"new-staff-password"_s).ok()); // one's own password
    CHECK(users.setPassword(u"boss"_s, u"hijacked-password"_s).error().code == Error::Code::Forbidden);
    REQUIRE(users.signIn(u"anna"_s, u"new-staff-password"_s).ok());
}

TEST_CASE("five wrong passwords lock an account for fifteen minutes; unknown names look the same", "[security]")
{
    SignedOut guard;
    auto db = clientele::test::memoryDatabase();
    addAccounts(*db);
    UserDirectory users(*db);
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    const QString wrong = users.signIn(u"anna"_s, u"guess-1234"_s, now).error().message;
    CHECK(users.signIn(u"nobody"_s, u"guess-1234"_s, now).error().message == wrong);
    for (int i = 2; i <= UserDirectory::kMaxFailures; ++i)
        REQUIRE_FALSE(users.signIn(u"anna"_s, u"guess-1234"_s, now).ok());
    const auto locked = users.signIn(u"anna"_s, u"staff-password"_s, now.addSecs(60));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(u"locked"_s));
    CHECK_FALSE(Session::signedIn());
    REQUIRE(users.signIn(u"anna"_s, u"staff-password"_s, now.addSecs(16 * 60)).ok());
    CHECK(*AuditLog::count(*db, u"locked-out"_s) == 1);
    CHECK(*AuditLog::count(*db, u"sign-in-failed"_s) == 5); // four for anna, one for the unknown name
}

TEST_CASE("staff cannot export, erase, merge, undo imports or change rules; the core refuses", "[security]")
{
    SignedOut guard;
    auto db = clientele::test::memoryDatabase();
    const qint64 a = addCustomer(*db, u"王芳"_s, u"13800000001"_s);
    const qint64 b = addCustomer(*db, u"王芳"_s, u"13800000002"_s);
    addAccounts(*db);
    REQUIRE(UserDirectory(*db).signIn(u"anna"_s, u"staff-password"_s).ok());

    const QString csv = clientele::test::outputPath(u"staff-export.csv"_s);
    QFile::remove(csv);
    const auto exported = io::CustomerExporter::exportCsv(*db, csv, io::CsvWriter::Encoding::Utf8Bom);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().code == Error::Code::Forbidden);
    CHECK_FALSE(QFile::exists(csv));
    // A campaign's contact list is names and full phone numbers in a file: an export too (staff
    // work through it on screen instead). Refused before the campaign is even looked up.
    const QString contacts = clientele::test::outputPath(u"staff-contacts.csv"_s);
    QFile::remove(contacts);
    const auto list = campaigns::Campaigns::exportCsv(*db, 1, contacts, io::CsvWriter::Encoding::Utf8Bom);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().code == Error::Code::Forbidden);
    CHECK_FALSE(QFile::exists(contacts));
    CHECK(customers::PrivacyRequests::erase(*db, a).error().code == Error::Code::Forbidden);
    CHECK(customers::PrivacyRequests::exportCustomer(*db, a).error().code == Error::Code::Forbidden);
    Customer merged = **CustomerRepository(*db).findById(a);
    CHECK(customers::CustomerMerger::merge(*db, a, b, merged).error().code == Error::Code::Forbidden);
    CHECK(io::ImportService::undo(*db, 1).error().code == Error::Code::Forbidden);
    segmentation::TierRules rules = segmentation::TierRules::spendPreset();
    CHECK(segmentation::RuleChanges::saveTierRules(*db, rules).error().code == Error::Code::Forbidden);
    CHECK(segmentation::RuleChanges::useTierScheme(*db, segmentation::TierRules::Scheme::Value).error().code ==
          Error::Code::Forbidden);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM customers"_s) == 2); // nothing changed

    // The owner may, and each is in the audit log under the owner's name.
    REQUIRE(UserDirectory(*db).signIn(u"boss"_s, u"owner-password"_s).ok());
    REQUIRE(io::CustomerExporter::exportCsv(*db, csv, io::CsvWriter::Encoding::Utf8Bom).ok());
    REQUIRE(customers::CustomerMerger::merge(*db, a, b, merged).ok());
    REQUIRE(segmentation::RuleChanges::useTierScheme(*db, segmentation::TierRules::Scheme::Value).ok());
    const auto entries = AuditLog::list(*db);
    REQUIRE(entries.ok());
    QStringList actions;
    for (const auto& e : *entries)
        if (e.actor == u"boss"_s)
            actions.append(e.action);
    CHECK(actions.contains(u"export"_s));
    CHECK(actions.contains(u"merge"_s));
    CHECK(actions.contains(u"rules"_s));
}

TEST_CASE("the audit log is append-only and tampering outside the app shows", "[security][audit]")
{
    SignedOut guard;
    auto db = clientele::test::memoryDatabase();
    REQUIRE(AuditLog::record(*db, u"export"_s, u"a.csv"_s, u"3 customers"_s).ok());
    REQUIRE(AuditLog::record(*db, u"erase"_s, u"customer 7"_s).ok());
    REQUIRE(AuditLog::record(*db, u"export"_s, u"b.csv"_s).ok());
    CHECK(*AuditLog::verify(*db) == 0);
    CHECK(AuditLog::list(*db, 10, 0, u"export"_s)->size() == 2);
    CHECK(AuditLog::list(*db)->first().subject == u"b.csv"_s); // newest first

    CHECK_FALSE(db->exec(u"UPDATE audit_log SET detail = 'nothing' WHERE id = 1"_s).ok());
    CHECK_FALSE(db->exec(u"DELETE FROM audit_log WHERE id = 2"_s).ok());
    CHECK(*AuditLog::count(*db) == 3);

    // Someone with sqlite3 drops the trigger and edits an entry: verify() points at it.
    REQUIRE(db->exec(clientele::test::onServer() ? u"DROP TRIGGER audit_log_append_only ON audit_log"_s
                                                 : u"DROP TRIGGER audit_log_append_only_update"_s)
                .ok());
    REQUIRE(db->exec(u"UPDATE audit_log SET subject = 'customer 8' WHERE id = 2"_s).ok());
    CHECK(*AuditLog::verify(*db) == 2);
}

TEST_CASE("privacy: everything about a customer as JSON; erasure keeps the orders anonymously", "[security][privacy]")
{
    SignedOut guard;
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 id = addCustomer(db, u"李秀英"_s, u"13911112222"_s);
    const qint64 other = addCustomer(db, u"张伟"_s, u"13900000000"_s);
    addOrder(db, id, u"A1"_s, 12000);
    addOrder(db, id, u"A2"_s, 8000);
    addOrder(db, other, u"B1"_s, 5000);
    REQUIRE(InteractionRepository(db).add({0, id, Interaction::Kind::Call, clientele::core::Clock::nowUtc(), u"问了尺码"_s}).ok());
    REQUIRE(FollowUpRepository(db).create(id, QDate(2026, 12, 1), u"回访"_s).ok());

    const auto json = customers::PrivacyRequests::exportCustomer(db, id);
    REQUIRE(json.ok());
    CHECK(json->value(u"customer"_s).toObject().value(u"name"_s).toString() == u"李秀英"_s);
    const QJsonObject related = json->value(u"related"_s).toObject();
    CHECK(related.value(u"orders"_s).toArray().size() == 2);
    CHECK(related.value(u"interactions"_s).toArray().first().toObject().value(u"summary"_s).toString() == u"问了尺码"_s);
    CHECK(related.value(u"follow_ups"_s).toArray().size() == 1);
    CHECK(json->value(u"tags"_s).toArray().first().toString() == u"VIP"_s);
    CHECK(json->value(u"customer"_s).toObject().value(u"erased_at"_s).isNull());

    const qint64 revenue = scalar(db, u"SELECT SUM(amount_fen) FROM orders"_s);
    REQUIRE(customers::PrivacyRequests::erase(db, id).ok());
    const Customer erased = **CustomerRepository(db).findById(id);
    CHECK(erased.name == customers::PrivacyRequests::erasedName(id));
    CHECK(erased.phone.isEmpty());
    CHECK(erased.tags.isEmpty());
    CHECK_FALSE(erased.marketingConsent);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM orders WHERE customer_id = %1"_s.arg(id)) == 2);
    CHECK(scalar(db, u"SELECT SUM(amount_fen) FROM orders"_s) == revenue); // statistics stay right
    CHECK(scalar(db, u"SELECT COUNT(*) FROM interactions WHERE customer_id = %1"_s.arg(id)) == 0);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM follow_ups WHERE customer_id = %1"_s.arg(id)) == 0);
    CustomerFilter byName;
    byName.search = u"李秀英"_s;
    CHECK(*CustomerQueries::count(db, byName) == 0); // gone from search too
    CustomerFilter byPhone;
    byPhone.search = u"13911112222"_s;
    CHECK(*CustomerQueries::count(db, byPhone) == 0);
    CHECK(customers::PrivacyRequests::erase(db, id).error().code == Error::Code::Conflict);
    CHECK(*AuditLog::count(db, u"erase"_s) == 1);
    if (clientele::test::onServer())
        return; // a server is backed up on the owner's schedule (pg_dump), not before each erasure
    const auto backups = Backups::list(db.path());
    REQUIRE(backups.ok());
    REQUIRE_FALSE(backups->isEmpty());
    CHECK(backups->first().reason.contains(u"before-erase"_s));
}

TEST_CASE("a marketing list leaves out customers who opted out; the rotation keeps the set number", "[security][privacy]")
{
    SignedOut guard;
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    addCustomer(db, u"愿意"_s, u"13800000001"_s, true);
    addCustomer(db, u"不要打扰"_s, u"13800000002"_s, false);
    const QString all = dir.filePath(u"all.csv"_s);
    const QString marketing = dir.filePath(u"marketing.csv"_s);
    CHECK(*io::CustomerExporter::exportCsv(db, all, io::CsvWriter::Encoding::Utf8Bom) == 2);
    CHECK(*io::CustomerExporter::exportCsv(db, marketing, io::CsvWriter::Encoding::Gb18030, {},
                                           io::CustomerExporter::Purpose::Marketing) == 1);
    CHECK_FALSE(clientele::test::readFile(marketing).contains("13800000002"));
    CHECK(AuditLog::list(db)->first().detail.contains(u"1 opted out"_s));

    REQUIRE(Backups::setKeepSetting(db, 2).ok());
    CHECK_FALSE(Backups::setKeepSetting(db, 0).ok());
    REQUIRE(Backups::setBudget(db, {2, 0}).ok());
    if (clientele::test::onServer())
        return; // a server's copies are pg_dump files the owner keeps (ServerBackup), not rotated here
    for (int i = 0; i < 4; ++i) { // four days of one week, after everything above
        Clock::Pinned day(QDate(2030, 1, 7 + i));
        REQUIRE(Backups::create(db, u"rotation-%1"_s.arg(i)).ok());
    }
    const auto kept = Backups::list(db.path());
    REQUIRE(kept->size() == 2);
    CHECK(kept->at(0).created.date() == QDate(2030, 1, 10));
    CHECK(kept->at(1).created.date() == QDate(2030, 1, 9));
}

TEST_CASE("sensitive fields are sealed at rest, open only with the passphrase and follow its change", "[security][vault]")
{
    SignedOut guard;
    FieldVault::lock();
    auto db = clientele::test::memoryDatabase();
    const qint64 li = addCustomer(*db, u"李秀英"_s, u"13911112222"_s);
    const qint64 wang = addCustomer(*db, u"王芳"_s, u"13800000000"_s);
    FieldVault vault(*db);
    CHECK_FALSE(*vault.isSetUp());
    CHECK(vault.store(li, FieldVault::kIdCard, u"110101199003074514"_s).error().code == Error::Code::Forbidden);
    CHECK(vault.setUp(u"short"_s).error().code == Error::Code::InvalidData);
    REQUIRE(vault.setUp(u"春眠不觉晓，处处闻啼鸟"_s).ok());
    REQUIRE(vault.store(li, FieldVault::kIdCard, u"110101199003074514"_s).ok());
    REQUIRE(vault.store(li, FieldVault::kPrivateNotes, u"对羊毛过敏"_s).ok());
    CHECK(vault.store(li, u"shoe_size"_s, u"38"_s).error().code == Error::Code::InvalidData); // not marked
    REQUIRE(vault.markField(u"shoe_size"_s).ok());
    REQUIRE(vault.store(li, u"shoe_size"_s, u"38"_s).ok());
    CHECK(vault.fields()->last() == u"shoe_size"_s);

    // At rest: neither the number nor the note appears in the file's bytes.
    QSqlQuery raw = db->prepare(clientele::test::onServer()
                                    ? u"SELECT upper(string_agg(encode(sealed, 'hex'), ',')) FROM customer_secrets"_s
                                    : u"SELECT group_concat(hex(sealed)) FROM customer_secrets"_s);
    REQUIRE(raw.exec());
    REQUIRE(raw.next());
    const QByteArray stored = QByteArray::fromHex(raw.value(0).toString().remove(u',').toLatin1());
    CHECK_FALSE(stored.contains("110101199003074514"));
    CHECK_FALSE(stored.contains(QString(u"过敏"_s).toUtf8()));

    CHECK(*vault.reveal(li, FieldVault::kIdCard) == u"110101199003074514"_s);
    CHECK(*AuditLog::count(*db, u"reveal"_s) == 1);
    CHECK(vault.filledFields(li)->size() == 3);

    // A sealed value moved to another customer does not open (bound to customer and field).
    REQUIRE(db->exec(u"INSERT INTO customer_secrets (customer_id, field, sealed) SELECT %1, field, sealed FROM "
                     u"customer_secrets WHERE customer_id = %2 AND field = 'id_card'"_s.arg(wang).arg(li)).ok());
    CHECK_FALSE(vault.reveal(wang, FieldVault::kIdCard).ok());
    REQUIRE(db->exec(u"DELETE FROM customer_secrets WHERE customer_id = %1"_s.arg(wang)).ok());

    // Locked: the rest works, these fields do not.
    FieldVault::lock();
    CHECK(vault.reveal(li, FieldVault::kIdCard).error().code == Error::Code::Forbidden);
    CHECK(vault.filledFields(li)->contains(FieldVault::kPrivateNotes));
    CHECK(customers::PrivacyRequests::exportCustomer(*db, li).error().message.contains(u"locked"_s));
    CHECK(vault.unlock(u"wrong passphrase!"_s).error().code == Error::Code::Forbidden);

    // A new passphrase re-encrypts every value; the old one no longer opens anything.
    QSqlQuery before = db->prepare(u"SELECT sealed FROM customer_secrets ORDER BY field"_s);
    REQUIRE(before.exec());
    QStringList oldSealed;
    while (before.next())
        oldSealed.append(QString::fromLatin1(before.value(0).toByteArray().toHex()));
    CHECK(vault.changePassphrase(u"wrong passphrase!"_s, u"new passphrase 2026"_s).error().code == Error::Code::Forbidden);
    REQUIRE(vault.changePassphrase(u"春眠不觉晓，处处闻啼鸟"_s, u"new passphrase 2026"_s).ok());
    QSqlQuery after = db->prepare(u"SELECT sealed FROM customer_secrets ORDER BY field"_s);
    REQUIRE(after.exec());
    int i = 0;
    while (after.next())
        CHECK(QString::fromLatin1(after.value(0).toByteArray().toHex()) != oldSealed.value(i++));
    FieldVault::lock();
    CHECK_FALSE(vault.unlock(u"春眠不觉晓，处处闻啼鸟"_s).ok());
    REQUIRE(vault.unlock(u"new passphrase 2026"_s).ok());
    CHECK(*vault.reveal(li, FieldVault::kPrivateNotes) == u"对羊毛过敏"_s);
    const auto json = customers::PrivacyRequests::exportCustomer(*db, li);
    REQUIRE(json.ok());
    CHECK(json->value(u"sensitive"_s).toObject().value(u"shoe_size"_s).toString() == u"38"_s);

    // Staff never see them, unlocked or not.
    REQUIRE(UserDirectory(*db).add(u"boss"_s, Role::Owner, u"owner-password"_s).ok());
    REQUIRE(UserDirectory(*db).signIn(u"boss"_s, u"owner-password"_s).ok());
    REQUIRE(UserDirectory(*db).add(u"anna"_s, Role::Staff, u"staff-password"_s).ok());
    REQUIRE(UserDirectory(*db).signIn(u"anna"_s, u"staff-password"_s).ok());
    CHECK(vault.reveal(li, FieldVault::kIdCard).error().code == Error::Code::Forbidden);
    FieldVault::lock();
}

TEST_CASE("a vault unlocked for one shop does not open or seal another shop's fields", "[security][vault]")
{
    SignedOut guard;
    FieldVault::lock();
    auto shopA = clientele::test::memoryDatabase();
    auto shopB = clientele::test::memoryDatabase();
    const qint64 a = addCustomer(*shopA, u"甲"_s, u"13800000001"_s);
    const qint64 b = addCustomer(*shopB, u"乙"_s, u"13800000002"_s);
    REQUIRE(FieldVault(*shopB).setUp(u"passphrase of shop B"_s).ok());
    REQUIRE(FieldVault(*shopB).store(b, FieldVault::kIdCard, u"B-secret"_s).ok());
    REQUIRE(FieldVault(*shopA).setUp(u"passphrase of shop A"_s).ok()); // now A's key is held
    CHECK(FieldVault(*shopA).isUnlocked());
    CHECK_FALSE(FieldVault(*shopB).isUnlocked());
    CHECK(FieldVault(*shopB).store(b, FieldVault::kIdCard, u"sealed with A's key?"_s).error().code == Error::Code::Forbidden);
    CHECK(FieldVault(*shopB).reveal(b, FieldVault::kIdCard).error().code == Error::Code::Forbidden);
    REQUIRE(FieldVault(*shopA).store(a, FieldVault::kIdCard, u"A-secret"_s).ok());
    REQUIRE(FieldVault(*shopB).unlock(u"passphrase of shop B"_s).ok());
    CHECK(*FieldVault(*shopB).reveal(b, FieldVault::kIdCard) == u"B-secret"_s);
    FieldVault::lock();
}
