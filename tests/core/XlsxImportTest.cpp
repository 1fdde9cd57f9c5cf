// Excel workbooks through the user's path: ImportService on .xlsx files, beside the same data as CSV.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "demo/DemoShop.h"
#include "domain/Clock.h"
#include "io/CsvReader.h"
#include "io/CustomerExporter.h"
#include "io/ImportService.h"
#include "io/ImportSource.h"
#include "io/xlsx/CellFormat.h"
#include "io/DateParser.h"
#include "io/xlsx/XlsxWriter.h"
#include "io/xlsx/ZipArchive.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;
using clientele::test::memoryDatabase;

namespace {

QString fixture(const QString& name)
{
    return dataPath(u"xlsx/"_s + name);
}

// A CSV of the demo shop as a workbook, cell by cell: dates as Excel dates, amounts as numbers in
// yuan, everything else as text (what a shop owner's Excel holds).
void csvToXlsx(const QString& csvPath, const QString& xlsxPath, bool sharedStrings)
{
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, u"UTF-8"_s, u',');
    CsvRecord header;
    REQUIRE(reader.next(header));
    xlsx::XlsxWriter writer(xlsxPath, sharedStrings);
    REQUIRE(writer.open().ok());
    REQUIRE(writer.addSheet(u"数据"_s).ok());
    writer.header(header.fields);
    CsvRecord record;
    while (reader.next(record)) {
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString& name = header.fields[i];
            const QString& value = record.fields[i];
            const int col = int(i);
            if ((name == u"生日" || name == u"入会日期") && !value.isEmpty()) {
                writer.date(col, QDate::fromString(value, Qt::ISODate));
            } else if (name == u"下单时间") {
                writer.dateTime(col, QDateTime::fromString(value, u"yyyy-MM-dd HH:mm:ss"_s));
            } else if (name == u"实付金额") {
                writer.money(col, std::llround(value.toDouble() * 100));
            } else {
                writer.text(col, value);
            }
        }
        writer.endRow();
    }
    REQUIRE(!reader.error());
    REQUIRE(writer.commit().ok());
}

// A customer's tags in a fixed order (a server lists them in no promised order).
QStringList sorted(QStringList tags)
{
    tags.sort();
    return tags;
}

QList<storage::CustomerListRow> everyone(const storage::Database& db)
{
    auto rows = storage::CustomerQueries::list(db, {}, storage::CustomerSort::MemberCode, false, 100000);
    REQUIRE(rows.ok());
    return *rows;
}

Customer byCode(const storage::Database& db, const QString& code)
{
    Customer found;
    REQUIRE(storage::CustomerQueries::forEachForExport(db, {}, [&](const Customer& c) {
                if (c.memberCode == code)
                    found = c;
            }).ok());
    return found;
}

QByteArray sheetXml(const QString& path)
{
    xlsx::ZipArchive zip(path);
    REQUIRE(zip.open());
    auto sheet = zip.openEntry(u"xl/worksheets/sheet1.xml"_s);
    REQUIRE(sheet);
    return sheet->readAll();
}


// A zip of stored (uncompressed) entries: enough to rebuild a workbook with one part changed.
quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void writeStoredZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    QByteArray out;
    QByteArray directory;
    const auto u16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& b, quint32 v) { u16(b, quint16(v & 0xFFFF)); u16(b, quint16(v >> 16)); };
    for (const auto& [name, data] : entries) {
        const QByteArray n = name.toUtf8();
        const quint32 crc = crc32(data);
        const auto offset = quint32(out.size());
        u32(out, 0x04034b50); u16(out, 20); u16(out, 0x0800); u16(out, 0); u16(out, 0); u16(out, 0x21);
        u32(out, crc); u32(out, quint32(data.size())); u32(out, quint32(data.size()));
        u16(out, quint16(n.size())); u16(out, 0);
        out.append(n).append(data);
        u32(directory, 0x02014b50); u16(directory, 20); u16(directory, 20); u16(directory, 0x0800); u16(directory, 0);
        u16(directory, 0); u16(directory, 0x21); u32(directory, crc); u32(directory, quint32(data.size()));
        u32(directory, quint32(data.size())); u16(directory, quint16(n.size())); u16(directory, 0); u16(directory, 0);
        u16(directory, 0); u16(directory, 0); u32(directory, 0); u32(directory, offset);
        directory.append(n);
    }
    const auto directoryAt = quint32(out.size());
    out.append(directory);
    u32(out, 0x06054b50); u16(out, 0); u16(out, 0); u16(out, quint16(entries.size())); u16(out, quint16(entries.size()));
    u32(out, quint32(directory.size())); u32(out, directoryAt); u16(out, 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(out) == out.size());
}

