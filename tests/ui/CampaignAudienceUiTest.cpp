// Campaigns around the window (issue 17): the customer list saves its filter as an audience that
// the campaign dialog offers, the dialog warns about a hold-out too small to measure, and the
// dashboard lists the last campaigns with the campaign page's figures and opens one on a click.
#include "UiSupport.h"

#include "campaigns/CampaignDialog.h"
#include "campaigns/CampaignResults.h"
#include "campaigns/Campaigns.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/LastCampaignsWidget.h"
#include "charts/DashboardView.h"
#include "customers/CustomerListPage.h"
#include "domain/Clock.h"
#include "storage/CampaignRepository.h"
#include "views/MainWindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

TEST_CASE("the customer list saves its filter as an audience the campaign dialog offers", "[campaigns]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    ui::CustomerListPage list(*db);
    list.resize(1000, 600);
    list.show();
    auto* stage = list.findChild<QComboBox*>(u"stageFilter"_s);
    REQUIRE(stage);
    stage->setCurrentIndex(stage->findData(u"at_risk"_s));
    auto* city = list.findChild<QComboBox*>(u"cityFilter"_s);
    REQUIRE(city);
    REQUIRE(city->count() > 1);
    city->setCurrentIndex(1);
    const QString cityName = city->currentData().toString();
    REQUIRE_FALSE(cityName.isEmpty());

    test::whenModal<QInputDialog>([](QInputDialog* ask) {
        ask->setTextValue(u"  流失预警 "_s);
        ask->accept();
    });
    QTest::mouseClick(list.findChild<QPushButton*>(u"saveAudienceButton"_s), Qt::LeftButton);
    const auto saved = core::storage::CampaignRepository(*db).savedFilters().value();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().first == u"流失预警"_s);
    const QString text = saved.first().second;
    CHECK(text.contains(u"stage=at_risk"_s));
    CHECK(text.contains(u"city="_s + cityName));

    // The dialog offers it; picking it fills the audience, and its size is the list's.
    test::whenModal<ui::CampaignDialog>([&](ui::CampaignDialog* dialog) {
        auto* combo = dialog->findChild<QComboBox*>(u"savedFilterCombo"_s);
        const int index = combo->findData(text);
        REQUIRE(index > 0);
        CHECK(combo->itemText(index).startsWith(u"流失预警"_s));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        CHECK(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->text() == text);
        dialog->updatePreview();
        const auto preview = core::campaigns::Campaigns::preview(*db, text, 10).value();
        CHECK(dialog->findChild<QLabel*>(u"audienceLabel"_s)
                  ->text()
                  .startsWith(QLocale().toString(preview.ids.size())));
        test::whenModal<QMessageBox>([](QMessageBox* box) { // an audience was chosen: Cancel asks first
            box->findChild<QPushButton*>(u"discardChanges"_s)->click();
        });
        dialog->reject();
    });
    ui::CampaignsPage page(*db);
    page.newCampaign();
}

TEST_CASE("the campaign dialog warns when the hold-out would be empty or the audience small", "[campaigns]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 120);
    ui::CampaignsPage page(*db);
    test::whenModal<ui::CampaignDialog>([&](ui::CampaignDialog* dialog) {
        auto* warning = dialog->findChild<QLabel*>(u"holdoutWarningLabel"_s);
        dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Everyone"_s);
        dialog->updatePreview();
        CHECK(warning->isHidden()); // everyone, 10%: fine
        dialog->findChild<QSpinBox*>(u"holdoutSpin"_s)->setValue(0);
        dialog->updatePreview();
        CHECK_FALSE(warning->isHidden());
        CHECK(warning->text().contains(u"No hold-out: lift cannot be measured"_s));
        test::screenshot(*dialog, u"campaign-dialog-no-holdout.png"_s);
        // Creating asks first; "No" keeps the dialog open and creates nothing.
        test::whenModal<QMessageBox>([](QMessageBox* box) {
            CHECK(box->text().contains(u"No hold-out"_s));
            box->button(QMessageBox::No)->click();
        });
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(core::storage::CampaignRepository(*db).list().value().isEmpty());
        test::whenModal<QMessageBox>([](QMessageBox* box) {
            box->findChild<QPushButton*>(u"discardChanges"_s)->click();
        });
        dialog->reject();
    });
    page.newCampaign();
}

TEST_CASE("the dashboard shows the last campaigns with the campaign page's figures", "[campaigns][dashboard]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QSettings().clear();
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    using namespace core::campaigns;
    qint64 last = 0;
    for (int i = 1; i <= 5; ++i) {
        NewCampaign n;
        n.name = u"Campaign %1"_s.arg(i);
        n.filterText = i % 2 ? u"stage=at_risk"_s : QString();
        n.holdoutPercent = 20;
        n.seed = quint64(i);
        n.message = u"Hi {name}"_s;
        last = Campaigns::create(*db, n).value();
        if (i != 5)
            REQUIRE(Campaigns::markContacted(*db, last, {}, QDate(2026, 9, 1 + i)).ok());
    }
    const auto lines = CampaignResults::list(*db, ui::LastCampaignsWidget::kShown).value();
    REQUIRE(lines.size() == ui::LastCampaignsWidget::kShown);

    ui::MainWindow window(std::move(db));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDashboard();
    auto* dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->data().has_value(); }, 30000));
    auto* table = dashboard->findChild<QTableWidget*>(u"lastCampaignsTable"_s);
    REQUIRE(table);
    CHECK(table->isVisible());
    REQUIRE(table->rowCount() == lines.size());
    const QLocale locale;
    for (int row = 0; row < lines.size(); ++row) {
        const auto& [c, o] = lines[row];
        CHECK(table->item(row, 0)->text() == c.name);
        CHECK(table->item(row, 1)->text() == locale.toString(c.contacted));
        CHECK(table->item(row, 2)->text() == locale.toString(c.holdout));
        if (o.contacted)
            CHECK(table->item(row, 3)->text() == CampaignResults::liftText(o.conversionLift));
        CHECK(table->item(row, 4)->text() == CampaignResults::intervalText(o.conversionLift));
    }
    CHECK(table->item(0, 0)->text() == u"Campaign 5"_s); // newest first
    CHECK(table->item(1, 4)->text().contains(u" to "_s));
    test::screenshot(window, u"dashboard-last-campaigns.png"_s);

    // A click opens the campaign on the campaign page.
    const int row = 2;
    const qint64 wanted = lines[row].campaign.id;
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto* campaigns = window.page<ui::CampaignsPage>();
    REQUIRE(campaigns);
    CHECK(window.findChild<QTabWidget*>(u"views"_s)->currentWidget() == campaigns);
    CHECK(campaigns->selectedCampaign() == wanted);
    Q_UNUSED(last);
}
