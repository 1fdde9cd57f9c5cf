#include "ContactPanel.h"

#include "care/CareMessages.h"
#include "security/PhoneVisibility.h"
#include "security/Session.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "widgets/PhoneDisplay.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace clientele::ui {

ContactPanel::ContactPanel(const core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("taskContact"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setObjectName(QStringLiteral("taskPhone"));
    m_phoneLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal = new QPushButton(tr("Show Number"), this);
    m_reveal->setObjectName(QStringLiteral("taskRevealPhone"));
    m_reveal->setToolTip(tr("Show the full number (recorded in the audit log)"));
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("taskMessage"));
    m_message->setFixedHeight(fontMetrics().height() * 4);
    m_message->setToolTip(tr("A suggested message for this follow-up; change it as you like before copying."));
    m_copy = new QPushButton(tr("Cop&y Message"), this);
    m_copy->setObjectName(QStringLiteral("taskCopyMessage"));
    m_copy->setToolTip(tr("Copy the message to paste it into WeChat or a text message"));
    grid->addWidget(new QLabel(tr("Phone:"), this), 0, 0);
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phoneLabel);
    phoneRow->addWidget(m_reveal);
    phoneRow->addStretch();
    grid->addLayout(phoneRow, 0, 1);
    grid->addWidget(new QLabel(tr("Message:"), this), 1, 0, Qt::AlignTop);
    grid->addWidget(m_message, 1, 1);
    grid->addWidget(m_copy, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    connect(m_reveal, &QPushButton::clicked, this, &ContactPanel::revealPhone);
    connect(m_copy, &QPushButton::clicked, this, &ContactPanel::copyMessage);
    clear();
}

void ContactPanel::setTask(const core::storage::FollowUp& task)
{
    m_customerId = task.customerId;
    m_phone.clear();
    if (const auto found = core::storage::CustomerRepository(m_database).findById(task.customerId);
        found && found->has_value())
        m_phone = (*found)->phone;
    const bool full = core::security::PhoneVisibility::showsFull(fullPhonesRequested());
    m_phoneLabel->setText(m_phone.isEmpty() ? tr("no phone number") : phoneShown(m_phone));
    m_reveal->setVisible(!m_phone.isEmpty() && !full);
    m_reveal->setEnabled(core::security::Session::can(core::security::Permission::RevealSensitive));
    m_message->setPlainText(!task.message.isEmpty() ? task.message
                                                    : core::care::CareMessages::suggested(task.originRule, task.customerName));
    m_message->setEnabled(true);
    m_copy->setEnabled(true);
}

void ContactPanel::clear()
{
    m_customerId = 0;
    m_phone.clear();
    m_phoneLabel->setText(tr("Choose one follow-up to see how to reach the customer."));
    m_reveal->hide();
    m_message->clear();
    m_message->setEnabled(false);
    m_copy->setEnabled(false);
}

QString ContactPanel::phoneText() const
{
    return m_phoneLabel->text();
}

QString ContactPanel::message() const
{
    return m_message->toPlainText();
}

void ContactPanel::revealPhone()
{
    if (m_phone.isEmpty())
        return;
    const auto phone = core::security::PhoneVisibility::reveal(m_database, m_customerId, m_phone, tr("follow-up"));
    if (!phone) {
        QMessageBox::warning(this, tr("Phone Number"), phone.error().message);
        return;
    }
    m_phoneLabel->setText(*phone);
    m_reveal->hide();
}

void ContactPanel::copyMessage()
{
    QApplication::clipboard()->setText(m_message->toPlainText());
}

} // namespace clientele::ui
