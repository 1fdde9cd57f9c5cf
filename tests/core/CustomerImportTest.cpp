#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "io/CustomerExporter.h"
#include "io/Importer.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
ImportReport importCustomers(storage::Database& db, const QString& path, ImportOptions options = {})
{
    options.kind = ImportKind::Customers;
    auto report = Importer::run(db, path, options);
    if (!report.ok())
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

// `import` run on an empty shop (an import's own rows looked up in memory; on a server its new
// customers sent in batches) and on a shop that already has one customer, 孙八 (row by row).
template <typename Import>
auto inEmptyAndSeededShop(const Import& import)
{
    auto empty = clientele::test::memoryDatabase();
    auto first = import(*empty);
    auto withCustomers = clientele::test::memoryDatabase();
    clientele::test::addCustomer(*withCustomers, u"孙八"_s, u"13900000000"_s);
    return std::pair{std::move(first), import(*withCustomers)};
}

Customer byCode(storage::Database& db, const QString& code)
{
    storage::CustomerRepository repo(db);
    auto found = repo.findByMemberCode(code);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    Customer c = **found;
    c.tags = repo.tags(c.id).value();
    return c;
}

QString problemsText(const ImportReport& report)
{
    QString text;
    // What became of each row first: skipped, skipped as a conflict, or imported with a warning.
    const std::pair<const char*, const QList<ImportProblem>*> lists[] = {
        {"skipped", &report.errors}, {"conflict", &report.conflicts}, {"warning", &report.warnings}};
    for (const auto& [kind, list] : lists)
        for (const auto& p : *list)
            text += QStringLiteral("%1|%2|%3|%4|%5\n").arg(QLatin1String(kind)).arg(p.line).arg(p.column, p.value, p.reason);
    return text;
}
} // namespace

TEST_CASE("a GBK file saved by Excel imports with every value normalized", "[import][customers]")
{
    auto db = clientele::test::memoryDatabase();
    const auto report = importCustomers(*db, dataPath(u"customers_gbk_excel.csv"_s));
    CHECK(report.encoding == u"GB18030"_s);
    CHECK(report.delimiter == u',');
    CHECK(report.rows == 6);
    CHECK(report.inserted == 6);
    CHECK(report.errorCount == 0);
    CHECK(report.flaggedPhones == 1);
    // The kept landline is named, not just counted.
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].line == 7); // physical line: VIP0004's note spans two
    CHECK(report.warnings[0].value == u"(021) 6234-5678"_s);
    CHECK(report.warningRows == 1);
    CHECK(report.droppedValues == 0);
    CHECK(report.batchId > 0);

    const Customer zhang = byCode(*db, u"VIP0001"_s);
    CHECK(zhang.name == u"张伟"_s);
    CHECK(zhang.phone == u"13800138000"_s);
    CHECK(zhang.gender == u"M"_s);
    CHECK(zhang.birthday == QDate(1985, 3, 7));
    CHECK(zhang.joinedOn == QDate(2023, 1, 15));
    CHECK(zhang.tags == QStringList{u"宝妈"_s, u"老客"_s});

    const Customer li = byCode(*db, u"VIP0002"_s);
    CHECK(li.phone == u"13900139001"_s); // +86 139-0013-9001
    CHECK(li.birthday == QDate(1990, 12, 1));
    CHECK(li.notes == u"喜欢\"小众\"品牌, 尺码M"_s);

    const Customer wang = byCode(*db, u"VIP0003"_s);
    CHECK(wang.phone == u"13700137002"_s); // full-width digits
    CHECK(wang.birthday == QDate(1992, 8, 15));
    CHECK(wang.joinedOn == QDate(2023, 3, 5));

    const Customer liu = byCode(*db, u"VIP0004"_s);
    CHECK(liu.phone == u"18600186003"_s); // 0086 prefix
    CHECK(liu.joinedOn == QDate(1899, 12, 30).addDays(45000)); // Excel serial
    CHECK(liu.notes == u"多行备注\n第二行"_s);

    const Customer chen = byCode(*db, u"VIP0005"_s);
    CHECK(chen.phone == u"02162345678"_s);
    CHECK_FALSE(chen.phoneValid);
}

