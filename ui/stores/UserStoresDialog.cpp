#include "UserStoresDialog.h"

#include "report/ReportRenderer.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele::ui {

UserStoresDialog::UserStoresDialog(core::storage::Database& database, const QString& userName,
                                   const QStringList& current, QWidget* parent)
    : QDialog(parent), m_database(database), m_userName(userName), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("userStoresDialog"));
    setWindowTitle(tr("Stores of %1").arg(userName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the stores whose figures %1 sees on the dashboard, in the monthly report and in "
                                "the at-risk lists. No tick: the whole chain. Every member can still be served at "
                                "any store.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("userStores"));
    if (const auto stores = core::storage::StoreRepository(database).list())
        for (const auto& store : *stores) {
            auto* item = new QListWidgetItem(core::report::ReportRenderer::storeName(store), m_list);
            item->setData(Qt::UserRole, store.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    setChecked(current);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 360);
}

QStringList UserStoresDialog::checkedCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            codes.append(m_list->item(row)->data(Qt::UserRole).toString());
    return codes;
}

void UserStoresDialog::setChecked(const QStringList& codes)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool UserStoresDialog::save()
{
    const auto saved = core::stores::StoreService::setStoresOfUser(m_database, m_userName, checkedCodes());
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.error().message);
    return saved.ok();
}

} // namespace clientele::ui
