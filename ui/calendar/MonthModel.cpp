#include "domain/Clock.h"
#include "MonthModel.h"

#include <QLocale>
#include <QMimeData>

namespace clientele::ui {

MonthModel::MonthModel(QObject* parent) : QAbstractTableModel(parent)
{
    setMonth(core::Clock::today());
}

void MonthModel::setMonth(const QDate& anyDayOfMonth)
{
    beginResetModel();
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    const int firstWeekday = QLocale().firstDayOfWeek(); // Monday in China, Sunday in the US
    const int back = (m_month.dayOfWeek() - firstWeekday + 7) % 7;
    m_first = m_month.addDays(-back);
    m_loads.clear();
    endResetModel();
}

void MonthModel::setLoads(const QMap<QDate, core::storage::DayLoad>& loads, const QDate& today)
{
    m_loads = loads;
    m_today = today;
    Q_EMIT dataChanged(index(0, 0), index(5, 6));
}

QModelIndex MonthModel::indexOf(const QDate& date) const
{
    const qint64 offset = m_first.daysTo(date);
    if (offset < 0 || offset >= 42)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

QDate MonthModel::dateAt(const QModelIndex& index) const
{
    return index.isValid() ? m_first.addDays(index.row() * 7 + index.column()) : QDate();
}

int MonthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

int MonthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant MonthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QDate date = dateAt(index);
    const core::storage::DayLoad load = m_loads.value(date);
    switch (role) {
    case Qt::DisplayRole: return date.day();
    case DateRole: return date;
    case OpenRole: return load.open;
    case DoneRole: return load.done;
    case OverdueRole: return load.open > 0 && date < m_today;
    case InMonthRole: return date.month() == m_month.month();
    case TodayRole: return date == m_today;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString text = QLocale().toString(date, QLocale::LongFormat);
        if (load.open > 0)
            text += u'\n' + (date < m_today ? tr("%Ln overdue", nullptr, load.open) : tr("%Ln to do", nullptr, load.open));
        if (load.done > 0)
            text += u'\n' + tr("%Ln done or cancelled", nullptr, load.done);
        return text;
    }
    default: return {};
    }
}

QVariant MonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return QLocale().dayName(m_first.addDays(section).dayOfWeek(), QLocale::ShortFormat);
}

Qt::ItemFlags MonthModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled : Qt::NoItemFlags;
}

QStringList MonthModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

Qt::DropActions MonthModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QList<qint64> MonthModel::idsFrom(const QMimeData* data)
{
    QList<qint64> ids;
    if (!data)
        return ids;
    for (const QByteArray& part : data->data(QString::fromLatin1(kMimeType)).split(','))
        if (const qint64 id = part.toLongLong(); id > 0)
            ids.append(id);
    return ids;
}

bool MonthModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int column,
                                 const QModelIndex& parent) const
{
    const QModelIndex target = parent.isValid() ? parent : index(row, column);
    return target.isValid() && !idsFrom(data).isEmpty();
}

bool MonthModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                              const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex target = parent.isValid() ? parent : index(row, column);
    Q_EMIT followUpsDropped(idsFrom(data), dateAt(target));
    return true; // the agenda reloads from the database, so the source has nothing to remove
}

} // namespace clientele::ui
