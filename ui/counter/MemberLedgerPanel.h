#pragma once

#include "storage/MemberRepository.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele::core::member {
struct RefundOutcome;
}

namespace clientele::ui {

// The profile's Member tab: what the member holds (points, what expires soon, stored value as
// principal and bonus) and every ledger row with who and which till, newest first; then the
// counter sales and their refunds. A sale rung up in Clientele is refunded (or voided on its
// day) from here after a confirmation that shows what comes back (SaleService::previewRefund).
class MemberLedgerPanel : public QWidget
{
    Q_OBJECT
public:
    MemberLedgerPanel(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    void reload();
    // The confirmation's text: whose sale, its amount, what a refund gives back (translated).
    // payMethod empty: the sale's own (refund.payMethod).
    static QString refundText(const core::member::RefundOutcome& refund, const QString& payMethod = {});
    // Asks before sale `orderNo` is refunded or voided (a Yes/No question, No the default) with
    // refundText from SaleService::previewRefund; nothing is written here. False when not
    // confirmed; *problem then holds why when the preview failed (empty: the user said No).
    static bool confirmRefund(const core::storage::Database& database, const QString& orderNo, QWidget* parent,
                              QString* problem);

Q_SIGNALS:
    void changed(); // a refund was written

private:
    void selectionChanged();
    void refundSelected();

    core::storage::Database& m_database;
    qint64 m_customerId;
    QLabel* m_summary;
    QTableWidget* m_ledgers;
    QTableWidget* m_sales;
    QPushButton* m_refund;
    QLabel* m_status;
    QList<core::storage::SaleRow> m_saleRows;
    QSet<qint64> m_reversed;
};

} // namespace clientele::ui
