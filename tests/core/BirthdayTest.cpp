#include "CatchCompat.h"

#include "TestSupport.h"

#include "care/CareRules.h"
#include "care/CareTaskGenerator.h"
#include "customers/CustomerForm.h"
#include "customers/DuplicateFinder.h"
#include "domain/Birthday.h"
#include "domain/Clock.h"
#include "io/CustomerExporter.h"
#include "io/DateParser.h"
#include "io/Importer.h"
#include "member/MemberRules.h"
#include "storage/CustomerRepository.h"

#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
QDate noYear(int month, int day)
{
    return QDate(birthday::kYearUnknown, month, day);
}

std::optional<QDate> monthDay(const QString& text, io::DayMonthOrder order = io::DayMonthOrder::MonthFirst)
{
    return io::DateParser::parseMonthDay(text, order, birthday::kYearUnknown);
}

io::ImportReport importCustomers(storage::Database& db, const QString& path,
                                 io::DuplicatePolicy policy = io::DuplicatePolicy::Skip)
{
    io::ImportOptions options = clientele::test::consenting();
    options.kind = io::ImportKind::Customers;
    options.onDuplicate = policy;
    auto report = io::Importer::run(db, path, options);
    if (!report.ok())
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

QDate birthdayOf(storage::Database& db, const QString& phone)
{
    auto found = storage::CustomerRepository(db).findByPhone(phone);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->birthday;
}
} // namespace

TEST_CASE("a birthday without the year: the forms members write it in", "[date][birthday]")
{
    CHECK(monthDay(u"3月15日"_s) == noYear(3, 15));
    CHECK(monthDay(u"３月１５号"_s) == noYear(3, 15)); // full-width digits, 号
    CHECK(monthDay(u"03-15"_s) == noYear(3, 15));
    CHECK(monthDay(u"--03-15"_s) == noYear(3, 15));  // ISO 8601, as the export writes it
    CHECK(monthDay(u"'--03-15"_s) == noYear(3, 15)); // behind a CSV's formula guard
    CHECK(monthDay(u"3/15"_s) == noYear(3, 15));
    CHECK(monthDay(u"15/3"_s) == noYear(3, 15)); // 15 cannot be a month
    CHECK(monthDay(u"4/5"_s, io::DayMonthOrder::DayFirst) == noYear(5, 4));
    CHECK(monthDay(u"4/5"_s) == noYear(4, 5));
    CHECK(monthDay(u"2月29日"_s) == noYear(2, 29)); // kept: 1604 is a leap year
    CHECK_FALSE(monthDay(u"2月30日"_s));
    CHECK_FALSE(monthDay(u"13/13"_s));
    CHECK_FALSE(monthDay(u"1990-03-15"_s)); // a whole date is DateParser::parse's
    CHECK_FALSE(monthDay(u"3月"_s));
    CHECK_FALSE(monthDay(u"315"_s));

    CHECK(birthday::isoText(noYear(3, 15)) == u"--03-15"_s);
    CHECK(birthday::isoText(QDate(1990, 3, 15)) == u"1990-03-15"_s);
    CHECK(birthday::formText(noYear(3, 15)) == u"03-15"_s);
    CHECK(birthday::isoText({}).isEmpty());
    CHECK_FALSE(birthday::yearKnown(noYear(3, 15)));
    CHECK(birthday::yearKnown(QDate(1990, 3, 15)));
    CHECK_FALSE(birthday::conflict(noYear(3, 15), QDate(1990, 3, 15)));
    CHECK(birthday::conflict(noYear(3, 15), QDate(1990, 3, 16)));
    CHECK(birthday::conflict(QDate(1991, 3, 15), QDate(1990, 3, 15)));
}

