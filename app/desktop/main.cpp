// The Clientele desktop application: opens the last database (or the demo shop) and shows it.
#include "demo/DemoShop.h"
#include "segmentation/Segmenter.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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

    // Chinese or English following the system language (Qt's own strings too, when installed).
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer base for small shops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open the demo shop (created on first use)."));
    parser.addOptions({dbOption, demoOption});
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString path = parser.value(dbOption);
    if (parser.isSet(demoOption))
        path = QDir(dataDir).filePath(QStringLiteral("demo-shop.sqlite"));
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastDatabase"), core::storage::Database::defaultPath()).toString();

    auto database = core::storage::Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open database"),
                              database.error().message);
        return 1;
    }
    if (parser.isSet(demoOption)) {
        core::storage::CustomerRepository customers(**database);
        const auto count = customers.count();
        if (count && *count == 0) {
            if (auto s = core::demo::DemoShop::populate(**database, {}); !s) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot create the demo shop"),
                                      s.error().message);
                return 1;
            }
            if (auto r = core::segmentation::Segmenter::run(**database, QDate::currentDate()); !r)
                QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot segment the demo shop"),
                                     r.error().message);
        }
    }
    QSettings().setValue(QStringLiteral("lastDatabase"), path);

    ui::MainWindow window(std::move(*database));
    window.show();
    return QApplication::exec();
}
