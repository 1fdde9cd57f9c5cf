#include "calendar/FollowUpCalendarView.h"
#include "campaigns/CampaignsPage.h"
#include "charts/DashboardView.h"
#include "pages/Page.h"

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
    // Tab order after the customer list; Ctrl+1 is the list itself.
    return {
        page<DashboardView>("dashboard", QKeySequence(Qt::CTRL | Qt::Key_2)),
        page<FollowUpCalendarView>("followUpCalendar", QKeySequence(Qt::CTRL | Qt::Key_3)),
        page<CampaignsPage>("campaigns", QKeySequence(Qt::CTRL | Qt::Key_7)),
    };
}

} // namespace clientele::ui
