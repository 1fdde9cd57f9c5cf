#pragma once

#include <QDialog>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The 360° view of one customer: who they are, their tier and stage with the reasons, RFM and
// predicted value, and their purchases. Read from the core when opened.
class CustomerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerProfileDialog(const core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
};

} // namespace clientele::ui
