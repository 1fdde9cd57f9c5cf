#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace clientele::core::storage {
class Database;
struct CustomerListRow;
} // namespace clientele::core::storage

namespace clientele::ui {

// Type a name, phone fragment or member code; pick one of the best matches (search as in the list).
class CustomerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPicker(const core::storage::Database& database, QWidget* parent = nullptr);
    qint64 customerId() const; // 0 until one is picked
    QString customerName() const;
    void search(const QString& text);
    // Shows this customer as the one match, picked, their name in the search box (the counter's
    // F3 from the customer list). 0 or an unknown id leaves the picker as it is.
    void pick(qint64 customerId);
    // Focus on the search text, all of it selected (the counter's F3): typing replaces it.
    void focusSearch();

Q_SIGNALS:
    void customerChanged(qint64 id);
    void chosen(qint64 id); // Enter in the search box with a customer picked

private:
    void addMatch(const core::storage::CustomerListRow& row);

    const core::storage::Database& m_database;
    QLineEdit* m_search;
    QListWidget* m_matches;
};

} // namespace clientele::ui
