#include "SensitiveFieldsPanel.h"

#include "security/FieldVault.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele::ui {

using core::security::FieldVault;

SensitiveFieldsPanel::SensitiveFieldsPanel(const core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(QStringLiteral("sensitiveFields"));
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sensitiveStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #475569;"));
    m_grid = new QGridLayout;
    layout->addWidget(m_status);
    layout->addLayout(m_grid);
    layout->addStretch();
    reload();
}

void SensitiveFieldsPanel::reload()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    FieldVault vault(m_database);
    const auto setUp = vault.isSetUp();
    if (!setUp || !*setUp) {
        m_status->setText(tr("No passphrase is set for sensitive fields yet. The owner sets one under Tools ▸ "
                             "Sensitive Fields; ID-card numbers and private notes are then stored encrypted."));
        return;
    }
    const bool owner = core::security::Session::can(core::security::Permission::RevealSensitive);
    m_status->setText(FieldVault(m_database).isUnlocked() ? tr("Unlocked for this session. Showing a value is recorded in the audit log.")
                                               : tr("🔒 Locked. Values are encrypted; the owner's passphrase opens them."));
    const auto fields = vault.fields();
    const auto filled = vault.filledFields(m_customerId);
    if (!fields || !filled)
        return;
    int row = 0;
    for (const QString& field : *fields) {
        auto* label = new QLabel(FieldVault::fieldLabel(field) + QStringLiteral(":"), this);
        auto* value = new QLabel(filled->contains(field) ? QStringLiteral("••••••••") : tr("(empty)"), this);
        value->setObjectName(QStringLiteral("sensitive_") + field);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* show = new QPushButton(tr("Show"), this);
        show->setObjectName(QStringLiteral("show_") + field);
        show->setEnabled(owner && filled->contains(field));
        show->setToolTip(owner ? tr("Show the value (recorded in the audit log)") : tr("Only the owner may see this"));
        auto* change = new QPushButton(tr("Edit…"), this);
        change->setEnabled(owner && !m_database.isReadOnly());
        connect(show, &QPushButton::clicked, this, [this, field] { reveal(field); });
        connect(change, &QPushButton::clicked, this, [this, field] { edit(field); });
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(show, row, 2);
        m_grid->addWidget(change, row, 3);
        ++row;
    }
    m_grid->setColumnStretch(1, 1);
}

bool SensitiveFieldsPanel::unlock()
{
    if (FieldVault(m_database).isUnlocked())
        return true;
    bool ok = false;
    const QString passphrase = QInputDialog::getText(this, tr("Unlock Sensitive Fields"), tr("Owner's passphrase:"),
                                                     QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    if (auto s = FieldVault(m_database).unlock(passphrase); !s) {
        QMessageBox::warning(this, tr("Unlock Sensitive Fields"), s.error().message);
        return false;
    }
    reload();
    return true;
}

void SensitiveFieldsPanel::reveal(const QString& field)
{
    if (!unlock())
        return;
    const auto text = FieldVault(m_database).reveal(m_customerId, field);
    if (!text) {
        QMessageBox::warning(this, tr("Sensitive Fields"), text.error().message);
        return;
    }
    if (auto* value = findChild<QLabel*>(QStringLiteral("sensitive_") + field))
        value->setText(*text);
}

void SensitiveFieldsPanel::edit(const QString& field, const QString& given)
{
    if (!unlock())
        return;
    QString text = given;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, FieldVault::fieldLabel(field), tr("New value (empty removes it):"),
                                              {}, &ok);
        if (!ok)
            return;
    }
    if (auto s = FieldVault(m_database).store(m_customerId, field, text.trimmed()); !s) {
        QMessageBox::warning(this, tr("Sensitive Fields"), s.error().message);
        return;
    }
    reload();
}

} // namespace clientele::ui
