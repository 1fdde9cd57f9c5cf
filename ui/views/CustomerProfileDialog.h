#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CardsCouponsPanel;
class CustomerEditForm;
class CustomerProductsPanel;
class MemberLedgerPanel;
class SensitiveFieldsPanel;
class SurveyPanel;
class TimelineView;

// The 360° view of one customer: header with tier badge (reason as tooltip), stage, RFM and tags
// (editable); key numbers and predicted value; editable contact fields; the timeline with notes
// and follow-ups; purchases; and finding and merging duplicates. customerId 0 = a new customer.
class CustomerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerProfileDialog(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    // Something was saved (views showing customers reload).
    bool changed() const { return m_changed; }

Q_SIGNALS:
    // A sale, card or ledger change made here was read back into the profile: the window behind
    // (its status bar's order count) need not wait for the profile to close.
    void dataChanged();

public:
    // The actions behind the buttons (also used by the tests).
    bool saveContact();
    bool addNote();
    bool scheduleFollowUp();
    void editTags();
    void findDuplicates();
    void exportEverything(const QString& path = {}); // the customer's right of access (JSON); empty: ask
    void erase();                                     // personal data removed, orders kept anonymously

    // The size a profile opens at: as remembered (QSettings customerProfile/size, written when it
    // closes), else large enough for every tab; within `available` (the screen's room, and the main
    // window's size when it has one), at least 820×640.
    static QSize initialSize(const QSize& available, const QSize& remembered);

    void done(int result) override; // remembers the size
    void accept() override; // Save: the contact form, then close
    void reject() override; // asks before dropping unsaved contact changes

private:
    void buildHeader();
    QWidget* buildOverview();
    QWidget* buildTimeline();
    QTableWidget* buildPurchases();
    void fillPurchases(QTableWidget* purchases);
    // The purchases tab's heading: orders and refunds as every figure counts them (Order::isOrder).
    static QString purchasesHeading(int orders, int refunds);
    // Every tab read again (header, overview, timeline, purchases, products, cards, member, survey,
    // sensitive fields; the contact form unless edited): after any write the profile makes, after
    // F5 and after another till's change.
    void refresh();

    core::storage::Database& m_database;
    qint64 m_customerId;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    CustomerEditForm* m_form = nullptr;
    TimelineView* m_timeline = nullptr;
    QTableWidget* m_purchases = nullptr;
    QWidget* m_overview = nullptr;
    CustomerProductsPanel* m_products = nullptr;
    CardsCouponsPanel* m_cards = nullptr;
    MemberLedgerPanel* m_member = nullptr;
    SurveyPanel* m_survey = nullptr;
    SensitiveFieldsPanel* m_sensitive = nullptr;
    bool m_changed = false;
};

} // namespace clientele::ui
