#include "StoresDialog.h"

#include "security/Session.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "stores/StoreService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
enum Column { Code, Name, Address, HomeCustomers, ColumnCount };

// Add (existing null) or edit one store. The core checks what was typed; its message shows in the
// dialog, which stays open so the owner can correct it. Returns the code saved ('' cancelled).
QString editOne(core::storage::Database& database, QWidget* parent, const core::storage::Store* existing)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"storeEditDialog"_s);
    dialog.setWindowTitle(existing ? StoresDialog::tr("Edit Store") : StoresDialog::tr("Add Store"));
    auto* form = new QFormLayout(&dialog);
    auto* code = new QLineEdit(&dialog);
    code->setObjectName(u"storeCode"_s);
    code->setMaxLength(core::stores::StoreService::kMaxCodeLength);
    code->setPlaceholderText(StoresDialog::tr("e.g. SH01, as in the store column of your order files"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(u"storeName"_s);
    name->setPlaceholderText(StoresDialog::tr("e.g. Nanjing Road"));
    auto* address = new QLineEdit(&dialog);
    address->setObjectName(u"storeAddress"_s);
    if (existing) {
        code->setText(existing->code);
        code->setReadOnly(true); // records of money carry the code
        code->setToolTip(StoresDialog::tr("Orders and sales name the store by its code, so it stays as it is."));
        name->setText(existing->name);
        address->setText(existing->address);
    }
    form->addRow(StoresDialog::tr("&Code:"), code);
    form->addRow(StoresDialog::tr("&Name:"), name);
    form->addRow(StoresDialog::tr("A&ddress:"), address);
    auto* message = new QLabel(&dialog);
    message->setObjectName(u"storeEditMessage"_s);
    message->setWordWrap(true);
    message->setStyleSheet(u"color: #b00020"_s);
    message->hide();
    form->addRow(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const core::storage::Store store{0, code->text().trimmed(), name->text().trimmed(), address->text().trimmed()};
        const core::Status saved = existing ? core::stores::StoreService::update(database, store)
                                            : core::stores::StoreService::add(database, store);
        if (saved) {
            dialog.accept();
            return;
        }
        message->setText(saved.error().message);
        message->show();
        (existing ? name : code)->setFocus();
    });
    (existing ? name : code)->setFocus();
    dialog.resize(std::max(dialog.sizeHint().width(), 460), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? code->text().trimmed() : QString();
}
} // namespace

StoresDialog::StoresDialog(core::storage::Database& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setObjectName(u"storesDialog"_s);
    setWindowTitle(tr("Stores"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each store is known by its code, which orders, counter sales and top-ups carry. A "
                                "customer's home store is where they first bought, unless set on their profile; "
                                "each till chooses the store it sells for on the Counter page."),
                             this);
    intro->setObjectName(u"storesIntro"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"storesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Address"), tr("Home customers")});
    m_table->horizontalHeaderItem(HomeCustomers)
        ->setToolTip(tr("Customers whose home store this is: where they first bought, or set by hand on their profile"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No stores yet.\n\nOne shop needs none. A chain lists its stores here: add them with "
                            "Add…, or import orders with a store column and the stores they name are added. Each "
                            "till then chooses its store on the Counter page."),
                         this);
    m_empty->setObjectName(u"storesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: #64748b; padding: 24px;"_s);
    layout->addWidget(m_empty, 1);

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(u"storesReadOnly"_s);
    m_readOnly->setWordWrap(true);
    m_readOnly->setText(database.isReadOnly() ? tr("This shop is open read-only: the store list cannot be changed.")
                                              : tr("Only an owner can change the store list."));
    m_readOnly->setVisible(!mayChange());
    layout->addWidget(m_readOnly);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(u"storesAdd"_s);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(u"storesEdit"_s);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(u"storesRemove"_s);
    for (QPushButton* button : {m_add, m_edit, m_remove})
        button->setAutoDefault(false); // Enter in the list edits; it does not press a button
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &StoresDialog::addStore);
    connect(m_edit, &QPushButton::clicked, this, &StoresDialog::editStore);
    connect(m_remove, &QPushButton::clicked, this, &StoresDialog::removeStore);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editStore(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &StoresDialog::updateButtons);

    resize(720, 420);
    reload();
}

