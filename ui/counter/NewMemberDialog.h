#pragma once

#include "domain/Result.h"

#include <QDialog>

class QLineEdit;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The counter's New Member (Ctrl+Shift+N): a name and a phone, saved as a customer with the
// profile form's checks, given the shop's next member code and tiered at once.
class NewMemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewMemberDialog(core::storage::Database& database, QWidget* parent = nullptr);

    struct Enrolled
    {
        qint64 customerId = 0;
        QString name;
        QString memberCode;
    };
    // After exec() was accepted: saves and enrolls what was typed. An error says what is wrong
    // (the form's problems, one per line).
    core::Result<Enrolled> enroll();

private:
    core::storage::Database& m_database;
    QLineEdit* m_name;
    QLineEdit* m_phone;
};

} // namespace clientele::ui
