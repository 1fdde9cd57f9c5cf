#pragma once

#include <QWidget>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The profile's Member tab: what the member holds (points, what expires soon, stored value as
// principal and bonus) and every ledger row with who and which till, newest first; then the
// counter sales and their refunds.
class MemberLedgerPanel : public QWidget
{
    Q_OBJECT
public:
    MemberLedgerPanel(const core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
};

} // namespace clientele::ui