// The workbook at `from` again at `to`, switched to the 1904 date system (workbookPr date1904="1")
// as Excel for Mac saves it; its cells unchanged.
void switchTo1904(const QString& from, const QString& to)
{
    xlsx::ZipArchive zip(from);
    REQUIRE(zip.open());
    QList<std::pair<QString, QByteArray>> entries;
    for (const QString& name : {u"[Content_Types].xml"_s, u"_rels/.rels"_s, u"docProps/app.xml"_s, u"docProps/core.xml"_s,
                               u"xl/workbook.xml"_s, u"xl/_rels/workbook.xml.rels"_s, u"xl/styles.xml"_s,
                               u"xl/theme/theme1.xml"_s, u"xl/worksheets/sheet1.xml"_s, u"xl/sharedStrings.xml"_s}) {
        if (!zip.contains(name))
            continue;
        auto entry = zip.openEntry(name);
        REQUIRE(entry);
        QByteArray data = entry->readAll();
        if (name == u"xl/workbook.xml"_s) {
            REQUIRE(data.contains("<workbookPr"));
            data.replace("<workbookPr", "<workbookPr date1904=\"1\"");
        }
        entries.append({name, data});
    }
    writeStoredZip(to, entries);
}
} // namespace

TEST_CASE("a 1904 workbook's plain-number dates count from 1904", "[xlsx]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    // Dates typed as plain numbers (General format), as a till's export often leaves them.
    const QString plain = dir.filePath(u"plain.xlsx"_s);
    {
        xlsx::XlsxWriter writer(plain);
        REQUIRE(writer.open().ok());
        REQUIRE(writer.addSheet(u"客户"_s).ok());
        writer.header({u"会员卡号"_s, u"姓名"_s, u"手机"_s, u"生日"_s, u"入会日期"_s});
        writer.text(0, u"M1"_s);
        writer.text(1, u"王芳"_s);
        writer.text(2, u"13812345678"_s);
        writer.integer(3, 31548);   // 1904 system: 1990-05-17 (1900 system: 1986-05-16)
        writer.number(4, 44864.5);  // 1904 system: 2026-10-31 noon
        writer.endRow();
        REQUIRE(writer.commit().ok());
    }
    const QString mac = dir.filePath(u"mac.xlsx"_s);
    switchTo1904(plain, mac);

    auto inMac = memoryDatabase();
    auto r = ImportService::run(*inMac, mac, {});
    REQUIRE(r.ok());
    REQUIRE(r->report.inserted == 1);
    CHECK(byCode(*inMac, u"M1"_s).birthday == QDate(1990, 5, 17));
    CHECK(byCode(*inMac, u"M1"_s).joinedOn == QDate(2026, 10, 31));

    // The same cells in a 1900 workbook keep their 1900 meaning.
    auto inPc = memoryDatabase();
    REQUIRE(ImportService::run(*inPc, plain, {}).ok());
    CHECK(byCode(*inPc, u"M1"_s).birthday == QDate(1986, 5, 16));
    CHECK(DateParser::parse(u"31548", DayMonthOrder::MonthFirst, DateSystem::Excel1904)->date == QDate(1990, 5, 17));
}

