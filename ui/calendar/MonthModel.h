#pragma once

#include "storage/FollowUpRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

namespace clientele::ui {

// One calendar page: six weeks of seven days, starting on the locale's first day of the week, with
// the follow-up counts of each day. Follow-ups dropped on a day ask to be moved there.
class MonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { DateRole = Qt::UserRole + 1, OpenRole, DoneRole, OverdueRole, InMonthRole, TodayRole };
    static constexpr auto kMimeType = "application/x-clientele-follow-ups";

    explicit MonthModel(QObject* parent = nullptr);

    void setMonth(const QDate& anyDayOfMonth);
    QDate month() const { return m_month; } // the first day
    QDate firstShown() const { return m_first; }
    QDate lastShown() const { return m_first.addDays(41); }
    void setLoads(const QMap<QDate, core::storage::DayLoad>& loads, const QDate& today);
    QModelIndex indexOf(const QDate& date) const;
    QDate dateAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    static QList<qint64> idsFrom(const QMimeData* data);

Q_SIGNALS:
    void followUpsDropped(const QList<qint64>& ids, const QDate& day);

private:
    QDate m_month;
    QDate m_first;
    QDate m_today;
    QMap<QDate, core::storage::DayLoad> m_loads;
};

} // namespace clientele::ui
