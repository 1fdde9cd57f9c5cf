#include "AgendaModel.h"
#include "customers/DisplayName.h"
#include "i18n/LocalDates.h"

#include "MonthModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QMimeData>

#include <set>

namespace clientele::ui {

AgendaModel::AgendaModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgendaModel::setTasks(const QList<core::storage::FollowUp>& tasks, const QDate& today)
{
    beginResetModel();
    m_tasks = tasks;
    m_today = today;
    endResetModel();
}

int AgendaModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_tasks.size(); ++row)
        if (m_tasks.at(row).id == id)
            return row;
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::statusLabel(const core::storage::FollowUp& task, const QDate& today)
{
    if (task.status == u"done")
        return tr("Done");
    if (task.status == u"cancelled")
        return tr("Cancelled");
    if (task.dueOn < today)
        return tr("Overdue %Ln day(s)", nullptr, int(task.dueOn.daysTo(today)));
    return task.dueOn == today ? tr("Due today") : tr("Open");
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const core::storage::FollowUp& f = m_tasks.at(index.row());
    const bool overdue = f.isOpen() && f.dueOn < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: return core::i18n::LocalDates::shortDate(f.dueOn);
        case Customer: return core::customers::displayName(f.customerName);
        case Task: return f.title;
        case Reason: return f.reason;
        case Status: return statusLabel(f, m_today);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{f.title};
        if (f.madeByRule())
            lines.append(tr("Made by the care rule “%1”: %2").arg(f.originRule, f.reason));
        else if (!f.reason.isEmpty())
            lines.append(f.reason);
        if (!f.outcome.isEmpty())
            lines.append(tr("Outcome: %1").arg(f.outcome));
        if (f.isOpen())
            lines.append(tr("Drag onto a day of the month to move it."));
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (!f.isOpen())
            return QBrush(QColor(0x94, 0xa3, 0xb8));
        return {};
    case IdRole: return f.id;
    case CustomerIdRole: return f.customerId;
    case OpenRole: return f.isOpen();
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case Customer: return tr("Customer");
    case Task: return tr("Task");
    case Reason: return tr("Why");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_tasks.at(index.row()).isOpen())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QString::fromLatin1(MonthModel::kMimeType)};
}

QMimeData* AgendaModel::mimeData(const QModelIndexList& indexes) const
{
    std::set<qint64> ids; // one per row, whatever the number of selected columns
    for (const QModelIndex& index : indexes)
        if (index.isValid() && m_tasks.at(index.row()).isOpen())
            ids.insert(m_tasks.at(index.row()).id);
    QByteArrayList parts;
    for (qint64 id : ids)
        parts.append(QByteArray::number(id));
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(MonthModel::kMimeType), parts.join(','));
    return data;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace clientele::ui
