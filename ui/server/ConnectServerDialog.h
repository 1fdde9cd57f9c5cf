#pragma once

#include "storage/DatabaseLocation.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// File ▸ Connect to Shop Server…: where a chain's shared PostgreSQL server is (host, port,
// database, user, password, TLS). Connect opens the shop there (an empty database gets the schema
// on the first connection, as a new file does) and stays open with the reason in the user's
// language when that fails. The fields are remembered in QSettings (group "shopServer") on
// success; the password only when "Remember the password" is ticked, which it is not by default.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    // The server as the fields describe it now (sslmode prefer or require).
    core::storage::DatabaseLocation location() const;
    // Checks the fields, connects and opens the shop; accepts on success.
    void tryConnect();
    // The opened shop after the dialog was accepted (once).
    std::unique_ptr<core::storage::Database> takeDatabase();

private:
    void remember() const;
    void showProblem(const QString& text);

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QCheckBox* m_rememberPassword;
    QLabel* m_message;
    QPushButton* m_connect;
    std::unique_ptr<core::storage::Database> m_opened;
};

} // namespace clientele::ui
