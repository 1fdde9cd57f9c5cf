// The customer list's "bought / never bought a product or category (in the last N days)" filter,
// through the user's path: customers and an order-line file imported into an empty shop.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "io/ImportService.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "storage/ProductQueries.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

namespace {
void importFile(storage::Database& db, const QString& path, ImportKind kind)
{
    ImportOptions options;
    options.kind = kind;
    options.createCustomers = false;
    auto outcome = ImportService::run(db, path, options);
    if (!outcome.ok())
        FAIL(outcome.error().message.toStdString());
    REQUIRE(outcome->report.errorRows == 0);
}

QString write(QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

// Member codes the filter lists, sorted; and the count() of the same filter must agree.
QStringList members(const storage::Database& db, const storage::ProductCondition& condition)
{
    storage::CustomerFilter filter;
    filter.product = condition;
    const auto rows = storage::CustomerQueries::list(db, filter, storage::CustomerSort::MemberCode, false, 100);
    REQUIRE(rows.ok());
    QStringList codes;
    for (const auto& r : *rows)
        codes.append(r.memberCode);
    CHECK(storage::CustomerQueries::count(db, filter).value() == codes.size());
    CHECK(storage::CustomerQueries::ids(db, filter, storage::CustomerSort::MemberCode, false).value().size() ==
          codes.size());
    return codes;
}

storage::ProductCondition product(qint64 id, bool bought, int days = 0)
{
    storage::ProductCondition c;
    c.productId = id;
    c.bought = bought;
    c.withinDays = days;
    return c;
}

storage::ProductCondition category(const QString& name, bool bought, int days = 0)
{
    storage::ProductCondition c;
    c.category = name;
    c.bought = bought;
    c.withinDays = days;
    return c;
}
} // namespace

TEST_CASE("the customer list filters by what customers bought or never bought", "[lines][filter]")
{
    // Today is a leap day's morrow: the last 30 days are 2024-02-01 … 2024-03-01.
    const Clock::Pinned today(QDate(2024, 3, 1));
    QTemporaryDir dir;
    auto db = clientele::test::memoryDatabase();
    importFile(*db,
               write(dir, u"customers.csv"_s,
                     "会员卡号,姓名,手机\n"
                     "M001,张伟,13800138001\nM002,李娜,13800138002\nM003,王芳,13800138003\n"
                     "M004,刘洋,13800138004\nM005,陈静,13800138005\n"),
               ImportKind::Customers);
    // M001 buys tea in the window; M002 cake and coffee before it; M003 tea long ago and returns it
    // in the window, and cake on the window's first day; M004 cake the day before the window.
    importFile(*db,
               write(dir, u"lines.csv"_s,
                     "单号,会员卡号,货号,品名,大类,数量,单价,销售时间\n"
                     "1001,M001,P1,奶茶,饮品,2,15,2024-02-29 10:00\n"
                     "1002,M002,P2,蛋糕,甜点,1,38,2024-01-10 15:00\n"
                     "1002,M002,P3,咖啡,饮品,1,22,2024-01-10 15:00\n"
                     "1003,M003,P1,奶茶,饮品,1,15,2023-06-01 12:00\n"
                     "1004,M003,P1,奶茶,饮品,-1,15,2024-02-15 12:00\n"
                     "1005,M003,P2,蛋糕,甜点,1,38,2024-02-01 09:00\n"
                     "1006,M004,P2,蛋糕,甜点,2,38,2024-01-31 18:00\n"),
               ImportKind::Orders);

    // The filter bar's choices.
    const auto products = storage::ProductQueries::products(*db).value();
    REQUIRE(products.size() == 3);
    const auto idOf = [&](const QString& code) {
        const auto it = std::find_if(products.cbegin(), products.cend(), [&](const auto& p) { return p.code == code; });
        REQUIRE(it != products.cend());
        return it->productId;
    };
    CHECK(storage::ProductQueries::categories(*db).value() == QStringList{u"甜点"_s, u"饮品"_s});
    const qint64 tea = idOf(u"P1"_s);
    const qint64 cake = idOf(u"P2"_s);

    // A product, any time: a return makes nobody a buyer, but an earlier purchase still counts.
    CHECK(members(*db, product(tea, true)) == QStringList{u"M001"_s, u"M003"_s});
    CHECK(members(*db, product(tea, false)) == QStringList{u"M002"_s, u"M004"_s, u"M005"_s});
    // In the last 30 days: M003's only tea line in the window is the return.
    CHECK(members(*db, product(tea, true, 30)) == QStringList{u"M001"_s});
    CHECK(members(*db, product(tea, false, 30)) == QStringList{u"M002"_s, u"M003"_s, u"M004"_s, u"M005"_s});
    // The window's ends: its first day is in, the day before is not; 1 day = today only.
    CHECK(members(*db, product(cake, true)) == QStringList{u"M002"_s, u"M003"_s, u"M004"_s});
    CHECK(members(*db, product(cake, true, 30)) == QStringList{u"M003"_s});
    CHECK(members(*db, product(cake, true, 31)) == QStringList{u"M003"_s, u"M004"_s});
    CHECK(members(*db, product(cake, true, 1)).isEmpty());
    // A category: any of its products.
    CHECK(members(*db, category(u"饮品"_s, true)) == QStringList{u"M001"_s, u"M002"_s, u"M003"_s});
    CHECK(members(*db, category(u"饮品"_s, false)) == QStringList{u"M004"_s, u"M005"_s});
    CHECK(members(*db, category(u"饮品"_s, true, 30)) == QStringList{u"M001"_s});
    CHECK(members(*db, category(u"甜点"_s, false, 30)) ==
          QStringList{u"M001"_s, u"M002"_s, u"M004"_s, u"M005"_s});
    CHECK(members(*db, category(u"没有的分类"_s, true)).isEmpty());

    // It combines with the other conditions, and an empty condition is none.
    storage::CustomerFilter both;
    both.product = category(u"饮品"_s, true);
    both.search = u"王芳"_s;
    CHECK(storage::CustomerQueries::count(*db, both).value() == 1);
    CHECK(storage::CustomerFilter{}.isEmpty());
    storage::CustomerFilter onlyProduct;
    onlyProduct.product = product(tea, false);
    CHECK_FALSE(onlyProduct.isEmpty());
    CHECK(storage::CustomerQueries::count(*db, storage::CustomerFilter{}).value() == 5);
}
