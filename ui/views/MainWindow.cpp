#include "MainWindow.h"

#include "models/CustomerTableModel.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele::ui {

MainWindow::MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, e-mail, member code or tag  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    // Search as you type, without a query per keystroke burst.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));

    createActions();
    setDatabase(std::move(database));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("customerTable/header")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1100, 700);
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
    QAction* find = edit->addAction(tr("&Find Customer"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

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
    m_table->setModel(model);
    if (m_model)
        m_model->deleteLater();
    m_model = model;
    connect(m_model, &CustomerTableModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    setWindowTitle(tr("%1 — Clientele").arg(QFileInfo(m_database->path()).fileName()));
    updateStatus();
}

void MainWindow::applySearch()
{
    core::storage::CustomerFilter filter;
    filter.search = m_search->text();
    m_model->setFilter(filter);
}

void MainWindow::updateStatus()
{
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("customerTable/header"), m_table->horizontalHeader()->saveState());
    event->accept();
}

} // namespace clientele::ui