bool StoresDialog::edit(core::storage::Database& database, QWidget* parent)
{
    StoresDialog dialog(database, parent);
    dialog.exec();
    return dialog.changed();
}

QString StoresDialog::label(const core::storage::Store& store)
{
    return store.name.isEmpty() || store.name == store.code ? store.code : tr("%1 (%2)").arg(store.name, store.code);
}

bool StoresDialog::mayChange() const
{
    return !m_database.isReadOnly() && core::security::Session::can(core::security::Permission::ManageStores);
}

void StoresDialog::reload(const QString& select)
{
    const QString current = select.isEmpty() ? currentCode() : select;
    const auto stores = core::storage::StoreRepository(m_database).list();
    const auto counts = core::storage::CustomerQueries::homeStoreCounts(m_database);
    if (!stores)
        QMessageBox::warning(this, tr("Stores"), stores.error().message);
    const QList<core::storage::Store> list = stores ? *stores : QList<core::storage::Store>();
    m_table->setRowCount(int(list.size()));
    int currentRow = list.isEmpty() ? -1 : 0;
    for (int row = 0; row < list.size(); ++row) {
        const auto& s = list[row];
        const qint64 customers = counts ? counts->value(s.code) : 0;
        m_table->setItem(row, Code, new QTableWidgetItem(s.code));
        m_table->setItem(row, Name, new QTableWidgetItem(s.name));
        m_table->setItem(row, Address, new QTableWidgetItem(s.address));
        auto* count = new QTableWidgetItem(QLocale().toString(customers));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, HomeCustomers, count);
        if (s.code == current)
            currentRow = row;
    }
    for (const int column : {int(Code), int(Name), int(HomeCustomers)}) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 2 * fontMetrics().averageCharWidth());
    }
    if (currentRow >= 0)
        m_table->setCurrentCell(currentRow, Code);
    m_table->setVisible(!list.isEmpty());
    m_empty->setVisible(list.isEmpty());
    updateButtons();
}

QString StoresDialog::currentCode() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, Code) ? m_table->item(row, Code)->text() : QString();
}

void StoresDialog::updateButtons()
{
    const bool may = mayChange();
    const bool chosen = !currentCode().isEmpty();
    m_add->setEnabled(may);
    m_edit->setEnabled(may && chosen);
    m_remove->setEnabled(may && chosen);
}

void StoresDialog::addStore()
{
    if (!mayChange())
        return;
    const QString code = editOne(m_database, this, nullptr);
    if (code.isEmpty())
        return;
    m_changed = true;
    reload(code);
    m_table->setFocus();
}

void StoresDialog::editStore()
{
    const QString code = currentCode();
    if (!mayChange() || code.isEmpty())
        return;
    const int row = m_table->currentRow();
    const core::storage::Store store{0, code, m_table->item(row, Name)->text(), m_table->item(row, Address)->text()};
    if (editOne(m_database, this, &store).isEmpty())
        return;
    m_changed = true;
    reload(code);
    m_table->setFocus();
}

void StoresDialog::removeStore()
{
    const QString code = currentCode();
    if (!mayChange() || code.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Store"), tr("Remove store %1 from the list?").arg(code)) != QMessageBox::Yes)
        return;
    if (const core::Status removed = core::stores::StoreService::remove(m_database, code); !removed) {
        QMessageBox::warning(this, tr("Store Not Removed"), removed.error().message);
        return;
    }
    m_changed = true;
    reload();
    m_table->setFocus();
}

bool StoresDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editStore();
            return true;
        }
        if (key == Qt::Key_Delete) {
            removeStore();
            return true;
        }
        if (key == Qt::Key_Insert) {
            addStore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace clientele::ui
