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

CustomerTableModel* modelOf(QTableView* table)
{
    return qobject_cast<CustomerTableModel*>(table->model());
}
} // namespace

void refresh(QTableView* table, CustomerTableModel* model, CustomerFilterBar* filters)
{
    model->reloadShopFields();
    filters->setShopFields(model->shopFields());
    const QStringList shown = QSettings().value(kSetting).toStringList();
    for (int i = 0; i < model->shopFields().size(); ++i)
        table->setColumnHidden(CustomerTableModel::ColumnCount + i, !shown.contains(model->shopFields()[i].key));
}

void fillMenu(QMenu* menu, QTableView* table)
{
    CustomerTableModel* model = modelOf(table);
    if (!model)
        return;
    if (model->shopFields().isEmpty())
        menu->addAction(CustomerTableModel::tr("No shop fields yet (Tools ▸ Customer Fields…)"))->setEnabled(false);
    for (int i = 0; i < model->shopFields().size(); ++i) {
        const int column = CustomerTableModel::ColumnCount + i;
        const QString key = model->shopFields()[i].key;
        QAction* action = menu->addAction(model->shopFields()[i].label);
        action->setObjectName(QStringLiteral("showColumn_") + key);
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
    }
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
