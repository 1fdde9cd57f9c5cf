#include "StoreFilterCombo.h"

#include "report/Figures.h"
#include "report/ReportRenderer.h"
#include "security/Session.h"
#include "storage/StoreRepository.h"

#include <QSettings>

namespace clientele::ui {

using core::stores::StoreScope;

namespace {
// Per account: a till shared by the owner and staff remembers each one's own choice. Keyed by the
// user name, never by words that change with the language (Session::actor() without accounts).
QString settingsPath(const QString& key)
{
    using core::security::Session;
    return QStringLiteral("stores/") + key + QLatin1Char('/') +
           (Session::signedIn() ? QStringLiteral("user-") + Session::actor() : QStringLiteral("local"));
}
} // namespace

StoreFilterCombo::StoreFilterCombo(const core::storage::Database& database, const QString& settingsKey, QWidget* parent)
    : QComboBox(parent), m_database(database), m_settingsKey(settingsKey)
{
    setObjectName(QStringLiteral("storeFilter"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(core::report::Figures::storesNote());
    reload();
    const QSettings settings;
    const QString path = settingsPath(m_settingsKey);
    if (!settings.contains(path) ||
        !setScope(StoreScope(settings.value(path).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))))
        setScope(StoreScope::ofSession());
    connect(this, &QComboBox::activated, this, [this] {
        remember();
        Q_EMIT scopeChanged(scope());
    });
}

void StoreFilterCombo::reload()
{
    const StoreScope before = count() > 0 ? scope() : StoreScope::ofSession();
    const QSignalBlocker blocker(this);
    clear();
    const auto stores = core::storage::StoreRepository(m_database).list();
    m_hasStores = stores && stores->size() >= 2;
    setVisible(m_hasStores);
    if (!stores)
        return;
    const QStringList mine = core::security::Session::stores();
    QList<core::storage::Store> choices;
    for (const auto& store : *stores)
        if (mine.isEmpty() || mine.contains(store.code))
            choices.append(store);
    if (mine.isEmpty())
        addItem(tr("All stores"), QStringList());
    else if (choices.size() > 1)
        addItem(tr("My stores"), StoreScope(mine).codes());
    for (const auto& store : std::as_const(choices))
        addItem(core::report::ReportRenderer::storeName(store), QStringList{store.code});
    if (!setScope(before))
        setCurrentIndex(0);
}

StoreScope StoreFilterCombo::scope() const
{
    // Nothing to choose from (no stores, or not shown): the account's own default.
    if (count() == 0)
        return StoreScope::ofSession();
    return StoreScope(currentData().toStringList());
}

bool StoreFilterCombo::setScope(const StoreScope& scope)
{
    for (int i = 0; i < count(); ++i)
        if (StoreScope(itemData(i).toStringList()) == scope) {
            const QSignalBlocker blocker(this);
            setCurrentIndex(i);
            return true;
        }
    return false;
}

void StoreFilterCombo::remember() const
{
    QSettings().setValue(settingsPath(m_settingsKey), scope().codes().join(QLatin1Char(',')));
}

} // namespace clientele::ui
