#include "TestSupport.h"

#include "CatchCompat.h"
#include "storage/CustomerRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace clientele::test {

std::unique_ptr<core::storage::Database> memoryDatabase()
{
    auto db = core::storage::Database::open(QString::fromLatin1(core::storage::Database::kMemory));
    REQUIRE(db.ok());
    return std::move(db).value();
}

qint64 addCustomer(core::storage::Database& db, const QString& name, const QString& phone)
{
    core::Customer c;
    c.name = name;
    c.phone = phone;
    auto id = core::storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
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

} // namespace clientele::test