TEST_CASE("a UTF-8 file with BOM and English headers; unmapped columns are reported", "[import][customers]")
{
    auto db = clientele::test::memoryDatabase();
    const auto report = importCustomers(*db, dataPath(u"customers_utf8_bom.csv"_s));
    CHECK(report.inserted == 3);
    REQUIRE(report.notes.size() == 1);
    CHECK(report.notes[0].contains(u"Loyalty Points"_s));
    CHECK(report.warnings.isEmpty());
    const Customer alice = byCode(*db, u"C-100"_s);
    CHECK(alice.email == u"alice@example.com"_s);
    CHECK(alice.tags == QStringList{u"vip"_s, u"wine"_s});
    CHECK(byCode(*db, u"C-102"_s).name == u"Cat Zhou"_s);
    CHECK(byCode(*db, u"C-102"_s).joinedOn == QDate(2024, 2, 29));
}

TEST_CASE("a semicolon file with day-first dates, decided from the column", "[import][customers]")
{
    auto db = clientele::test::memoryDatabase();
    const auto report = importCustomers(*db, dataPath(u"customers_semicolon.csv"_s));
    CHECK(report.delimiter == u';');
    CHECK(report.inserted == 3);
    CHECK(byCode(*db, u"S1"_s).birthday == QDate(1990, 3, 25));
    CHECK(byCode(*db, u"S2"_s).birthday == QDate(1985, 4, 5)); // 05/04 read day-first like its column
    CHECK(byCode(*db, u"S2"_s).joinedOn == QDate(2024, 2, 15));
    CHECK(byCode(*db, u"S1"_s).name == u"Anna Müller"_s);
}

TEST_CASE("a file full of errors: good rows import, bad rows are explained", "[import][customers][golden]")
{
    auto db = clientele::test::memoryDatabase();
    const auto report = importCustomers(*db, dataPath(u"customers_errors.csv"_s));
    CHECK(report.rows == 11);
    // bad birthday, future birthday, unknown gender and a bad e-mail: imported without them
    CHECK(report.inserted == 6);
    CHECK(report.errorRows == 3);
    CHECK(report.errorCount == 3);
    CHECK(report.conflictCount == 1);
    CHECK(report.duplicates == 0);     // an empty shop: nothing matches the database
    CHECK(report.repeatedInFile == 1); // line 11 repeats line 2
    CHECK(report.warningRows == 4);
    CHECK(report.droppedValues == 4);
    CHECK(report.skipped == 4);
    CHECK(report.rows == report.inserted + report.updated + report.unchanged + report.repeatedInFile +
                             report.errorRows + report.conflictCount);
    CHECK_FALSE(byCode(*db, u"E004"_s).birthday.isValid());
    CHECK(byCode(*db, u"E011"_s).gender.isEmpty());
    CHECK(clientele::test::matchesGolden(u"customers_errors.problems.txt"_s, problemsText(report)));

    // The exported error report names file, line, column, value and reason.
    const QString errorsCsv = clientele::test::outputPath(u"customers_errors.report.csv"_s);
    REQUIRE(ProblemExporter::exportCsv(report, errorsCsv, CsvWriter::Encoding::Utf8).ok());
    const QString exported = QString::fromUtf8(clientele::test::readFile(errorsCsv));
    CHECK(exported.startsWith(u"file,line,column,value,reason,outcome\r\n"_s));
    CHECK(exported.contains(u"customers_errors.csv,3,手机号,电话待补,not a phone number,skipped\r\n"_s));
    CHECK(exported.contains(u"customers_errors.csv,5,生日,1990-02-30,\"no such day: month 2 of 1990 has 28 days; "
                            u"imported without it\",imported\r\n"_s));
    // In file order: line 5's warning comes between line 4's error and line 8's.
    CHECK(exported.indexOf(u",4,"_s) < exported.indexOf(u",5,"_s));
    CHECK(exported.indexOf(u",5,"_s) < exported.indexOf(u",8,"_s));
}

