#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The contacted group one by one: each customer's message to copy into the phone or WeChat, and
// "mark contacted", which logs the message on the customer's timeline (today).
class WorkThroughDialog : public QDialog
{
    Q_OBJECT
public:
    WorkThroughDialog(core::storage::Database& database, qint64 campaignId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    void copySelected();
    void markSelected();

Q_SIGNALS:
    void marked(); // something was written

private:
    void load();

    core::storage::Database& m_database;
    qint64 m_campaignId;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace clientele::ui
