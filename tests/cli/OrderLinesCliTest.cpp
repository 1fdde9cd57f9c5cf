// `import orders` on order-line files, `products` and `customer --json`'s top products, as a user runs them.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::dataPath;
using clientele::test::Run;

TEST_CASE("import orders groups invoice lines; guests are summed up once; again adds nothing; undo", "[cli][lines]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QString errors = dir.filePath(u"errors.csv"_s);
    const Run first = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"order_lines_retail.csv"_s),
                           u"--create-customers"_s, u"--errors"_s, errors});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"Order lines imported: 17, making 11 orders (refunds among them: 2; linked to their "
                             u"original order: 1)."_s));
    CHECK(first.out.contains(u"Guest lines (no member code, phone or e-mail), not imported: 3."_s));
    CHECK(first.out.contains(u"Rows skipped because of a problem: 2"_s)); // the two-customer invoice, not the guests
    QFile f(errors);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).count(u"not imported (guest sale)"_s) == 3);

    const Run again = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"orders"_s, dataPath(u"order_lines_retail.csv"_s),
                           u"--create-customers"_s});
    REQUIRE(again.exitCode == 0);
    const QJsonObject a = again.json().object();
    CHECK(a[u"line_items"_s].toBool());
    CHECK(a[u"inserted"_s].toInt() == 0);
    CHECK(a[u"lines_imported"_s].toInt() == 0);
    CHECK(a[u"unchanged"_s].toInt() == 17);
    CHECK(a[u"guest_lines"_s].toInt() == 3);

    const Run more = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"orders"_s,
                          dataPath(u"order_lines_retail_more.csv"_s)});
    REQUIRE(more.exitCode == 0);
    const QJsonObject m = more.json().object();
    CHECK(m[u"orders_extended"_s].toInt() == 1);
    CHECK(m[u"inserted"_s].toInt() == 1);
    const QJsonArray errs = m[u"errors"_s].toArray();
    REQUIRE(errs.size() == 1);
    CHECK(errs[0].toObject()[u"reason"_s].toString().contains(u"undo import #1"_s));

    const Run products = cli({u"--db"_s, db, u"--json"_s, u"products"_s, u"--limit"_s, u"3"_s});
    REQUIRE(products.exitCode == 0);
    const QJsonArray top = products.json().array();
    REQUIRE(top.size() == 3);
    const QJsonObject heart = top[0].toObject();
    CHECK(heart[u"code"_s].toString() == u"85123A"_s);
    CHECK(heart[u"revenue_fen"_s].toInteger() == 5355);
    CHECK(heart[u"units"_s].toDouble() == 21.0);
    CHECK(heart[u"customers"_s].toInt() == 2);
    CHECK(heart[u"repurchase_days"_s].toDouble() == 16.0);

    const Run customer = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"17850"_s});
    REQUIRE(customer.exitCode == 0);
    const QJsonObject c = customer.json().object();
    CHECK(c[u"member_code"_s].toString() == u"17850"_s);
    const QJsonArray mine = c[u"top_products"_s].toArray();
    REQUIRE(mine.size() == 6); // with 537100's babushka boxes
    CHECK(mine[0].toObject()[u"code"_s].toString() == u"85123A"_s);
    CHECK(mine[0].toObject()[u"count"_s].toInt() == 2);
    CHECK(mine[0].toObject()[u"spend_fen"_s].toInteger() == 4590);
    CHECK(mine[0].toObject()[u"last_bought"_s].toString() == u"2010-12-13"_s);

    // Import #3 gave a customer of import #1 an order: it goes first.
    REQUIRE(cli({u"--db"_s, db, u"undo-import"_s, u"3"_s}).exitCode == 0);
    const Run undo = cli({u"--db"_s, db, u"--json"_s, u"undo-import"_s, u"1"_s});
    REQUIRE(undo.exitCode == 0);
    CHECK(undo.json().object()[u"lines_removed"_s].toInt() == 17);
    CHECK(undo.json().object()[u"orders_removed"_s].toInt() == 11);
}

TEST_CASE("a Chinese order-detail file in Chinese: lines, guests and products", "[cli][lines]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const Run r = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"order_lines_restaurant_bom.csv"_s),
                       u"--create-customers"_s},
                      u"zh_CN.UTF-8"_s);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"散客"_s));
    CHECK_FALSE(r.out.contains(u"Guest lines"_s));
    const Run p = cli({u"--db"_s, db, u"products"_s}, u"zh_CN.UTF-8"_s);
    REQUIRE(p.exitCode == 0);
    CHECK(p.out.contains(u"蒜蓉生蚝"_s));
    CHECK(p.out.contains(u"复购"_s));
}
