#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Sign-in for a shop with user accounts. Stays open on a wrong password, saying so (and when the
// account is locked, until when); accepted once the core has signed the user in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(core::storage::Database& database, QWidget* parent = nullptr);
    void trySignIn();

private:
    core::storage::Database& m_database;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLabel* m_message;
};

// True when the shop has no accounts or someone signed in; false when the user gave up.
bool signInIfNeeded(core::storage::Database& database, QWidget* parent = nullptr);

} // namespace clientele::ui
