#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The profile's "Cards & coupons" tab: the customer's visit cards (uses left, last day, a use
// recorded after a confirmation, a card sold) and coupons (status), and the door to the shop's
// plans and coupon types (MemberProgramDialog). Everything goes through core::member.
class CardsCouponsPanel : public QWidget
{
    Q_OBJECT
public:
    CardsCouponsPanel(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    void reload();
    // The actions behind the buttons (the tests call them too); each asks before it writes.
    bool useSelectedCard();
    bool sellCard();
    bool issueCoupon();
    void managePlans();

Q_SIGNALS:
    void changed(); // a card sold (an order) or used, a coupon issued

private:
    void updateButtons();

    core::storage::Database& m_database;
    qint64 m_customerId;
    QTableWidget* m_cards = nullptr;
    QTableWidget* m_coupons = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_sell = nullptr;
    QPushButton* m_issue = nullptr;
};

} // namespace clientele::ui
