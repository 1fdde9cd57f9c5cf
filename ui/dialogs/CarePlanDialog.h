#pragma once

#include "care/FollowUpPlanner.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace clientele::ui {

// Preview of Run Care Rules before anything is saved: how many new follow-ups, per rule and per
// day, and the list of them. The day cap (a shop setting) can be changed here and the plan is
// redrawn at once; Create saves the cap (owners) and the caller applies plan().
class CarePlanDialog : public QDialog
{
    Q_OBJECT
public:
    CarePlanDialog(const core::care::CarePlan& plan, bool mayChangeCap, QWidget* parent = nullptr);
    const core::care::CarePlan& plan() const { return m_plan; }
    bool capChanged() const { return m_capChanged; }

private:
    void replan();
    void display(const core::care::CarePlan& plan);

    core::care::CarePlan m_plan;
    QLabel* m_summary;
    QSpinBox* m_cap;
    QCheckBox* m_skipSundays;
    QTableWidget* m_rules;
    QTableWidget* m_days;
    QTableWidget* m_tasks;
    QPushButton* m_create;
    bool m_capChanged = false;
};

} // namespace clientele::ui
