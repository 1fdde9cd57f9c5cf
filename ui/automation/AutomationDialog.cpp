#include "AutomationDialog.h"

#include "ConditionList.h"
#include "ParamForm.h"

#include "automation/ParamSpecs.h"
#include "automation/Registry.h"
#include "automation/RuleChanges.h"
#include "automation/RuleEngine.h"
#include "i18n/LocalDates.h"
#include "security/Session.h"
#include "storage/AutomationRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
using core::automation::Registry;
using core::automation::Rule;

bool plansAhead(const Rule& rule)
{
    const auto* action = Registry::action(rule.actionKind());
    return action && action->makesFollowUp;
}

QTableWidget* table(const QString& name, const QStringList& headings, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headings.size()));
    t->setHorizontalHeaderLabels(headings);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    return t;
}

template <typename Kind> void fillKinds(QComboBox* combo, const QList<Kind>& kinds, bool available)
{
    for (const Kind& k : kinds) {
        QString text = Registry::label(k.label);
        if (!available)
            text = QCoreApplication::translate("clientele::ui::AutomationDialog", "%1 (%2)")
                       .arg(text, Registry::notAvailable());
        combo->addItem(text, k.key);
    }
}
} // namespace

AutomationDialog::AutomationDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database),
      m_owner(core::security::Session::can(core::security::Permission::ChangeRules) && !database.isReadOnly())
{
    setObjectName(QStringLiteral("automationDialog"));
    setWindowTitle(tr("Automation"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(980, 660);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each rule waits for a trigger, checks its conditions and then acts for the customer — "
                                "once per event. The care rules (birthdays, revisits, win-back …) are rules here too. "
                                "Rules run after each recalculation and once a day when Clientele starts."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = table(QStringLiteral("automationRules"), {tr("On"), tr("Rule"), tr("Trigger → action")}, left);
    leftLayout->addWidget(m_list);
    auto* add = new QPushButton(tr("Ne&w Rule"), left);
    m_newRule = add;
    add->setObjectName(QStringLiteral("automationNewRule"));
    add->setEnabled(m_owner);
    leftLayout->addWidget(add);

    // The editor scrolls rather than squeezing its controls on a small screen.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* right = new QWidget(scroll);
    scroll->setWidget(right);
    auto* form = new QFormLayout(right);
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("automationName"));
    form->addRow(tr("&Name:"), m_name);
    m_trigger = new QComboBox(right);
    m_trigger->setObjectName(QStringLiteral("automationTrigger"));
    QList<core::automation::TriggerKind> ready, later;
    for (const auto& k : Registry::triggers())
        (k.find ? ready : later).append(k);
    fillKinds(m_trigger, ready, true);
    fillKinds(m_trigger, later, false);
    form->addRow(tr("&Trigger:"), m_trigger);
    m_triggerParams = new ParamForm(database, right);
    m_triggerParams->setObjectName(QStringLiteral("automationTriggerParams"));
    form->addRow(tr("Trigger settings:"), m_triggerParams);
    m_conditions = new ConditionList(database, right);
    m_conditions->setObjectName(QStringLiteral("automationConditions"));
    form->addRow(tr("Conditions:"), m_conditions);
    m_action = new QComboBox(right);
    m_action->setObjectName(QStringLiteral("automationAction"));
    QList<core::automation::ActionKind> doable, notYet;
    for (const auto& k : Registry::actions())
        (k.apply ? doable : notYet).append(k);
    fillKinds(m_action, doable, true);
    fillKinds(m_action, notYet, false);
    form->addRow(tr("&Action:"), m_action);
    m_actionParams = new ParamForm(database, right);
    m_actionParams->setObjectName(QStringLiteral("automationActionParams"));
    form->addRow(tr("Action settings:"), m_actionParams);
    m_kinds = new QLabel(tr("A follow-up's title and message may use {name} for the customer's name."), right);
    m_kinds->setWordWrap(true);
    form->addRow(m_kinds);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save Rule"), right);
    m_save->setObjectName(QStringLiteral("automationSave"));
    m_save->setEnabled(m_owner);
    m_dryRun = new QPushButton(tr("&Dry Run"), right);
    m_dryRun->setObjectName(QStringLiteral("automationDryRun"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_dryRun);
    buttons->addStretch();
    form->addRow(buttons);
    m_previewSummary = new QLabel(right);
    m_previewSummary->setObjectName(QStringLiteral("automationPreviewSummary"));
    m_previewSummary->setWordWrap(true);
    form->addRow(m_previewSummary);
    m_preview = table(QStringLiteral("automationPreview"), {tr("Day"), tr("Customer"), tr("Action"), tr("Why")}, right);
    form->addRow(m_preview);
    splitter->setStretchFactor(1, 2);
    m_name->setEnabled(m_owner);
    m_trigger->setEnabled(m_owner);
    m_action->setEnabled(m_owner);
    m_conditions->setEditable(m_owner);

    auto* capRow = new QHBoxLayout;
    capRow->addWidget(new QLabel(tr("At most"), this));
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("automationCap"));
    m_cap->setRange(0, core::automation::RuleEngine::kMaxDailyCap);
    m_cap->setSpecialValueText(tr("no limit"));
    m_cap->setValue(core::automation::RuleEngine::dailyCap(database));
    m_cap->setEnabled(m_owner);
    capRow->addWidget(m_cap);
    capRow->addWidget(new QLabel(tr("actions per day"), this));
    auto* saveCap = new QPushButton(tr("Save &Limit"), this);
    m_saveCap = saveCap;
    saveCap->setObjectName(QStringLiteral("automationSaveCap"));
    saveCap->setEnabled(m_owner);
    capRow->addWidget(saveCap);
    m_lastRun = new QLabel(this);
    m_lastRun->setObjectName(QStringLiteral("automationLastRun"));
    capRow->addWidget(m_lastRun, 1);
    layout->addLayout(capRow);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = close->button(QDialogButtonBox::Close);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            newRule();
    });
    connect(m_save, &QPushButton::clicked, this, &AutomationDialog::saveRule);
    connect(m_dryRun, &QPushButton::clicked, this, &AutomationDialog::dryRun);
    connect(saveCap, &QPushButton::clicked, this, &AutomationDialog::saveCap);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (m_filling)
            return;
        if (!confirmDiscard()) {
            // Back to the rule being edited, once the click that moved away has finished selecting.
            QTimer::singleShot(0, this, [this, previousRow] {
                m_filling = true;
                m_list->setCurrentCell(previousRow, 0);
                m_filling = false;
            });
            return;
        }
        showRule(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, &AutomationDialog::markEdited);
    connect(m_triggerParams, &ParamForm::edited, this, &AutomationDialog::markEdited);
    connect(m_actionParams, &ParamForm::edited, this, &AutomationDialog::markEdited);
    connect(m_conditions, &ConditionList::edited, this, &AutomationDialog::markEdited);
    connect(m_conditions, &ConditionList::edited, this, &AutomationDialog::orderTabs);
    connect(m_list, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == 0)
            toggled(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_trigger, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto* k = Registry::trigger(m_trigger->currentData().toString()); k && !m_filling) {
            showParams(m_triggerParams, core::automation::ParamSpecs::ofTrigger(k->key), k->defaults);
            markEdited();
        }
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto* k = Registry::action(m_action->currentData().toString()); k && !m_filling) {
            showParams(m_actionParams, core::automation::ParamSpecs::ofAction(k->key), k->defaults);
            markEdited();
        }
    });
    reload();
}

