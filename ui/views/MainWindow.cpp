#include "MainWindow.h"
#include "i18n/LocalDates.h"

#include "CustomerProfileDialog.h"
#include "charts/DashboardView.h"
#include "customers/CustomerListPage.h"
#include "pages/Page.h"
#include "calendar/DueTodayNotifier.h"
#include "calendar/FollowUpCalendarView.h"
#include "widgets/AppIcon.h"
#include "automation/AutomationDialog.h"
#include "dialogs/FindDuplicatesDialog.h"
#include "dialogs/GuideDialog.h"
#include "widgets/ImportTemplates.h"
#include "widgets/ToolbarText.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/UsersDialog.h"
#include "server/ConnectServerDialog.h"
#include "stores/StoresDialog.h"
#include "security/AuditLog.h"
#include "security/FieldVault.h"
#include "security/Session.h"
#include "security/UserDirectory.h"
#include "customers/BulkActions.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/ReportDialog.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "io/CustomerExporter.h"
#include "io/CustomerRowParser.h"
#include "models/CustomerTableModel.h"
#include "dialogs/CustomFieldDialogs.h"
#include "widgets/ShopFieldColumns.h"
#include "segmentation/Segmenter.h"
#include "storage/Backups.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "report/Figures.h"
#include "storage/OrderRepository.h"
#include "widgets/CustomerFilterBar.h"
#include "widgets/SegmentationRunner.h"
#include "widgets/ExternalChangeWatcher.h"
#include "widgets/HeaderFit.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
bool isImportablePath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"xlsx" || suffix == u"xlsm";
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    setCentralWidget(m_views);
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (auto* page = qobject_cast<Page*>(m_views->currentWidget()))
            showPage(page);
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("shopStatus"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    // Shown when another till or the CLI changed the shop: the list is not reloaded under the
    // user's hands (it would lose the selection), the page in front is refreshed on request.
    m_changeNotice = new QPushButton(tr("Changed elsewhere — Refresh"), this);
    m_changeNotice->setObjectName(QStringLiteral("changedElsewhereNotice"));
    m_changeNotice->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_changeNotice->setToolTip(tr("Another till, the command line or a background task saved changes to this shop "
                                  "since this window last read it. Refresh (F5) shows them."));
    m_changeNotice->hide();
    connect(m_changeNotice, &QPushButton::clicked, this, &MainWindow::reloadCustomers);
    statusBar()->addPermanentWidget(m_changeNotice);
    statusBar()->addPermanentWidget(m_user);
    statusBar()->addPermanentWidget(m_status);

    createActions();
    createTrayIcon();
    setDatabase(std::move(database));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry"))) // never larger than a small screen
        resize(QSize(1280, 760).boundedTo(screen()->availableGeometry().size()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto writes = [this](QAction* action) {
        m_writeActions.append(action);
        return action;
    };
    using core::security::Permission;
    const auto guarded = [this](Permission permission, QAction* action) {
        m_guardedActions.append({action, int(permission)});
        return action;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    file->addAction(tr("Connect to Shop &Server…"), this, [this] {
        ConnectServerDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto opened = dialog.takeDatabase();
        if (!opened || !signInIfNeeded(*opened, this))
            return; // nobody signed in there: the open shop stays
        setDatabase(std::move(opened));
        m_segmentation->catchUp();
    })->setObjectName(QStringLiteral("connectServerAction"));
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* import = writes(file->addAction(tr("&Import Customers or Orders…"), this, [this] { importFile({}); }));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Import a CSV from Excel, your till or your online shop (Ctrl+I). You can also drop a "
                          "CSV file on the window."));
    guarded(Permission::UndoImport, writes(file->addAction(tr("Import &History…"), this, [this] {
        ImportHistoryDialog dialog(*m_database, this);
        connect(&dialog, &ImportHistoryDialog::databaseChanged, this, &MainWindow::reloadCustomers);
        dialog.exec();
    })))->setToolTip(tr("Every import of this shop, and undo for any of them"));
    file->addAction(tr("Save Import &Templates…"), this, [this] { ImportTemplates::saveWithDialog(this); })
        ->setToolTip(tr("A customers and an orders CSV with example rows and the headings the import recognises."));
    QAction* exportAll =
        guarded(Permission::Export, file->addAction(tr("&Export Customers…"), this, [this] { exportCustomers(false); }));
    exportAll->setToolTip(tr("Export the customers the list shows (all, or those matching the search and filters)."));
    guarded(Permission::Export, file->addAction(tr("Export &Marketing List…"), this, [this] { exportCustomers(false, true); }))
        ->setToolTip(tr("The customers the list shows, without those who opted out of marketing: for a campaign."));
    file->addSeparator();
    QAction* print = file->addAction(tr("&Print Monthly Report…"), this, [this] {
        ReportDialog dialog(*m_database, this);
        dialog.exec();
    });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    writes(file->addAction(tr("&Back Up Now"), this, &MainWindow::backupNow));
    guarded(Permission::RestoreBackup, writes(file->addAction(tr("&Restore a Backup…"), this, &MainWindow::restoreBackup)));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The customer list's own actions (new, profile, tag, follow-up, find) are its page's menu.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    m_pagesAnchor = view->addSeparator(); // one entry per page before it (createPages)
    view->addAction(tr("&Refresh"), this, &MainWindow::reloadCustomers)->setShortcut(QKeySequence::Refresh);
    // Language: the system's unless chosen here; applied at the next start (every window and
    // formatted number changes with it).
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, name] : {std::pair{QString(), tr("Follow the System")}, std::pair{QStringLiteral("en_US"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The language changes the next time Clientele starts."), 8000);
        });
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu = tools->menuAction();
    m_segmentation = new SegmentationRunner(statusBar(), this);
    connect(m_segmentation, &SegmentationRunner::finished, this, [this](bool changed) {
        if (changed)
            reloadCustomers();
        else if (m_changeWatcher)
            m_changeWatcher->acknowledge(); // its bookkeeping is not news for the user
    });
    tools->addAction(m_segmentation->action());
    tools->addSeparator();
    guarded(Permission::ManageUsers, tools->addAction(tr("&Users and Roles…"), this, &MainWindow::showUsers));
    guarded(Permission::ViewAudit, tools->addAction(tr("&Audit Log…"), this, &MainWindow::showAuditLog));
    // Find Duplicates across the whole shop (duplicates of one customer: the profile's Merge).
    tools->addAction(tr("Find &Duplicates…"), this, [this] {
        FindDuplicatesDialog dialog(*m_database, this);
        dialog.exec();
        if (dialog.changed())
            reloadCustomers();
    })->setObjectName(QStringLiteral("findDuplicatesAction"));
    guarded(Permission::ChangeRules, tools->addAction(tr("Customer F&ields…"), this, [this] {
        CustomFieldsDialog dialog(*m_database, this);
        dialog.exec();
        if (dialog.changed())
            reloadCustomers();
    }))->setObjectName(QStringLiteral("customFieldsAction"));
    // A chain's stores; staff see the list (the dialog is read-only for them).
    tools->addAction(tr("Sto&res…"), this, [this] {
        if (StoresDialog::edit(*m_database, this))
            reloadCustomers(); // the counter, the list's store column and filter name the stores
    })->setObjectName(QStringLiteral("storesAction"));
    tools->addAction(tr("Auto&mation…"), this, [this] {
        AutomationDialog dialog(*m_database, this);
        dialog.exec();
        if (dialog.changed())
            reloadCustomers();
    })->setObjectName(QStringLiteral("automationAction"));
    QMenu* sensitive = tools->addMenu(tr("Sensitive &Fields"));
    guarded(Permission::ChangeRules, sensitive->addAction(tr("Set &Passphrase…"), this, &MainWindow::setVaultPassphrase));
    guarded(Permission::ChangeRules, sensitive->addAction(tr("&Mark a Field as Sensitive…"), this, [this] {
        bool ok = false;
        const QString field = QInputDialog::getText(this, tr("Mark a Field as Sensitive"),
                                                    tr("Field name (letters, digits and _, e.g. passport_no):"),
                                                    QLineEdit::Normal, {}, &ok);
        if (!ok || field.isEmpty())
            return;
        if (auto s = core::security::FieldVault(*m_database).markField(field.trimmed()); !s)
            QMessageBox::warning(this, tr("Sensitive Fields"), s.error().message);
    }));
    sensitive->addAction(tr("&Lock Now"), this, [this] {
        core::security::FieldVault::lock();
        statusBar()->showMessage(tr("Sensitive fields locked."), 5000);
    });
    guarded(Permission::ChangeRules, tools->addAction(tr("&Backups to Keep…"), this, [this] {
        bool ok = false;
        const int keep = QInputDialog::getInt(this, tr("Backups to Keep"),
                                              tr("Clientele backs up before the first import of a day (each import "
                                                 "can be undone), before merges, erasures, undone imports and rule "
                                                 "changes, and on quit once a day. Keep the newest backup of each of "
                                                 "the last N days (and of %1 weeks before them), N =")
                                                  .arg(core::storage::Backups::budget(*m_database).weekly),
                                              core::storage::Backups::keepSetting(*m_database), 1, 1000, 1, &ok);
        if (!ok)
            return;
        if (auto s = core::storage::Backups::setKeepSetting(*m_database, keep); !s)
            QMessageBox::warning(this, tr("Backups to Keep"), s.error().message);
    }));
    tools->addSeparator();
    m_switchUser = tools->addAction(tr("&Switch User…"), this, &MainWindow::switchUser);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("User &Guide"), this, &MainWindow::showGuide)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Clientele"), this, [this] {
        QMessageBox::about(this, tr("About Clientele"),
                           tr("<b>Clientele %1</b><p>A customer base for small shops: import, know, tier and act.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(import);
    m_toolbarAnchor = toolbar->addSeparator(); // the pages' toolbar actions go before it (createPages)
    toolbar->addAction(exportAll);
    toolbar->addAction(print);
    m_toolbar = toolbar;
    usePlainToolbarTexts(toolbar);
}

void MainWindow::setDatabase(std::unique_ptr<core::storage::Database> database)
{
    // The old shop stays open until this returns: its views are replaced one by one below, and a
    // view being removed can make another (still the old shop's) current and refresh it.
    const std::unique_ptr<core::storage::Database> previous = std::exchange(m_database, std::move(database));
    m_segmentation->setDatabase(m_database.get());
    countOrders();
    createPages();
    const bool writable = !m_database->isReadOnly();
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    applyPermissions();
    setWindowTitle(writable ? tr("%1 — Clientele").arg(QFileInfo(m_database->path()).fileName())
                            : tr("%1 (read-only) — Clientele").arg(QFileInfo(m_database->path()).fileName()));
    updateStatus();
}

void MainWindow::createPages()
{
    const Page* current = qobject_cast<Page*>(m_views->currentWidget());
    const QString currentName = current ? current->objectName() : QString();
    qDeleteAll(m_pageChrome); // menus of the previous shop's pages
    m_pageChrome.clear();
    m_stalePages.clear();
    qDeleteAll(m_pages); // they hold the previous database
    m_pages.clear();
    const QList<PageSpec> specs = registeredPages();
    for (const PageSpec& spec : specs) {
        Page* page = spec.create(*m_database, m_views);
        page->setObjectName(spec.objectName);
        m_pages.append(page);
        m_stalePages.append(page);
        m_views->addTab(page, page->title());
        auto* show = new QAction(page->menuText(), this);
        show->setObjectName(QStringLiteral("show_") + spec.objectName);
        show->setShortcut(spec.shortcut);
        connect(show, &QAction::triggered, this, [this, page] { showPage(page); });
        m_viewMenu->insertAction(m_pagesAnchor, show);
        m_pageChrome.append(show);
        m_toolbar->insertActions(m_toolbarAnchor, page->toolbarActions());
        usePlainToolbarTexts(m_toolbar);
        // A page's keys work while it is in front (the counter's Ctrl+T tops up, the list's tags):
        // the actions belong to the page widget too, with a shortcut context of the page. An action
        // marked "windowWide" (the counter's Find Member) works from every page and brings its page
        // to the front itself. Every key shown in the menus means one command (ShortcutsUiTest).
        for (QAction* action : page->pageActions())
            if (!action->shortcut().isEmpty() && !action->property("windowWide").toBool()) {
                action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                page->addAction(action);
            }
        if (const QList<QAction*> actions = page->pageActions(); !actions.isEmpty() && !page->menuTitle().isEmpty()) {
            auto* menu = new QMenu(page->menuTitle(), this);
            menu->addActions(actions);
            menuBar()->insertMenu(m_toolsMenu, menu);
            m_pageChrome.append(menu);
        }
        connect(page, &Page::openCustomer, this, &MainWindow::openCustomer);
        connect(page, &Page::showCustomers, this,
                [this](const core::storage::CustomerFilter& filter, const QString& description) {
                    if (auto* list = customers()) {
                        showPage(list);
                        list->applyFilter(filter, description);
                    }
                });
        connect(page, &Page::openPage, this, [this](const QString& name, qint64 itemId) {
            for (Page* target : std::as_const(m_pages))
                if (target->objectName() == name) {
                    showPage(target);
                    target->showItem(itemId);
                }
        });
        connect(page, &Page::comeForwardWithCustomerInHand, this, [this, page] {
            const auto* from = qobject_cast<Page*>(m_views->currentWidget());
            const qint64 customerId = from && from != page ? from->customerInHand() : 0;
            showPage(page);
            if (customerId > 0)
                page->showItem(customerId);
        });
        connect(page, &Page::message, this,
                [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
        connect(page, &Page::dataChanged, this, [this, page] {
            m_stalePages.removeOne(page);
            reloadCustomers(); // every other page, the list (a sale's order count) and the status bar
        });
    }
    if (auto* list = customers()) {
        m_stalePages.removeOne(list); // read as it was built
        connect(list, &CustomerListPage::statusChanged, this, &MainWindow::updateStatus);
    }
    if (auto* dashboard = page<DashboardView>())
        dashboard->addHeaderAction(m_segmentation->action())->setObjectName(QStringLiteral("recalculateTiersButton"));
    for (Page* page : std::as_const(m_pages))
        if (page->objectName() == currentName || (currentName.isEmpty() && page == m_pages.first()))
            showPage(page);
    delete m_changeWatcher;
    m_changeWatcher = new ExternalChangeWatcher(*m_database, this);
    connect(m_changeWatcher, &ExternalChangeWatcher::changedElsewhere, this, &MainWindow::showChangedElsewhere);
    m_changeNotice->hide();
    delete m_notifier;
    m_notifier = new DueTodayNotifier(*m_database, this);
    connect(m_notifier, &DueTodayNotifier::dueToday, this, [this](const QString& title, const QString& message) {
        if (m_tray && m_tray->isVisible())
            m_tray->showMessage(title, message, appIcon(), 15000);
        statusBar()->showMessage(message, 30000); // also where there is no tray
    });
}

void MainWindow::showPage(Page* page)
{
    if (!page)
        return;
    m_views->setCurrentWidget(page);
    if (m_stalePages.removeOne(page))
        page->refresh();
    // The keyboard follows the page in front (its own keys, e.g. the calendar's Page Down).
    if (!page->isAncestorOf(QApplication::focusWidget()))
        page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::markPagesStale()
{
    m_stalePages = m_pages;
    if (auto* current = qobject_cast<Page*>(m_views->currentWidget()))
        showPage(current);
}

CustomerListPage* MainWindow::customers() const
{
    return page<CustomerListPage>();
}

DashboardView* MainWindow::dashboard() const
{
    return page<DashboardView>();
}

FollowUpCalendarView* MainWindow::calendar() const
{
    return page<FollowUpCalendarView>();
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // offscreen, and some Linux desktops: the status bar carries the reminder
    m_tray = new QSystemTrayIcon(appIcon(), this);
    m_tray->setToolTip(QStringLiteral("Clientele"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("Show Clientele"), this, [this] {
        showNormal();
        activateWindow();
    });
    menu->addAction(tr("Follow-ups Due Today"), this, [this] {
        showNormal();
        activateWindow();
        showCalendar();
        if (auto* calendar = this->calendar())
            calendar->showAgenda(FollowUpCalendarView::Agenda::Today);
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        activateWindow();
        showCalendar();
        if (auto* calendar = this->calendar())
            calendar->showAgenda(FollowUpCalendarView::Agenda::Today);
    });
    m_tray->show();
}

void MainWindow::applyPermissions()
{
    using core::security::Session;
    const bool writable = !m_database->isReadOnly();
    for (const auto& [action, permission] : std::as_const(m_guardedActions)) {
        const bool allowed = Session::can(core::security::Permission(permission));
        action->setEnabled(allowed && (!m_writeActions.contains(action) || writable));
        action->setVisible(allowed);
    }
    for (Page* page : std::as_const(m_pages))
        page->updateActions();
    // Staff keep their own menu entries; "Users and Roles" is also how the first owner sets up accounts.
    const auto accounts = core::security::UserDirectory(*m_database).hasUsers();
    m_switchUser->setVisible(accounts && *accounts);
    m_user->setText(Session::signedIn() ? tr("Signed in as %1 (%2)").arg(Session::actor(), core::security::roleLabel(Session::role()))
                                        : QString());
    m_user->setVisible(Session::signedIn());
}

void MainWindow::setVaultPassphrase()
{
    core::security::FieldVault vault(*m_database);
    const auto ready = vault.isSetUp();
    if (!ready)
        return;
    bool ok = false;
    QString current;
    if (*ready) {
        current = QInputDialog::getText(this, tr("Change Passphrase"), tr("Current passphrase:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    const QString fresh = QInputDialog::getText(
        this, tr("Sensitive Fields Passphrase"),
        tr("New passphrase (at least 10 characters). Without it the sensitive fields cannot be read — keep it safe:"),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(this, tr("Sensitive Fields Passphrase"), tr("Once more:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (again != fresh) {
        QMessageBox::warning(this, tr("Sensitive Fields Passphrase"), tr("The two passphrases differ."));
        return;
    }
    const auto s = *ready ? vault.changePassphrase(current, fresh) : vault.setUp(fresh);
    if (!s) {
        QMessageBox::warning(this, tr("Sensitive Fields Passphrase"), s.error().message);
        return;
    }
    statusBar()->showMessage(*ready ? tr("Passphrase changed; every sensitive value was re-encrypted.")
                                    : tr("Sensitive fields are now stored encrypted."),
                             8000);
}

void MainWindow::showUsers()
{
    UsersDialog dialog(*m_database, this);
    dialog.exec();
    applyPermissions();
}

void MainWindow::showAuditLog()
{
    AuditLogDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::switchUser()
{
    core::security::Session::signOut();
    core::security::FieldVault::lock(); // the next person unlocks with the passphrase again
    if (!signInIfNeeded(*m_database, this)) {
        close(); // nobody signed in: the data stays hidden
        return;
    }
    applyPermissions();
    reloadCustomers();
}

void MainWindow::showGuide()
{
    // One guide window, opened at the page of the view in front (F1 is help on what you see).
    auto* guide = findChild<GuideDialog*>();
    if (!guide) {
        guide = new GuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    const auto* page = qobject_cast<const Page*>(m_views->currentWidget());
    guide->openPage(page && !page->guideTopic().isEmpty() ? page->guideTopic() : QStringLiteral("customers.html"));
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::showCalendar()
{
    showPage(calendar());
}

void MainWindow::openCustomer(qint64 customerId)
{
    if (customerId <= 0)
        return;
    CustomerProfileDialog dialog(*m_database, customerId, this);
    connect(&dialog, &CustomerProfileDialog::dataChanged, this, [this] {
        countOrders();
        updateStatus();
    });
    dialog.exec();
    if (dialog.changed())
        reloadCustomers();
}

void MainWindow::showDashboard()
{
    showPage(dashboard());
}

void MainWindow::countOrders()
{
    // Once per data change, not on every selection change (COUNT(*) over a million orders).
    const auto count = core::storage::OrderRepository(*m_database).countPurchases(); // refunds are not orders
    m_orderCount = count ? *count : -1;
}

void MainWindow::showChangedElsewhere()
{
    // Each page reads again when it is next shown; the one in front waits for Refresh.
    m_stalePages = m_pages;
    m_changeNotice->show();
}

void MainWindow::reloadCustomers()
{
    if (m_changeWatcher)
        m_changeWatcher->acknowledge();
    m_changeNotice->hide();
    countOrders();
    markPagesStale();
    if (auto* list = customers(); list && m_stalePages.removeOne(list))
        list->refresh(); // at once, in front or not: the status bar counts its rows
    // The page in front shows what another till or the CLI wrote too (F5 is asked from it).
    if (auto* front = qobject_cast<Page*>(m_views->currentWidget()); front && m_stalePages.removeOne(front))
        front->refresh();
    updateStatus();
}

CustomerTableModel* MainWindow::customerModel() const
{
    return customers() ? customers()->model() : nullptr;
}

void MainWindow::openProfile(int row)
{
    customers()->openProfile(row);
}

void MainWindow::newCustomer()
{
    customers()->newCustomer();
}

void MainWindow::importFile(const QString& path)
{
    if (m_database->isReadOnly() || m_database->isMemory())
        return;
    auto* wizard = new ImportWizard(*m_database, path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::databaseChanged, this, &MainWindow::reloadCustomers);
    wizard->open(); // window-modal; the import itself runs on a worker thread
}

void MainWindow::startAfterWelcome(FirstStartDialog::Choice choice)
{
    if (choice == FirstStartDialog::Choice::Import)
        importFile({});
}

QList<qint64> MainWindow::selectedCustomerIds() const
{
    return customers()->selectedCustomerIds();
}

void MainWindow::tagSelection()
{
    customers()->tagSelection();
}

void MainWindow::followUpSelection()
{
    customers()->followUpSelection();
}

void MainWindow::exportCustomers(bool selectionOnly, bool marketingList)
{
    customers()->exportCustomers(selectionOnly, marketingList);
}

void MainWindow::updateStatus()
{
    const CustomerListPage* list = customers();
    if (!list)
        return;
    // Customer records (prospects included) and orders recorded: figures of the catalogue, not the
    // dashboard's "Customers who bought" (hence the different words and the tooltip).
    m_status->setToolTip(core::report::Figures::tooltip(core::report::FigureId::CustomerRecords) + u'\n' +
                         core::report::Figures::tooltip(core::report::FigureId::PurchasesRecorded));
    const int shown = int(list->model()->totalCount());
    QString text = QFileInfo(m_database->path()).fileName() + tr("  ·  %Ln customer record(s) shown", nullptr, shown) +
                   (m_orderCount >= 0 ? tr("  ·  %Ln order(s) recorded", nullptr, int(m_orderCount))
                                      : tr("  ·  ? orders recorded"));
    if (const int selected = list->selectedCount(); selected > 0)
        text += tr("  ·  %1 selected").arg(QLocale().toString(selected));
    m_status->setText(text);
}

void MainWindow::showShortcuts()
{
    QList<std::pair<QString, QString>> rows = {
        {QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText), tr("User guide for the view in front")},
        {QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText), tr("Search customers")},
        {QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText), tr("Import a CSV file")},
        {QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText), tr("New customer")},
        {QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText), tr("Print or save the monthly tier report")},
        {tr("Enter"), tr("Open the selected customer's profile")},
        {QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText), tr("Tag the selected customers")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText),
         tr("Schedule a follow-up for the selected customers")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText), tr("Clear search and filters")},
        {QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText), tr("Refresh")},
        {QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText), tr("Open a database")},
        {tr("Page Up / Page Down"), tr("Calendar: previous / next month")},
        {QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText), tr("Calendar: mark the selected follow-up done")},
        {tr("Insert / Delete"), tr("Calendar: new follow-up / cancel the selected ones")},
        {QKeySequence(Qt::Key_F3).toString(QKeySequence::NativeText), tr("Counter: find a member (from any view; from the customer list, the selected customer)")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText), tr("Counter: print the last receipt")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText), tr("Counter: enrol a new member")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T).toString(QKeySequence::NativeText), tr("Counter: top up stored value")},
    };
    const QList<PageSpec> specs = registeredPages();
    for (qsizetype i = 0; i < specs.size() && i < m_pages.size(); ++i)
        rows.insert(11 + i, {specs[i].shortcut.toString(QKeySequence::NativeText), m_pages[i]->title()});
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto& [keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"), html);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!m_database->isReadOnly() && urls.size() == 1 && urls.first().isLocalFile() && isImportablePath(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        importFile(urls.first().toLocalFile());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A checked backup on quit, once there is something to lose and none was made today.
    if (!m_database->isReadOnly() && !m_database->isMemory() && customerModel() &&
        customerModel()->totalCount() > 0)
        if (auto made = core::storage::Backups::dailyBefore(*m_database, QStringLiteral("on-quit")); !made)
            QMessageBox::warning(this, tr("Backup failed"), made.error().message);
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace clientele::ui
