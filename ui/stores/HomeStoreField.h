#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// A customer's home store on their profile: the store's name and whether it is where they first
// bought or was set by hand; owners change it (or give it back to the first purchase) through
// stores::StoreService::setHomeStore, audited.
class HomeStoreField : public QWidget
{
    Q_OBJECT
public:
    HomeStoreField(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    void reload();
    // Asks for the store (a dialog with the stores and "where they first bought"), then saves it.
    void change();
    // Whether the profile shows the field at all: the shop has stores, or the customer a home store.
    static bool wanted(const core::storage::Database& database, qint64 customerId);

Q_SIGNALS:
    void changed();

private:
    core::storage::Database& m_database;
    qint64 m_customerId;
    QString m_code; // '' none
    bool m_manual = false;
    QLabel* m_text;
    QPushButton* m_change;
};

} // namespace clientele::ui