TEST_CASE("duplicate policies: skip, fill empty fields, overwrite; all undoable", "[import][customers][undo]")
{
    auto db = clientele::test::memoryDatabase();
    const QString first = clientele::test::writeTempFile(
        u"会员卡号,姓名,手机,城市,邮箱\nD1,张三,13800000001,,\nD2,李四,13800000002,杭州,li@example.com\n"_s.toUtf8());
    const QString second = clientele::test::writeTempFile(
        u"会员卡号,姓名,手机,城市,邮箱,标签\nD1,张三,13800000001,上海,zs@example.com,新标签\nD2,李四,13800000002,苏州,,\n"_s
            .toUtf8());
    importCustomers(*db, first);

    SECTION("skip leaves customers alone")
    {
        const auto r = importCustomers(*db, second);
        CHECK(r.duplicates == 2);
        CHECK(r.unchanged == 2);
        CHECK(r.repeatedInFile == 0);
        CHECK(r.skipped == 0); // unchanged is not skipped: the counts add up to the rows
        CHECK(r.inserted + r.updated + r.unchanged + r.repeatedInFile + r.skipped == r.rows);
        CHECK(byCode(*db, u"D1"_s).city.isEmpty());
    }
    SECTION("fill only fills empty fields, and undo empties them again")
    {
        ImportOptions o;
        o.onDuplicate = DuplicatePolicy::Fill;
        const auto r = importCustomers(*db, second, o);
        CHECK(r.updated == 1);
        CHECK(r.unchanged == 1);
        CHECK(r.skipped == 0);
        CHECK(byCode(*db, u"D1"_s).city == u"上海"_s);
        CHECK(byCode(*db, u"D1"_s).email == u"zs@example.com"_s);
        CHECK(byCode(*db, u"D1"_s).tags == QStringList{u"新标签"_s});
        CHECK(byCode(*db, u"D2"_s).city == u"杭州"_s);

        storage::ImportBatchRepository batches(*db);
        const auto undone = batches.undo(r.batchId);
        REQUIRE(undone.ok());
        CHECK(undone->fieldsRestored == 2);
        CHECK(byCode(*db, u"D1"_s).city.isEmpty());
        CHECK(byCode(*db, u"D1"_s).email.isEmpty());
        CHECK(byCode(*db, u"D1"_s).tags.isEmpty());
        CHECK_FALSE(batches.undo(r.batchId).ok()); // not twice
    }
    SECTION("overwrite takes the file's values, undo restores the old ones")
    {
        ImportOptions o;
        o.onDuplicate = DuplicatePolicy::Overwrite;
        const auto r = importCustomers(*db, second, o);
        CHECK(r.updated == 2);
        CHECK(byCode(*db, u"D2"_s).city == u"苏州"_s);
        CHECK(byCode(*db, u"D2"_s).email == u"li@example.com"_s); // empty in the file: kept
        storage::ImportBatchRepository batches(*db);
        REQUIRE(batches.undo(r.batchId).ok());
        CHECK(byCode(*db, u"D2"_s).city == u"杭州"_s);
    }
}

TEST_CASE("duplicates inside one file merge by phone, then e-mail", "[import][customers]")
{
    auto db = clientele::test::memoryDatabase();
    const QString file = clientele::test::writeTempFile(
        u"姓名,手机,邮箱,城市\n张三,13800000001,,\n张三,138-0000-0001,zs@example.com,上海\n张三,,zs@example.com,北京\n"_s
            .toUtf8());
    ImportOptions o;
    o.onDuplicate = DuplicatePolicy::Fill;
    const auto r = importCustomers(*db, file, o);
    CHECK(r.inserted == 1);
    CHECK(r.duplicates == 0); // the shop was empty: these rows repeat line 2, not the database
    CHECK(r.repeatedInFile == 2);
    CHECK(r.updated == 0);
    storage::CustomerRepository repo(*db);
    CHECK(repo.count().value() == 1);
    const Customer c = *repo.findByPhone(u"13800000001"_s).value();
    CHECK(c.email == u"zs@example.com"_s);
    CHECK(c.city == u"上海"_s); // filled by line 3; line 4 does not overwrite
}

TEST_CASE("undoing a customer import removes the customers it created", "[import][customers][undo]")
{
    auto db = clientele::test::memoryDatabase();
    const auto r = importCustomers(*db, dataPath(u"customers_gbk_excel.csv"_s));
    storage::ImportBatchRepository batches(*db);
    const auto undone = batches.undo(r.batchId);
    REQUIRE(undone.ok());
    CHECK(undone->customersRemoved == 6);
    CHECK(storage::CustomerRepository(*db).count().value() == 0);
    const auto listed = batches.list().value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].undoneAt.isValid());
    CHECK(listed[0].inserted == 6);
}

