#include "MainWindow.h"

#include "CustomerProfileDialog.h"
#include "models/CustomerTableModel.h"
#include "segmentation/Segmenter.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"
#include "widgets/CustomerFilterBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele::ui {

MainWindow::MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_filters = new CustomerFilterBar(central);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(central);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #64748b; font-size: 13pt; padding: 40px;"));
    m_empty->hide();
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    layout->addWidget(m_empty, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openProfile(index.row()); });
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { openProfile(m_table->currentIndex().row()); });
    connect(m_filters, &CustomerFilterBar::filterChanged, this,
            [this](const core::storage::CustomerFilter& filter) { m_model->setFilter(filter); });

    createActions();
    setDatabase(std::move(database));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("customerTable/header")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find Customer"), this, [this] { m_filters->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_unmaskPhones = view->addAction(tr("Show Full Phone Numbers"));
    m_unmaskPhones->setCheckable(true);
    m_unmaskPhones->setChecked(QSettings().value(QStringLiteral("view/unmaskPhones"), false).toBool());
    connect(m_unmaskPhones, &QAction::toggled, this, [this](bool unmasked) {
        QSettings().setValue(QStringLiteral("view/unmaskPhones"), unmasked);
        m_model->setPhonesMasked(!unmasked);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Clientele"), this, [this] {
        QMessageBox::about(this, tr("About Clientele"),
                           tr("<b>Clientele %1</b><p>A customer base for small shops: import, know, tier and act.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
}

void MainWindow::setDatabase(std::unique_ptr<core::storage::Database> database)
{
    m_database = std::move(database);
    auto* model = new CustomerTableModel(*m_database, this);
    model->setPhonesMasked(!m_unmaskPhones->isChecked());
    m_table->setModel(model);
    if (m_model)
        m_model->deleteLater();
    m_model = model;
    connect(m_model, &CustomerTableModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    QStringList tiers;
    if (const auto config = core::segmentation::Segmenter::loadConfig(*m_database))
        for (const auto& level : config->tiers.levels)
            tiers.append(level.key);
    m_filters->setTiers(tiers);
    setWindowTitle(m_database->isReadOnly()
                       ? tr("%1 (read-only) — Clientele").arg(QFileInfo(m_database->path()).fileName())
                       : tr("%1 — Clientele").arg(QFileInfo(m_database->path()).fileName()));
    updateStatus();
}

void MainWindow::openProfile(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id <= 0)
        return;
    CustomerProfileDialog dialog(*m_database, id, this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    const bool empty = m_model->totalCount() == 0;
    const auto filter = m_filters->filter();
    const bool filtered = !filter.search.isEmpty() || !filter.tier.isEmpty() || !filter.stage.isEmpty();
    m_empty->setText(filtered ? tr("No customer matches this search or filter.")
                              : tr("No customers yet.\n\nImport your customer and order lists (CSV from Excel, "
                                   "your till or your online shop) with clientele-cli import, or start Clientele "
                                   "with --demo to explore a demo shop."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    core::storage::OrderRepository orders(*m_database);
    const auto orderCount = orders.count();
    m_status->setText(tr("%1  ·  %2 customers shown  ·  %3 orders")
                          .arg(QFileInfo(m_database->path()).fileName(), QLocale().toString(m_model->totalCount()),
                               orderCount ? QLocale().toString(*orderCount) : QStringLiteral("?")));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Clientele databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = core::storage::Database::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open database"), opened.error().message);
        return;
    }
    setDatabase(std::move(*opened));
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A checked backup on quit, once there is something to lose.
    if (!m_database->isReadOnly() && !m_database->isMemory() && m_model->totalCount() > 0)
        if (auto made = core::storage::Backups::create(*m_database, QStringLiteral("on-quit")); !made)
            QMessageBox::warning(this, tr("Backup failed"), made.error().message);
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("customerTable/header"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace clientele::ui
