// What a shop owner sees on day one: the window at 1024×700 in both languages (nothing cut),
// list headers that fit, the keyboard path from search to results, the sort surviving a restart,
// money in the UI language's conventions under the C locale, and the dialogs' minimum sizes.
#include "UiSupport.h"

#include "campaigns/CampaignsPage.h"
#include "charts/DashboardView.h"
#include "charts/KpiCard.h"
#include "dialogs/FollowUpDialog.h"
#include "domain/AppLocale.h"
#include "models/CustomerTableModel.h"
#include "report/ReportDocument.h"
#include "report/ReportRenderer.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "widgets/AppIcon.h"
#include "widgets/HeaderFit.h"
#include "widgets/TimelineView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <functional>
#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;

namespace {
// The window at 1024×700 with each view shown in turn (the campaign list and search hint too); screenshots named <view>-1024-<lang>.png.
void checkAt1024(const QString& language)
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    CHECK(window.width() == 1024);
    screenshot(window, u"ui-1024-customers-%1.png"_s.arg(language));

    // Every list header shows its whole text beside the sort indicator.
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(table);
    QHeaderView* header = table->horizontalHeader();
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    // The member code is on screen whole, without scrolling (it was past the right edge in English).
    {
        const int left = header->sectionViewportPosition(ui::CustomerTableModel::MemberCode);
        CHECK(left >= 0);
        CHECK(left + header->sectionSize(ui::CustomerTableModel::MemberCode) <= table->viewport()->width());
    }
    for (int section = 0; section < header->count() - 1; ++section) { // the last one stretches
        const QString text = table->model()->headerData(section, Qt::Horizontal).toString();
        INFO(text.toStdString());
        CHECK(header->fontMetrics().horizontalAdvance(text) + mark <= header->sectionSize(section));
        CHECK(ui::headerSectionNeeds(header, section) <= header->sectionSize(section));
    }
    // The search box's hint is whole (it was cut at "…WeChat I…"); the tooltip says the rest.
    {
        auto* search = window.findChild<QLineEdit*>(u"customerSearch"_s);
        REQUIRE(search);
        const QMargins margins = search->textMargins();
        // The frame, the line edit's own 2-pixel margins and room for the clear button (about a line high).
        const int room = search->contentsRect().width() - margins.left() - margins.right() - 4 - search->height();
        INFO(search->placeholderText().toStdString() << " needs " << search->fontMetrics().horizontalAdvance(search->placeholderText())
                                                     << " of " << room);
        CHECK(search->fontMetrics().horizontalAdvance(search->placeholderText()) <= room);
        CHECK(search->toolTip().contains(language == u"en"_s ? u"WeChat ID"_s : u"微信号"_s));
    }

    window.showDashboard();
    auto* dashboard = window.dashboard();
    REQUIRE(QTest::qWaitFor([&] { return dashboard->data().has_value(); }, 30000));
    QTest::qWait(300); // charts lay out their axes and legends
    INFO("minimumSizeHint " << window.minimumSizeHint().width() << "x" << window.minimumSizeHint().height());
    CHECK(window.minimumSizeHint().width() <= 1024);
    CHECK(window.minimumSizeHint().height() <= 700);
    CHECK(window.width() == 1024);
    // No KPI card is cut: each lies inside the window, and shows its whole value.
    const auto cards = dashboard->findChildren<ui::KpiCard*>();
    CHECK(cards.size() == 7);
    for (const ui::KpiCard* card : cards) {
        const QRect inWindow(card->mapTo(&window, QPoint(0, 0)), card->size());
        INFO(card->valueText().toStdString());
        CHECK(card->isVisible());
        CHECK(inWindow.left() >= 0);
        CHECK(inWindow.right() < window.width());
        CHECK(card->width() >= card->minimumSizeHint().width());
    }
    screenshot(window, u"ui-1024-dashboard-%1.png"_s.arg(language));
    // The whole scrolled content too: the charts below the fold.
    auto* scroll = dashboard->findChild<QScrollArea*>();
    REQUIRE(scroll);
    screenshot(*scroll->widget(), u"ui-1024-dashboard-charts-%1.png"_s.arg(language));

    window.showCalendar();
    QTest::qWait(100);
    CHECK(window.minimumSizeHint().width() <= 1024);
    screenshot(window, u"ui-1024-calendar-%1.png"_s.arg(language));

