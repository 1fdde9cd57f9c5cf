#pragma once

#include <QWidget>

class QTreeWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// A customer's story, newest first: purchases, refunds, notes, follow-ups and tier changes.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(const core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
    void reload();
    int eventCount() const;

private:
    const core::storage::Database& m_database;
    qint64 m_customerId;
    QTreeWidget* m_tree;
};

} // namespace clientele::ui
