#pragma once

#include "care/FollowUpCalendar.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace clientele::core::storage {
class Database;
struct FollowUp;
}

namespace clientele::ui {

// Marks a follow-up done: what came of it (shown on the customer's timeline) and, if wanted, the
// next visit or call booked at once; with the database, the phone and a suggested message above.
class CompleteFollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    // With a database, the dialog also shows how to reach the customer and a suggested message.
    explicit CompleteFollowUpDialog(const core::storage::FollowUp& task, QWidget* parent = nullptr,
                                    const core::storage::Database* database = nullptr);
    QString outcome() const;
    std::optional<core::care::Revisit> revisit() const;

private:
    QPlainTextEdit* m_outcome;
    QCheckBox* m_bookRevisit;
    QDateEdit* m_revisitOn;
    QLineEdit* m_revisitTitle;
};

} // namespace clientele::ui