TEST_CASE("Excel serials and numbers read as the sheet shows them", "[xlsx]")
{
    using xlsx::CellFormat;
    using xlsx::serialToText;
    // 1900 system, with Excel's 1900-02-29 (serial 60) kept as the day that never was.
    CHECK(serialToText(1, false, false) == u"1900-01-01"_s);
    CHECK(serialToText(59, false, false) == u"1900-02-28"_s);
    CHECK(serialToText(60, false, false) == u"1900-02-29"_s);
    CHECK(serialToText(61, false, false) == u"1900-03-01"_s);
    CHECK(serialToText(45292, false, false) == u"2024-01-01"_s);
    CHECK(serialToText(45292.75, false, true) == u"2024-01-01 18:00:00"_s);
    // 1904 system: four years and a day apart.
    CHECK(serialToText(0, true, false) == u"1904-01-01"_s);
    CHECK(serialToText(45292 - 1462, true, false) == u"2024-01-01"_s);

    const CellFormat general = CellFormat::classify(0, {});
    CHECK(formatNumber(u"13812345678", general, false) == u"13812345678"_s);
    CHECK(formatNumber(u"1.3812345678E10", general, false) == u"13812345678"_s);
    CHECK(formatNumber(u"17850", CellFormat::classify(1, {}), false) == u"17850"_s);
    CHECK(formatNumber(u"0.30000000000000004", general, false) == u"0.3"_s);
    CHECK(formatNumber(u"12.5", CellFormat::classify(2, {}), false) == u"12.50"_s);
    CHECK(formatNumber(u"0.125", CellFormat::classify(10, {}), false) == u"12.50%"_s);
    CHECK(formatNumber(u"13812345678", CellFormat::classify(11, {}), false) == u"13812345678"_s); // 0.00E+00
    CHECK(CellFormat::classify(165, u"yyyy\"年\"m\"月\"d\"日\"").kind == CellFormat::Kind::Date);
    CHECK(CellFormat::classify(166, u"[$-804]yyyy/m/d h:mm").kind == CellFormat::Kind::DateTime);
    CHECK(CellFormat::classify(167, u"[Red]0.00_);(0.00)").kind == CellFormat::Kind::Fixed);
    CHECK(CellFormat::classify(168, u"0.00E+00").kind == CellFormat::Kind::Fixed);
    CHECK(formatNumber(u"45292", CellFormat::classify(14, {}), false) == u"2024-01-01"_s);
}

