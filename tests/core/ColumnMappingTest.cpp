#include "CatchCompat.h"

#include "TestSupport.h"

#include "io/ColumnMapping.h"
#include "io/ImportSource.h"

#include <QJsonObject>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

TEST_CASE("Chinese and English header synonyms map to fields", "[mapping]")
{
    const QStringList header{u"会员卡号"_s, u"客户名称"_s, u"联系电话"_s, u"E-mail"_s, u"出生日期"_s, u"性别"_s,
                             u"地区"_s,   u"注册时间"_s, u"标签"_s,   u"积分"_s};
    const auto m = ColumnMapping::detect(header, ImportKind::Customers);
    CHECK(m.fieldOf(0) == ImportField::MemberCode);
    CHECK(m.fieldOf(1) == ImportField::Name);
    CHECK(m.fieldOf(2) == ImportField::Phone);
    CHECK(m.fieldOf(3) == ImportField::Email);
    CHECK(m.fieldOf(4) == ImportField::Birthday);
    CHECK(m.fieldOf(5) == ImportField::Gender);
    CHECK(m.fieldOf(6) == ImportField::City);
    CHECK(m.fieldOf(7) == ImportField::JoinedOn);
    CHECK(m.fieldOf(8) == ImportField::Tags);
    CHECK(m.unmappedColumns() == QStringList{u"积分"_s}); // reported, not silently dropped
}

TEST_CASE("order headers, units in brackets and a separate time column", "[mapping]")
{
    const QStringList header{u"单号"_s, u"客户编号"_s, u"日期"_s, u"时间"_s, u"实付金额（元）"_s, u"品类"_s,
                             u"渠道"_s, u"门店"_s};
    const auto m = ColumnMapping::detect(header, ImportKind::Orders);
    CHECK(m.fieldOf(0) == ImportField::OrderNo);
    CHECK(m.fieldOf(1) == ImportField::MemberCode);
    CHECK(m.fieldOf(2) == ImportField::OrderDate);
    CHECK(m.fieldOf(3) == ImportField::OrderTime);
    CHECK(m.fieldOf(4) == ImportField::Amount);
    CHECK(m.fieldOf(5) == ImportField::Category);
    CHECK(m.fieldOf(6) == ImportField::Channel);
    CHECK(m.fieldOf(7) == ImportField::Store);
    CHECK(m.missingRequired().isEmpty());
    CHECK(ImportSource::guessKind(header) == ImportKind::Orders);
    CHECK(ImportSource::guessKind({u"姓名"_s, u"手机"_s}) == ImportKind::Customers);
}

TEST_CASE("a saved mapping is applied by header name and round-trips through a file", "[mapping]")
{
    const QStringList header{u"Kundennummer"_s, u"Vorname"_s, u"Handy"_s};
    auto detected = ColumnMapping::detect(header, ImportKind::Customers);
    CHECK(detected.unmappedColumns().size() == 3);
    CHECK_FALSE(detected.missingRequired().isEmpty());

    detected.setField(0, ImportField::MemberCode);
    detected.setField(1, ImportField::Name);
    detected.setField(2, ImportField::Phone);
    const QString path = clientele::test::outputPath(u"mapping.json"_s);
    REQUIRE(detected.saveFile(path).ok());

    auto loaded = ColumnMapping::loadFile(path);
    REQUIRE(loaded.ok());
    auto applied = ColumnMapping::fromSaved(*loaded, header, ImportKind::Customers);
    REQUIRE(applied.ok());
    CHECK(applied->fieldOf(0) == ImportField::MemberCode);
    CHECK(applied->fieldOf(2) == ImportField::Phone);
    CHECK(applied->unmappedColumns().isEmpty());

    QJsonObject bad{{u"columns"_s, QJsonObject{{u"Handy"_s, u"shoe_size"_s}}}};
    auto refused = ColumnMapping::fromSaved(bad, header, ImportKind::Customers);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"shoe_size"_s));
}

TEST_CASE("one field maps to one column", "[mapping]")
{
    auto m = ColumnMapping::detect({u"手机"_s, u"电话"_s}, ImportKind::Customers);
    CHECK(m.fieldOf(0) == ImportField::Phone);
    CHECK(m.fieldOf(1) == ImportField::None);
    m.setField(1, ImportField::Phone);
    CHECK(m.fieldOf(0) == ImportField::None);
    CHECK(m.columnOf(ImportField::Phone) == 1);
}