void AutomationDialog::reload(qint64 select)
{
    auto rules = core::storage::AutomationRepository(m_database).rules();
    if (!rules) {
        fail(tr("Automation"), rules.error().message);
        return;
    }
    m_rules = *rules;
    m_filling = true;
    m_list->setRowCount(int(m_rules.size()));
    int selectRow = 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const Rule& r = m_rules[i];
        auto* on = new QTableWidgetItem;
        on->setFlags(m_owner ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        m_list->setItem(i, 0, on);
        m_list->setItem(i, 1, new QTableWidgetItem(r.label()));
        m_list->setItem(i, 2, new QTableWidgetItem(r.summary()));
        for (int column : {1, 2}) // the summary is cut to the list's width; whole on hover
            m_list->item(i, column)->setToolTip(r.summary());
        if (r.id == select)
            selectRow = i;
    }
    // On and the name as wide as they need; the summary takes what is left (elided, no sideways
    // scrolling at 1024×700).
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filling = false;
    const auto [day, over] = core::automation::RuleEngine::lastRun(m_database);
    m_lastRun->setText(day.isValid()
                           ? tr("Last run %1: %Ln action(s) over the limit wait for the next day.", nullptr, int(over))
                                 .arg(core::i18n::LocalDates::shortDate(day))
                           : tr("The rules have not run yet."));
    if (!m_rules.isEmpty()) {
        m_filling = true;
        m_list->setCurrentCell(selectRow, 0); // the On column: Space switches the rule, arrows move
        m_filling = false;
        showRule(selectRow);
    }
}

void AutomationDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const Rule& r = m_rules[row];
    m_currentId = r.id;
    m_filling = true;
    m_name->setText(r.label());
    m_name->setEnabled(m_owner && r.builtin.isEmpty());
    m_trigger->setCurrentIndex(qMax(0, m_trigger->findData(r.triggerKind())));
    showParams(m_triggerParams, core::automation::ParamSpecs::ofTrigger(r.triggerKind()), r.trigger);
    m_conditions->setConditions(r.conditions);
    orderTabs();
    m_action->setCurrentIndex(qMax(0, m_action->findData(r.actionKind())));
    showParams(m_actionParams, core::automation::ParamSpecs::ofAction(r.actionKind()), r.action);
    m_filling = false;
    m_dirty = false;
    m_previewSummary->clear();
    m_preview->setRowCount(0);
}

void AutomationDialog::newRule()
{
    m_currentId = 0;
    m_list->clearSelection();
    m_name->setEnabled(m_owner);
    m_name->setText(tr("New rule"));
    m_filling = true; // the kinds' own defaults below, not the combo's reaction
    m_trigger->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_filling = false;
    const auto& trigger = Registry::triggers().first();
    showParams(m_triggerParams, core::automation::ParamSpecs::ofTrigger(trigger.key), trigger.defaults);
    m_conditions->setConditions({});
    orderTabs();
    const auto& action = Registry::actions().first();
    showParams(m_actionParams, core::automation::ParamSpecs::ofAction(action.key), action.defaults);
    m_dirty = false; // nothing written yet
    m_previewSummary->clear();
    m_preview->setRowCount(0);
    m_name->setFocus();
    m_name->selectAll();
}

void AutomationDialog::markEdited()
{
    if (m_filling || !m_owner)
        return;
    m_dirty = true;
    // A dry run or "Saved." was about the rule before this edit.
    m_previewSummary->clear();
    m_preview->setRowCount(0);
}

void AutomationDialog::updateHints()
{
    m_kinds->setVisible(m_action->currentData().toString() == QLatin1String("follow_up"));
}

