#pragma once

#include "report/DashboardData.h"
#include "pages/Page.h"
#include "storage/CustomerQueries.h"

#include <optional>

class QAction;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTableWidget;
class QToolButton;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class BackgroundTask;
class KpiCard;
class StoreFilterCombo;

// The tier dashboard: key figures with last month's change and the owner's warning lines, tier
// distribution (donut) beside customers-versus-revenue shares, twelve months of tier counts, the
// lifecycle funnel, RFM segment sizes and the migration matrix between two chosen months.
// Clicking a slice, bar or matrix cell asks for the customer list filtered to those customers.
// Figures are read on a worker thread (refresh()), the same core figures as the monthly report.
// With 2+ stores a store filter picks whose figures (core::stores::StoreScope: a store's home
// customers); drill-downs then list that store's customers only.
class DashboardView : public Page
{
    Q_OBJECT
public:
    explicit DashboardView(core::storage::Database& database, QWidget* parent = nullptr);
    ~DashboardView() override;

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("dashboard.html"); }
    void refresh() override;
    bool isLoading() const;
    const std::optional<core::report::DashboardData>& data() const { return m_data; }
    QString kpiValue(const QString& key) const;
    void editThresholds();
    void openMigrationCell(int row, int column);
    // A button for the window's action beside Refresh (e.g. Recalculate Tiers).
    QToolButton* addHeaderAction(QAction* action);

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    void refreshed();

private:
    void render();
    void renderKpis();
    void renderMigration();
    void renderTierProducts(); // what each tier buys: top products and categories
    void renderMember();       // the member program's month (report::MemberSection's lines)
    void arrangeCards(); // KPI cards in as many columns as the width allows
    // A drill-down's filter and words, kept to the stores of the figures shown.
    void showScoped(core::storage::CustomerFilter filter, const QString& description);

    core::storage::Database& m_database;
    BackgroundTask* m_task;
    std::optional<core::report::DashboardData> m_data;
    core::stores::StoreScope m_dataScope; // whose figures m_data holds
    StoreFilterCombo* m_storeFilter;
    QLabel* m_storeLabel;
    QList<core::report::KpiThreshold> m_thresholds;
    QHash<QString, KpiCard*> m_cards;
    QList<KpiCard*> m_cardOrder;
    QGridLayout* m_cardGrid = nullptr;
    int m_cardColumns = 0;
    QLabel* m_heading;
    QHBoxLayout* m_top;
    QLabel* m_empty;
    QProgressBar* m_busy;
    QWidget* m_content;
    QChartView* m_donut;
    QChartView* m_shares;
    QChartView* m_months;
    QChartView* m_funnel;
    QChartView* m_segments;
    QComboBox* m_fromMonth;
    QComboBox* m_toMonth;
    QTableWidget* m_migration;
    QTableWidget* m_tierProducts = nullptr;   // tier, product, revenue, units
    QTableWidget* m_tierCategories = nullptr; // tier, category, revenue, units
    QTableWidget* m_member = nullptr;         // figure, value
};

} // namespace clientele::ui
