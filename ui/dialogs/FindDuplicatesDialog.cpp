#include "FindDuplicatesDialog.h"

#include "customers/CustomerMerger.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "widgets/PhoneDisplay.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
enum Column { Check, First, Second, Why, Conflicts, ColumnCount };

QString describe(const core::Customer& c)
{
    QString text = FindDuplicatesDialog::tr("%1 (customer %2)").arg(c.name).arg(c.id);
    if (!c.phone.isEmpty())
        text += QStringLiteral(" · ") + phoneShown(c.phone);
    if (!c.city.isEmpty())
        text += QStringLiteral(" · ") + c.city;
    return text;
}

bool strong(const core::customers::DuplicatePair& p)
{
    return (!p.first.phone.isEmpty() && p.first.phone == p.second.customer.phone) ||
           (!p.first.email.isEmpty() && p.first.email == p.second.customer.email);
}
} // namespace

FindDuplicatesDialog::FindDuplicatesDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("findDuplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    resize(980, 560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Records that share a phone, an e-mail or a name. Pairs sharing a phone or e-mail with "
                                "nothing contradicting are checked. Red pairs give another birthday, city or gender: "
                                "probably two people; check them only if you are sure. The first record of a pair is "
                                "kept, and every merge can be undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("duplicatePairs"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Merge"), tr("Keep"), tr("Merge into it"), tr("Why"), tr("Conflicts")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(Conflicts, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findDuplicatesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge Checked"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeChecked"));
    m_undo = buttons->addButton(tr("&Undo Last Merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoLastMerge"));
    m_undo->setEnabled(false);
    const bool allowed = core::security::Session::can(core::security::Permission::Merge) && !m_database.isReadOnly();
    m_merge->setEnabled(allowed);
    if (!allowed)
        m_merge->setToolTip(tr("Only the owner may merge customers, and not in a read-only file."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeChecked(); });
    connect(m_undo, &QPushButton::clicked, this, &FindDuplicatesDialog::undoLastMerge);
    layout->addWidget(buttons);
    load();
}

void FindDuplicatesDialog::load()
{
    const auto found = core::customers::DuplicateFinder::allPairs(m_database);
    if (!found)
        m_status->setText(found.error().message);
    m_pairs = found ? *found : QList<core::customers::DuplicatePair>();
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const auto& p = m_pairs[row];
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        check->setCheckState(strong(p) && !p.second.conflicting() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Check, check);
        m_table->setItem(row, First, new QTableWidgetItem(describe(p.first)));
        m_table->setItem(row, Second, new QTableWidgetItem(describe(p.second.customer)));
        m_table->setItem(row, Why, new QTableWidgetItem(p.second.reasons.join(QStringLiteral(", "))));
        auto* conflicts = new QTableWidgetItem(p.second.conflicting()
                                                   ? tr("⚠ probably another person: %1").arg(p.second.conflicts.join(QStringLiteral("; ")))
                                                   : QString());
        conflicts->setToolTip(conflicts->text());
        m_table->setItem(row, Conflicts, conflicts);
        if (p.second.conflicting())
            for (int column = First; column < ColumnCount; ++column)
                m_table->item(row, column)->setForeground(QColor(0xb9, 0x1c, 0x1c));
    }
    m_table->resizeColumnsToContents();
    if (found && m_pairs.isEmpty())
        m_status->setText(tr("No two records share a phone, an e-mail or a name."));
    else if (found && m_pairs.size() >= core::customers::DuplicateFinder::kPairLimit)
        m_status->setText(tr("The first %Ln pairs are shown; merge or leave them and look again for more.", nullptr,
                             int(m_pairs.size())));
    else if (found)
        m_status->setText(tr("%Ln pair(s) found.", nullptr, int(m_pairs.size())));
}

bool FindDuplicatesDialog::isChecked(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, Check);
    return item && item->checkState() == Qt::Checked;
}

void FindDuplicatesDialog::setChecked(int row, bool checked)
{
    if (QTableWidgetItem* item = m_table->item(row, Check))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

int FindDuplicatesDialog::mergeChecked()
{
    int merged = 0;
    QStringList failed;
    QSet<qint64> gone; // merged away by an earlier pair of this run
    for (int row = 0; row < m_pairs.size(); ++row) {
        if (!isChecked(row))
            continue;
        const auto& p = m_pairs[row];
        if (gone.contains(p.first.id) || gone.contains(p.second.customer.id)) {
            failed.append(tr("%1 and %2: one of them was merged already; find duplicates again.")
                              .arg(p.first.id)
                              .arg(p.second.customer.id));
            continue;
        }
        const auto result = core::customers::CustomerMerger::defaultResult(p.first, p.second.customer);
        const auto id = core::customers::CustomerMerger::merge(m_database, p.first.id, p.second.customer.id, result);
        if (!id) {
            failed.append(id.error().message);
            continue;
        }
        gone.insert(p.second.customer.id);
        m_merges.append(*id);
        ++merged;
    }
    if (merged > 0)
        m_changed = true;
    load();
    m_status->setText(failed.isEmpty() ? tr("%Ln pair(s) merged. Undo Last Merge brings a record back.", nullptr, merged)
                                       : tr("%Ln pair(s) merged; not merged: %1", nullptr, merged).arg(failed.join(u' ')));
    m_undo->setEnabled(!m_merges.isEmpty());
    return merged;
}

bool FindDuplicatesDialog::undoLastMerge()
{
    if (m_merges.isEmpty())
        return false;
    const auto undone = core::customers::CustomerMerger::undo(m_database, m_merges.last());
    if (!undone) {
        m_status->setText(undone.error().message);
        return false;
    }
    m_merges.removeLast();
    m_changed = true;
    load();
    m_status->setText(tr("Merge undone; customer %1 is back.").arg(*undone));
    m_undo->setEnabled(!m_merges.isEmpty());
    return true;
}

} // namespace clientele::ui
