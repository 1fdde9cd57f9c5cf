#include "TestSupport.h"
#include "TestTables.h"

#include "CatchCompat.h"
#include "demo/DemoShop.h"
#include "storage/CustomerRepository.h"
#include "storage/dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <deque>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace clientele::test {

namespace {
// One admin connection to the test server's maintenance database; test databases are copies of
// a template migrated once per process, so each test case starts from the same fresh schema.
QSqlDatabase adminConnection()
{
    const QString name = QStringLiteral("clientele-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const auto location = core::storage::DatabaseLocation::parse(qEnvironmentVariable("CLIENTELE_TEST_PG_URL"));
    REQUIRE(location.ok());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location->host);
    db.setPort(location->port);
    db.setUserName(location->user);
    db.setPassword(location->password);
    db.setDatabaseName(location->database);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

void adminExec(const QString& sql)
{
    QSqlQuery q(adminConnection());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

QString urlOf(const QString& database)
{
    auto location = core::storage::DatabaseLocation::parse(qEnvironmentVariable("CLIENTELE_TEST_PG_URL"));
    location->database = database;
    return location->url();
}
} // namespace

bool onServer()
{
    return qEnvironmentVariableIsSet("CLIENTELE_TEST_PG_URL");
}

QString freshServerUrl()
{
    if (!onServer())
        return {};
    static int counter = 0;
    static std::deque<QString> recent;
    const QString prefix = QStringLiteral("t%1_").arg(QCoreApplication::applicationPid());
    const QString name = prefix + QString::number(++counter);
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    // Keep the server small: earlier test cases' databases go (a test may hold two at once).
    recent.push_back(name);
    while (recent.size() > 4) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(recent.front()));
        recent.pop_front();
    }
    return urlOf(name);
}

QString shopLocation(const QString& folder)
{
    return onServer() ? freshServerUrl() : folder + QStringLiteral("/shop.sqlite");
}

std::unique_ptr<core::storage::Database> demoDatabase(int customers, int orders, quint64 seed)
{
    auto db = memoryDatabase();
    core::demo::DemoOptions options;
    options.customers = customers;
    options.orders = orders;
    options.seed = seed;
    options.endDate = QDate(2026, 10, 31);
    REQUIRE(core::demo::DemoShop::populate(*db, options).ok());
    return db;
}

std::unique_ptr<core::storage::Database> memoryDatabase()
{
    if (!onServer()) {
        auto db = core::storage::Database::open(QString::fromLatin1(core::storage::Database::kMemory));
        REQUIRE(db.ok());
        return std::move(db).value();
    }
    static QString templateName;
    if (templateName.isEmpty()) {
        templateName = QStringLiteral("tpl%1").arg(QCoreApplication::applicationPid());
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(templateName));
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(templateName));
        auto migrated = core::storage::Database::open(urlOf(templateName));
        INFO((migrated ? QString() : migrated.error().message).toStdString());
        REQUIRE(migrated.ok());
    }
    static int counter = 0;
    static std::deque<QString> recent;
    const QString name = QStringLiteral("m%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName));
    recent.push_back(name);
    while (recent.size() > 4) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(recent.front()));
        recent.pop_front();
    }
    auto db = core::storage::Database::open(urlOf(name));
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QString dataPath(const QString& name)
{
    return QDir(QStringLiteral(CLIENTELE_TEST_DATA)).filePath(name);
}

QString outputPath(const QString& name)
{
    QDir dir(QStringLiteral(CLIENTELE_TEST_OUTPUT));
    dir.mkpath(QStringLiteral("."));
    return dir.filePath(name);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString writeTempFile(const QByteArray& bytes, const QString& suffix)
{
    static QTemporaryDir dir;
    static int counter = 0;
    const QString path = dir.filePath(QStringLiteral("file%1%2").arg(++counter).arg(suffix));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

bool matchesGolden(const QString& name, const QString& actual)
{
    const QString path = dataPath(QStringLiteral("golden/") + name);
    if (qEnvironmentVariableIntValue("CLIENTELE_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(actual.toUtf8());
        return true;
    }
    const QString expected = QString::fromUtf8(readFile(path));
    if (expected != actual) {
        QFile out(outputPath(name + QStringLiteral(".actual")));
        if (out.open(QIODevice::WriteOnly))
            out.write(actual.toUtf8());
        UNSCOPED_INFO("golden file differs: " << path.toStdString() << " (actual written to "
                                              << out.fileName().toStdString() << ")");
        return false;
    }
    return true;
}

QStringList tableNames(const core::storage::Database& db)
{
    QSqlQuery q = db.prepare(db.dialect().tableNames());
    REQUIRE(q.exec());
    QStringList names;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.startsWith(QStringLiteral("customer_search_")) || name == QStringLiteral("customer_search_text"))
            names.append(name);
    }
    return names;
}

QString everything(const core::storage::Database& db)
{
    QString out;
    for (const QString& name : tableNames(db)) {
        QSqlQuery rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name)); // names from the catalogue
        REQUIRE(rows.exec());
        QStringList lines;
        while (rows.next()) {
            QString line;
            for (int i = 0; i < rows.record().count(); ++i)
                line += rows.value(i).toString() + u'|';
            lines.append(line);
        }
        lines.sort(); // a server returns rows in no promised order
        out += name + u'\n' + lines.join(u'\n') + u'\n';
    }
    return out;
}

void setSchemaVersion(const core::storage::Database& db, int version)
{
    REQUIRE(db.dialect().setSchemaVersion(db, version).ok());
}

} // namespace clientele::test
