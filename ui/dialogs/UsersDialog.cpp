#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "UsersDialog.h"

#include "security/UserDirectory.h"
#include "storage/StoreRepository.h"
#include "stores/UserStoresDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::security::Role;
using core::security::UserDirectory;

UsersDialog::UsersDialog(core::storage::Database& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and Roles"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Owners may do everything. Staff may not export, erase or merge customers, undo "
                                "imports, change tier and care rules, restore backups or see full phone numbers. "
                                "Without accounts, Clientele opens without signing in."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("Stores"), tr("Locked until")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents); // a few store codes
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* addOwner = buttons->addButton(tr("Add &Owner…"), QDialogButtonBox::ActionRole);
    auto* addStaff = buttons->addButton(tr("Add &Staff…"), QDialogButtonBox::ActionRole);
    auto* password = buttons->addButton(tr("Set &Password…"), QDialogButtonBox::ActionRole);
    auto* role = buttons->addButton(tr("Change &Role"), QDialogButtonBox::ActionRole);
    auto* stores = buttons->addButton(tr("S&tores…"), QDialogButtonBox::ActionRole);
    stores->setObjectName(QStringLiteral("userStoresButton"));
    stores->setToolTip(tr("Which stores' figures the account sees (none ticked: the whole chain)"));
    // Without a store list there is nothing to limit an account to.
    const auto storeCount = core::storage::StoreRepository(database).count();
    stores->setVisible(storeCount && *storeCount > 0);
    auto* remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto add = [this](Role r) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add User"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
        QString secret;
        if (!ok || name.isEmpty() || !askPassword(name, &secret))
            return;
        const auto added = UserDirectory(m_database).add(name, r, secret);
        report(added.ok(), added ? QString() : added.error().message);
    };
    connect(addOwner, &QPushButton::clicked, this, [add] { add(Role::Owner); });
    connect(addStaff, &QPushButton::clicked, this, [add] { add(Role::Staff); });
    connect(password, &QPushButton::clicked, this, [this] {
        QString secret;
        const QString name = selectedName();
        if (name.isEmpty() || !askPassword(name, &secret))
            return;
        const auto s = UserDirectory(m_database).setPassword(name, secret);
        report(s.ok(), s ? QString() : s.error().message);
    });
    connect(role, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        const Role current = m_table->item(m_table->currentRow(), 1)->data(Qt::UserRole).toInt() == int(Role::Owner)
                                 ? Role::Owner
                                 : Role::Staff;
        const auto s = UserDirectory(m_database).setRole(name, current == Role::Owner ? Role::Staff : Role::Owner);
        report(s.ok(), s ? QString() : s.error().message);
    });
    connect(stores, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        UserStoresDialog dialog(m_database, name,
                                m_table->item(m_table->currentRow(), 2)->data(Qt::UserRole).toStringList(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty() || QMessageBox::question(this, tr("Remove User"), tr("Remove the account “%1”?").arg(name)) !=
                                  QMessageBox::Yes)
            return;
        const auto s = UserDirectory(m_database).remove(name);
        report(s.ok(), s ? QString() : s.error().message);
    });
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 380);
    reload();
}

void UsersDialog::reload()
{
    const auto users = UserDirectory(m_database).list();
    m_table->setRowCount(0);
    if (!users)
        return;
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const auto& u = users->at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(u.name));
        auto* role = new QTableWidgetItem(core::security::roleLabel(u.role));
        role->setData(Qt::UserRole, int(u.role));
        m_table->setItem(row, 1, role);
        const auto found = core::storage::StoreRepository(m_database).storesOfUser(u.id);
        const QStringList codes = found ? *found : QStringList();
        auto* stores = new QTableWidgetItem(codes.isEmpty() ? tr("All (chain)") : codes.join(tr(", ")));
        stores->setData(Qt::UserRole, codes);
        m_table->setItem(row, 2, stores);
        m_table->setItem(row, 3, new QTableWidgetItem(u.lockedUntil.isValid() && u.lockedUntil > core::Clock::nowUtc()
                                                          ? core::i18n::LocalDates::shortDateTime(u.lockedUntil.toLocalTime())
                                                          : QString()));
    }
}

QString UsersDialog::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->text() : QString();
}

bool UsersDialog::askPassword(const QString& name, QString* password)
{
    bool ok = false;
    *password = QInputDialog::getText(this, tr("Password"),
                                      tr("Password for %1 (at least %2 characters):").arg(name).arg(UserDirectory::kMinPasswordLength),
                                      QLineEdit::Password, {}, &ok);
    return ok;
}

void UsersDialog::report(bool ok, const QString& message)
{
    if (!ok)
        QMessageBox::warning(this, tr("Users and Roles"), message);
    reload();
}

} // namespace clientele::ui
