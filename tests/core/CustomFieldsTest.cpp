// Issue 14, fields the shop defines: the WeChat ID as a built-in contact field and the owner's own
// fields (肤质, 尺码 …), through the user's path — an empty shop, a CSV imported by ImportService,
// the export, undo.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "customers/CustomFieldCatalog.h"
#include "customers/DuplicateFinder.h"
#include "io/CustomFieldParser.h"
#include "io/CustomerExporter.h"
#include "io/ImportService.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"

#include <QFile>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

namespace {
// A salon's member list: WeChat IDs, skin types, sizes and a points column with one bad value.
const QByteArray kSalonCsv = "会员卡号,姓名,手机,微信号,肤质,尺码,积分\n"
                             "V001,张伟,13800138000,zhangwei_88,干性,M,abc\n"
                             "V002,李娜,13900139000,lina-2024,油性,L,120\n"
                             "V003,王芳,13700137000,wangfang,混合,XL,\"1,234.5\"\n";

ImportService::Outcome importCsv(storage::Database& db, const QByteArray& csv, ImportOptions options = {})
{
    options.kind = ImportKind::Customers;
    auto outcome = ImportService::run(db, clientele::test::writeTempFile(csv), options);
    if (!outcome.ok())
        FAIL(outcome.error().message.toStdString());
    return std::move(outcome).value();
}

CustomField sizeField()
{
    CustomField size;
    size.key = u"size"_s;
    size.label = u"尺码"_s;
    size.type = CustomField::Type::Choice;
    size.choices = {u"S"_s, u"M"_s, u"L"_s};
    return size;
}

QHash<QString, QString> fieldsOf(storage::Database& db, const QString& code)
{
    const auto customer = storage::CustomerRepository(db).findByMemberCode(code).value();
    REQUIRE(customer.has_value());
    return storage::CustomFieldRepository(db).values(customer->id).value();
}

const ImportProblem* warningAt(const ImportReport& report, qint64 line, const QString& column)
{
    for (const auto& w : report.warnings)
        if (w.line == line && w.column == column)
            return &w;
    return nullptr;
}
} // namespace

TEST_CASE("an empty shop imports WeChat IDs and shop fields from one CSV", "[fields][import]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(customers::CustomFieldCatalog::define(*db, sizeField()).ok());

    ImportOptions options;
    options.newFields = {{u"肤质"_s, CustomField::Type::Choice}, {u"积分"_s, CustomField::Type::Number}};
    const auto outcome = importCsv(*db, kSalonCsv, options);
    const ImportReport& r = outcome.report;
    CHECK(r.inserted == 3);
    CHECK(r.errorRows == 0);

    // 微信号 is the built-in WeChat ID.
    const auto zhang = storage::CustomerRepository(*db).findByMemberCode(u"V001"_s).value();
    REQUIRE(zhang.has_value());
    CHECK(zhang->wechatId == u"zhangwei_88"_s);

    // --new-field made 肤质 a choice field offering the column's values, and 积分 a number field.
    const auto skin = storage::CustomFieldRepository(*db).findByKey(u"fuzhi"_s).value();
    REQUIRE(skin.has_value());
    CHECK(skin->label == u"肤质"_s);
    CHECK(skin->type == CustomField::Type::Choice);
    CHECK(skin->choices == QStringList{u"干性"_s, u"油性"_s, u"混合"_s});
    CHECK(r.newFields.size() == 2);

    // 尺码 matched the existing field by its label.
    CHECK(fieldsOf(*db, u"V001"_s).value(u"fuzhi"_s) == u"干性"_s);
    CHECK(fieldsOf(*db, u"V001"_s).value(u"size"_s) == u"M"_s);
    CHECK(fieldsOf(*db, u"V003"_s).value(u"fuzhi"_s) == u"混合"_s);
    CHECK(fieldsOf(*db, u"V003"_s).value(r.newFields[1]) == u"1234.5"_s);

    // Bad values: the row imports without them, each warning names line, column, value and why
    // (as a bad birthday does), and they count as values left out (strict mode refuses them).
    CHECK(r.droppedValues == 2);
    const ImportProblem* points = warningAt(r, 2, u"积分"_s);
    REQUIRE(points);
    CHECK(points->value == u"abc"_s);
    CHECK(points->reason == u"not a number (expected e.g. 12 or 12.5); imported without it"_s);
    const ImportProblem* size = warningAt(r, 4, u"尺码"_s);
    REQUIRE(size);
    CHECK(size->value == u"XL"_s);
    CHECK(size->reason.startsWith(u"not one of the choices (S, M, L)"_s));
    CHECK_FALSE(fieldsOf(*db, u"V003"_s).contains(u"size"_s));
    CHECK_FALSE(fieldsOf(*db, u"V001"_s).contains(r.newFields[1]));

    // The WeChat ID is searchable like a phone or an e-mail.
    storage::CustomerFilter search;
    search.search = u"zhangwei_8"_s;
    const auto found = storage::CustomerQueries::list(*db, search, storage::CustomerSort::Name, false, 10).value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == u"张伟"_s);

    // The list filters by a shop field (choice: equals; number: range) and carries its values.
    storage::CustomerFilter oily;
    oily.fields.append({skin->id, u"油性"_s, {}, {}, {}, false});
    const auto oilyRows = storage::CustomerQueries::list(*db, oily, storage::CustomerSort::Name, false, 10).value();
    REQUIRE(oilyRows.size() == 1);
    CHECK(oilyRows[0].name == u"李娜"_s);
    CHECK(oilyRows[0].fields.value(u"size"_s) == u"L"_s);
    const auto pointsField = storage::CustomFieldRepository(*db).findByKey(r.newFields[1]).value();
    storage::CustomerFilter many;
    many.fields.append({pointsField->id, {}, {}, u"1000"_s, {}, true});
    CHECK(storage::CustomerQueries::count(*db, many).value() == 1);
}

