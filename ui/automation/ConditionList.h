#pragma once

#include "domain/Result.h"

#include <QJsonArray>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class ParamForm;

// A rule's conditions, one row each: what is checked (tier, tags, city …) and its settings, with
// Remove; Add Condition below. No rows: the rule acts for everyone its trigger finds.
class ConditionList : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionList(const core::storage::Database& database, QWidget* parent = nullptr);

    void setConditions(const QJsonArray& conditions);
    core::Result<QJsonArray> conditions() const;
    void setEditable(bool editable);
    QPushButton* addButton() const { return m_add; }
    QList<QWidget*> focusChain() const; // each row's controls, then Add Condition

Q_SIGNALS:
    void edited(); // by the user: a row added, removed or changed

private:
    struct Row
    {
        QWidget* frame;
        QComboBox* kind;
        ParamForm* params;
    };
    void addRow(const QJsonObject& condition);
    void removeRow(QWidget* frame);
    void updateEmptyText();

    const core::storage::Database& m_database;
    QVBoxLayout* m_rows;
    QLabel* m_empty;
    QPushButton* m_add;
    QList<Row> m_list;
    bool m_editable = true;
};

} // namespace clientele::ui
