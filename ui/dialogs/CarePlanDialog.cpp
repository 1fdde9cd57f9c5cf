#include "i18n/LocalDates.h"
#include "CarePlanDialog.h"

#include "care/CareRules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele::ui {

namespace {
QTableWidget* table(const QString& name, const QStringList& headings, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headings.size()));
    t->setHorizontalHeaderLabels(headings);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* number(int n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

CarePlanDialog::CarePlanDialog(const core::care::CarePlan& plan, bool mayChangeCap, QWidget* parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("carePlanDialog"));
    setWindowTitle(tr("Run Care Rules"));
    resize(860, 620);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("carePlanSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* cap = new QHBoxLayout;
    m_cap = new QSpinBox(this);
    m_cap->setObjectName(QStringLiteral("carePlanCap"));
    m_cap->setRange(0, core::care::CareLoad::kMaxMaxNewPerDay);
    m_cap->setSpecialValueText(tr("no limit"));
    m_cap->setValue(plan.load.maxNewPerDay);
    m_cap->setToolTip(tr("Tasks beyond this many on one day move to the next day with room. 0: no limit."));
    m_skipSundays = new QCheckBox(tr("Move &Sunday tasks to Monday"), this);
    m_skipSundays->setObjectName(QStringLiteral("carePlanSkipSundays"));
    m_skipSundays->setChecked(plan.load.skipSundays);
    auto* capLabel = new QLabel(tr("At most new care &tasks per day:"), this);
    capLabel->setBuddy(m_cap);
    cap->addWidget(capLabel);
    cap->addWidget(m_cap);
    cap->addSpacing(16);
    cap->addWidget(m_skipSundays);
    cap->addStretch();
    layout->addLayout(cap);
    m_cap->setEnabled(mayChangeCap);
    m_skipSundays->setEnabled(mayChangeCap);
    if (!mayChangeCap)
        m_cap->setToolTip(tr("Only the owner may change the daily limit."));

    auto* counts = new QHBoxLayout;
    m_rules = table(QStringLiteral("carePlanRules"), {tr("Rule"), tr("New tasks")}, this);
    m_days = table(QStringLiteral("carePlanDays"), {tr("Day"), tr("New tasks")}, this);
    counts->addWidget(m_rules, 1);
    counts->addWidget(m_days, 1);
    layout->addLayout(counts, 2);
    m_tasks = table(QStringLiteral("carePlanTasks"), {tr("Day"), tr("Task"), tr("Rule"), tr("Why")}, this);
    layout->addWidget(m_tasks, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_cap, &QSpinBox::valueChanged, this, &CarePlanDialog::replan);
    connect(m_skipSundays, &QCheckBox::toggled, this, &CarePlanDialog::replan);
    display(m_plan);
}

void CarePlanDialog::replan()
{
    core::care::CareLoad load = m_plan.load;
    load.maxNewPerDay = m_cap->value();
    load.skipSundays = m_skipSundays->isChecked();
    m_capChanged = true;
    m_plan = m_plan.withLoad(load);
    display(m_plan);
}

void CarePlanDialog::display(const core::care::CarePlan& plan)
{
    const QLocale locale;
    const int count = int(plan.tasks.size());
    QString text = tr("The care rules call for %Ln follow-up(s) between %1 and %2.", nullptr, int(plan.generated))
                       .arg(core::i18n::LocalDates::date(plan.from), core::i18n::LocalDates::date(plan.to));
    text += u' ' + tr("New, to be created: %Ln. Nothing is saved until you press Create.", nullptr, count);
    if (plan.existing() > 0)
        text += u' ' + tr("%Ln exist from an earlier run and are not made again.", nullptr, int(plan.existing()));
    if (plan.moved() > 0)
        text += u' ' + tr("%Ln move to a later day because of the daily limit or Sundays.", nullptr, plan.moved());
    m_summary->setText(text);

    const auto perRule = plan.perRule();
    m_rules->setRowCount(int(perRule.size()));
    int row = 0;
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it, ++row) {
        m_rules->setItem(row, 0, new QTableWidgetItem(core::care::CareRules::label(it.key())));
        m_rules->setItem(row, 1, number(it.value()));
    }
    const auto perDay = plan.perDay();
    m_days->setRowCount(int(perDay.size()));
    row = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it, ++row) {
        auto* day = new QTableWidgetItem(locale.dayName(it.key().dayOfWeek(), QLocale::ShortFormat) + u' ' + core::i18n::LocalDates::date(it.key()));
        day->setData(Qt::UserRole, it.key());
        m_days->setItem(row, 0, day);
        m_days->setItem(row, 1, number(it.value()));
    }
    m_tasks->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const auto& t = plan.tasks[i];
        auto* day = new QTableWidgetItem(core::i18n::LocalDates::date(t.task.dueOn));
        if (t.moved()) {
            day->setText(tr("%1 (rule: %2)").arg(day->text(), core::i18n::LocalDates::date(t.ruleDue)));
            day->setToolTip(tr("Moved from %1 by the daily limit").arg(core::i18n::LocalDates::date(t.ruleDue)));
        }
        m_tasks->setItem(i, 0, day);
        m_tasks->setItem(i, 1, new QTableWidgetItem(t.task.title));
        m_tasks->setItem(i, 2, new QTableWidgetItem(core::care::CareRules::label(t.task.rule)));
        m_tasks->setItem(i, 3, new QTableWidgetItem(t.task.reason));
    }
    m_rules->resizeColumnToContents(0);
    m_days->resizeColumnToContents(0);
    m_tasks->resizeColumnsToContents();
    m_tasks->setColumnWidth(1, std::min(m_tasks->columnWidth(1), 260));
    m_create->setText(tr("&Create %Ln Follow-up(s)", nullptr, count));
    m_create->setEnabled(count > 0);
}

} // namespace clientele::ui
