#pragma once

#include "stores/StoreScope.h"

#include <QComboBox>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The store filter of the dashboard and the monthly report: whose figures to show. An owner (or an
// account not limited to stores) gets "All stores" and each store of the chain; an account limited
// to stores gets only its own ("My stores" first when it has several). Starts at the choice last
// made by this account (QSettings, under `settingsKey`) when still allowed, else at the account's
// default (core::stores::StoreScope::ofSession()). Hidden while the shop has fewer than two stores:
// then there is nothing to choose. Reads the store list on the GUI thread (a few rows).
class StoreFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    StoreFilterCombo(const core::storage::Database& database, const QString& settingsKey, QWidget* parent = nullptr);

    // Reads the store list again (it may have changed), keeping the choice when it still exists.
    void reload();
    bool hasStores() const { return m_hasStores; }
    core::stores::StoreScope scope() const;
    // Selects `scope` when it is one of the choices; false otherwise.
    bool setScope(const core::stores::StoreScope& scope);

Q_SIGNALS:
    // The user picked another choice (remembered already); not emitted by reload() or setScope().
    void scopeChanged(const clientele::core::stores::StoreScope& scope);

private:
    void remember() const;

    const core::storage::Database& m_database;
    QString m_settingsKey;
    bool m_hasStores = false;
};

} // namespace clientele::ui