TEST_CASE("a bad optional value leaves that field empty with a warning; the customer imports", "[import][customers]")
{
    clientele::core::Clock::Pinned today(QDate(2026, 11, 30));
    auto db = clientele::test::memoryDatabase();
    const QString file = clientele::test::writeTempFile(u"姓名,手机,生日,性别,入会日期,同意营销\n"
                                                        u"刘洋,13800000001,1995-02-30,男,2024-01-01,是\n"
                                                        u"王芳,13800000002,2027-01-01,女,2024-01-01,是\n"
                                                        u"张伟,13800000003,1990-01-01,不详,2099-05-05,也许\n"
                                                        u",,1990-01-01,男,,\n"
                                                        u",,,,,\n"
                                                        u"只有邮箱,,,,,\n"_s.toUtf8());
    const auto r = importCustomers(*db, file);
    CHECK(r.rows == 5);
    CHECK(r.inserted == 4);
    CHECK(r.warningRows == 3);
    CHECK(r.droppedValues == 5);
    REQUIRE(r.errorRows == 1); // only the row with nothing to identify the person is skipped
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 5);
    CHECK(r.errors[0].reason == u"no name, phone, member code, e-mail or WeChat ID"_s);

    REQUIRE(r.warnings.size() == 5);
    CHECK(r.warnings[0].line == 2);
    CHECK(r.warnings[0].column == u"生日"_s);
    CHECK(r.warnings[0].value == u"1995-02-30"_s);
    CHECK(r.warnings[0].reason.contains(u"imported without it"_s));
    CHECK(r.warnings[1].line == 3);
    CHECK(r.warnings[1].value == u"2027-01-01"_s);
    CHECK(r.warnings[1].reason.contains(u"future"_s));
    CHECK(r.warnings[2].line == 4);
    CHECK(r.warnings[2].column == u"性别"_s);
    CHECK(r.warnings[3].column == u"入会日期"_s);
    CHECK(r.warnings[4].column == u"同意营销"_s);

    storage::CustomerRepository repo(*db);
    const Customer liu = *repo.findByPhone(u"13800000001"_s).value();
    CHECK(liu.name == u"刘洋"_s);
    CHECK_FALSE(liu.birthday.isValid());
    CHECK(liu.gender == u"M"_s);
    CHECK_FALSE(repo.findByPhone(u"13800000002"_s).value()->birthday.isValid());
    const Customer zhang = *repo.findByPhone(u"13800000003"_s).value();
    CHECK(zhang.birthday == QDate(1990, 1, 1));
    CHECK(zhang.gender.isEmpty());
    CHECK_FALSE(zhang.joinedOn.isValid());
    CHECK_FALSE(zhang.marketingConsent); // an unreadable consent is no consent
}

TEST_CASE("a row repeated within the file is counted as a repeat, not as a match in an empty shop",
          "[import][customers]")
{
    auto db = clientele::test::memoryDatabase();
    const QString file = clientele::test::writeTempFile(
        u"会员卡号,姓名,手机\nR1,张三,13800000001\nR2,李四,13800000002\nR1,张三,13800000001\n"_s.toUtf8());
    ImportOptions dry;
    dry.dryRun = true;
    const auto checked = importCustomers(*db, file, dry);
    CHECK(checked.inserted == 2);
    CHECK(checked.duplicates == 0);
    CHECK(checked.unchanged == 0);
    CHECK(checked.repeatedInFile == 1);
    CHECK(checked.skipped == 0);

    importCustomers(*db, file);
    const auto again = importCustomers(*db, file); // now they are in the database
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 3);
    CHECK(again.unchanged == 3);
    CHECK(again.repeatedInFile == 0);
}

