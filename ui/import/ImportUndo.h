#pragma once

#include "io/ImportService.h"

#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace clientele::ui {

class BackgroundTask;

// Undoing an import, the same from the wizard's last page and from the import history: asked
// first (No by default), run on a background task, described the same way afterwards.
namespace importundo {

// Asks whether to undo import `batch`; Enter or Esc keep it.
bool confirm(QWidget* parent, qint64 batch);

// Starts the undo on `task`; `done` gets the outcome, or nothing and the reason it failed.
using Done =
    std::function<void(const std::optional<core::io::ImportService::UndoOutcome>& outcome, const QString& error)>;
bool start(BackgroundTask& task, qint64 batch, Done done);

// "Import #3 undone.", then what it removed and restored, one line each.
QStringList describe(qint64 batch, const core::io::ImportService::UndoOutcome& outcome);

} // namespace importundo
} // namespace clientele::ui
