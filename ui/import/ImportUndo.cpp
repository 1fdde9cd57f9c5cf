#include "ImportUndo.h"

#include "widgets/BackgroundTask.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <memory>

namespace clientele::ui::importundo {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ui::ImportUndo", text);
}
} // namespace

bool confirm(QWidget* parent, qint64 batch)
{
    const auto answer = QMessageBox::question(
        parent, tr("Undo This Import"),
        tr("Undo import #%1? Everything it added is removed and every value it changed is restored. To have it "
           "back you would import the file again.")
            .arg(batch),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool start(BackgroundTask& task, qint64 batch, Done done)
{
    using core::io::ImportService;
    auto outcome = std::make_shared<std::optional<ImportService::UndoOutcome>>();
    return task.start(
        [outcome, batch](core::storage::Database& db, const core::io::ImportHooks&) {
            auto undone = ImportService::undo(db, batch);
            if (!undone)
                return core::Status(undone.error());
            *outcome = *undone;
            return core::Status();
        },
        [outcome, done = std::move(done)](bool ok, const QString& message, bool) {
            if (ok && outcome->has_value())
                done(*outcome, QString());
            else
                done(std::nullopt, message);
        });
}

QStringList describe(qint64 batch, const core::io::ImportService::UndoOutcome& outcome)
{
    const auto& s = outcome.summary;
    return {
        tr("Import #%1 undone.").arg(batch),
        QCoreApplication::translate("clientele::ui::ImportUndo", "%Ln customer(s) removed.", nullptr,
                                    int(s.customersRemoved)),
        QCoreApplication::translate("clientele::ui::ImportUndo", "%Ln order(s) removed.", nullptr,
                                    int(s.ordersRemoved)),
        QCoreApplication::translate("clientele::ui::ImportUndo", "%Ln changed value(s) restored.", nullptr,
                                    int(s.fieldsRestored)),
    };
}

} // namespace clientele::ui::importundo
