#include "DashboardView.h"
#include "i18n/LocalDates.h"

#include "KpiCard.h"
#include "campaigns/LastCampaignsWidget.h"
#include "models/CustomerTableModel.h"
#include "report/Figures.h"
#include "report/MemberSection.h"
#include "report/ReportRenderer.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"
#include "storage/Database.h"
#include "storage/ProductQueries.h"
#include "storage/SegmentationRepository.h"
#include "stores/StoreFilterCombo.h"
#include "widgets/BackgroundTask.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace clientele::ui {

using core::report::DashboardData;
using core::report::FigureId;
using core::report::Figures;
using core::report::KpiThreshold;
using core::report::ReportRenderer;
using core::segmentation::TierRules;

namespace {
QChartView* chartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// A value axis from 0 to a round number, ticks at 1, 2, 2.5 or 5 × 10^k (never 498 / 996), room
// above the largest value for the labels drawn past the bars' ends.
void roundAxis(QValueAxis* axis, double largest, double headroom = 1.0)
{
    const double top = std::max(largest * headroom, 1.0);
    const double raw = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw && (m != 2.5 || magnitude >= 10)) { // counts: whole ticks only
            step = m * magnitude;
            break;
        }
    step = std::max(step, 1.0);
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::lround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

// Dark text beside a bar rather than white text on it: readable on light bars and on bars too
// short to hold their number.
void labelsOutside(QAbstractBarSeries* series)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet* set : series->barSets())
        set->setLabelColor(QColor(0x0f, 0x17, 0x2a));
}

QString tierName(const QString& key)
{
    return key.isEmpty() ? DashboardView::tr("New") : TierRules::label(key);
}

constexpr FigureId kCardFigures[] = {FigureId::BuyingCustomers, FigureId::Buyers12m,         FigureId::AtRisk,
                                     FigureId::RepurchaseRate,  FigureId::AverageOrderMonth, FigureId::Revenue12m,
                                     FigureId::ValueAtRisk};

// The figure, its value and whether a rise is good (for the colour of the change).
struct CardFigure
{
    FigureId id;
    const core::report::Kpi* kpi;
    bool money = false;
    bool permille = false;
    bool higherIsBetter = true;
};
} // namespace

