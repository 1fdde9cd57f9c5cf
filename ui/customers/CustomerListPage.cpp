#include "customers/CustomerListPage.h"

#include "campaigns/Campaigns.h"
#include "customers/BulkActions.h"
#include "dialogs/FollowUpDialog.h"
#include "io/CustomerExporter.h"
#include "io/CustomerRowParser.h"
#include "models/CustomerTableModel.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "segmentation/Segmenter.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "stores/StoresDialog.h"
#include "views/CustomerProfileDialog.h"
#include "widgets/CustomerFilterBar.h"
#include "widgets/HeaderFit.h"
#include "widgets/ShopFieldColumns.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
const QString kHeaderSetting = QStringLiteral("customerTable/header");
const QString kUnmaskSetting = QStringLiteral("view/unmaskPhones");
} // namespace

CustomerListPage::CustomerListPage(core::storage::Database& database, QWidget* parent) : Page(database, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_filters = new CustomerFilterBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #64748b; font-size: 13pt; padding: 40px;"));
    m_empty->hide();
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    layout->addWidget(m_empty, 1);

    m_model = new CustomerTableModel(database, this);
    m_model->setPhonesMasked(!(QSettings().value(kUnmaskSetting, false).toBool() &&
                               core::security::Session::can(core::security::Permission::RevealSensitive)));
    m_table->setModel(m_model);
    connect(m_model, &CustomerTableModel::loadFailed, this,
            [this](const QString& text) { Q_EMIT message(text, 10000); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomerListPage::updateState);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openProfile(index.row()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &CustomerListPage::showTableMenu);
    shopfieldcolumns::installHeaderMenu(m_table);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openProfile(m_table->currentIndex().row()); });
    connect(m_filters, &CustomerFilterBar::filterChanged, this,
            [this](const core::storage::CustomerFilter& filter) { m_model->setFilter(filter); });
    connect(m_filters, &CustomerFilterBar::saveAudienceRequested, this, &CustomerListPage::saveAudience);
    connect(m_filters, &CustomerFilterBar::resultsRequested, this, [this] {
        m_table->setFocus(Qt::TabFocusReason);
        if (m_model->rowCount() > 0) // the first result, ready for Enter (profile) or arrows
            m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    QStringList tiers;
    if (const auto config = core::segmentation::Segmenter::loadConfig(database))
        for (const auto& level : config->tiers.levels)
            tiers.append(level.key);
    m_filters->setTiers(tiers);
    createActions();
    refresh();

    // Restoring the header sorts the model as its indicator shows (sortIndicatorChanged). The first
    // time, say what the model does (by name, A to Z): Qt's default indicator is descending, which
    // the next start would have obeyed, turning the list upside down.
    if (!m_table->horizontalHeader()->restoreState(QSettings().value(kHeaderSetting).toByteArray())) {
        m_table->sortByColumn(CustomerTableModel::Name, Qt::AscendingOrder);
        // The member code beside the name: at 1024 px the columns after the tenth are off screen,
        // and the code is what the owner reads out at the counter.
        QHeaderView* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(CustomerTableModel::MemberCode), 1);
    }
    shopfieldcolumns::applyChoices(m_table); // a state saved before a column existed shows it otherwise
    fitHeaderSections(m_table->horizontalHeader());
}

CustomerListPage::~CustomerListPage()
{
    QSettings().setValue(kHeaderSetting, m_table->horizontalHeader()->saveState());
}

QString CustomerListPage::title() const
{
    return tr("Customers", "the view with the customer list");
}

QString CustomerListPage::menuText() const
{
    return tr("&Customers", "the View menu entry of the customer list");
}

QString CustomerListPage::menuTitle() const
{
    return tr("&Customers", "menu");
}

