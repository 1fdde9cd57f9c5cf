#include "DueTodayNotifier.h"

#include "storage/FollowUpRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace clientele::ui {

namespace {
constexpr int kNamesShown = 3;
}

DueTodayNotifier::DueTodayNotifier(const core::storage::Database& database, QObject* parent)
    : QObject(parent), m_database(database), m_timer(new QTimer(this))
{
    m_timer->setInterval(15 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer->start();
    QTimer::singleShot(3000, this, [this] { check(); }); // after the window has settled
}

QString DueTodayNotifier::message(const QList<core::storage::FollowUp>& openUpToToday, const QDate& today)
{
    QStringList names;
    int dueToday = 0;
    int overdue = 0;
    for (const auto& f : openUpToToday) {
        if (f.dueOn < today) {
            ++overdue;
            continue;
        }
        ++dueToday;
        if (names.size() < kNamesShown && !names.contains(f.customerName))
            names.append(f.customerName);
    }
    if (dueToday == 0)
        return {};
    QString text = tr("%Ln follow-up(s) due today: %1", nullptr, dueToday).arg(names.join(tr(", ", "list separator")));
    if (dueToday > names.size())
        text += tr(" and %Ln more", nullptr, dueToday - int(names.size()));
    text += tr(".", "end of the sentence"); // 。 in Chinese
    if (overdue > 0)
        text = tr("%1 %2", "two sentences, one after the other").arg(text, tr("%Ln overdue.", nullptr, overdue));
    return text;
}

void DueTodayNotifier::check(const QDate& today)
{
    if (m_notifiedOn == today)
        return;
    const auto due = core::storage::FollowUpRepository(m_database).openUntil(today);
    if (!due)
        return;
    const QString text = message(*due, today);
    if (text.isEmpty())
        return;
    m_notifiedOn = today;
    Q_EMIT dueToday(tr("Clientele: follow-ups today"), text);
}

} // namespace clientele::ui
