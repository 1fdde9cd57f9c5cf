// The customer list's "bought / never bought a product or category (in the last N days)" row.
#include "UiSupport.h"

#include "models/CustomerTableModel.h"
#include "storage/CustomerQueries.h"
#include "storage/ProductQueries.h"
#include "views/MainWindow.h"

#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;

TEST_CASE("the filter bar filters customers by what they bought", "[ui][products][filter]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* model = qobject_cast<ui::CustomerTableModel*>(window.findChild<QTableView*>(u"customerTable"_s)->model());
    REQUIRE(model);
    const qint64 all = model->totalCount();
    auto* mode = window.findChild<QComboBox*>(u"productFilterMode"_s);
    auto* product = window.findChild<QComboBox*>(u"productFilter"_s);
    auto* days = window.findChild<QSpinBox*>(u"productFilterDays"_s);
    REQUIRE(mode);
    REQUIRE(product);
    REQUIRE(days);
    CHECK(product->isVisible());
    CHECK(mode->itemText(1) == u"Never bought"_s);
    CHECK(days->text() == u"any time"_s);

    // The demo's first category, chosen as the completer would (its text in the box).
    const QString category = core::storage::ProductQueries::categories(window.database()).value().value(0);
    REQUIRE_FALSE(category.isEmpty());
    const int at = product->findData(QString(u"c:"_s + category));
    REQUIRE(at >= 0);
    CHECK(product->itemText(at) == u"Category: "_s + category);
    product->setEditText(product->itemText(at));
    core::storage::CustomerFilter expected;
    expected.product.category = category;
    const qint64 bought = core::storage::CustomerQueries::count(window.database(), expected).value();
    REQUIRE(bought > 0);
    REQUIRE(bought < all);
    QTRY_COMPARE(model->totalCount(), bought);

    mode->setCurrentIndex(1);
    QTRY_COMPARE(model->totalCount(), all - bought);
    days->setValue(30);
    expected.product.bought = false;
    expected.product.withinDays = 30;
    const qint64 notLately = core::storage::CustomerQueries::count(window.database(), expected).value();
    CHECK(notLately >= all - bought);
    QTRY_COMPARE(model->totalCount(), notLately);
    CHECK(days->text() == u"in the last 30 days"_s);
    screenshot(window, u"ui-customers-product-filter-en.png"_s);

    // Text that names no product or category is no condition.
    product->setEditText(u"no such thing"_s);
    QTRY_COMPARE(model->totalCount(), all);

    // A product's code typed on its own (part of one entry only) is that product.
    const auto products = core::storage::ProductQueries::products(window.database()).value();
    REQUIRE_FALSE(products.isEmpty());
    const auto& first = products.first();
    REQUIRE_FALSE(first.code.isEmpty());
    int holders = 0;
    for (int k = 0; k < product->count(); ++k)
        holders += product->itemText(k).contains(first.code, Qt::CaseInsensitive) ? 1 : 0;
    mode->setCurrentIndex(0);
    days->setValue(0);
    core::storage::CustomerFilter byCode;
    byCode.product.productId = first.productId;
    product->setEditText(first.code.toLower());
    if (holders == 1)
        QTRY_COMPARE(model->totalCount(), core::storage::CustomerQueries::count(window.database(), byCode).value());
    else // a code that is part of another entry too stays no condition
        QTRY_COMPARE(model->totalCount(), all);
}
