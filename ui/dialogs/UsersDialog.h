#pragma once

#include <QDialog>

class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The owner's account management: add owners and staff, reset passwords, change roles, remove.
// Every change goes through the core's UserDirectory (rules, hashing, audit log).
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(core::storage::Database& database, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    QString selectedName() const;
    bool askPassword(const QString& name, QString* password);
    void report(bool ok, const QString& message);

    core::storage::Database& m_database;
    QTableWidget* m_table;
};

} // namespace clientele::ui
