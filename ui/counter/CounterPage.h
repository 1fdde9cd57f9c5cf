#pragma once

#include "domain/Coupon.h"
#include "member/SaleService.h"
#include "pages/Page.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace clientele::ui {

class CustomerPicker;
class TillStoreBar;

// The counter (View ▸ Counter, Ctrl+4): find a member (phone fragment, member code, name or
// pinyin) or enrol a new one, see what they hold, ring up a sale with its result shown before it
// is confirmed, top up with the bonus shown, print or save the receipt. Every field is reached
// from the keyboard; the page's own shortcuts are in its Counter menu.
class CounterPage : public Page
{
    Q_OBJECT
public:
    explicit CounterPage(core::storage::Database& database, QWidget* parent = nullptr);

    QString title() const override;
    QString menuText() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override;
    void refresh() override;
    void updateActions() override;             // also who may choose the till's store
    void showItem(qint64 customerId) override; // serve this customer (F3 from the customer list)

    // For tests and the receipt action: the last sale rung up here.
    const std::optional<core::member::SaleOutcome>& lastSale() const { return m_lastSale; }
    // Prints the last receipt to a PDF file on the chosen paper (no dialog).
    core::Status saveReceiptPdf(const QString& path);

private:
    void memberChanged(qint64 customerId);
    void showMember();
    void fillCoupons(const QList<core::Coupon>& coupons);
    core::member::SaleRequest request() const;
    void updatePreview();
    // Enter in an amount field: the focus to `button` (when it can be pressed), for a second Enter.
    void focusConfirm(QPushButton* button);
    void addPaymentRow();
    void removePaymentRow(QWidget* row);
    // The amounts typed that are not amounts, named for the preview; empty when all parse.
    QString badAmountText() const;
    void confirmSale();
    void updateTopUpPreview();
    void confirmTopUp();
    bool comeToFront(QLineEdit* field);
    void newMember();
    void refundSale();
    void printReceipt();
    void saveReceipt();
    bool writable();
    void showStoreAction();

    qint64 m_customerId = 0;
    std::optional<core::member::SaleOutcome> m_lastSale;
    CustomerPicker* m_picker;
    TillStoreBar* m_tillStore;
    QLabel* m_member;
    QLineEdit* m_amount;
    QComboBox* m_payMethod; // the first payment row's method
    struct PayRow
    {
        QWidget* row;
        QComboBox* method;
        QLineEdit* amount; // empty: the rest
    };
    QList<PayRow> m_payRows;
    QWidget* m_payBox = nullptr;
    QPushButton* m_addPayment = nullptr;
    QLabel* m_remaining = nullptr;
    QSpinBox* m_redeem;
    QComboBox* m_coupon;
    QLineEdit* m_fromBalance;
    QLabel* m_preview;
    QPushButton* m_confirm;
    QLineEdit* m_topUpAmount;
    QComboBox* m_topUpMethod;
    QLabel* m_topUpPreview;
    QPushButton* m_topUp;
    QComboBox* m_paper;
    QLabel* m_status;
    QAction* m_newMemberAction;
    QAction* m_confirmAction;
    QAction* m_topUpAction;
    QAction* m_printAction;
    QAction* m_pdfAction;
    QAction* m_refundAction;
    QAction* m_findAction;
    QAction* m_storeAction; // owners of a shop with stores
};

} // namespace clientele::ui
