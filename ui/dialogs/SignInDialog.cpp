#include "SignInDialog.h"

#include "security/Session.h"
#include "security/UserDirectory.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include "storage/Database.h"

namespace clientele::ui {

SignInDialog::SignInDialog(core::storage::Database& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In — Clientele"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("<b>%1</b> is protected by user accounts.").arg(QFileInfo(database.path()).fileName().toHtmlEscaped()), this);
    form->addRow(intro);
    m_name = new QLineEdit(QSettings().value(QStringLiteral("signIn/lastUser")).toString(), this);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->setWordWrap(true);
    form->addRow(tr("&User:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
    setMinimumWidth(380);
}

void SignInDialog::trySignIn()
{
    const auto user = core::security::UserDirectory(m_database).signIn(m_name->text(), m_password->text());
    m_password->clear();
    if (!user) {
        m_message->setText(user.error().message);
        m_password->setFocus();
        return;
    }
    QSettings().setValue(QStringLiteral("signIn/lastUser"), user->name);
    accept();
}

bool signInIfNeeded(core::storage::Database& database, QWidget* parent)
{
    core::security::UserDirectory users(database);
    const auto any = users.hasUsers();
    if (!any || !*any) {
        core::security::Session::signOut(); // this shop has no accounts: its owner is at the keyboard
        return true;
    }
    SignInDialog dialog(database, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace clientele::ui