TEST_CASE("birthdays without the year: imported into an empty shop, edited, exported and read back",
          "[import][birthday]")
{
    Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const QString file = clientele::test::writeTempFile(u"姓名,手机,生日\n"
                                                        u"张三,13800000001,3月15日\n"
                                                        u"李四,13800000002,--02-29\n"
                                                        u"王五,13800000003,12/25\n"
                                                        u"赵六,13800000004,1990-07-01\n"
                                                        u"钱七,13800000005,2月30日\n"_s.toUtf8());
    const auto report = importCustomers(db, file);
    CHECK(report.inserted == 5);
    REQUIRE(report.warnings.size() == 1); // 2月30日 is no day: that customer is imported without it
    CHECK(report.warnings[0].line == 6);
    CHECK(report.warnings[0].reason.contains(u"without the year"_s));
    CHECK(birthdayOf(db, u"13800000001"_s) == noYear(3, 15));
    CHECK(birthdayOf(db, u"13800000002"_s) == noYear(2, 29));
    CHECK(birthdayOf(db, u"13800000003"_s) == noYear(12, 25));
    CHECK(birthdayOf(db, u"13800000004"_s) == QDate(1990, 7, 1));
    CHECK_FALSE(birthdayOf(db, u"13800000005"_s).isValid());

    // The profile form shows "03-15" and reads it back unchanged.
    auto zhang = storage::CustomerRepository(db).findByPhone(u"13800000001"_s);
    REQUIRE(zhang.ok());
    const auto values = customers::CustomerForm::valuesOf(**zhang);
    CHECK(values.value(io::ImportField::Birthday) == u"03-15"_s);
    const auto parsed = customers::CustomerForm::parse(values, Clock::today());
    CHECK(parsed.problems.isEmpty());
    CHECK(parsed.customer.birthday == noYear(3, 15));

    // The export writes ISO 8601's --MM-DD; a new shop importing that file has the same birthdays.
    const QString exported = QDir(dir.path()).filePath(u"customers.csv"_s);
    REQUIRE(io::CustomerExporter::exportCsv(db, exported, io::CsvWriter::Encoding::Utf8Bom).ok());
    const QString text = QString::fromUtf8(clientele::test::readFile(exported));
    CHECK(text.contains(u",'--03-15,"_s)); // behind the CSV's formula guard, as every cell starting with -
    CHECK(text.contains(u",1990-07-01,"_s));
    CHECK_FALSE(text.contains(u"1604"_s));
    QTemporaryDir other;
    auto copy = storage::Database::open(clientele::test::shopLocation(other.path()));
    REQUIRE(copy.ok());
    CHECK(importCustomers(**copy, exported).inserted == 5);
    CHECK(birthdayOf(**copy, u"13800000002"_s) == noYear(2, 29));
    CHECK(birthdayOf(**copy, u"13800000004"_s) == QDate(1990, 7, 1));

    // A later file with the year fills it in; one without the year never takes a known year away.
    const QString withYear = clientele::test::writeTempFile(u"手机,生日\n13800000001,1985-03-15\n"_s.toUtf8());
    importCustomers(db, withYear, io::DuplicatePolicy::Fill);
    CHECK(birthdayOf(db, u"13800000001"_s) == QDate(1985, 3, 15));
    const QString withoutYear = clientele::test::writeTempFile(u"手机,生日\n13800000004,07-01\n"_s.toUtf8());
    importCustomers(db, withoutYear, io::DuplicatePolicy::Overwrite);
    CHECK(birthdayOf(db, u"13800000004"_s) == QDate(1990, 7, 1));
}

TEST_CASE("a birthday without the year greets, doubles points and compares like any other", "[care][birthday]")
{
    care::CareRule greet;
    for (const care::CareRule& r : care::CareRules::defaults())
        if (r.key == u"birthday")
            greet = r;
    REQUIRE(greet.key == u"birthday"_s);
    care::CareCustomer leap;
    leap.id = 1;
    leap.name = u"李四"_s;
    leap.birthday = noYear(2, 29);
    auto tasks = care::CareTaskGenerator::generate({greet}, {leap}, QDate(2028, 2, 1), QDate(2028, 2, 29));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2028, 2, 22)); // a leap year: the day itself, 7 days ahead
    tasks = care::CareTaskGenerator::generate({greet}, {leap}, QDate(2027, 2, 1), QDate(2027, 2, 28));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2027, 2, 21));
    CHECK_FALSE(tasks[0].reason.contains(u"1604"_s));

    member::MemberRules rules;
    rules.birthdayMonthDouble = true;
    CHECK(rules.pointsEarned(10000, QString(), QDate(2027, 3, 10), noYear(3, 15)) ==
          2 * rules.pointsEarned(10000, QString(), QDate(2027, 4, 10), noYear(3, 15)));

    Customer a, b;
    a.birthday = noYear(3, 15);
    b.birthday = QDate(1990, 3, 15);
    CHECK(customers::DuplicateFinder::conflicts(a, b).isEmpty());
    b.birthday = QDate(1990, 3, 16);
    REQUIRE(customers::DuplicateFinder::conflicts(a, b).size() == 1);
    CHECK(customers::DuplicateFinder::conflicts(a, b)[0].contains(u"--03-15"_s));
}
