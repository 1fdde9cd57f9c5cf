// Issue 16: the dashboard's member-program table shows the figures of core/member/MemberFigures
// as report::MemberSection words them (the same lines as the monthly report), in both languages.
#include "UiSupport.h"

#include "charts/DashboardView.h"
#include "domain/Clock.h"
#include "member/MemberFigures.h"
#include "member/SaleService.h"
#include "report/MemberSection.h"

#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;

TEST_CASE("the dashboard's member table shows the month's member figures", "[ui][dashboard][member]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 60);
    {
        core::Clock::Pinned pin(QDate(2026, 10, 20));
        REQUIRE(core::member::SaleService::topUp(*db, 1, 100000, u"wechat"_s).ok()); // + ¥150
        core::member::SaleRequest req;
        req.customerId = 1;
        req.amount = 30000;
        req.payBalance = 11500;
        REQUIRE(core::member::SaleService::sell(*db, req).ok());
    }
    core::Clock::Pinned pin(QDate(2026, 10, 31));
    auto expected = core::member::MemberFigures::forMonth(*db, u"2026-10"_s);
    REQUIRE(expected.ok());
    REQUIRE(expected->topUps == 1);
    REQUIRE(expected->topUpBonus == 15000);

    const auto check = [&](const QString& shot) {
        ui::DashboardView view(*db);
        view.resize(1024, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        REQUIRE(QTest::qWaitFor([&] { return view.data().has_value(); }, 30000));
        auto* table = view.findChild<QTableWidget*>(u"memberFigures"_s);
        REQUIRE(table);
        CHECK(table->isVisibleTo(&view));
        const auto lines = core::report::MemberSection::lines(*expected);
        REQUIRE(table->rowCount() == lines.size());
        for (int row = 0; row < table->rowCount(); ++row) {
            CHECK(table->item(row, 0)->text() == lines[row].label);
            CHECK(table->item(row, 1)->text() == lines[row].value);
        }
        table->scrollToTop();
        view.findChild<QTableWidget*>(u"memberFigures"_s)->setFocus();
        screenshot(view, shot);
        return lines;
    };
    const auto english = check(u"ui-dashboard-member-en.png"_s);
    CHECK(english[4].value.contains(u"¥150.00"_s)); // the bonus the top-up cost
    {
        test::ChineseUi chinese;
        const auto chineseLines = check(u"ui-dashboard-member-zh.png"_s);
        CHECK(chineseLines[4].label == u"本月充值"_s);
    }
}