TEST_CASE("the demo shop as workbooks imports exactly as its CSV files do", "[xlsx]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    demo::DemoOptions options;
    options.customers = 300;
    options.orders = 3000;
    options.seed = 7;
    options.endDate = QDate(2026, 10, 31);
    const auto files = demo::DemoShop::writeCsv(options, dir.path());
    REQUIRE(files.ok());
    const QString customersXlsx = dir.filePath(u"customers.xlsx"_s);
    const QString ordersXlsx = dir.filePath(u"orders.xlsx"_s);
    csvToXlsx(files->customersCsv, customersXlsx, /*sharedStrings=*/true);
    csvToXlsx(files->ordersCsv, ordersXlsx, /*sharedStrings=*/false); // inline strings

    auto fromCsv = memoryDatabase();
    auto fromXlsx = memoryDatabase();
    const auto importBoth = [&](const QString& csv, const QString& xlsx, ImportKind kind) {
        ImportOptions o;
        o.kind = kind;
        auto a = ImportService::run(*fromCsv, csv, o);
        auto b = ImportService::run(*fromXlsx, xlsx, o);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(b->report.sheet == u"数据"_s);
        CHECK(a->report.rows == b->report.rows);
        CHECK(a->report.inserted == b->report.inserted);
        CHECK(a->report.errorRows == b->report.errorRows);
        CHECK(a->report.warningRows == b->report.warningRows);
        CHECK(b->report.notes == a->report.notes);
        CHECK(a->report.mapping.toJson() == b->report.mapping.toJson());
    };
    importBoth(files->customersCsv, customersXlsx, ImportKind::Customers);
    importBoth(files->ordersCsv, ordersXlsx, ImportKind::Orders);

    const auto a = everyone(*fromCsv);
    const auto b = everyone(*fromXlsx);
    REQUIRE(a.size() == 300);
    REQUIRE(a.size() == b.size());
    qint64 spend = 0;
    int mismatches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool same = a[i].memberCode == b[i].memberCode && a[i].name == b[i].name && a[i].phone == b[i].phone &&
                          a[i].email == b[i].email && a[i].city == b[i].city && sorted(a[i].tags) == sorted(b[i].tags) &&
                          a[i].orders == b[i].orders && a[i].totalSpend == b[i].totalSpend &&
                          a[i].lastPurchase == b[i].lastPurchase && a[i].tier == b[i].tier && a[i].stage == b[i].stage &&
                          a[i].spend12m == b[i].spend12m;
        if (!same && ++mismatches <= 3)
            FAIL_CHECK("customer " << a[i].memberCode.toStdString() << " differs");
        spend += b[i].totalSpend;
    }
    CHECK(mismatches == 0);
    CHECK(spend > 0);
    // Birthdays and join dates came through Excel dates.
    QList<Customer> ca, cb;
    REQUIRE(storage::CustomerQueries::forEachForExport(*fromCsv, {}, [&](const Customer& c) { ca.append(c); }).ok());
    REQUIRE(storage::CustomerQueries::forEachForExport(*fromXlsx, {}, [&](const Customer& c) { cb.append(c); }).ok());
    REQUIRE(ca.size() == cb.size());
    for (qsizetype i = 0; i < ca.size(); ++i) {
        CHECK(ca[i].birthday == cb[i].birthday);
        CHECK(ca[i].joinedOn == cb[i].joinedOn);
        CHECK(ca[i].gender == cb[i].gender);
        CHECK(ca[i].notes == cb[i].notes);
    }
}

TEST_CASE("1904 dates, inline strings and numbers stored as numbers", "[xlsx]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    auto db = memoryDatabase();
    auto r = ImportService::run(*db, fixture(u"dates_1904_inline.xlsx"_s), {});
    REQUIRE(r.ok());
    CHECK(r->report.inserted == 2);
    CHECK(r->report.errorRows == 0);
    const Customer wang = byCode(*db, u"17850"_s); // a code typed as a number: not 17850.0
    CHECK(wang.name == u"王芳"_s);
    CHECK(wang.phone == u"13812345678"_s); // a phone stored as a number: not 1.38E+10
    CHECK(wang.birthday == QDate(1990, 5, 17)); // 1904 serial 31548
    CHECK(wang.joinedOn == QDate(2026, 10, 31)); // date-time serial 44864.5, 1904 system
    const Customer li = byCode(*db, u"VIP2"_s);
    CHECK(li.phone == u"13900001111"_s); // written as 1.3900001111E10
}