void CustomerListPage::createActions()
{
    using core::security::Permission;
    const auto add = [this](const QString& text, QKeySequence keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    const auto onSelection = [this](QAction* action) {
        m_selectionActions.append(action);
        return action;
    };
    m_toolbarActions.append(writes(add(tr("&New Customer…"), QKeySequence::New, [this] { newCustomer(); })));
    onSelection(add(tr("&Open Profile"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    [this] { openProfile(m_table->currentIndex().row()); }));
    m_actions.append(new QAction(this));
    m_actions.last()->setSeparator(true);
    m_toolbarActions.append(onSelection(
        writes(add(tr("&Tag Selected Customers…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { tagSelection(); }))));
    m_toolbarActions.append(
        onSelection(writes(add(tr("Schedule &Follow-up for Selected…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                               [this] { followUpSelection(); }))));
    onSelection(
        needs(add(tr("E&xport Selected Customers…"), {}, [this] { exportCustomers(true); }), int(Permission::Export)));
    m_actions.append(new QAction(this));
    m_actions.last()->setSeparator(true);
    add(tr("&Find Customer"), QKeySequence::Find, [this] { m_filters->focusSearch(); });
    add(tr("&Clear Search and Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { m_filters->clear(); });
    m_actions.append(new QAction(this));
    m_actions.last()->setSeparator(true);
    QAction* unmask = m_unmask = needs(add(tr("Show Full Phone Numbers"), {}, [] {}), int(Permission::RevealSensitive));
    unmask->setCheckable(true);
    unmask->setChecked(!m_model->phonesMasked());
    connect(unmask, &QAction::toggled, this, [this](bool unmasked) {
        QSettings().setValue(kUnmaskSetting, unmasked);
        m_model->setPhonesMasked(!unmasked);
        if (unmasked) // who saw the full numbers, and when
            (void)core::security::AuditLog::record(database(), QStringLiteral("reveal"), tr("phone numbers"),
                                                   tr("customer list"));
    });
    // The home store and the shop's own fields as columns (also on the header's context menu).
    m_columns = new QMenu(tr("More Co&lumns"), this);
    connect(m_columns, &QMenu::aboutToShow, this, [this] {
        m_columns->clear();
        shopfieldcolumns::fillMenu(m_columns, m_table);
    });
    m_actions.append(m_columns->menuAction());
}

void CustomerListPage::refresh()
{
    // The customer in hand stays in hand (a profile saved, another page's write): the reloads
    // below reset the model, which would leave no row current and Enter opening nothing.
    const QModelIndex current = m_table->currentIndex();
    const qint64 inHand = current.isValid() ? m_model->customerId(current.row()) : 0;
    const int column = current.isValid() ? current.column() : 0;
    const auto tags = core::storage::CustomerQueries::tags(database());
    const auto cities = core::storage::CustomerQueries::cities(database());
    m_filters->setChoices(tags ? *tags : QStringList(), cities ? *cities : QStringList());
    m_filters->loadProducts(database());
    QList<std::pair<QString, QString>> stores; // code, label
    if (const auto list = core::storage::StoreRepository(database()).list())
        for (const auto& s : *list)
            stores.append({s.code, StoresDialog::label(s)});
    m_filters->setStores(stores);
    shopfieldcolumns::refresh(m_table, m_model, m_filters); // an import may have made a field
    m_model->reload();
    shopfieldcolumns::applyChoices(m_table); // the home store column once the shop has stores
    for (int row = 0; inHand > 0 && row < m_model->rowCount(); ++row)
        if (m_model->customerId(row) == inHand) {
            m_table->setCurrentIndex(m_model->index(row, column));
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, column));
            break;
        }
    if (isVisible() && !QApplication::focusWidget())
        m_table->setFocus(Qt::OtherFocusReason);
}

void CustomerListPage::updateActions()
{
    Page::updateActions();
    const bool selected = selectedCount() > 0;
    for (QAction* action : std::as_const(m_selectionActions))
        action->setEnabled(selected && isAllowed(action));
    if (!isPermitted(m_unmask))
        m_unmask->setChecked(false); // the next person sees masked numbers
}

QList<qint64> CustomerListPage::selectedCustomerIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->customerId(index.row()));
    return ids;
}

qint64 CustomerListPage::customerInHand() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->customerId(current.row());
}

int CustomerListPage::selectedCount() const
{
    return m_table->selectionModel() ? int(m_table->selectionModel()->selectedRows().size()) : 0;
}

void CustomerListPage::openProfile(int row)
{
    Q_EMIT openCustomer(m_model->customerId(row));
}

void CustomerListPage::newCustomer()
{
    if (database().isReadOnly())
        return;
    CustomerProfileDialog dialog(database(), 0, this);
    if (dialog.exec() == QDialog::Accepted || dialog.changed())
        Q_EMIT dataChanged();
}

void CustomerListPage::tagSelection()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Tag Selected Customers"),
        tr("Tags to add to the selected customers (%1), separated by commas:").arg(QLocale().toString(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    const QStringList tags = core::io::CustomerRowParser::splitTags(text);
    if (!ok || tags.isEmpty())
        return;
    const auto tagged = core::customers::BulkActions::addTags(database(), ids, tags);
    if (!tagged) {
        QMessageBox::warning(this, tr("Cannot tag"), tagged.error().message);
        return;
    }
    Q_EMIT message(tr("Customers tagged: %1").arg(QLocale().toString(*tagged)), 6000);
    Q_EMIT dataChanged();
}

void CustomerListPage::followUpSelection()
{
    const QList<qint64> ids = selectedCustomerIds();
    if (ids.isEmpty())
        return;
    FollowUpDialog dialog(int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto created =
        core::customers::BulkActions::scheduleFollowUp(database(), ids, dialog.dueOn(), dialog.title());
    if (!created) {
        QMessageBox::warning(this, tr("Cannot schedule"), created.error().message);
        return;
    }
    Q_EMIT message(tr("Follow-ups scheduled: %1").arg(QLocale().toString(*created)), 6000);
    Q_EMIT dataChanged();
}

void CustomerListPage::exportCustomers(bool selectionOnly, bool marketingList)
{
    QList<qint64> ids;
    if (selectionOnly) {
        ids = selectedCustomerIds();
        if (ids.isEmpty())
            return;
    } else if (!m_filters->filter().isEmpty()) {
        const auto matching = core::storage::CustomerQueries::ids(database(), m_filters->filter(),
                                                                  core::storage::CustomerSort::Id, false);
        if (!matching || matching->isEmpty())
            return;
        ids = *matching;
    }
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    const QString gb = tr("CSV for older Chinese Excel, GB18030 (*.csv)");
    const QString plain = tr("CSV, plain UTF-8 (*.csv)");
    const QString workbook = tr("Excel workbook (*.xlsx)");
    QString filter = excel;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Customers"), tr("customers.csv"),
        excel + QStringLiteral(";;") + workbook + QStringLiteral(";;") + gb + QStringLiteral(";;") + plain, &filter);
    if (path.isEmpty())
        return;
    const bool xlsx = filter == workbook || core::io::CustomerExporter::isXlsxPath(path);
    if (xlsx && !core::io::CustomerExporter::isXlsxPath(path))
        path = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".xlsx"));
    const auto encoding = filter == gb      ? core::io::CsvWriter::Encoding::Gb18030
                          : filter == plain ? core::io::CsvWriter::Encoding::Utf8
                                            : core::io::CsvWriter::Encoding::Utf8Bom;
    const auto purpose =
        marketingList ? core::io::CustomerExporter::Purpose::Marketing : core::io::CustomerExporter::Purpose::Records;
    const auto written = xlsx ? core::io::CustomerExporter::exportXlsx(database(), path, ids, purpose)
                              : core::io::CustomerExporter::exportCsv(database(), path, encoding, ids, purpose);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
        return;
    }
    Q_EMIT message(tr("%1 customers exported to %2.").arg(QLocale().toString(*written), QDir::toNativeSeparators(path)),
                   8000);
}

void CustomerListPage::applyFilter(const core::storage::CustomerFilter& filter, const QString& description)
{
    m_filters->apply(filter, description);
}

void CustomerListPage::saveAudience()
{
    const QString title = tr("Save as Audience");
    if (database().isReadOnly()) {
        QMessageBox::information(this, title, tr("This shop is open read-only: nothing can be saved."));
        return;
    }
    const core::storage::CustomerFilter filter = m_filters->filter();
    if (filter.isEmpty() && QMessageBox::question(this, title,
                                                  tr("No filter is set: the audience would be every customer who may "
                                                     "receive marketing. Save it anyway?")) != QMessageBox::Yes)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, title,
                                               tr("Name of the audience (a new campaign offers it; the same name "
                                                  "replaces the one saved before):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto saved = core::campaigns::Campaigns::saveAudience(database(), name, filter);
    if (!saved) {
        QMessageBox::warning(this, title, saved.error().message);
        return;
    }
    Q_EMIT message(tr("Audience “%1” saved: %2").arg(name.trimmed(), saved->isEmpty() ? tr("everyone") : *saved), 5000);
}

void CustomerListPage::showTableMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (QAction* action : std::as_const(m_selectionActions))
        menu.addAction(action);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void CustomerListPage::updateState()
{
    const bool empty = m_model->totalCount() == 0;
    const bool filtered = !m_filters->filter().isEmpty();
    m_empty->setText(filtered ? tr("No customer matches this search or filter.")
                              : tr("No customers yet.\n\nImport your customer and order lists (CSV from Excel, your "
                                   "till or your online shop) with File ▸ Import (Ctrl+I), or drop a CSV file here."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    updateActions();
    Q_EMIT statusChanged();
}

} // namespace clientele::ui