    // The campaign list: every column but the name (which takes the rest) shows its whole header
    // ("Marked contacted" was cut to "arked contacte"), and all of them are on screen.
    {
        auto* campaigns = window.page<ui::CampaignsPage>();
        REQUIRE(campaigns);
        window.showPage(campaigns);
        QTest::qWait(50);
        QHeaderView* list = campaigns->list()->horizontalHeader();
        const int margin = list->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, list);
        for (int section = 0; section < list->count(); ++section) {
            const QString text = campaigns->list()->horizontalHeaderItem(section)->text();
            INFO(text.toStdString());
            CHECK(list->sectionViewportPosition(section) >= 0);
            CHECK(list->sectionViewportPosition(section) + list->sectionSize(section) <=
                  campaigns->list()->viewport()->width());
            if (section > 0) // the name column stretches over what is left
                CHECK(list->fontMetrics().horizontalAdvance(text) + 2 * margin <= list->sectionSize(section));
        }
        screenshot(window, u"ui-1024-campaigns-%1.png"_s.arg(language));
    }

    // The profile opens within 1024×700 (its frame included) and never needs more.
    ui::CustomerProfileDialog profile(window.database(), window.customerModel()->customerId(0), &window);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    QTest::qWait(50);
    CHECK(profile.minimumSizeHint().width() <= 1000);
    CHECK(profile.minimumSizeHint().height() <= 660);
    CHECK(profile.width() <= 1000);
    CHECK(profile.height() <= 660);
    screenshot(profile, u"ui-1024-profile-%1.png"_s.arg(language));
}
} // namespace

TEST_CASE("the window works at 1024×700 in English: list, dashboard, calendar, campaigns, profile", "[ui][layout]")
{
    checkAt1024(u"en"_s);
}

TEST_CASE("the window works at 1024×700 in Chinese: list, dashboard, calendar, campaigns, profile", "[ui][layout][i18n]")
{
    const clientele::test::ChineseUi chinese;
    checkAt1024(u"zh"_s);
}

TEST_CASE("Enter or Down in the search box moves to the results with the first row selected", "[ui][layout]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto* search = window.findChild<QLineEdit*>(u"customerSearch"_s);
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(search);
    REQUIRE(table);
    const auto* model = window.customerModel();

    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Down}) {
        search->setFocus();
        table->clearSelection();
        search->clear();
        QTest::keyClicks(search, u"138"_s);
        QTest::keyClick(search, key); // at once: what was typed applies before focus moves
        CHECK(model->totalCount() < 300);
        CHECK(model->totalCount() > 0);
        CHECK(table->hasFocus());
        CHECK(table->currentIndex().row() == 0);
        REQUIRE(table->selectionModel()->selectedRows().size() == 1);
        CHECK(table->selectionModel()->selectedRows().first().row() == 0);
    }
}

