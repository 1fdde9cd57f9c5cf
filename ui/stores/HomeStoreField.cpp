#include "HomeStoreField.h"

#include "StoresDialog.h"

#include "security/Session.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
QList<core::storage::Store> storeList(const core::storage::Database& database)
{
    const auto stores = core::storage::StoreRepository(database).list();
    return stores ? *stores : QList<core::storage::Store>();
}
} // namespace

HomeStoreField::HomeStoreField(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId), m_text(new QLabel(this)),
      m_change(new QPushButton(tr("C&hange…"), this))
{
    setObjectName(u"homeStoreField"_s);
    m_text->setObjectName(u"homeStoreText"_s);
    // One short line; wrapping it beside the button broke "name · how" in two.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setObjectName(u"homeStoreChange"_s);
    m_change->setToolTip(tr("Set the home store by hand, or give it back to where they first bought"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_change, 0, Qt::AlignTop); // beside the store, not across the tab
    layout->addStretch(1);
    connect(m_change, &QPushButton::clicked, this, &HomeStoreField::change);
    reload();
}

bool HomeStoreField::wanted(const core::storage::Database& database, qint64 customerId)
{
    const auto count = core::storage::StoreRepository(database).count();
    if (count && *count > 0)
        return true;
    const auto home = core::storage::StoreRepository(database).homeStore(customerId);
    return home && !home->isEmpty();
}

void HomeStoreField::reload()
{
    const auto row = core::storage::CustomerQueries::row(m_database, m_customerId);
    m_code = row && row->has_value() ? (*row)->homeStore : QString();
    m_manual = row && row->has_value() && (*row)->homeStoreManual;
    QString name = m_code;
    for (const auto& s : storeList(m_database))
        if (s.code == m_code)
            name = StoresDialog::label(s);
    m_text->setText(m_code.isEmpty() ? tr("None yet: it becomes the store of their first purchase.")
                    : m_manual       ? tr("%1 — set by hand").arg(name)
                                     : tr("%1 — where they first bought").arg(name));
    const bool may = !m_database.isReadOnly() && core::security::Session::can(core::security::Permission::ManageStores);
    m_change->setVisible(may);
}

void HomeStoreField::change()
{
    if (m_database.isReadOnly() || !core::security::Session::can(core::security::Permission::ManageStores))
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"homeStoreDialog"_s);
    dialog.setWindowTitle(tr("Home Store"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(tr("The home store decides whose customer this is in store figures and lists. Set "
                               "by hand, neither an import nor a sale elsewhere changes it."),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* choice = new QComboBox(&dialog);
    choice->setObjectName(u"homeStoreChoice"_s);
    choice->addItem(tr("Where they first bought (set automatically)"), QString());
    for (const auto& s : storeList(m_database))
        choice->addItem(StoresDialog::label(s), s.code);
    choice->setCurrentIndex(m_manual ? std::max(0, choice->findData(m_code)) : 0);
    layout->addWidget(choice);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    choice->setFocus();
    dialog.resize(std::max(dialog.sizeHint().width(), 420), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString code = choice->currentData().toString();
    if (code == m_code && m_manual == !code.isEmpty())
        return; // as it was
    if (const core::Status set = core::stores::StoreService::setHomeStore(m_database, m_customerId, code); !set) {
        QMessageBox::warning(this, tr("Home Store"), set.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace clientele::ui
