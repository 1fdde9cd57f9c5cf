#include "pages/Page.h"

#include "security/Session.h"
#include "storage/Database.h"

#include <QAction>

namespace clientele::ui {

Page::Page(core::storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
}

namespace {
constexpr const char* kPermission = "clientelePermission";
constexpr const char* kWrites = "clienteleWrites";
} // namespace

QAction* Page::needs(QAction* action, int permission)
{
    action->setProperty(kPermission, permission);
    return action;
}

QAction* Page::writes(QAction* action)
{
    action->setProperty(kWrites, true);
    return action;
}

bool Page::isPermitted(const QAction* action)
{
    const QVariant permission = action->property(kPermission);
    return !permission.isValid() || core::security::Session::can(core::security::Permission(permission.toInt()));
}

bool Page::isAllowed(const QAction* action) const
{
    return isPermitted(action) && !(action->property(kWrites).toBool() && m_database.isReadOnly());
}

void Page::updateActions()
{
    for (QAction* action : pageActions()) {
        action->setVisible(isPermitted(action));
        action->setEnabled(isAllowed(action));
    }
}

} // namespace clientele::ui