TEST_CASE("a merged header after blank rows and a title banner; problems name the sheet and row", "[xlsx]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    ImportOptions options;
    auto source = ImportSource::open(fixture(u"merged_header.xlsx"_s), options);
    REQUIRE(source.ok());
    CHECK((*source)->header() == QStringList{u"会员卡号"_s, u"姓名"_s, u"手机"_s, u"邮箱"_s, u"生日"_s, u"备注"_s});
    CHECK((*source)->headerLine() == 6);
    CHECK((*source)->sheet() == u"会员"_s);

    auto db = memoryDatabase();
    auto r = ImportService::run(*db, fixture(u"merged_header.xlsx"_s), options);
    REQUIRE(r.ok());
    const ImportReport& report = r->report;
    CHECK(report.rows == 3);
    CHECK(report.inserted == 3);
    CHECK(report.sheet == u"会员"_s);
    // Serial 60 is Excel's 1900-02-29: refused by name, on the sheet's own row number.
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].line == 8);
    CHECK(report.warnings[0].column == u"生日"_s);
    CHECK(report.warnings[0].value == u"1900-02-29"_s);
    const Customer zhang = byCode(*db, u"VIP001"_s);
    CHECK(zhang.name == u"张伟"_s);
    CHECK(zhang.birthday == QDate(1990, 5, 17));
    CHECK(zhang.notes == u"一行\r\n两行"_s); // _x000D_ decoded
    CHECK(byCode(*db, u"VIP002"_s).email == u"zm@example.cn"_s);
    CHECK(byCode(*db, u"VIP003"_s).birthday == QDate(1900, 3, 1)); // serial 61

    // The problem list written for the user names file, sheet and row.
    const QString errors = clientele::test::outputPath(u"xlsx-problems.csv"_s);
    REQUIRE(ProblemExporter::exportCsv(report, errors).ok());
    const QString text = QString::fromUtf8(clientele::test::readFile(errors));
    CHECK(text.contains(u"file,sheet,row,column,value,reason,outcome"_s));
    CHECK(text.contains(u"merged_header.xlsx,会员,8,生日,1900-02-29,"_s));
}

TEST_CASE("a sheet is chosen by name; an unknown one is refused with the list of sheets", "[xlsx]")
{
    ImportOptions options;
    auto first = ImportSource::open(fixture(u"two_sheets.xlsx"_s), options);
    REQUIRE(first.ok());
    CHECK((*first)->sheet() == u"说明"_s);
    CHECK((*first)->sheets() == QStringList{u"说明"_s, u"客户"_s});
    CHECK(ImportSource::sheetsOf(fixture(u"two_sheets.xlsx"_s)).value() == QStringList{u"说明"_s, u"客户"_s});
    CHECK(ImportSource::sheetsOf(dataPath(u"customers_utf8_bom.csv"_s)).value().isEmpty());

    options.sheet = u"客户"_s;
    auto db = memoryDatabase();
    auto r = ImportService::run(*db, fixture(u"two_sheets.xlsx"_s), options);
    REQUIRE(r.ok());
    CHECK(r->report.inserted == 1);
    CHECK(byCode(*db, u"S2-001"_s).name == u"周杰"_s);

    options.sheet = u"订单"_s;
    auto unknown = ImportService::run(*db, fixture(u"two_sheets.xlsx"_s), options);
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().message.contains(u"\"订单\""_s));
    CHECK(unknown.error().message.contains(u"\"说明\", \"客户\""_s));

    // --sheet on a CSV is a mistake worth saying.
    auto csv = ImportSource::open(dataPath(u"customers_utf8_bom.csv"_s), options);
    REQUIRE(!csv.ok());
}

TEST_CASE("a damaged workbook is refused and leaves the data as it was", "[xlsx]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    auto db = memoryDatabase();
    REQUIRE(ImportService::run(*db, fixture(u"two_sheets.xlsx"_s), [] {
                ImportOptions o;
                o.sheet = u"客户"_s;
                return o;
            }()).ok());
    const qint64 before = storage::CustomerRepository(*db).count().value();

    // A big sheet, stored so that damage in its middle is found only while streaming the rows.
    const QString good = dir.filePath(u"good.xlsx"_s);
    {
        xlsx::XlsxWriter writer(good);
        REQUIRE(writer.open().ok());
        REQUIRE(writer.addSheet(u"客户"_s).ok());
        writer.header({u"会员卡号"_s, u"姓名"_s, u"手机"_s});
        for (int i = 0; i < 20000; ++i) {
            writer.text(0, u"D%1"_s.arg(i));
            writer.text(1, u"顾客%1"_s.arg(i));
            writer.text(2, u"139%1"_s.arg(i, 8, 10, QChar(u'0')));
            writer.endRow();
        }
        REQUIRE(writer.commit().ok());
    }
    QByteArray bytes = clientele::test::readFile(good);

    const QString truncated = dir.filePath(u"truncated.xlsx"_s);
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2)); // a download that stopped half-way
    }
    auto cut = ImportService::run(*db, truncated, {});
    REQUIRE(!cut.ok());
    CHECK(cut.error().message.contains(u"truncated.xlsx"_s));
    CHECK(cut.error().message.contains(u"damaged"_s));

    const QString garbled = dir.filePath(u"garbled.xlsx"_s);
    {
        // The sheet is the largest entry; overwrite bytes in its compressed middle.
        const qsizetype at = bytes.indexOf("xl/worksheets/sheet1.xml");
        REQUIRE(at > 0);
        for (qsizetype i = at + 20000; i < at + 20400 && i < bytes.size(); ++i)
            bytes[i] = char(0x5A ^ bytes[i]);
        QFile f(garbled);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto bad = ImportService::run(*db, garbled, {});
    REQUIRE(!bad.ok());
    CHECK(bad.error().message.contains(u"garbled.xlsx"_s));
    CHECK(storage::CustomerRepository(*db).count().value() == before);
}

