#include "ImportHistoryDialog.h"

#include "ImportUndo.h"
#include "i18n/LocalDates.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/ImportBatchRepository.h"
#include "widgets/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
enum Column { Id, When, Kind, File, Rows, Added, Updated, Skipped, Problems, State, ColumnCount };

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ImportHistoryDialog::ImportHistoryDialog(const core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database), m_task(new BackgroundTask(database.location().url(), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every import of this shop, newest first. Undoing one removes what it added and "
                                "restores every value it changed."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("What"), tr("File"), tr("Rows"), tr("Added"),
                                        tr("Updated"), tr("Skipped"), tr("Problems"), tr("State")});
    m_table->horizontalHeaderItem(Problems)->setToolTip(tr("Rows refused for a bad or missing value"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_empty = new QLabel(tr("No imports yet. File ▸ Import Customers or Orders… (Ctrl+I) brings in a CSV or Excel "
                            "file."),
                         this);
    m_empty->setObjectName(QStringLiteral("importHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("importHistoryOutcome"));
    m_outcome->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo Import…"), this);
    m_undo->setObjectName(QStringLiteral("importHistoryUndo"));
    m_undo->setToolTip(tr("Removes what the selected import added and restores what it changed (asks first)."));
    m_undo->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::selectionChanged);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(900, 460);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 selected =
        m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), Id)->data(Qt::UserRole).toLongLong() : 0;
    m_table->setRowCount(0);
    auto batches = core::storage::ImportBatchRepository(m_database).list();
    if (!batches) {
        m_outcome->setText(batches.error().message);
        return;
    }
    m_table->setRowCount(int(batches->size()));
    for (int row = 0; row < batches->size(); ++row) {
        const auto& b = batches->at(row);
        auto* id = numberItem(b.id);
        id->setData(Qt::UserRole, b.id);
        id->setData(Qt::UserRole + 1, b.undoneAt.isValid());
        m_table->setItem(row, Id, id);
        m_table->setItem(row, When,
                         new QTableWidgetItem(core::i18n::LocalDates::shortDateTime(b.startedAt.toLocalTime())));
        m_table->setItem(row, Kind,
                         new QTableWidgetItem(b.kind == u"customers" ? tr("Customers", "what an import brought in")
                                                                     : tr("Orders", "what an import brought in")));
        m_table->setItem(row, File, new QTableWidgetItem(b.fileName));
        m_table->setItem(row, Rows, numberItem(b.rowsRead));
        m_table->setItem(row, Added, numberItem(b.inserted));
        m_table->setItem(row, Updated, numberItem(b.updated));
        m_table->setItem(row, Skipped, numberItem(b.skipped));
        m_table->setItem(row, Problems, numberItem(b.errors));
        m_table->setItem(row, State,
                         new QTableWidgetItem(
                             b.undoneAt.isValid()
                                 ? tr("Undone %1").arg(core::i18n::LocalDates::shortDateTime(b.undoneAt.toLocalTime()))
                                 : tr("In effect")));
        if (b.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch); // sized to contents again above
    m_table->setVisible(!batches->isEmpty());
    m_empty->setVisible(batches->isEmpty());
    if (m_table->currentRow() < 0 && !batches->isEmpty())
        m_table->selectRow(0);
    selectionChanged();
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Id)->isSelected())
        return 0;
    const QTableWidgetItem* id = m_table->item(row, Id);
    return id->data(Qt::UserRole + 1).toBool() ? 0 : id->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::selectionChanged()
{
    m_undo->setEnabled(!m_task->isRunning() && selectedBatch() > 0);
}

void ImportHistoryDialog::undoSelected()
{
    const qint64 batch = selectedBatch();
    if (batch <= 0 || m_task->isRunning() || !importundo::confirm(this, batch))
        return;
    m_undo->setEnabled(false);
    m_outcome->setText(tr("Undoing import #%1…").arg(batch));
    const bool started = importundo::start(
        *m_task, batch,
        [this, batch](const std::optional<core::io::ImportService::UndoOutcome>& outcome, const QString& error) {
            if (outcome) {
                m_outcome->setText(importundo::describe(batch, *outcome).join(u' '));
                Q_EMIT databaseChanged();
            } else {
                m_outcome->clear();
                QMessageBox::warning(this, tr("Undo Import"), error);
            }
            reload();
        });
    if (!started)
        selectionChanged();
}

} // namespace clientele::ui