TEST_CASE("a first import finds its own earlier rows exactly as a shop with customers does", "[import][customers]")
{
    // In an empty shop the importer looks keys up in memory (AddedCustomerKeys); in a shop with
    // customers, in the database. Rows that repeat, merge, move a key to another value, free a
    // key for someone else, and clash must end the same either way.
    const QString file = clientele::test::writeTempFile(u"会员卡号,姓名,手机,邮箱,微信,城市\n"
                                                        "V1,张三,13800000001,a@x.com,zs_wx,上海\n"
                                                        ",张三,13800000001,b@x.com,,北京\n"
                                                        ",李四,,a@x.com,,广州\n"
                                                        ",张三,,b@x.com,,\n"
                                                        ",王五,13800000001,,,\n"
                                                        ",张三,,,zs_wx,深圳\n"
                                                        "V2,赵六,13800000002,,,\n"
                                                        "V2,赵六,13800000003,,,\n"
                                                        ",钱七,13800000002,,,\n"
                                                        ",赵六,13800000003,,,杭州\n"_s.toUtf8());
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicatePolicy::Overwrite;
    const auto outcome = [&](storage::Database& db) {
        const auto report = importCustomers(db, file, overwrite);
        QStringList rows;
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"SELECT COALESCE(member_code, ''), name, COALESCE(phone, ''), COALESCE(email, ''), "
                       "COALESCE(wechat_id, ''), city FROM customers WHERE name <> '孙八' ORDER BY id"_s));
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(u'|');
        return std::pair{report, rows};
    };
    const auto shops = inEmptyAndSeededShop(outcome);
    const auto& [first, firstRows] = shops.first;
    const auto& [later, laterRows] = shops.second;

    CHECK(firstRows == QStringList{u"V1|张三|13800000001|b@x.com|zs_wx|深圳"_s, u"|李四||a@x.com||广州"_s,
                                   u"V2|赵六|13800000003|||杭州"_s, u"|钱七|13800000002|||"_s});
    CHECK(laterRows == firstRows);
    CHECK(first.inserted == 4);
    CHECK(first.repeatedInFile == 5);
    REQUIRE(first.conflicts.size() == 1);
    CHECK(first.conflicts[0].line == 6);
    CHECK(problemsText(later) == problemsText(first));
    CHECK(later.inserted == first.inserted);
    CHECK(later.repeatedInFile == first.repeatedInFile);
}

