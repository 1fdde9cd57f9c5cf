#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace clientele::ui {

// When and what to follow up: for one customer (the profile) or for a selection (bulk).
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpDialog(int customers, QWidget* parent = nullptr);
    QDate dueOn() const;
    QString title() const;

private:
    QDateEdit* m_due;
    QLineEdit* m_title;
};

} // namespace clientele::ui
