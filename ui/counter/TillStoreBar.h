#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The counter's line about the store this till (machine, SaleService::defaultTill()) sells for:
// "Store: name" for staff, a choice for owners (stores::StoreService::setStoreOfTill, audited).
// While the shop has stores and the till has none, a prompt asks for one; nothing is blocked. A
// shop without stores does not see the line at all.
class TillStoreBar : public QWidget
{
    Q_OBJECT
public:
    explicit TillStoreBar(core::storage::Database& database, QWidget* parent = nullptr);

    void reload(); // the store list and this till's store, read again
    // The owner's choice is on screen (a shop with stores, an owner, a writable shop).
    bool canChoose() const;
    void focusChoice(); // Counter ▸ Choose This Till's Store: the list, open
    QString till() const { return m_till; }

Q_SIGNALS:
    void message(const QString& text); // what was set, or why not, for the page's status line

private:
    void choose(int index);

    core::storage::Database& m_database;
    QString m_till;
    QLabel* m_caption;
    QLabel* m_name;    // staff, or a read-only shop: the store as text
    QComboBox* m_store; // owners: the choice
    QLabel* m_prompt;
};

} // namespace clientele::ui
