#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace clientele::core::storage {
class Database;
struct FollowUp;
}

namespace clientele::ui {

// How to reach the customer of a follow-up and what to say: the phone (masked by the core's rule;
// Show reveals it, recorded in the audit log) and the rule's suggested message, editable, with Copy.
// Used under the agenda and in the Done dialog.
class ContactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPanel(const core::storage::Database& database, QWidget* parent = nullptr);
    void setTask(const core::storage::FollowUp& task); // reads the customer's phone
    void clear();
    QString phoneText() const;
    QString message() const;
    void revealPhone();
    void copyMessage();

private:
    const core::storage::Database& m_database;
    qint64 m_customerId = 0;
    QString m_phone; // as stored
    QLabel* m_phoneLabel;
    QPushButton* m_reveal;
    QPlainTextEdit* m_message;
    QPushButton* m_copy;
};

} // namespace clientele::ui
