#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "MergeDialog.h"

#include "customers/CustomerForm.h"
#include "customers/CustomerMerger.h"
#include "widgets/PhoneDisplay.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::io::ImportField;
using core::customers::CustomerForm;
namespace importfield = core::io::importfield;

namespace {
// The fields picked one by one (tags are always combined).
QList<ImportField> mergeFields()
{
    QList<ImportField> fields = CustomerForm::fields();
    fields.removeAll(ImportField::Tags);
    return fields;
}

QString shown(ImportField field, const QString& value)
{
    if (field == ImportField::Phone)
        return phoneShown(value);
    if (field == ImportField::Gender)
        return value == u"F" ? MergeDialog::tr("Female") : value == u"M" ? MergeDialog::tr("Male") : QString();
    if (field == ImportField::MarketingConsent)
        return value == u"Y" ? MergeDialog::tr("Allowed") : MergeDialog::tr("Opted out");
    return value;
}
} // namespace

MergeDialog::MergeDialog(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Find and Merge Duplicates"));
    resize(760, 620);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Records that may be the same person:"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setMaximumHeight(110);
    m_list->setWordWrap(true); // a conflict warning is long
    layout->addWidget(m_list);
    m_empty = new QLabel(tr("No other record shares this customer's phone, e-mail or name."), this);
    m_empty->setStyleSheet(QStringLiteral("color: #64748b;"));
    layout->addWidget(m_empty);
    auto* pick = new QLabel(tr("Pick the value the merged customer keeps for each field. Orders, notes, follow-ups and "
                               "tags of both are kept; marketing opt-outs are respected."),
                            this);
    pick->setWordWrap(true);
    layout->addWidget(pick);
    m_fields = new QTableWidget(this);
    m_fields->setObjectName(QStringLiteral("mergeFields"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This customer"), tr("Duplicate")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_fields, 1);
    layout->addWidget(new QLabel(tr("Earlier merges into this customer:"), this));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("mergeHistory"));
    m_history->setMaximumHeight(80);
    layout->addWidget(m_history);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge Into This Customer"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeIntoThis"));
    m_undo = buttons->addButton(tr("&Undo Merge"), QDialogButtonBox::ActionRole);
    m_undo->setToolTip(tr("Brings the merged record back with its own orders, notes and follow-ups."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::mergeSelected);
    connect(m_undo, &QPushButton::clicked, this, &MergeDialog::undoLatest);
    // The chosen candidate is the selected one: focus alone makes the first row current without
    // choosing it, and a conflicting candidate must be chosen by hand.
    connect(m_list, &QListWidget::itemSelectionChanged, this, &MergeDialog::showFields);
    connect(m_history, &QListWidget::currentRowChanged, this,
            [this](int row) { m_undo->setEnabled(row >= 0 && m_history->item(row)->data(Qt::UserRole).toBool()); });
    layout->addWidget(buttons);
    loadCandidates();
    loadHistory();
}

void MergeDialog::loadCandidates()
{
    m_list->clear();
    const auto found = core::customers::DuplicateFinder::candidatesFor(m_database, m_customerId);
    m_candidates = found ? *found : QList<core::customers::DuplicateCandidate>();
    int proposed = -1; // the first candidate without conflicts; a conflicting one is chosen by hand only
    for (const auto& c : std::as_const(m_candidates)) {
        const QString contact = c.customer.phone.isEmpty() ? c.customer.email : phoneShown(c.customer.phone);
        auto* item = new QListWidgetItem(tr("%1 · %2 · customer %3 — %4")
                                             .arg(c.customer.name, contact)
                                             .arg(c.customer.id)
                                             .arg(c.reasons.join(QStringLiteral(", "))),
                                         m_list);
        if (c.conflicting()) {
            item->setText(tr("%1 ⚠ probably another person: %2").arg(item->text(), c.conflicts.join(QStringLiteral("; "))));
            item->setForeground(QColor(0xb9, 0x1c, 0x1c));
            item->setToolTip(tr("Birthday, city or gender differ. Merge only if you are sure this is the same person.") +
                             u'\n' + c.conflicts.join(u'\n'));
        } else if (proposed < 0) {
            proposed = m_list->count() - 1;
        }
    }
    m_empty->setVisible(m_candidates.isEmpty());
    m_list->setVisible(!m_candidates.isEmpty());
    m_list->setCurrentRow(proposed);
    showFields();
}

