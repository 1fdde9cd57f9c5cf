#pragma once

#include "io/ImportOptions.h"
#include "io/ImportReport.h"

#include <QWizard>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class BackgroundTask;

// What the wizard's pages settle one after the other, read by the next page.
struct ImportWizardState
{
    QString path;
    core::io::ImportOptions options;              // kind, encoding, delimiter, mapping, duplicate policy
    std::optional<core::io::ImportReport> check;  // the dry run
    std::optional<core::io::ImportReport> result; // the import
    qint64 resegmented = 0;
    bool undone = false;
};

// File → encoding and delimiter with a live preview → column mapping → dry run with the bad
// rows → the import on a worker thread with progress and Cancel → summary with "Undo this import".
// The import runs on its own connection to the database file; `database` (the window's) is used
// for reading saved mappings only. The main window opens it window-modal: while an import holds
// the write lock, the window's own edits (and opening or restoring another shop) must wait, so the
// wizard stays in front; it stays responsive itself, and Cancel or Esc rolls the import back.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CheckPageId, RunPageId };

    ImportWizard(core::storage::Database& database, const QString& file = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportWizardState& state() { return m_state; }
    core::storage::Database& database() { return m_database; }
    BackgroundTask& task() { return *m_task; }

    void reject() override; // asks first when work would be lost; cancels a running import

Q_SIGNALS:
    // The database changed (an import or its undo): views reload.
    void databaseChanged();

private:
    bool confirmLeaving();
    core::storage::Database& m_database;
    ImportWizardState m_state;
    BackgroundTask* m_task = nullptr;
};

} // namespace clientele::ui