DashboardView::DashboardView(core::storage::Database& database, QWidget* parent)
    : Page(database, parent), m_database(database), m_task(new BackgroundTask(database.location().url(), this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_top = top;
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_heading->setWordWrap(true); // a long month name never widens the window
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy indicator while the figures are read
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    auto* thresholds = new QPushButton(tr("&Warning Lines…"), this);
    thresholds->setToolTip(tr("Set when a key figure turns amber or red"));
    auto* reload = new QPushButton(tr("&Refresh"), this);
    m_storeFilter = new StoreFilterCombo(database, QStringLiteral("dashboard"), this);
    m_storeLabel = new QLabel(tr("St&ore:"), this);
    m_storeLabel->setBuddy(m_storeFilter);
    m_storeLabel->setVisible(m_storeFilter->hasStores());
    top->addWidget(m_heading, 1);
    top->addWidget(m_storeLabel);
    top->addWidget(m_storeFilter);
    top->addWidget(m_busy);
    top->addWidget(thresholds);
    top->addWidget(reload);
    outer->addLayout(top);
    m_empty = new QLabel(tr("No figures yet. The dashboard fills after customers and orders are imported and "
                            "segmented."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #64748b; font-size: 13pt; padding: 40px;"));
    m_empty->hide();
    outer->addWidget(m_empty);
    // The last campaigns and their lift (the campaign page's widget; hidden without campaigns).
    auto* lastCampaigns = new LastCampaignsWidget(database, this);
    outer->addWidget(lastCampaigns);
    connect(this, &DashboardView::refreshed, lastCampaigns, &LastCampaignsWidget::refresh);
    connect(lastCampaigns, &LastCampaignsWidget::openCampaign, this,
            [this](qint64 id) { Q_EMIT openPage(QStringLiteral("campaigns"), id); });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    auto* grid = new QGridLayout(m_content);
    m_cardGrid = new QGridLayout;
    // Card names and tooltips come from the figures catalogue, as in the report.
    for (const FigureId id : kCardFigures) {
        const QString key = Figures::key(id);
        const QString title = Figures::name(id);
        auto* card = new KpiCard(title, m_content);
        m_cards.insert(key, card);
        m_cardOrder.append(card);
    }
    grid->addLayout(m_cardGrid, 0, 0, 1, 2);
    arrangeCards();
    m_donut = chartView(m_content, QStringLiteral("tierDonut"));
    m_shares = chartView(m_content, QStringLiteral("tierShares"));
    m_months = chartView(m_content, QStringLiteral("tierMonths"));
    m_funnel = chartView(m_content, QStringLiteral("stageFunnel"));
    m_segments = chartView(m_content, QStringLiteral("rfmSegments"));
    m_donut->setToolTip(Figures::tooltip(FigureId::TierCustomers));
    m_shares->setToolTip(Figures::tooltip(FigureId::TierCustomers) + u'\n' + Figures::tooltip(FigureId::TierRevenue12m));
    m_months->setToolTip(Figures::tooltip(FigureId::TierCustomers));
    m_funnel->setToolTip(Figures::tooltip(FigureId::StageCount));
    m_segments->setToolTip(Figures::tooltip(FigureId::SegmentCount));
    grid->addWidget(m_donut, 1, 0);
    grid->addWidget(m_shares, 1, 1);
    grid->addWidget(m_months, 2, 0);
    grid->addWidget(m_funnel, 2, 1);
    grid->addWidget(m_segments, 3, 0);
    auto* migrationBox = new QWidget(m_content);
    auto* migrationLayout = new QVBoxLayout(migrationBox);
    auto* months = new QHBoxLayout;
    m_fromMonth = new QComboBox(migrationBox);
    m_toMonth = new QComboBox(migrationBox);
    m_fromMonth->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toMonth->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    months->addWidget(new QLabel(tr("Tier migration from"), migrationBox));
    months->addWidget(m_fromMonth);
    months->addWidget(new QLabel(tr("to"), migrationBox));
    months->addWidget(m_toMonth);
    months->addStretch(1);
    m_migration = new QTableWidget(migrationBox);
    m_migration->setObjectName(QStringLiteral("migrationMatrix"));
    m_migration->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_migration->setToolTip(tr("Rows: tier at the end of the first month; columns: at the end of the second. Click a "
                               "cell to list those customers."));
    migrationLayout->addLayout(months);
    migrationLayout->addWidget(m_migration);
    grid->addWidget(migrationBox, 3, 1);
    // What each tier buys (from order lines; hidden for shops without them).
    const auto tierTable = [this](const QString& name, const QString& what) {
        auto* table = new QTableWidget(0, 4, m_content);
        table->setObjectName(name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setHorizontalHeaderLabels({tr("Tier"), what, tr("Revenue, 12 months"), tr("Units")});
        table->setMinimumHeight(220);
        table->setToolTip(tr("Over the 12 months up to the dashboard's date; returns subtract. Click a row to list "
                             "the tier's customers who bought it."));
        return table;
    };
    m_tierProducts = tierTable(QStringLiteral("tierProducts"), tr("Top products"));
    m_tierCategories = tierTable(QStringLiteral("tierCategories"), tr("Top categories"));
    grid->addWidget(m_tierProducts, 4, 0);
    grid->addWidget(m_tierCategories, 4, 1);
    m_member = new QTableWidget(0, 2, m_content);
    m_member->setObjectName(QStringLiteral("memberFigures"));
    m_member->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_member->verticalHeader()->hide();
    m_member->horizontalHeader()->setStretchLastSection(true);
    m_member->setHorizontalHeaderLabels({tr("Member program"), tr("This month")});
    m_member->setToolTip(tr("What the shop owes its members at the month's end, and the month's top-ups, points, "
                            "visit-card uses, member-day sales and coupons (as in the monthly report)."));
    grid->addWidget(m_member, 5, 0, 1, 2);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    connect(reload, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_storeFilter, &StoreFilterCombo::scopeChanged, this, &DashboardView::refresh);
    connect(thresholds, &QPushButton::clicked, this, &DashboardView::editThresholds);
    connect(m_migration, &QTableWidget::cellClicked, this, &DashboardView::openMigrationCell);
    for (QTableWidget* table : {m_tierProducts, m_tierCategories})
        connect(table, &QTableWidget::cellClicked, this, [this, table](int row) {
            const QTableWidgetItem* item = table->item(row, 0);
            if (!item)
                return;
            core::storage::CustomerFilter filter;
            filter.tier = item->data(Qt::UserRole).toString();
            filter.product.productId = table->item(row, 1)->data(Qt::UserRole).toLongLong();
            filter.product.category = table == m_tierCategories ? table->item(row, 1)->data(Qt::UserRole).toString()
                                                                : QString();
            filter.product.withinDays = 365;
            showScoped(filter, tr("%1 who bought %2").arg(item->text(), table->item(row, 1)->text()));
        });
    connect(m_fromMonth, &QComboBox::activated, this, &DashboardView::renderMigration);
    connect(m_toMonth, &QComboBox::activated, this, &DashboardView::renderMigration);
    m_thresholds = DashboardData::loadThresholds(m_database);
}

QString DashboardView::title() const
{
    return tr("Dashboard");
}

QString DashboardView::menuText() const
{
    return tr("&Dashboard", "View menu");
}

DashboardView::~DashboardView() = default;

QToolButton* DashboardView::addHeaderAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_top->addWidget(button);
    return button;
}

bool DashboardView::isLoading() const
{
    return m_task->isRunning();
}

void DashboardView::refresh()
{
    if (m_database.isMemory()) // no second connection to an in-memory database: read here
        return;
    m_storeFilter->reload(); // stores may have been added since
    m_storeLabel->setVisible(m_storeFilter->hasStores());
    const core::stores::StoreScope scope = m_storeFilter->scope();
    auto result = std::make_shared<std::optional<DashboardData>>();
    auto notFound = std::make_shared<bool>(false);
    const bool started = m_task->start(
        [result, notFound, scope](core::storage::Database& db, const core::io::ImportHooks&) {
            auto built = DashboardData::build(db, {}, scope);
            if (!built) {
                *notFound = built.error().code == core::Error::Code::NotFound;
                return *notFound ? core::Status() : core::Status(built.error());
            }
            *result = std::move(*built);
            return core::Status();
        },
        [this, result, notFound, scope](bool ok, const QString& message, bool) {
            m_busy->hide();
            m_data = ok ? *result : std::nullopt;
            m_dataScope = scope;
            if (!ok)
                m_heading->setText(message);
            render();
            Q_EMIT refreshed();
        });
    if (started)
        m_busy->show();
}

void DashboardView::render()
{
    const bool hasData = m_data.has_value();
    m_empty->setVisible(!hasData);
    m_content->setVisible(hasData);
    if (!hasData)
        return;
    const auto& r = m_data->report;
    m_heading->setText(tr("Tier dashboard — %1 (figures as of %2)")
                           .arg(ReportRenderer::monthLabel(r.month), core::i18n::LocalDates::date(r.asOf)));
    renderKpis();
    renderTierProducts();
    renderMember();

    // Tier distribution: a donut of customers per tier.
    QChart* donut = freshChart(m_donut, tr("Customers per tier"));
    auto* pie = new QPieSeries(donut);
    pie->setHoleSize(0.45);
    for (const auto& t : r.tiers) {
        if (t.customers == 0)
            continue;
        QPieSlice* slice = pie->append(tr("%1 %2").arg(tierName(t.tier), ReportRenderer::percent(t.customerSharePermille)),
                                       double(t.customers));
        slice->setColor(CustomerTableModel::tierColor(t.tier));
        // Names and shares in the legend: a thin slice's label would be clipped or overlap.
        slice->setLabelVisible(false);
        connect(slice, &QPieSlice::clicked, this, [this, tier = t.tier] {
            core::storage::CustomerFilter filter;
            filter.tier = tier;
            showScoped(filter, tierName(tier));
        });
    }
    donut->addSeries(pie);
    donut->legend()->setAlignment(Qt::AlignRight);
    donut->legend()->show();

    // "5% of customers bring 40% of revenue": the two shares side by side per tier.
    QChart* shares = freshChart(m_shares, tr("Share of customers and of 12-month revenue"));
    auto* customersSet = new QBarSet(tr("Customers %"));
    auto* revenueSet = new QBarSet(tr("Revenue %"));
    customersSet->setColor(QColor(0x94, 0xa3, 0xb8));
    revenueSet->setColor(QColor(0x15, 0x80, 0x3d));
    QStringList tierNames;
    QStringList tierKeys;
    for (const auto& t : r.tiers) {
        tierNames.append(tierName(t.tier));
        tierKeys.append(t.tier);
        customersSet->append(t.customerSharePermille / 10.0);
        revenueSet->append(t.revenueSharePermille / 10.0);
    }
    auto* shareSeries = new QBarSeries(shares);
    shareSeries->append({customersSet, revenueSet});
    labelsOutside(shareSeries);
    shareSeries->setLabelsAngle(-90); // two narrow bars per tier: upright labels never overlap
    shareSeries->setLabelsFormat(QStringLiteral("@value%"));
    shareSeries->setLabelsPrecision(3);
    shares->addSeries(shareSeries);
    auto* shareAxis = new QBarCategoryAxis(shares);
    shareAxis->append(tierNames);
    auto* percentAxis = new QValueAxis(shares);
    // Every bar carries its number, so no scale; room above the tallest for its label.
    double tallest = 10;
    for (const auto& t : r.tiers)
        tallest = std::max({tallest, t.customerSharePermille / 10.0, t.revenueSharePermille / 10.0});
    percentAxis->setRange(0, tallest * 1.35);
    percentAxis->setVisible(false);
    shares->addAxis(shareAxis, Qt::AlignBottom);
    shares->addAxis(percentAxis, Qt::AlignLeft);
    shareSeries->attachAxis(shareAxis);
    shareSeries->attachAxis(percentAxis);
    connect(shareSeries, &QBarSeries::clicked, this, [this, tierKeys](int index, QBarSet*) {
        core::storage::CustomerFilter filter;
        filter.tier = tierKeys.value(index);
        showScoped(filter, tierName(filter.tier));
    });

    // Twelve months of tier counts, stacked.
    QChart* months = freshChart(m_months, tr("Customers per tier, month by month"));
    auto* stacked = new QStackedBarSeries(months);
    for (const QString& tier : r.tierOrder) {
        auto* set = new QBarSet(tierName(tier));
        set->setColor(CustomerTableModel::tierColor(tier));
        for (const QString& month : m_data->months)
            set->append(double(m_data->tierCountsByMonth.value(month).value(tier)));
        stacked->append(set);
        connect(set, &QBarSet::clicked, this, [this, tier](int index) {
            const QString month = m_data->months.value(index);
            const auto ids = DashboardData::snapshotCustomers(m_database, month, tier, m_dataScope);
            if (ids && !ids->isEmpty()) {
                core::storage::CustomerFilter filter;
                filter.ids = *ids;
                showScoped(filter, tr("%1 at the end of %2").arg(tierName(tier), ReportRenderer::monthLabel(month)));
            }
        });
    }
    months->addSeries(stacked);
    // Short month names ("Nov", "11月") fit all twelve bars upright; the axis title says which year.
    auto* monthAxis = new QBarCategoryAxis(months);
    double highest = 0;
    for (const QString& month : m_data->months) {
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        monthAxis->append(QLocale().standaloneMonthName(first.month(), QLocale::ShortFormat));
        double total = 0;
        for (const qint64 n : m_data->tierCountsByMonth.value(month))
            total += double(n);
        highest = std::max(highest, total);
    }
    if (!m_data->months.isEmpty())
        monthAxis->setTitleText(tr("%1 – %2", "first and last month of the chart")
                                    .arg(ReportRenderer::monthLabel(m_data->months.front()),
                                         ReportRenderer::monthLabel(m_data->months.back())));
    monthAxis->setTruncateLabels(false);
    auto* countAxis = new QValueAxis(months);
    roundAxis(countAxis, highest);
    months->addAxis(monthAxis, Qt::AlignBottom);
    months->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(monthAxis);
    stacked->attachAxis(countAxis);

    // Lifecycle funnel and RFM segments: horizontal bars, click for the customers.
    const auto horizontal = [this](QChartView* view, const QString& title, const QList<std::pair<QString, qint64>>& rows,
                                   const std::function<QString(const QString&)>& label, const QColor& colour,
                                   const std::function<void(core::storage::CustomerFilter&, const QString&)>& select) {
        QChart* chart = freshChart(view, title);
        auto* set = new QBarSet(title);
        set->setColor(colour);
        QStringList names;
        QStringList keys;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) { // first row on top
            names.append(label(it->first));
            keys.append(it->first);
            set->append(double(it->second));
        }
        auto* series = new QHorizontalBarSeries(chart);
        series->append(set);
        labelsOutside(series);
        chart->addSeries(series);
        auto* axis = new QBarCategoryAxis(chart);
        axis->append(names);
        axis->setTruncateLabels(false); // segment names are long; the bars give way
        auto* values = new QValueAxis(chart);
        qint64 longest = 0;
        for (const auto& row : rows)
            longest = std::max(longest, row.second);
        roundAxis(values, double(longest), 1.15);
        chart->addAxis(axis, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(axis);
        series->attachAxis(values);
        chart->legend()->hide();
        connect(series, &QHorizontalBarSeries::clicked, this, [this, keys, names, select](int index, QBarSet*) {
            core::storage::CustomerFilter filter;
            select(filter, keys.value(index));
            showScoped(filter, names.value(index));
        });
    };
    horizontal(
        m_funnel, tr("Lifecycle stages today"), m_data->stages,
        [](const QString& key) {
            core::segmentation::Stage stage{};
            return core::segmentation::Lifecycle::fromKey(key, &stage) ? core::segmentation::Lifecycle::label(stage) : key;
        },
        QColor(0x1d, 0x4e, 0xd8), [](core::storage::CustomerFilter& f, const QString& key) { f.stage = key; });
    horizontal(
        m_segments, tr("RFM segments today"), m_data->segments,
        [](const QString& key) { return core::segmentation::RfmSegments::label(key); }, QColor(0x6d, 0x28, 0xd9),
        [](core::storage::CustomerFilter& f, const QString& key) { f.segment = key; });

    // Migration: default last month → this month; any two months can be chosen.
    for (QComboBox* combo : {m_fromMonth, m_toMonth}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString& month : m_data->months)
            combo->addItem(ReportRenderer::monthLabel(month), month);
    }
    m_fromMonth->setCurrentIndex(std::max(0, int(m_data->months.size()) - 2));
    m_toMonth->setCurrentIndex(int(m_data->months.size()) - 1);
    renderMigration();
}

void DashboardView::renderKpis()
{
    const auto& r = m_data->report;
    const QList<CardFigure> figures = {
        {FigureId::BuyingCustomers, &r.customers},
        {FigureId::Buyers12m, &r.active},
        {FigureId::AtRisk, &r.atRisk, false, false, false},
        {FigureId::RepurchaseRate, &r.repurchasePermille, false, true},
        {FigureId::AverageOrderMonth, &r.averageOrder, true},
        {FigureId::Revenue12m, &r.revenue12m, true},
        {FigureId::ValueAtRisk, &r.valueAtRisk, true, false, false},
    };
    for (const CardFigure& f : figures) {
        const auto format = [&](qint64 v) {
            return f.money ? ReportRenderer::money(v) : f.permille ? ReportRenderer::percent(int(v)) : QLocale().toString(v);
        };
        QString change;
        KpiCard::Tone tone = KpiCard::Tone::Neutral;
        if (f.kpi->previous) {
            const qint64 delta = f.kpi->value - *f.kpi->previous;
            const qint64 magnitude = delta < 0 ? -delta : delta;
            change = (delta > 0 ? QStringLiteral("▲ ") : delta < 0 ? QStringLiteral("▼ ") : QStringLiteral("± ")) +
                     (f.permille ? tr("%1 pts").arg(QLocale().toString(magnitude / 10.0, 'f', 1)) : format(magnitude)) +
                     tr(" vs last month");
            tone = delta == 0                           ? KpiCard::Tone::Neutral
                   : (delta > 0) == f.higherIsBetter ? KpiCard::Tone::Good
                                                     : KpiCard::Tone::Bad;
        }
        KpiCard::Level level = KpiCard::Level::Normal;
        for (const KpiThreshold& t : std::as_const(m_thresholds))
            if (t.key == Figures::key(f.id))
                level = KpiCard::Level(int(DashboardData::level(f.kpi->value, t)));
        m_cards.value(Figures::key(f.id))
            ->setFigure(format(f.kpi->value), change, tone, level, Figures::tooltip(f.id, m_storeFilter->hasStores()));
    }
    m_cardColumns = 0; // the figures' widths changed
    arrangeCards();
}

void DashboardView::arrangeCards()
{
    // As many cards per row as fit, rows balanced (7 → 7, 4+3, 2+2+2+1 …): at 1024 px no card is cut.
    int widest = 1;
    for (const KpiCard* card : std::as_const(m_cardOrder))
        widest = std::max(widest, card->minimumSizeHint().width());
    const int spacing = std::max(0, m_cardGrid->horizontalSpacing());
    // The width the cards get: the view less its margins, the content's margins and the scroll bar.
    int available = width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (const QLayout* layout : {layout(), m_content->layout()})
        if (layout)
            available -= layout->contentsMargins().left() + layout->contentsMargins().right();
    const int count = int(m_cardOrder.size());
    const int fit = std::clamp((available + spacing) / (widest + spacing), 1, count);
    const int rows = (count + fit - 1) / fit;
    const int columns = (count + rows - 1) / rows;
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (int i = 0; i < count; ++i)
        m_cardGrid->addWidget(m_cardOrder[i], i / columns, i % columns);
    for (int c = 0; c < count; ++c)
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeCards();
}

void DashboardView::renderMigration()
{
    m_migration->clear();
    if (!m_data)
        return;
    const QString from = m_fromMonth->currentData().toString();
    const QString to = m_toMonth->currentData().toString();
    QStringList fromKeys = m_data->report.tierOrder;
    fromKeys.append(QString());
    m_migration->setRowCount(int(fromKeys.size()));
    m_migration->setColumnCount(int(m_data->report.tierOrder.size()));
    QStringList rowLabels;
    for (const QString& key : fromKeys)
        rowLabels.append(tierName(key));
    QStringList columnLabels;
    for (const QString& key : m_data->report.tierOrder)
        columnLabels.append(tierName(key));
    m_migration->setVerticalHeaderLabels(rowLabels);
    m_migration->setHorizontalHeaderLabels(columnLabels);
    m_migration->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QHash<QString, qint64> cells;
    qint64 largest = 1;
    if (const auto migration = core::storage::SegmentationRepository(m_database).migration(from, to, m_dataScope.codes()))
        for (const auto& cell : *migration) {
            cells.insert(cell.from + u'>' + cell.to, cell.customers);
            largest = std::max(largest, cell.customers);
        }
    for (int row = 0; row < fromKeys.size(); ++row)
        for (int column = 0; column < m_data->report.tierOrder.size(); ++column) {
            const qint64 n = cells.value(fromKeys[row] + u'>' + m_data->report.tierOrder[column]);
            auto* item = new QTableWidgetItem(n ? QLocale().toString(n) : QStringLiteral("·"));
            item->setTextAlignment(Qt::AlignCenter);
            // A heat map: the more customers, the deeper the blue.
            const int alpha = n ? 30 + int(170 * n / largest) : 0;
            item->setBackground(QColor(59, 130, 246, alpha));
            m_migration->setItem(row, column, item);
        }
}

void DashboardView::openMigrationCell(int row, int column)
{
    if (!m_data)
        return;
    QStringList fromKeys = m_data->report.tierOrder;
    fromKeys.append(QString());
    const QString fromTier = fromKeys.value(row);
    const QString toTier = m_data->report.tierOrder.value(column);
    const auto ids = DashboardData::migrationCustomers(m_database, m_fromMonth->currentData().toString(),
                                                       m_toMonth->currentData().toString(), fromTier, toTier,
                                                       m_dataScope);
    if (!ids || ids->isEmpty())
        return;
    core::storage::CustomerFilter filter;
    filter.ids = *ids;
    showScoped(filter, tr("%1 → %2").arg(tierName(fromTier), tierName(toTier)));
}

void DashboardView::showScoped(core::storage::CustomerFilter filter, const QString& description)
{
    if (m_dataScope.isChain() || !m_data) {
        Q_EMIT showCustomers(filter, description);
        return;
    }
    filter.homeStores = m_dataScope.codes();
    Q_EMIT showCustomers(filter, tr("%1 · %2", "customers of a chart, stores")
                                     .arg(description, ReportRenderer::storeNames(m_data->report.stores)));
}

QString DashboardView::kpiValue(const QString& key) const
{
    const KpiCard* card = m_cards.value(key);
    return card ? card->valueText() : QString();
}

void DashboardView::editThresholds()
{
    // Repurchase rate (percent) and at-risk count: the lines an owner most often sets.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Warning Lines"));
    auto* form = new QFormLayout(&dialog);
    auto lineFor = [this](const QString& key) {
        for (const auto& t : std::as_const(m_thresholds))
            if (t.key == key)
                return t;
        return KpiThreshold{key, key != QLatin1String("at_risk"), 0, 0};
    };
    KpiThreshold repurchase = lineFor(QStringLiteral("repurchase_rate"));
    KpiThreshold atRisk = lineFor(QStringLiteral("at_risk"));
    auto* repurchaseAmber = new QSpinBox(&dialog);
    auto* repurchaseRed = new QSpinBox(&dialog);
    for (QSpinBox* box : {repurchaseAmber, repurchaseRed}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral("%"));
    }
    repurchaseAmber->setValue(int(repurchase.amber / 10));
    repurchaseRed->setValue(int(repurchase.red / 10));
    auto* atRiskAmber = new QSpinBox(&dialog);
    auto* atRiskRed = new QSpinBox(&dialog);
    for (QSpinBox* box : {atRiskAmber, atRiskRed})
        box->setRange(0, 1000000);
    atRiskAmber->setValue(int(atRisk.amber));
    atRiskRed->setValue(int(atRisk.red));
    form->addRow(new QLabel(tr("0 turns a line off."), &dialog));
    form->addRow(tr("Repurchase rate amber below:"), repurchaseAmber);
    form->addRow(tr("Repurchase rate red below:"), repurchaseRed);
    form->addRow(tr("Customers at risk amber above:"), atRiskAmber);
    form->addRow(tr("Customers at risk red above:"), atRiskRed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_thresholds = {{QStringLiteral("repurchase_rate"), true, repurchaseAmber->value() * 10, repurchaseRed->value() * 10},
                    {QStringLiteral("at_risk"), false, atRiskAmber->value(), atRiskRed->value()}};
    (void)DashboardData::saveThresholds(m_database, m_thresholds);
    if (m_data)
        renderKpis();
}

void DashboardView::renderTierProducts()
{
    const auto& r = m_data->report;
    const auto fill = [this](QTableWidget* table, const auto& lines, const auto& label, const auto& key) {
        table->setVisible(!lines.isEmpty());
        table->setRowCount(int(lines.size()));
        for (int row = 0; row < lines.size(); ++row) {
            const auto& line = lines[row];
            auto* tier = new QTableWidgetItem(tierName(line.tier));
            tier->setData(Qt::UserRole, line.tier);
            auto* name = new QTableWidgetItem(label(line));
            name->setData(Qt::UserRole, key(line));
            auto* revenue = new QTableWidgetItem(ReportRenderer::money(line.revenue12m));
            auto* units = new QTableWidgetItem(core::storage::ProductQueries::unitsText(line.unitsMilli));
            revenue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            units->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, 0, tier);
            table->setItem(row, 1, name);
            table->setItem(row, 2, revenue);
            table->setItem(row, 3, units);
        }
        table->resizeColumnsToContents();
    };
    fill(m_tierProducts, r.topProducts, [](const auto& p) { return p.name.isEmpty() ? p.code : p.name; },
         [](const auto& p) { return QVariant(p.productId); });
    fill(m_tierCategories, r.topCategories,
         [this](const auto& c) { return c.category.isEmpty() ? tr("(no category)") : c.category; },
         [](const auto& c) { return QVariant(c.category); });
}

void DashboardView::renderMember()
{
    const auto& r = m_data->report;
    m_member->setVisible(r.hasMember());
    const auto lines = core::report::MemberSection::lines(r.member);
    m_member->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        m_member->setItem(row, 0, new QTableWidgetItem(lines[row].label));
        auto* value = new QTableWidgetItem(lines[row].value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_member->setItem(row, 1, value);
    }
    m_member->resizeColumnsToContents();
    m_member->setMinimumHeight(m_member->horizontalHeader()->height() +
                               m_member->verticalHeader()->defaultSectionSize() * int(lines.size()) + 4);
}

} // namespace clientele::ui
