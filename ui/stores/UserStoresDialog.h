#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Users and Roles ▸ Stores…: which stores an account sees the figures of (dashboard, monthly
// report, at-risk lists). Ticks on some stores limit the account to them; no tick: the whole chain.
// Saving goes through core::stores::StoreService::setStoresOfUser (owners only, audited).
class UserStoresDialog : public QDialog
{
    Q_OBJECT
public:
    UserStoresDialog(core::storage::Database& database, const QString& userName, const QStringList& current,
                     QWidget* parent = nullptr);

    QStringList checkedCodes() const;
    void setChecked(const QStringList& codes);
    // Saves the ticks; false (after a message box) when the core refused.
    bool save();

private:
    core::storage::Database& m_database;
    QString m_userName;
    QListWidget* m_list;
};

} // namespace clientele::ui
