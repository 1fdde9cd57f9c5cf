#include "CatchCompat.h"

#include "storage/JsonRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

namespace {
QJsonArray parsed(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}
} // namespace

TEST_CASE("a server's batch rows as JSON text: every character survives, numbers keep 64 bits", "[storage][json]")
{
    const QString awkward = u"引号\" 反斜杠\\ 换行\n 回车\r tab\t bell\u0007 unit\u001f emoji 😀 / end"_s;
    JsonRows rows;
    rows.add(awkward);
    rows.add(qint64(9007199254740993)); // 2^53 + 1: a double cannot hold it
    rows.add(0.1);
    rows.addNull();
    rows.add(QString()); // null
    rows.add(u""_s);     // empty text, not null
    rows.endRow();
    rows.endRow(); // a row without cells
    CHECK(rows.rows() == 2);
    const QJsonArray array = parsed(rows.take());
    REQUIRE(array.size() == 2);
    const QJsonArray first = array[0].toArray();
    REQUIRE(first.size() == 6);
    CHECK(first[0].toString() == awkward);
    CHECK(first[1].toString() == u"9007199254740993"_s);
    CHECK(first[2].toString().toDouble() == 0.1);
    CHECK(first[3].isNull());
    CHECK(first[4].isNull());
    CHECK(first[5].isString());
    CHECK(first[5].toString().isEmpty());
    CHECK(array[1].toArray().isEmpty());

    CHECK(rows.rows() == 0); // take() starts over
    CHECK(rows.take() == u"[]"_s);
    rows.add(qint64(1));
    rows.endRow();
    CHECK(parsed(rows.take()) == QJsonArray{QJsonArray{u"1"_s}});
}

TEST_CASE("batch rows keyed by column name, as jsonb_populate_recordset reads them", "[storage][json]")
{
    JsonRows rows({u"month"_s, u"customer_id"_s, u"tier"_s});
    for (int i = 0; i < 3; ++i) {
        rows.add(u"2026-11"_s);
        rows.add(qint64(i + 1));
        rows.add(i == 1 ? QString() : u"金卡\"VIP\""_s);
        rows.endRow();
    }
    const QJsonArray array = parsed(rows.take());
    REQUIRE(array.size() == 3);
    CHECK(array[0].toObject() ==
          QJsonObject{{u"month"_s, u"2026-11"_s}, {u"customer_id"_s, u"1"_s}, {u"tier"_s, u"金卡\"VIP\""_s}});
    CHECK(array[1].toObject().value(u"tier"_s).isNull());
    CHECK(array[2].toObject().value(u"customer_id"_s) == u"3"_s);
}