// Editors made after the dialog (a kind's settings, condition rows) would come last in the Tab
// order; the chain is laid again top to bottom whenever they change.
void AutomationDialog::orderTabs()
{
    QList<QWidget*> chain{m_list, m_newRule, m_name, m_trigger};
    chain += m_triggerParams->editors();
    chain += m_conditions->focusChain();
    chain += {m_action};
    chain += m_actionParams->editors();
    chain += {m_save, m_dryRun, m_preview, m_cap, m_saveCap, m_close};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

bool AutomationDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    if (QMessageBox::question(this, tr("Automation"), tr("Discard your changes to this rule?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_dirty = false;
    return true;
}

void AutomationDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

bool AutomationDialog::editedRule(Rule* out)
{
    auto trigger = m_triggerParams->values();
    auto conditions = trigger ? m_conditions->conditions() : core::Result<QJsonArray>(trigger.error());
    auto action = conditions ? m_actionParams->values() : core::Result<QJsonObject>(conditions.error());
    if (!action) {
        fail(tr("Rule Not Saved"), action.error().message);
        return false;
    }
    QJsonObject t = *trigger;
    t.insert(QStringLiteral("kind"), m_trigger->currentData().toString());
    QJsonObject a = *action;
    a.insert(QStringLiteral("kind"), m_action->currentData().toString());
    QJsonObject json{{QStringLiteral("id"), m_currentId},
                     {QStringLiteral("name"), m_name->text()},
                     {QStringLiteral("trigger"), t},
                     {QStringLiteral("conditions"), *conditions},
                     {QStringLiteral("action"), a}};
    auto rule = Rule::fromJson(json);
    if (!rule) {
        fail(tr("Rule Not Saved"), rule.error().message);
        return false;
    }
    for (const Rule& existing : std::as_const(m_rules))
        if (existing.id == m_currentId) {
            rule->builtin = existing.builtin;
            rule->enabled = existing.enabled;
            if (!existing.builtin.isEmpty())
                rule->name.clear();
        }
    if (m_currentId == 0)
        rule->enabled = false; // a new rule starts off: try it with a dry run first
    *out = *rule;
    return true;
}

void AutomationDialog::saveRule()
{
    Rule rule;
    if (!editedRule(&rule))
        return;
    const auto saved = core::automation::RuleChanges::save(m_database, rule);
    if (!saved) {
        fail(tr("Rule Not Saved"), saved.error().message);
        return;
    }
    m_changed = true;
    m_dirty = false;
    reload(*saved);
    m_previewSummary->setText(rule.id == 0
                                  ? tr("Saved. A new rule starts switched off: look at its dry run, then switch it on.")
                                  : tr("Saved."));
}

void AutomationDialog::dryRun()
{
    Rule rule;
    if (!editedRule(&rule))
        return;
    const auto dry = core::automation::RuleEngine::dryRun(m_database, rule);
    if (!dry) {
        fail(tr("Dry Run"), dry.error().message);
        return;
    }
    m_preview->setRowCount(int(dry->items.size()));
    if (!dry->unavailable.isEmpty()) {
        m_previewSummary->setText(tr("This rule cannot run: %1.").arg(dry->unavailable));
        return;
    }
    m_previewSummary->setText(
        tr("Between %1 and %2 this rule would act %Ln time(s); nothing has been saved.", nullptr,
           int(dry->items.size()))
            .arg(core::i18n::LocalDates::shortDate(dry->from), core::i18n::LocalDates::shortDate(dry->to)) +
        (dry->done > 0 ? u' ' + tr("%Ln event(s) it acted on before are left alone.", nullptr, int(dry->done))
                       : QString()) +
        (plansAhead(rule) ? QString()
                          : u' ' + tr("Only events due by today are listed: this action is taken on the day its "
                                      "event comes (only follow-ups are planned ahead).")));
    for (int i = 0; i < dry->items.size(); ++i) {
        const auto& p = dry->items[i];
        m_preview->setItem(i, 0, new QTableWidgetItem(core::i18n::LocalDates::shortDate(p.day)));
        m_preview->setItem(i, 1, new QTableWidgetItem(p.customerName));
        m_preview->setItem(i, 2, new QTableWidgetItem(p.whatText()));
        m_preview->setItem(i, 3, new QTableWidgetItem(p.whyText()));
        for (int column : {2, 3}) // a long message or reason: whole in the tooltip
            m_preview->item(i, column)->setToolTip(m_preview->item(i, column)->text());
    }
    m_preview->resizeColumnsToContents();
}

void AutomationDialog::saveCap()
{
    if (auto s = core::automation::RuleEngine::setDailyCap(m_database, m_cap->value()); !s) {
        fail(tr("Limit Not Saved"), s.error().message);
        return;
    }
    m_changed = true;
    m_previewSummary->setText(m_cap->value() > 0
                                  ? tr("The rules take at most %1 actions a day; the rest wait for the next day.")
                                        .arg(QLocale().toString(m_cap->value()))
                                  : tr("The rules take every action they call for."));
}

void AutomationDialog::toggled(int row, bool on)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const qint64 id = m_rules[row].id;
    if (auto s = core::automation::RuleChanges::setEnabled(m_database, id, on); !s) {
        fail(tr("Rule Not Changed"), s.error().message);
        reload(id);
        return;
    }
    m_rules[row].enabled = on;
    m_changed = true;
}

void AutomationDialog::showParams(ParamForm* form, const QList<core::automation::ParamSpec>& specs,
                                  const QJsonObject& values)
{
    form->show(specs, values);
    form->setEditable(m_owner);
    updateHints();
    orderTabs();
}

void AutomationDialog::fail(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace clientele::ui
