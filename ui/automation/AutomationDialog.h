#pragma once

#include "automation/ParamSpecs.h"
#include "automation/Rule.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class ConditionList;
class ParamForm;

// Tools ▸ Automation…: the automation rules (the care rules among them) with on/off, an editor for
// a rule's trigger, conditions and action with their parameters (labelled controls, seeded with
// each kind's defaults), a dry run that lists whom the rule would touch and what it would do (nothing is
// written), and the daily limit of actions. Changes are for owners (core::automation::RuleChanges
// checks and audits them); others see the rules read-only.
class AutomationDialog : public QDialog
{
    Q_OBJECT
public:
    AutomationDialog(core::storage::Database& database, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }
    void reject() override; // asks before an edited rule's changes are lost

private:
    void reload(qint64 select = 0);
    void showRule(int row);
    void newRule();
    void saveRule();
    void dryRun();
    void saveCap();
    void toggled(int row, bool on);
    bool editedRule(core::automation::Rule* rule);
    void showParams(ParamForm* form, const QList<core::automation::ParamSpec>& specs, const QJsonObject& values);
    void markEdited();
    void updateHints();
    void orderTabs();
    bool confirmDiscard();
    void fail(const QString& title, const QString& message);

    core::storage::Database& m_database;
    QList<core::automation::Rule> m_rules;
    qint64 m_currentId = 0; // 0: a new rule being written
    bool m_owner = false;
    bool m_changed = false;
    bool m_filling = false;
    bool m_dirty = false; // the rule shown was edited and not saved

    QTableWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_trigger;
    ParamForm* m_triggerParams;
    ConditionList* m_conditions;
    QComboBox* m_action;
    ParamForm* m_actionParams;
    QLabel* m_kinds;
    QPushButton* m_newRule;
    QPushButton* m_saveCap;
    QPushButton* m_close;
    QPushButton* m_save;
    QPushButton* m_dryRun;
    QLabel* m_previewSummary;
    QTableWidget* m_preview;
    QSpinBox* m_cap;
    QLabel* m_lastRun;
};

} // namespace clientele::ui
