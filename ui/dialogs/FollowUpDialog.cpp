#include "FollowUpDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace clientele::ui {

FollowUpDialog::FollowUpDialog(int customers, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Schedule Follow-up"));
    auto* form = new QFormLayout(this);
    if (customers > 1)
        form->addRow(new QLabel(tr("One follow-up for each of the %1 selected customers.").arg(QLocale().toString(customers)), this));
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate::currentDate());
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_title->setPlaceholderText(tr("e.g. Call about the new season, invite to the tasting"));
    form->addRow(tr("&Due on:"), m_due);
    form->addRow(tr("&What to do:"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QDate FollowUpDialog::dueOn() const
{
    return m_due->date();
}

QString FollowUpDialog::title() const
{
    return m_title->text().trimmed();
}

} // namespace clientele::ui
