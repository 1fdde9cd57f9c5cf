#pragma once

#include "domain/Clock.h"
#include <QDate>
#include <QObject>

namespace clientele::core::storage {
class Database;
struct FollowUp;
} // namespace clientele::core::storage

class QTimer;

namespace clientele::ui {

// While the app runs, tells the owner once a day what is due today (and how much is overdue), for
// the system tray to show. Checks shortly after start and then every quarter hour, so a window left
// open overnight still speaks up in the morning.
class DueTodayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DueTodayNotifier(const core::storage::Database& database, QObject* parent = nullptr);

    void check(const QDate& today = core::Clock::today());
    // "3 follow-ups due today: 张伟, 李娜 and 1 more. 2 overdue." Empty when nothing is due.
    static QString message(const QList<core::storage::FollowUp>& openUpToToday, const QDate& today);

Q_SIGNALS:
    void dueToday(const QString& title, const QString& message);

private:
    const core::storage::Database& m_database;
    QTimer* m_timer;
    QDate m_notifiedOn;
};

} // namespace clientele::ui