TEST_CASE("the export carries the WeChat ID and the shop fields under their labels", "[fields][export]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(customers::CustomFieldCatalog::define(*db, sizeField()).ok());
    ImportOptions options;
    options.newFields = {{u"肤质"_s, CustomField::Type::Choice}};
    importCsv(*db, kSalonCsv, options);

    const QString path = clientele::test::outputPath(u"custom_fields_export.csv"_s);
    REQUIRE(CustomerExporter::exportCsv(*db, path, CsvWriter::Encoding::Utf8).ok());
    const QStringList lines = QString::fromUtf8(clientele::test::readFile(path)).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    const QStringList header = lines[0].trimmed().split(u',');
    CHECK(header.contains(u"WeChat ID"_s)); // headers a person reads, mapped back on import
    CHECK(header.mid(header.size() - 2) == QStringList{u"尺码"_s, u"肤质"_s});
    CHECK(lines[1].contains(u"zhangwei_88"_s));
    CHECK(lines[2].trimmed().endsWith(u",L,油性"_s));

    // Re-imported into another shop with the same fields, the labels map back.
    auto other = clientele::test::memoryDatabase();
    REQUIRE(customers::CustomFieldCatalog::define(*other, sizeField()).ok());
    CustomField skin;
    skin.key = u"skin"_s;
    skin.label = u"肤质"_s;
    skin.type = CustomField::Type::Text;
    REQUIRE(customers::CustomFieldCatalog::define(*other, skin).ok());
    const auto again = importCsv(*other, clientele::test::readFile(path));
    CHECK(again.report.inserted == 3);
    CHECK(fieldsOf(*other, u"V002"_s).value(u"skin"_s) == u"油性"_s);
    CHECK(fieldsOf(*other, u"V002"_s).value(u"size"_s) == u"L"_s);
    const auto lina = storage::CustomerRepository(*other).findByMemberCode(u"V002"_s).value();
    CHECK(lina->wechatId == u"lina-2024"_s);
}

TEST_CASE("undoing an import removes its field values and keeps the field", "[fields][undo]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions options;
    options.newFields = {{u"肤质"_s, CustomField::Type::Choice}};
    const auto first = importCsv(*db, kSalonCsv, options);

    // A second file changes 张伟's skin type and gives 李娜 a size field value for the first time.
    REQUIRE(customers::CustomFieldCatalog::define(*db, sizeField()).ok());
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicatePolicy::Overwrite;
    const auto second = importCsv(*db, "会员卡号,肤质,尺码\nV001,油性,\nV002,,S\n", overwrite);
    CHECK(second.report.updated == 2);
    CHECK(fieldsOf(*db, u"V001"_s).value(u"fuzhi"_s) == u"油性"_s);
    CHECK(fieldsOf(*db, u"V002"_s).value(u"size"_s) == u"S"_s);

    REQUIRE(ImportService::undo(*db, second.report.batchId).ok());
    CHECK(fieldsOf(*db, u"V001"_s).value(u"fuzhi"_s) == u"干性"_s); // the overwritten value is back
    CHECK_FALSE(fieldsOf(*db, u"V002"_s).contains(u"size"_s));       // the new one is gone

    // Undoing the first import removes its customers and values; the field it made stays defined.
    REQUIRE(ImportService::undo(*db, first.report.batchId).ok());
    storage::CustomFieldRepository fields(*db);
    const auto skin = fields.findByKey(u"fuzhi"_s).value();
    REQUIRE(skin.has_value());
    CHECK(fields.valueCount(skin->id).value() == 0);
}

