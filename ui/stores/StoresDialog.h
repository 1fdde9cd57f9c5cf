#pragma once

#include "storage/StoreRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Tools ▸ Stores…: the chain's store list (code, name, address, how many customers have the
// store as their home store). Owners add, edit and remove stores through stores::StoreService
// (checks, audit log); a store with history stays, and the core's message says why. Staff and
// a read-only shop see the list only. Enter edits the current store, Delete removes it.
class StoresDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoresDialog(core::storage::Database& database, QWidget* parent = nullptr);

    // Shows the dialog; true when the store list changed (views that name stores read again).
    static bool edit(core::storage::Database& database, QWidget* parent);
    // "Name (CODE)", or the code alone while the store is named as its code.
    static QString label(const core::storage::Store& store);

    bool changed() const { return m_changed; }
    void reload(const QString& select = {}); // keeps the current store, or selects `select`
    QTableWidget* table() const { return m_table; }

    // The buttons' actions (also for tests).
    void addStore();
    void editStore();
    void removeStore();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentCode() const;
    bool mayChange() const;
    void updateButtons();

    core::storage::Database& m_database;
    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_readOnly;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_changed = false;
};

} // namespace clientele::ui