TEST_CASE("customers exported to a workbook import back the same; text never becomes a formula", "[xlsx][export]")
{
    const Clock::Pinned today(QDate(2026, 11, 30));
    auto db = memoryDatabase();
    REQUIRE(ImportService::run(*db, dataPath(u"customers_gbk_excel.csv"_s), {}).ok());
    const QString risky = clientele::test::writeTempFile(
        "member_code,name,phone,notes,tags\n"
        "F1,=HYPERLINK(\"http://evil.example\"),13800000001,+86 call back,@SUM(A1)\n"
        "F2,-2+3,13800000002,=1+2,\n"
        "0012,\xe5\xbc\xa0\xe4\xb8\x89,13800000003,,\n");
    REQUIRE(ImportService::run(*db, risky, {}).ok());

    const QString path = clientele::test::outputPath(u"customers-export.xlsx"_s);
    const auto written = CustomerExporter::exportXlsx(*db, path);
    REQUIRE(written.ok());
    CHECK(*written == 9);

    const QByteArray xml = sheetXml(path);
    CHECK(!xml.contains("<f>"));
    CHECK(!xml.contains("<f "));
    CHECK(xml.contains("t=\"inlineStr\"><is><t>=HYPERLINK(\"http://evil.example\")</t></is>"));
    CHECK(xml.contains("<is><t>0012</t></is>")); // a code keeps its leading zeros: text, not a number
    CHECK(xml.contains("<is><t>13800000003</t></is>")); // phones as text

    auto copy = memoryDatabase();
    auto back = ImportService::run(*copy, path, {});
    REQUIRE(back.ok());
    CHECK(back->report.inserted == 9);
    CHECK(back->report.notes.isEmpty());
    CHECK(back->report.droppedValues == 0);
    QList<Customer> a, b;
    REQUIRE(storage::CustomerQueries::forEachForExport(*db, {}, [&](const Customer& c) { a.append(c); }).ok());
    REQUIRE(storage::CustomerQueries::forEachForExport(*copy, {}, [&](const Customer& c) { b.append(c); }).ok());
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a[i].memberCode == b[i].memberCode);
        CHECK(a[i].name == b[i].name);
        CHECK(a[i].phone == b[i].phone);
        CHECK(a[i].email == b[i].email);
        CHECK(a[i].birthday == b[i].birthday);
        CHECK(a[i].joinedOn == b[i].joinedOn);
        CHECK(a[i].notes == b[i].notes);
        CHECK(a[i].tags == b[i].tags);
        CHECK(a[i].marketingConsent == b[i].marketingConsent);
    }
    CHECK(byCode(*copy, u"F1"_s).name == u"=HYPERLINK(\"http://evil.example\")"_s);
    CHECK(byCode(*copy, u"F2"_s).notes == u"=1+2"_s);
}