TEST_CASE("a dry run or a strict refusal makes no field", "[fields][import]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions options;
    options.newFields = {{u"积分"_s, CustomField::Type::Number}};
    options.dryRun = true;
    const auto dry = importCsv(*db, kSalonCsv, options);
    CHECK(dry.report.newFields == QStringList{u"jifen"_s});
    CHECK(storage::CustomFieldRepository(*db).list().value().isEmpty());

    options.dryRun = false;
    options.strict = true; // "abc" would be left out
    const auto strict = importCsv(*db, kSalonCsv, options);
    CHECK(strict.report.refused);
    CHECK(storage::CustomFieldRepository(*db).list().value().isEmpty());

    // A column that is not there, or one already imported as a built-in field, is refused by name.
    ImportOptions wrong;
    wrong.kind = ImportKind::Customers;
    wrong.newFields = {{u"发色"_s, CustomField::Type::Text}};
    auto missing = ImportService::run(*db, clientele::test::writeTempFile(kSalonCsv), wrong);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(u"发色"_s));
    wrong.newFields = {{u"手机"_s, CustomField::Type::Text}};
    auto builtIn = ImportService::run(*db, clientele::test::writeTempFile(kSalonCsv), wrong);
    REQUIRE_FALSE(builtIn.ok());
    CHECK(builtIn.error().message.contains(u"手机"_s));
}

TEST_CASE("shop field values are checked by type", "[fields]")
{
    CustomField number;
    number.type = CustomField::Type::Number;
    CHECK(CustomFieldParser::parse(number, u"1,234.5"_s).value == u"1234.5"_s);
    CHECK(CustomFieldParser::parse(number, u"１２"_s).value == u"12"_s);
    CHECK_FALSE(CustomFieldParser::parse(number, u"abc"_s).ok);
    CHECK_FALSE(CustomFieldParser::parse(number, u"12,5"_s).ok); // comma decimals are ambiguous: refused
    CustomField date;
    date.type = CustomField::Type::Date;
    CHECK(CustomFieldParser::parse(date, u"2024年5月1日"_s).value == u"2024-05-01"_s);
    CHECK_FALSE(CustomFieldParser::parse(date, u"2024-02-30"_s).ok);
    CustomField choice;
    choice.type = CustomField::Type::Choice;
    choice.choices = {u"S"_s, u"M"_s};
    CHECK(CustomFieldParser::parse(choice, u" m "_s).value == u"M"_s);
    CHECK_FALSE(CustomFieldParser::parse(choice, u"XL"_s).ok);
    CHECK(CustomFieldParser::parse(choice, QString()).ok); // empty: no value, not an error
    CHECK(CustomFieldParser::proposeChoices({u"a"_s, u"b"_s, u"A"_s, u""_s}) == QStringList{u"a"_s, u"b"_s});
    QStringList many;
    for (int i = 0; i < 21; ++i)
        many.append(QString::number(i));
    CHECK(CustomFieldParser::proposeChoices(many).isEmpty());
}

TEST_CASE("field definitions are checked; removing one says how many values went", "[fields]")
{
    auto db = clientele::test::memoryDatabase();
    CustomField field = sizeField();
    field.key = u"phone"_s; // built-in
    CHECK_FALSE(customers::CustomFieldCatalog::define(*db, field).ok());
    field.key = u"Size!"_s;
    CHECK_FALSE(customers::CustomFieldCatalog::define(*db, field).ok());
    field.key = u"size"_s;
    field.choices.clear();
    CHECK_FALSE(customers::CustomFieldCatalog::define(*db, field).ok()); // a choice list needs choices
    REQUIRE(customers::CustomFieldCatalog::define(*db, sizeField()).ok());
    CHECK_FALSE(customers::CustomFieldCatalog::define(*db, sizeField()).ok()); // same key again

    importCsv(*db, kSalonCsv);
    // M and L are in use: dropping them is refused, adding one is fine.
    CHECK_FALSE(customers::CustomFieldCatalog::setChoices(*db, u"size"_s, {u"S"_s}).ok());
    REQUIRE(customers::CustomFieldCatalog::setChoices(*db, u"size"_s, {u"S"_s, u"M"_s, u"L"_s, u"XL"_s}).ok());
    REQUIRE(customers::CustomFieldCatalog::rename(*db, u"size"_s, u"衣服尺码"_s).ok());
    CHECK(storage::CustomFieldRepository(*db).findByKey(u"size"_s).value()->label == u"衣服尺码"_s);
    const auto removed = customers::CustomFieldCatalog::remove(*db, u"size"_s);
    REQUIRE(removed.ok());
    CHECK(*removed == 2);
}

TEST_CASE("two customers with one WeChat ID are duplicates", "[fields][duplicates]")
{
    auto db = clientele::test::memoryDatabase();
    storage::CustomerRepository repo(*db);
    Customer a;
    a.name = u"周杰"_s;
    a.wechatId = u"zhoujie"_s;
    Customer b = a;
    b.name = u"周 杰"_s;
    const qint64 idA = repo.insert(a).value();
    repo.insert(b).value();
    const auto candidates = customers::DuplicateFinder::candidatesFor(*db, idA, 10).value();
    REQUIRE(candidates.size() == 1);
    CHECK(candidates[0].reasons.contains(u"same WeChat ID"_s));
    CHECK(customers::DuplicateFinder::allPairs(*db, 10).value().size() == 1);
}
