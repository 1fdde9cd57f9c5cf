// The Clientele desktop application: opens the last database (or the demo shop) and shows it.
#include "domain/AppLocale.h"
#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "demo/DemoShop.h"
#include "segmentation/Segmenter.h"
#include "storage/Backups.h"
#include "widgets/AppIcon.h"
#include "dialogs/SignInDialog.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "dialogs/FirstStartDialog.h"
#include "views/MainWindow.h"
#include "widgets/SegmentationRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLockFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace clientele;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QApplication::setWindowIcon(ui::appIcon());
    // Wayland and GNOME match the window to its menu entry (and icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.clientele.Clientele"));
    QApplication::setQuitOnLastWindowClosed(true); // the tray icon does not keep Clientele running

    // Chinese or English following the system language, unless the owner chose one (View ▸
    // Language); Qt's own strings too. Money, numbers and dates follow the same locale.
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    // Never the C/POSIX locale of a fresh machine (LANG=C.UTF-8): the UI language's conventions.
    const QLocale locale = core::appLocale(chosen, QLocale::system());
    QLocale::setDefault(locale);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer base for small shops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file or shop server (postgresql://USER@HOST[:PORT]/DATABASE) to open."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open the demo shop (created on first use)."));
    parser.addOptions({dbOption, demoOption});
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString demoPath = QDir(dataDir).filePath(QStringLiteral("demo-shop.sqlite"));
    QString path = parser.value(dbOption);
    bool demo = parser.isSet(demoOption);
    // The welcome dialog's answer, for the window to act on (Import my customers: the wizard).
    auto welcomeChoice = ui::FirstStartDialog::Choice::Open;
    if (demo)
        path = demoPath;
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (path.isEmpty() && !QFileInfo::exists(core::storage::Database::defaultPath())) {
        // The very first start: an empty shop, the demo shop, or a file from elsewhere.
        ui::FirstStartDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        welcomeChoice = welcome.choice();
        switch (welcome.choice()) {
        case ui::FirstStartDialog::Choice::Empty: break;
        case ui::FirstStartDialog::Choice::Import: break;
        case ui::FirstStartDialog::Choice::Demo:
            demo = true;
            path = demoPath;
            break;
        case ui::FirstStartDialog::Choice::Open:
            path = QFileDialog::getOpenFileName(nullptr, QApplication::translate("main", "Open Database"), QDir::homePath(),
                                                QApplication::translate("main", "Clientele databases (*.sqlite *.db);;All files (*)"));
            if (path.isEmpty())
                return 0;
            break;
        }
    }
    if (path.isEmpty())
        path = core::storage::Database::defaultPath();

    // A file path or a shop server's URL (postgresql://…); any other URL is refused, never taken
    // for a file name.
    const auto location = core::storage::DatabaseLocation::fromArgument(path);
    if (!location) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open database"),
                              location.error().message);
        return 1;
    }
    const bool server = location->isServer();

    // A damaged file is never opened as if nothing happened: offer the newest good backup and
    // keep the damaged file beside it (restore sets it aside).
    if (!server && QFileInfo::exists(path)) {
        const auto health = core::storage::Backups::check(path);
        if (health && *health != QLatin1String("ok")) {
            const auto backups = core::storage::Backups::list(path);
            if (!backups || backups->isEmpty()) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Damaged database"),
                                      QApplication::translate("main", "%1 is damaged (%2) and there is no backup to "
                                                                      "restore. The file was left as it is.")
                                          .arg(path, *health));
                return 1;
            }
            const auto newest = backups->first();
            const auto answer = QMessageBox::question(
                nullptr, QApplication::translate("main", "Damaged database"),
                QApplication::translate("main", "%1 is damaged (%2).\n\nRestore the newest backup, made %3? The damaged "
                                                "file is kept beside it.")
                    .arg(path, *health, clientele::core::i18n::LocalDates::shortDateTime(newest.created.toLocalTime())));
            if (answer != QMessageBox::Yes)
                return 1;
            if (auto restored = core::storage::Backups::restore(path, newest.path); !restored) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Damaged database"),
                                      restored.error().message);
                return 1;
            }
        }
    }

    // One writer per file: a second instance is told and offered read-only mode. (A server takes
    // many tills at once.)
    if (!server)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(server ? QString() : path + QStringLiteral(".lock"));
    auto access = core::storage::Database::Access::ReadWrite;
    // Only a lock held by another live instance means "in use"; a folder where no lock can be
    // written (read-only media) is opened as usual and fails later with its own message.
    if (!server && !lock.tryLock(200) && lock.error() == QLockFile::LockFailedError) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "Database in use"),
            QApplication::translate("main", "%1 is open in another Clientele window. Open it read-only?").arg(path));
        if (answer != QMessageBox::Yes)
            return 0;
        access = core::storage::Database::Access::ReadOnly;
    }

    auto database = core::storage::Database::open(*location, access);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open database"),
                              database.error().message);
        return 1;
    }
    if (demo && !(*database)->isReadOnly()) {
        core::storage::CustomerRepository customers(**database);
        const auto count = customers.count();
        if (count && *count == 0) {
            if (auto s = core::demo::DemoShop::populate(**database, {}); !s) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot create the demo shop"),
                                      s.error().message);
                return 1;
            }
            if (auto r = core::segmentation::Segmenter::run(**database, core::Clock::today()); !r)
                QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot segment the demo shop"),
                                     r.error().message);
        }
    }
    QSettings().setValue(QStringLiteral("lastDatabase"), location->display()); // never a password
    // A shop with user accounts shows nothing until someone signs in.
    if (!ui::signInIfNeeded(**database))
        return 0;

    ui::MainWindow window(std::move(*database));
    window.show();
    window.segmentation()->catchUp(); // first start of a day or month: tiers, stages and month ends current
    window.startAfterWelcome(welcomeChoice);
    return QApplication::exec();
}