TEST_CASE("the sort indicator and the rows' order survive a restart", "[ui][layout]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = demoDatabase(dir)->path();
    const auto names = [](const ui::MainWindow& window) {
        QStringList first;
        for (int row = 0; row < 5; ++row)
            first.append(window.customerModel()->index(row, ui::CustomerTableModel::Name).data().toString());
        return first;
    };
    // One start of the app on the same file and settings; `act` runs before it quits.
    const auto start = [&](const std::function<void(ui::MainWindow&, QTableView&)>& act) {
        auto db = core::storage::Database::open(path);
        REQUIRE(db.ok());
        ui::MainWindow window(std::move(db).value());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(u"customerTable"_s);
        REQUIRE(table);
        act(window, *table);
        window.close(); // saves the header state
    };

    QStringList shown;
    start([&](ui::MainWindow& window, QTableView& table) {
        // The first start: by name, A to Z, and the indicator says so (Qt's default says Z to A).
        CHECK(table.horizontalHeader()->sortIndicatorSection() == ui::CustomerTableModel::Name);
        CHECK(table.horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
        shown = names(window);
        table.sortByColumn(ui::CustomerTableModel::Name, Qt::DescendingOrder);
        CHECK(names(window) != shown);
        table.sortByColumn(ui::CustomerTableModel::Name, Qt::AscendingOrder);
        CHECK(names(window) == shown); // what was shown is what the indicator claims
    });
    start([&](ui::MainWindow& window, QTableView& table) {
        CHECK(table.horizontalHeader()->sortIndicatorSection() == ui::CustomerTableModel::Name);
        CHECK(table.horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
        CHECK(names(window) == shown);
        table.sortByColumn(ui::CustomerTableModel::Spend12m, Qt::DescendingOrder);
        shown = names(window);
    });
    start([&](ui::MainWindow& window, QTableView& table) {
        CHECK(table.horizontalHeader()->sortIndicatorSection() == ui::CustomerTableModel::Spend12m);
        CHECK(table.horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
        CHECK(names(window) == shown);
    });
}

// Run by CTest with LANG=C.UTF-8 (ui_c_locale) as well: a fresh machine's locale.
TEST_CASE("money follows the UI language, never the C locale: ¥511.00, not 511.00¥", "[ui][locale]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(core::appLocale(QString(), QLocale::c()) == english);
    CHECK(core::appLocale(QString(), QLocale(QLocale::C, QLocale::AnyTerritory)) == english);
    CHECK(core::appLocale(QString(), QLocale(QLocale::French, QLocale::France)) == english);
    CHECK(core::appLocale(QString(), QLocale(QLocale::English, QLocale::UnitedKingdom)).territory() ==
          QLocale::UnitedKingdom);
    CHECK(core::appLocale(QString(), QLocale(QLocale::Chinese, QLocale::Taiwan)) == chinese);
    CHECK(core::appLocale(u"zh_CN"_s, QLocale::c()) == chinese);
    CHECK(core::appLocale(u"en_US"_s, QLocale(QLocale::Chinese, QLocale::China)) == english);

    // As the app starts on a machine whose locale is the system's (C under LANG=C.UTF-8).
    const QLocale system = QLocale::system();
    if (qgetenv("LANG") == "C.UTF-8" || qgetenv("LC_ALL") == "C.UTF-8")
        CHECK(system.language() == QLocale::C);
    QLocale::setDefault(core::appLocale(QString(), system));
    CHECK(QLocale().language() != QLocale::C);
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    ui::CustomerTableModel model(*db);
    REQUIRE(model.rowCount() > 0);
    bool sawMoney = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString spend = model.index(row, ui::CustomerTableModel::Spend12m).data().toString();
        if (spend.isEmpty())
            continue;
        sawMoney = true;
        INFO(spend.toStdString());
        CHECK(spend.startsWith(u"¥"_s));
        CHECK_FALSE(spend.endsWith(u"¥"_s));
    }
    CHECK(sawMoney);
    CHECK(core::report::ReportRenderer::money(51100) == u"¥511.00"_s);
    CHECK(core::report::ReportRenderer::money(231855410) == u"¥2,318,554.10"_s);
    QLocale::setDefault(english); // as UiMain set it
}

TEST_CASE("the follow-up dialog is wide enough for its title in both languages", "[ui][layout]")
{
    for (const bool inChinese : {false, true}) {
        std::optional<clientele::test::ChineseUi> chinese;
        if (inChinese)
            chinese.emplace();
        ui::FollowUpDialog dialog(3);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.width() >= 400);
        CHECK(dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 120);
        screenshot(dialog, inChinese ? u"ui-followup-dialog-zh.png"_s : u"ui-followup-dialog-en.png"_s);
    }
}

TEST_CASE("the timeline leaves a gap between an order number and the details", "[ui][layout]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    ui::CustomerTableModel model(*db);
    REQUIRE(model.rowCount() > 0);
    ui::TimelineView view(*db, model.customerId(0));
    view.resize(800, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto* tree = view.findChild<QTreeWidget*>(u"timeline"_s);
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() > 0);
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        for (int column = 1; column < 3; ++column) {
            const QString text = tree->topLevelItem(row)->text(column);
            INFO(text.toStdString());
            CHECK(tree->fontMetrics().horizontalAdvance(text) + 12 <= tree->columnWidth(column));
        }
}

TEST_CASE("a short report table that would run over a page break starts on the next page", "[ui][report]")
{
    QTemporaryDir dir;
    const auto tableAfter = [](int fillerLines) -> QString {
        QString html = u"<html><body>"_s;
        for (int i = 0; i < fillerLines; ++i)
            html += u"<p>Line %1</p>"_s.arg(i);
        html += u"<h2>Customers at risk</h2><table border=\"1\"><thead><tr><th>Customer</th><th>Spend</th></tr></thead>"_s;
        for (int row = 0; row < 8; ++row)
            html += u"<tr><td>Customer %1</td><td align=\"right\">¥1,000.00</td></tr>"_s.arg(row);
        return html + u"</table><p>The end</p></body></html>"_s;
    };
    const auto headingBreaks = [](QTextDocument& document) {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            if (block.text() == u"Customers at risk"_s)
                return bool(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        return false;
    };
    int moved = 0;
    int kept = 0;
    for (int lines = 5; lines <= 70; lines += 5) {
        QPdfWriter writer(dir.filePath(u"keep.pdf"_s));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        const auto document = ui::ReportDocument::fromHtml(tableAfter(lines));
        ui::ReportDocument::keepTablesTogether(*document, &writer);
        (headingBreaks(*document) ? moved : kept) += 1;
    }
    CHECK(moved >= 1); // some filler length puts the table across the first page's end
    CHECK(kept >= 5);  // and most leave it where it was
}

TEST_CASE("the application icon comes from the hicolor PNGs at every size", "[layout][icon]")
{
    const QIcon icon = clientele::ui::appIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        INFO(size);
        CHECK(sizes.contains(QSize(size, size)));
    }
    // The book's cover is blue beside the customer, the white customer sits in the middle, and the
    // corner outside the book stays transparent.
    const QImage small = icon.pixmap(QSize(16, 16)).toImage();
    REQUIRE(small.size() == QSize(16, 16));
    const QColor cover = small.pixelColor(13, 8);
    CHECK(cover.blue() > 150);
    CHECK(cover.red() < 120);
    CHECK(small.pixelColor(9, 11).lightness() > 200);
    CHECK(small.pixelColor(15, 0).alpha() == 0);
    small.save(QStringLiteral(CLIENTELE_TEST_OUTPUT "/app-icon-16.png"));
}
