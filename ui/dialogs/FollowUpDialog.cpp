#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "FollowUpDialog.h"

#include "storage/FollowUpRepository.h"
#include "widgets/CustomerPicker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace clientele::ui {

FollowUpDialog::FollowUpDialog(int customers, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Schedule Follow-up"));
    m_form = new QFormLayout(this);
    if (customers > 1)
        m_form->addRow(new QLabel(tr("One follow-up for each of the %1 selected customers.").arg(QLocale().toString(customers)), this));
    build(core::Clock::today().addDays(7), core::Clock::today());
}

FollowUpDialog::FollowUpDialog(const core::storage::Database& database, const QDate& day, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Follow-up"));
    m_form = new QFormLayout(this);
    m_picker = new CustomerPicker(database, this);
    m_form->addRow(tr("&Customer:"), m_picker);
    connect(m_picker, &CustomerPicker::customerChanged, this, &FollowUpDialog::updateOk);
    build(std::max(day, core::Clock::today()), core::Clock::today());
    m_picker->setFocus();
    setMinimumWidth(440);
}

FollowUpDialog::FollowUpDialog(const core::storage::FollowUp& task, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit Follow-up"));
    m_form = new QFormLayout(this);
    auto* customer = new QLabel(task.customerName.toHtmlEscaped(), this);
    m_form->addRow(tr("Customer:"), customer);
    if (task.madeByRule() || !task.reason.isEmpty()) {
        auto* reason = new QLabel(task.madeByRule() ? tr("Made by the care rule “%1”: %2").arg(task.originRule, task.reason)
                                                    : task.reason,
                                  this);
        reason->setObjectName(QStringLiteral("followUpReason"));
        reason->setWordWrap(true);
        reason->setStyleSheet(QStringLiteral("color: #475569;"));
        m_form->addRow(tr("Why:"), reason);
    }
    // An overdue task may keep its day; otherwise it moves to today or later.
    build(task.dueOn, std::min(task.dueOn, core::Clock::today()));
    m_title->setText(task.title);
}

void FollowUpDialog::build(const QDate& due, const QDate& earliest)
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_due = new QDateEdit(due, this);
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(earliest);
    m_due->setDisplayFormat(core::i18n::LocalDates::shortFormat());
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_title->setPlaceholderText(tr("e.g. Call about the new season, invite to the tasting"));
    m_form->addRow(tr("&Due on:"), m_due);
    m_form->addRow(tr("&What to do:"), m_title);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_title, &QLineEdit::textChanged, this, &FollowUpDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(m_buttons);
    updateOk();
    // Not the form's bare minimum (224 px cut the title): room for the title bar and a sentence.
    setMinimumWidth(std::max({minimumWidth(), 420, fontMetrics().horizontalAdvance(windowTitle()) + 160}));
}

void FollowUpDialog::updateOk()
{
    const bool ready = !m_title->text().trimmed().isEmpty() && (!m_picker || m_picker->customerId() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

QDate FollowUpDialog::dueOn() const
{
    return m_due->date();
}

QString FollowUpDialog::title() const
{
    return m_title->text().trimmed();
}

qint64 FollowUpDialog::customerId() const
{
    return m_picker ? m_picker->customerId() : 0;
}

} // namespace clientele::ui
