#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The owner's view of the audit log: newest first, filtered by kind, with the integrity check.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(const core::storage::Database& database, QWidget* parent = nullptr);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    const core::storage::Database& m_database;
    QComboBox* m_action;
    QTableWidget* m_table;
    QLabel* m_integrity;
};

} // namespace clientele::ui
