#include "calendar/FollowUpCalendarView.h"
#include "customers/CustomerListPage.h"
#include "campaigns/CampaignsPage.h"
#include "charts/DashboardView.h"
#include "counter/CounterPage.h"
#include "pages/Page.h"
#include "service/HealthPage.h"
#include "service/ServicePage.h"

namespace clientele::ui {

namespace {
template<typename P>
PageSpec page(const char* objectName, QKeySequence shortcut)
{
    return {QString::fromLatin1(objectName), shortcut,
            [](core::storage::Database& database, QWidget* parent) -> Page* { return new P(database, parent); }};
}
} // namespace

QList<PageSpec> registeredPages()
{
    // Tab order; Ctrl+1… in the View menu.
    return {
        page<CustomerListPage>("customers", QKeySequence(Qt::CTRL | Qt::Key_1)),
        page<DashboardView>("dashboard", QKeySequence(Qt::CTRL | Qt::Key_2)),
        page<FollowUpCalendarView>("followUpCalendar", QKeySequence(Qt::CTRL | Qt::Key_3)),
        page<CounterPage>("counter", QKeySequence(Qt::CTRL | Qt::Key_4)),
        page<ServicePage>("service", QKeySequence(Qt::CTRL | Qt::Key_5)),
        page<HealthPage>("health", QKeySequence(Qt::CTRL | Qt::Key_6)),
        page<CampaignsPage>("campaigns", QKeySequence(Qt::CTRL | Qt::Key_7)),
    };
}

} // namespace clientele::ui
