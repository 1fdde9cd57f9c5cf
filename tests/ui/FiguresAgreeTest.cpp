// Figures that agree everywhere: every figure the customer list, the profile, the dashboard, the
// status bar and the monthly report show is recomputed here from the orders themselves, for the
// demo shop and for a small hand-made shop imported from CSV fixtures, and the places must agree.
#include "i18n/LocalDates.h"
#include "UiSupport.h"

#include "charts/DashboardView.h"
#include "charts/KpiCard.h"
#include "domain/Clock.h"
#include "io/Importer.h"
#include "models/CustomerTableModel.h"
#include "report/DashboardData.h"
#include "report/Figures.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/Segmenter.h"
#include "storage/StoreRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SegmentationRepository.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"

#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

#include <set>

using namespace clientele;
using namespace Qt::StringLiterals;
using core::report::FigureId;
using core::report::Figures;

namespace {

// One customer's figures recomputed from the orders table: refunds (negative amounts) reduce the
// spend but are neither orders nor purchase dates.
struct Truth
{
    qint64 orders = 0;
    core::Fen total = 0;
    core::Fen spend12m = 0;
    qint64 orders12m = 0;
    core::Fen purchases12m = 0;
    core::Fen refunds12m = 0; // magnitude
    QDate last;
    bool refunded = false;
    QSet<QDate> purchaseDays;
};

Truth truthOf(core::storage::Database& db, qint64 id, const QDate& asOf)
{
    Truth t;
    const auto orders = core::storage::OrderRepository(db).forCustomer(id);
    REQUIRE(orders.ok());
    for (const core::Order& o : *orders) {
        REQUIRE(o.date <= asOf); // no future orders in either shop: "now" and "as of the run" coincide
        t.total += o.amount;
        const bool inWindow = o.date > asOf.addMonths(-12);
        if (inWindow) {
            t.spend12m += o.amount;
            (o.amount < 0 ? t.refunds12m : t.purchases12m) += o.amount < 0 ? -o.amount : o.amount;
        }
        if (o.amount < 0) {
            t.refunded = true;
            continue;
        }
        ++t.orders;
        t.purchaseDays.insert(o.date);
        t.orders12m += inWindow ? 1 : 0;
        if (!t.last.isValid() || o.date > t.last)
            t.last = o.date;
    }
    return t;
}

QString yuan(core::Fen fen)
{
    return core::report::ReportRenderer::money(fen); // the one money format of list, profile and report
}

QString cell(const ui::CustomerTableModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

QString profileFigure(QDialog& dialog, FigureId id)
{
    auto* label = dialog.findChild<QLabel*>(u"figure_"_s + Figures::key(id));
    REQUIRE(label);
    CHECK(label->toolTip() == Figures::tooltip(id));
    return label->text();
}

struct Observed
{
    core::report::MonthlyReport report;
    QString html;
    QHash<qint64, Truth> truths;
    int oneTimeBuyerPredictions = 0; // profiles of one-time buyers whose predicted value was checked
    int repeatBuyerPredictions = 0;
};

// Checks every place against the recomputed figures; returns what it saw for shop-specific checks.
Observed checkAgreement(ui::MainWindow& window, const QDate& asOf, int profilesToOpen)
{
    core::storage::Database& db = window.database();
    ui::CustomerTableModel& model = *window.customerModel();
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == model.totalCount());

    // The list: every row against the orders; the column headers carry the definitions.
    CHECK(model.headerData(ui::CustomerTableModel::Orders, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          Figures::tooltip(FigureId::CustomerOrders));
    CHECK(model.headerData(ui::CustomerTableModel::Spend12m, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          Figures::tooltip(FigureId::CustomerSpend12m));
    Observed seen;
    qint64 purchases = 0, buyers = 0, buyers12m = 0;
    core::Fen revenue12m = 0;
    QList<int> profileRows;
    core::storage::SegmentationRepository segments(db);
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.customerId(row);
        const Truth t = truthOf(db, id, asOf);
        seen.truths.insert(id, t);
        INFO("customer " << id);
        CHECK(cell(model, row, ui::CustomerTableModel::Orders) == QLocale().toString(t.orders));
        CHECK(cell(model, row, ui::CustomerTableModel::LastPurchase) ==
              (t.last.isValid() ? core::i18n::LocalDates::date(t.last) : QString()));
        const auto segment = segments.segmentRow(id);
        REQUIRE(segment.ok());
        if (t.orders > 0) {
            REQUIRE(segment->has_value());
            const auto& m = (*segment)->evaluation.metrics;
            CHECK(m.frequency == t.orders);   // the segmentation counts what the list counts
            CHECK(m.monetary == t.total);
            CHECK(m.monetary12m == t.spend12m);
            CHECK(cell(model, row, ui::CustomerTableModel::Spend12m) == yuan(t.spend12m));
        }
        purchases += t.orders;
        buyers += t.orders > 0 ? 1 : 0;
        buyers12m += t.orders12m > 0 ? 1 : 0;
        revenue12m += t.orders > 0 ? t.spend12m : 0;
        // The profile for customers with refunds or a single purchase day, and the first few.
        const bool interesting = t.orders != 0 && (t.refunded || t.orders == 1);
        if (profileRows.size() < profilesToOpen && (interesting || row < 5))
            profileRows.append(row);
    }

    // The profile's key numbers are the list's row, under the same names and definitions.
    for (const int row : std::as_const(profileRows)) {
        const qint64 id = model.customerId(row);
        const Truth& t = seen.truths[id];
        INFO("profile of customer " << id);
        ui::CustomerProfileDialog dialog(db, id);
        CHECK(profileFigure(dialog, FigureId::CustomerOrders) == cell(model, row, ui::CustomerTableModel::Orders));
        CHECK(profileFigure(dialog, FigureId::CustomerTotalSpend) == yuan(t.total));
        CHECK(profileFigure(dialog, FigureId::CustomerSpend12m) == cell(model, row, ui::CustomerTableModel::Spend12m));
        CHECK(profileFigure(dialog, FigureId::CustomerAverageOrder) == yuan(Figures::averageOrder(t.total, t.orders)));
        if (t.last.isValid())
            CHECK(profileFigure(dialog, FigureId::CustomerLastPurchase) == core::i18n::LocalDates::date(t.last));
        if (auto* value = dialog.findChild<QLabel*>(u"figure_"_s + Figures::key(FigureId::CustomerPredictedValue))) {
            CHECK_FALSE(value->text().contains(u"100%"_s));
            if (t.purchaseDays.size() <= 1) { // one purchase day: the shop's average, and said so
                ++seen.oneTimeBuyerPredictions;
                CHECK((value->text().contains(u"too early to tell"_s) || value->text().contains(u"shop average"_s)));
                CHECK_FALSE(value->text().contains(u"likely still active"_s));
            } else { // a repeat buyer: the model's own judgement of the person
                ++seen.repeatBuyerPredictions;
                CHECK(value->text().contains(u"likely still active"_s));
                CHECK_FALSE(value->text().contains(u"shop average"_s));
            }
            CHECK(cell(model, row, ui::CustomerTableModel::Clv) == value->text().section(u' ', 0, 0));
        }
    }

    // The status bar: customer records (every list row) and orders recorded (the list's orders summed).
    QString status;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        status += label->text() + u'\n';
    CHECK(status.contains(QLocale().toString(model.totalCount()) + u" customer records shown"_s));
    CHECK(status.contains(QLocale().toString(purchases) + u" orders recorded"_s));

    // The monthly report of the run's month.
    const auto report = core::report::MonthlyReport::build(db, core::segmentation::Segmenter::monthKey(asOf));
    REQUIRE(report.ok());
    seen.report = *report;
    CHECK(report->customers.value == buyers);      // "customers who bought": not the records
    CHECK(report->active.value == buyers12m);      // "bought in the last 12 months"
    CHECK(report->revenue12m.value == revenue12m);
    qint64 tierCustomers = 0;
    core::Fen tierRevenue = 0;
    for (const auto& t : report->tiers) {
        tierCustomers += t.customers;
        tierRevenue += t.revenue12m;
        CHECK(t.revenueSharePermille >= 0);
    }
    CHECK(tierCustomers == buyers);
    CHECK(tierRevenue == revenue12m);
    seen.html = core::report::ReportRenderer::html(*report);
    CHECK_FALSE(seen.html.contains(u"-¥"_s)); // a negative amount only as "net refunds"
    for (const auto& t : report->tiers) {
        if (t.revenue12m >= 0)
            continue;
        // Truly net refunds: the tier's refunds in the window exceed its purchases there.
        core::Fen bought = 0, refunded = 0;
        const auto ids = core::report::DashboardData::snapshotCustomers(db, report->month, t.tier);
        REQUIRE(ids.ok());
        for (const qint64 id : *ids) {
            bought += seen.truths[id].purchases12m;
            refunded += seen.truths[id].refunds12m;
        }
        CHECK(refunded > bought);
        CHECK(seen.html.contains(Figures::tierRevenueText(t.revenue12m, core::report::ReportRenderer::money(-t.revenue12m))));
    }

    // The dashboard: its cards are the report's figures under the catalogue's names and definitions.
    window.showDashboard();
    auto* dashboard = window.dashboard();
    REQUIRE(QTest::qWaitFor([&] { return dashboard->data().has_value(); }, 30000));
    for (const core::report::KeyFigure& f : report->keyFigures()) {
        const QString value = dashboard->kpiValue(Figures::key(f.id));
        if (value.isEmpty())
            continue; // not on the dashboard
        using U = core::report::KeyFigure::Unit;
        CHECK(value == (f.unit == U::Money      ? core::report::ReportRenderer::money(f.kpi->value)
                        : f.unit == U::Permille ? core::report::ReportRenderer::percent(int(f.kpi->value))
                                                : QLocale().toString(f.kpi->value)));
    }
    std::set<QString> tooltips;
    for (auto* card : dashboard->findChildren<ui::KpiCard*>())
        tooltips.insert(card->toolTip());
    // A shop with two stores or more (the demo lists three): each definition ends with the stores note.
    const bool byStore = core::storage::StoreRepository(db).count().value() >= 2;
    CHECK(tooltips.count(Figures::tooltip(FigureId::BuyingCustomers, byStore)) == 1);
    CHECK(tooltips.count(Figures::tooltip(FigureId::Buyers12m, byStore)) == 1);
    qint64 staged = 0, prospects = 0;
    for (const auto& [stage, n] : dashboard->data()->stages)
        (stage == u"prospect"_s ? prospects : staged) += n;
    CHECK(staged == buyers); // every customer who bought has a stage other than "prospect"
    CHECK(prospects == model.rowCount() - buyers); // the funnel starts with the records without orders
    return seen;
}

} // namespace

TEST_CASE("every figure agrees between list, profile, status bar, dashboard and report: demo shop", "[ui][figures]")
{
    QSettings().clear();
    const core::Clock::Pinned pinned(QDate(2026, 10, 31));
    QTemporaryDir dir;
    ui::MainWindow window(clientele::test::demoDatabase(dir));
    window.resize(1400, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Observed seen = checkAgreement(window, QDate(2026, 10, 31), 40);
    CHECK(seen.oneTimeBuyerPredictions > 0);
    CHECK(seen.repeatBuyerPredictions > 0);
    // Records include prospects; "customers who bought" does not: different names for different counts.
    CHECK(Figures::name(FigureId::BuyingCustomers) != Figures::name(FigureId::CustomerRecords));
    CHECK(Figures::name(FigureId::Buyers12m) !=
          core::segmentation::Lifecycle::label(core::segmentation::Stage::Active));
}

TEST_CASE("every figure agrees between list, profile, status bar, dashboard and report: hand-made shop", "[ui][figures]")
{
    QSettings().clear();
    const QDate asOf(2026, 3, 31);
    const core::Clock::Pinned pinned(asOf);
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"small.sqlite"_s));
    REQUIRE(db.ok());
    core::io::ImportOptions options;
    options.kind = core::io::ImportKind::Customers;
    REQUIRE(core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/customers.csv"_s, options).ok());
    options.kind = core::io::ImportKind::Orders;
    REQUIRE(core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/orders.csv"_s, options).ok());
    REQUIRE(core::segmentation::Segmenter::run(**db, asOf).ok());

    ui::MainWindow window(std::move(db).value());
    window.resize(1400, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Observed seen = checkAgreement(window, asOf, 10);

    // The hand-computed figures (see tests/data/figures/*.csv).
    CHECK(window.customerModel()->totalCount() == 5);  // 赵敏 has no order yet
    CHECK(seen.report.customers.value == 4);
    CHECK(seen.report.active.value == 3);              // 张伟's only 12-month entry is a refund
    CHECK(seen.report.revenue12m.value == 59050);      // 450 + 234 − 181.50 + 88
    qint64 refundsOnly = 0;
    for (const auto& t : seen.report.tiers)
        if (t.netRefunds()) {
            ++refundsOnly;
            CHECK(t.revenue12m == -18150);
            CHECK(t.revenueSharePermille == 0);
        }
    CHECK(refundsOnly == 1);
    CHECK(seen.html.contains(u"net refunds ¥181.50"_s));
    bool sawRefunder = false;
    for (const Truth& t : seen.truths)
        if (t.total == 45000) { // 王芳: two orders and a refund — "Orders 2" in list and profile
            sawRefunder = true;
            CHECK(t.orders == 2);
        }
    CHECK(sawRefunder);
}