void MergeDialog::loadHistory()
{
    m_history->clear();
    m_mergeIds.clear();
    if (const auto history = core::customers::CustomerMerger::history(m_database, m_customerId))
        for (const auto& record : *history) {
            auto* item = new QListWidgetItem(
                record.undone ? tr("%1 (customer %2), merged %3 — undone")
                                    .arg(record.mergedName)
                                    .arg(record.mergedId)
                                    .arg(core::i18n::LocalDates::shortDateTime(record.mergedAt.toLocalTime()))
                              : tr("%1 (customer %2), merged %3")
                                    .arg(record.mergedName)
                                    .arg(record.mergedId)
                                    .arg(core::i18n::LocalDates::shortDateTime(record.mergedAt.toLocalTime())),
                m_history);
            item->setData(Qt::UserRole, !record.undone);
            m_mergeIds.append(record.id);
        }
    m_history->setCurrentRow(m_history->count() > 0 ? 0 : -1);
    m_undo->setEnabled(m_history->count() > 0 && m_history->item(0)->data(Qt::UserRole).toBool());
}

void MergeDialog::showFields()
{
    qDeleteAll(m_choices);
    m_choices.clear();
    m_fields->setRowCount(0);
    const int row = chosenRow();
    m_merge->setEnabled(row >= 0);
    if (row < 0 || row >= m_candidates.size())
        return;
    core::storage::CustomerRepository repo(m_database);
    const auto self = repo.findById(m_customerId);
    if (!self || !self->has_value())
        return;
    const core::Customer& duplicate = m_candidates[row].customer;
    const auto mine = CustomerForm::valuesOf(**self);
    const auto theirs = CustomerForm::valuesOf(duplicate);
    const auto proposed = CustomerForm::valuesOf(core::customers::CustomerMerger::defaultResult(**self, duplicate));
    const QList<ImportField> fields = mergeFields();
    m_fields->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const ImportField field = fields[i];
        m_fields->setItem(i, 0, new QTableWidgetItem(importfield::label(field)));
        auto* group = new QButtonGroup(this);
        for (int side = 0; side < 2; ++side) {
            const QString value = side == 0 ? mine.value(field) : theirs.value(field);
            auto* radio = new QRadioButton(shown(field, value).isEmpty() ? tr("(empty)") : shown(field, value), m_fields);
            radio->setObjectName(QStringLiteral("pick_%1_%2").arg(importfield::key(field)).arg(side));
            group->addButton(radio, side);
            m_fields->setCellWidget(i, side + 1, radio);
        }
        // Proposed: own value, else the duplicate's where own is empty.
        const bool fromDuplicate = mine.value(field) != proposed.value(field) && theirs.value(field) == proposed.value(field);
        group->button(fromDuplicate ? 1 : 0)->setChecked(true);
        const bool same = mine.value(field) == theirs.value(field);
        group->button(1)->setEnabled(!same);
        m_choices.append(group);
    }
    m_fields->resizeColumnToContents(0);
}

int MergeDialog::candidateCount() const
{
    return int(m_candidates.size());
}

void MergeDialog::selectCandidate(int row)
{
    m_list->setCurrentRow(row);
}

void MergeDialog::pickFromDuplicate(ImportField field)
{
    const int index = int(mergeFields().indexOf(field));
    if (index >= 0 && index < m_choices.size())
        m_choices[index]->button(1)->setChecked(true);
}

int MergeDialog::chosenRow() const
{
    const QList<QListWidgetItem*> chosen = m_list->selectedItems();
    return chosen.isEmpty() ? -1 : m_list->row(chosen.first());
}

bool MergeDialog::mergeSelected()
{
    const int row = chosenRow();
    if (row < 0 || row >= m_candidates.size())
        return false;
    core::storage::CustomerRepository repo(m_database);
    const auto self = repo.findById(m_customerId);
    if (!self || !self->has_value())
        return false;
    const core::Customer& duplicate = m_candidates[row].customer;
    const auto mine = CustomerForm::valuesOf(**self);
    const auto theirs = CustomerForm::valuesOf(duplicate);
    CustomerForm::Values picked;
    const QList<ImportField> fields = mergeFields();
    for (int i = 0; i < fields.size(); ++i)
        picked.insert(fields[i], m_choices.value(i) && m_choices[i]->checkedId() == 1 ? theirs.value(fields[i])
                                                                                       : mine.value(fields[i]));
    const auto parsed = CustomerForm::parse(picked, core::Clock::today());
    const auto merged = core::customers::CustomerMerger::merge(m_database, m_customerId, duplicate.id, parsed.customer);
    if (!merged) {
        QMessageBox::warning(this, tr("Cannot merge"), merged.error().message);
        return false;
    }
    m_changed = true;
    loadCandidates();
    loadHistory();
    return true;
}

bool MergeDialog::undoLatest()
{
    const int row = std::max(0, m_history->currentRow());
    if (row >= m_mergeIds.size())
        return false;
    const auto undone = core::customers::CustomerMerger::undo(m_database, m_mergeIds[row]);
    if (!undone) {
        QMessageBox::warning(this, tr("Cannot undo the merge"), undone.error().message);
        return false;
    }
    m_changed = true;
    loadCandidates();
    loadHistory();
    return true;
}

} // namespace clientele::ui