TEST_CASE("a first import of thousands of customers writes what a row-by-row import writes", "[import][customers][undo]")
{
    // On a server a first import sends new customers and their tags in batches of 2,048 with ids
    // taken ahead (CustomerInsertBatch); in a shop with customers it writes row by row. 5,000 rows
    // with tags, a shop field, and rows that repeat earlier ones across batches must end the same,
    // search text included, and undo must take them all away.
    const Clock::Pinned evening(QDateTime(QDate(2026, 10, 31), QTime(18, 0)));
    QString csv = u"会员卡号,姓名,手机,城市,标签,肤质\n"_s;
    const auto line = [](int who, const QString& city, const QString& tags, const QString& skin) {
        return u"V%1,客户%1,139%2,%3,%4,%5\n"_s.arg(who).arg(who, 8, 10, QChar(u'0')).arg(city, tags, skin);
    };
    int repeats = 0;
    for (int i = 1; i <= 5000; ++i) {
        csv += line(i, u"上海"_s, i % 3 == 0 ? u"宝妈;VIP"_s : i % 7 == 0 ? u"学生"_s : QString(),
                    i % 5 == 0 ? u"油性"_s : QString());
        if (i % 97 == 0 && i > 2100) { // a customer of a batch or two back, moved, with a new tag and field
            csv += line(i - 2100, u"杭州"_s, u"回头客"_s, u"干性"_s);
            ++repeats;
        }
    }
    const QString file = clientele::test::writeTempFile(csv.toUtf8());
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Overwrite;
    options.newFields = {{u"肤质"_s, CustomField::Type::Text}};
    const auto dump = [](storage::Database& db) {
        QStringList out;
        const auto read = [&](const QString& sql) {
            QSqlQuery q(db.connection());
            REQUIRE(q.exec(sql));
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << q.value(c).toString();
                out << cells.join(u'|');
            }
        };
        read(u"SELECT member_code, name, name_sort, name_pinyin, phone, phone_valid, COALESCE(email, ''), city, "
             "marketing_consent, created_at, updated_at, CASE WHEN import_batch_id IS NULL THEN 1 ELSE 0 END FROM customers "
             "WHERE name <> '孙八' ORDER BY id"_s);
        read(u"SELECT name FROM tags ORDER BY id"_s);
        read(u"SELECT c.member_code, t.name, CASE WHEN ct.import_batch_id IS NULL THEN 1 ELSE 0 END FROM customer_tags ct "
             "JOIN customers c ON c.id = ct.customer_id JOIN tags t ON t.id = ct.tag_id ORDER BY c.id, t.name"_s);
        read(u"SELECT c.member_code, v.value FROM customer_field_values v JOIN customers c ON c.id = v.customer_id "
             "ORDER BY c.id"_s);
        read(u"SELECT s.haystack FROM customer_search_text s JOIN customers c ON c.id = s.id "
             "WHERE c.name <> '孙八' ORDER BY c.id"_s);
        return out;
    };
    const auto importAndUndo = [&](storage::Database& db) {
        const auto report = importCustomers(db, file, options);
        CHECK(report.inserted == 5000);
        CHECK(report.repeatedInFile == repeats);
        CHECK(report.errorRows == 0);
        const QStringList rows = dump(db);
        storage::ImportBatchRepository batches(db);
        REQUIRE(batches.undo(report.batchId).ok());
        QSqlQuery left(db.connection());
        REQUIRE(left.exec(u"SELECT COUNT(*) FROM customers WHERE name <> '孙八'"_s));
        REQUIRE(left.next());
        CHECK(left.value(0).toInt() == 0);
        return std::pair{report, rows};
    };
    const auto shops = inEmptyAndSeededShop(importAndUndo);
    const auto& [first, firstRows] = shops.first;
    const auto& [later, laterRows] = shops.second;

    CHECK(firstRows.size() > 5000 * 2);
    CHECK(repeats == 30);
    CHECK(firstRows.contains(u"V2100|宝妈|0"_s));  // a tag of the file (import batch set)
    CHECK(firstRows.contains(u"V2265|回头客|0"_s)); // 2265 = 97 × 45 − 2100: added by the repeating row
    CHECK(firstRows.contains(u"V5|油性"_s));
    CHECK(firstRows.contains(u"V2265|干性"_s)); // was 油性
    CHECK(laterRows == firstRows);
    CHECK(problemsText(later) == problemsText(first));
}

TEST_CASE("marketing consent: only when stated; a later file can record it, undo takes it back", "[import][consent]")
{
    auto db = clientele::test::memoryDatabase();
    const QString plain = clientele::test::writeTempFile("会员卡号,姓名,手机\nK1,张伟,13800138000\nK2,李娜,13900139000\n");
    CHECK(importCustomers(*db, plain).inserted == 2);
    CHECK_FALSE(byCode(*db, u"K1"_s).marketingConsent); // the file says nothing: no consent recorded

    // The same customers again, the owner stating they agreed: "skip" leaves them, "fill" records it.
    ImportOptions agreed;
    agreed.consentGiven = true;
    CHECK(importCustomers(*db, plain, agreed).unchanged == 2);
    CHECK_FALSE(byCode(*db, u"K1"_s).marketingConsent);
    agreed.onDuplicate = DuplicatePolicy::Fill;
    const ImportReport filled = importCustomers(*db, plain, agreed);
    CHECK(filled.updated == 2);
    CHECK(byCode(*db, u"K1"_s).marketingConsent);
    CHECK(byCode(*db, u"K2"_s).marketingConsent);

    // A consent column saying no: "fill" never withdraws, "overwrite" does.
    const QString refused = clientele::test::writeTempFile("会员卡号,姓名,营销同意\nK1,张伟,否\n");
    ImportOptions fill;
    fill.onDuplicate = DuplicatePolicy::Fill;
    importCustomers(*db, refused, fill);
    CHECK(byCode(*db, u"K1"_s).marketingConsent);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicatePolicy::Overwrite;
    const ImportReport withdrawn = importCustomers(*db, refused, overwrite);
    CHECK_FALSE(byCode(*db, u"K1"_s).marketingConsent);

    // Undo puts each value back.
    storage::ImportBatchRepository batches(*db);
    REQUIRE(batches.undo(withdrawn.batchId).ok());
    CHECK(byCode(*db, u"K1"_s).marketingConsent);
}
