#include "ShopFieldColumns.h"

#include "models/CustomerTableModel.h"
#include "widgets/CustomerFilterBar.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace clientele::ui::shopfieldcolumns {

namespace {
const QString kSetting = QStringLiteral("customerTable/shopFieldColumns");
// In the same list as the field keys, which are letters, digits and _ only.
const QString kHomeStoreKey = QStringLiteral("@home_store");

CustomerTableModel* modelOf(QTableView* table)
{
    return qobject_cast<CustomerTableModel*>(table->model());
}
} // namespace

void applyChoices(QTableView* table)
{
    CustomerTableModel* model = modelOf(table);
    if (!model)
        return;
    const QStringList shown = QSettings().value(kSetting).toStringList();
    table->setColumnHidden(CustomerTableModel::HomeStore, !model->hasStores() || !shown.contains(kHomeStoreKey));
    for (int i = 0; i < model->shopFields().size(); ++i)
        table->setColumnHidden(CustomerTableModel::ColumnCount + i, !shown.contains(model->shopFields()[i].key));
}

void refresh(QTableView* table, CustomerTableModel* model, CustomerFilterBar* filters)
{
    model->reloadShopFields();
    filters->setShopFields(model->shopFields());
    applyChoices(table);
}

void fillMenu(QMenu* menu, QTableView* table)
{
    CustomerTableModel* model = modelOf(table);
    if (!model)
        return;
    const auto addChoice = [menu, table](const QString& label, int column, const QString& key) {
        QAction* action = menu->addAction(label);
        action->setObjectName(QStringLiteral("showColumn_") + QString(key).remove(u'@'));
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        QObject::connect(action, &QAction::toggled, table, [table, column, key](bool on) {
            table->setColumnHidden(column, !on);
            QStringList shown = QSettings().value(kSetting).toStringList();
            shown.removeAll(key);
            if (on)
                shown.append(key);
            QSettings().setValue(kSetting, shown);
        });
    };
    if (model->hasStores()) {
        addChoice(model->headerData(CustomerTableModel::HomeStore, Qt::Horizontal, Qt::DisplayRole).toString(),
                  CustomerTableModel::HomeStore, kHomeStoreKey);
        menu->addSeparator();
    }
    if (model->shopFields().isEmpty())
        menu->addAction(CustomerTableModel::tr("No shop fields yet (Tools ▸ Customer Fields…)"))->setEnabled(false);
    for (int i = 0; i < model->shopFields().size(); ++i)
        addChoice(model->shopFields()[i].label, CustomerTableModel::ColumnCount + i, model->shopFields()[i].key);
}

void installHeaderMenu(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table, [table, header](const QPoint& at) {
        QMenu menu(table);
        fillMenu(&menu, table);
        menu.exec(header->mapToGlobal(at));
    });
}

} // namespace clientele::ui::shopfieldcolumns
