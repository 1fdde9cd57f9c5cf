#pragma once

#include "storage/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace clientele::ui {

// The follow-ups of one day, of today or overdue, as the agenda beside the month lists them. Open
// tasks can be dragged onto another day of the month.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Customer, Task, Reason, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole, OpenRole };

    explicit AgendaModel(QObject* parent = nullptr);

    void setTasks(const QList<core::storage::FollowUp>& tasks, const QDate& today);
    const core::storage::FollowUp& task(int row) const { return m_tasks.at(row); }
    int rowOf(qint64 id) const; // −1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    static QString statusLabel(const core::storage::FollowUp& task, const QDate& today);

private:
    QList<core::storage::FollowUp> m_tasks;
    QDate m_today;
};

} // namespace clientele::ui
