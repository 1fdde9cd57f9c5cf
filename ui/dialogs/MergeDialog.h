#pragma once

#include "customers/DuplicateFinder.h"
#include "io/ImportField.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Finds records that may be the same person and merges one into this customer, with the
// surviving value picked field by field. Earlier merges are listed with Undo.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    MergeDialog(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);

    int candidateCount() const;
    void selectCandidate(int row);
    // Keep the duplicate's value of `field` instead of this customer's.
    void pickFromDuplicate(core::io::ImportField field);
    bool mergeSelected();
    bool undoLatest();
    bool changed() const { return m_changed; }

private:
    void loadCandidates();
    void loadHistory();
    void showFields();
    int chosenRow() const; // the selected candidate, −1 for none

    core::storage::Database& m_database;
    qint64 m_customerId;
    QList<core::customers::DuplicateCandidate> m_candidates;
    QList<qint64> m_mergeIds;
    QListWidget* m_list;
    QTableWidget* m_fields;
    QList<QButtonGroup*> m_choices; // one per field row: 0 = this customer, 1 = the duplicate
    QListWidget* m_history;
    QPushButton* m_merge;
    QPushButton* m_undo;
    QLabel* m_empty;
    bool m_changed = false;
};

} // namespace clientele::ui
