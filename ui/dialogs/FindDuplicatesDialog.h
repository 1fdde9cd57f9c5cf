#pragma once

#include "customers/DuplicateFinder.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Tools ▸ Find Duplicates: every pair of records in the shop that share a phone, an e-mail or a
// name, with why and what contradicts it (another birthday, city or gender). Pairs that share a
// phone or e-mail and contradict nothing are checked; the owner merges the checked ones, each
// through the journalled merge (the lower id survives, its own values first), and can undo them.
class FindDuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    FindDuplicatesDialog(core::storage::Database& database, QWidget* parent = nullptr);

    int pairCount() const { return int(m_pairs.size()); }
    const core::customers::DuplicatePair& pair(int row) const { return m_pairs.at(row); }
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    int mergeChecked(); // merged pairs; asks nothing, reports failures in the status line
    bool undoLastMerge();
    bool changed() const { return m_changed; }

private:
    void load();

    core::storage::Database& m_database;
    QList<core::customers::DuplicatePair> m_pairs;
    QList<qint64> m_merges; // journal ids of this dialog's merges, oldest first
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_merge;
    QPushButton* m_undo;
    bool m_changed = false;
};

} // namespace clientele::ui
