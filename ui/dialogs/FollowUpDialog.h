#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace clientele::core::storage {
class Database;
struct FollowUp;
} // namespace clientele::core::storage

namespace clientele::ui {

class CustomerPicker;

// When and what to follow up. Three uses: for one customer or a selection (profile, bulk action),
// a new task on a calendar day (the customer is picked here), or editing an open task.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpDialog(int customers, QWidget* parent = nullptr);
    FollowUpDialog(const core::storage::Database& database, const QDate& day, QWidget* parent = nullptr);
    explicit FollowUpDialog(const core::storage::FollowUp& task, QWidget* parent = nullptr);

    QDate dueOn() const;
    QString title() const;
    qint64 customerId() const; // the picked customer (calendar); 0 otherwise
    CustomerPicker* picker() const { return m_picker; }

private:
    void build(const QDate& due, const QDate& earliest);
    void updateOk();

    QFormLayout* m_form = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_title = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    CustomerPicker* m_picker = nullptr;
};

} // namespace clientele::ui
