// A full disk and a read-only folder: every write fails with a message that says so, the database
// stays as it was (integrity_check ok, nothing imported), and no half-written file is left.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using clientele::test::cli;
using clientele::test::Run;
using clientele::test::runProgram;
using namespace Qt::StringLiterals;

#ifdef Q_OS_UNIX
namespace {
// The CLI with a file-size limit, as a nearly full disk behaves: writes past `kilobytes` fail
// (EFBIG; the signal that would kill the process is ignored, as a full disk sends none).
Run cliWithSpace(int kilobytes, const QStringList& args)
{
    QStringList quoted;
    for (const QString& a : args)
        quoted.append(u"'"_s + QString(a).replace(u"'"_s, u"'\\''"_s) + u"'"_s);
    return runProgram(u"bash"_s, {u"-c"_s, u"trap '' XFSZ; ulimit -f %1; exec '%2' %3"_s.arg(kilobytes).arg(
                                                QStringLiteral(CLIENTELE_CLI), quoted.join(u' '))});
}

QStringList leftovers(const QDir& dir, const QStringList& expected)
{
    QStringList extra;
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        if (!expected.contains(name))
            extra.append(name);
    return extra;
}

// Makes `path` unwritable even for root (immutable attribute); false when this system cannot.
bool makeReadOnly(const QString& path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    runProgram(u"chattr"_s, {u"+i"_s, path});
    QFile probe(path + u"/probe"_s);
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        return false;
    }
    return true;
}

void makeWritable(const QString& path)
{
    runProgram(u"chattr"_s, {u"-i"_s, path});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
} // namespace

TEST_CASE("a full disk fails an import or an export clearly and changes nothing", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString shop = dir.filePath(u"shop.sqlite"_s);
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    REQUIRE(cli({u"--db"_s, shop, u"demo"_s, u"--customers"_s, u"2000"_s, u"--orders"_s, u"100"_s}).exitCode == 0);
    REQUIRE(cli({u"demo"_s, u"--customers"_s, u"20000"_s, u"--orders"_s, u"10"_s, u"--csv"_s, dir.filePath(u"csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, empty, u"followups"_s, u"list"_s}).exitCode == 0); // a new, empty shop

    // 20,000 customers need far more than 300 KB: the commit fails, the import rolls back.
    const Run import = cliWithSpace(300, {u"--db"_s, empty, u"import"_s, u"customers"_s, dir.filePath(u"csv/customers.csv"_s)});
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(u"disk may be full"_s));
    const Run check = cli({u"--db"_s, empty, u"check"_s, u"--thorough"_s});
    CHECK(check.exitCode == 0);
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {empty, u"SELECT COUNT(*) FROM customers; SELECT COUNT(*) FROM import_batches;"_s});
    REQUIRE(sqlite.waitForFinished());
    CHECK(sqlite.readAllStandardOutput().trimmed() == "0\n0");

    // An export that does not fit leaves no file, not a truncated one.
    const QString csv = dir.filePath(u"out.csv"_s);
    const Run exported = cliWithSpace(100, {u"--db"_s, shop, u"export"_s, u"customers"_s, csv});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(u"Cannot write"_s));
    CHECK_FALSE(QFile::exists(csv));
    CHECK(leftovers(QDir(dir.path()), {u"shop.sqlite"_s, u"empty.sqlite"_s}).isEmpty());
}

TEST_CASE("a read-only folder gets a clear error and no half-written file", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString shop = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, shop, u"demo"_s, u"--customers"_s, u"200"_s, u"--orders"_s, u"400"_s}).exitCode == 0);
    const QString locked = dir.filePath(u"locked"_s);
    REQUIRE(QDir().mkpath(locked));
    REQUIRE(QFile::copy(shop, locked + u"/shop.sqlite"_s));
    const QString backups = dir.filePath(u"backups"_s);
    REQUIRE(QDir().mkpath(backups));
    if (!makeReadOnly(locked) || !makeReadOnly(backups)) {
        makeWritable(locked);
        makeWritable(backups);
        WARN("This system lets the test user write to read-only folders; skipped.");
        return;
    }

    // Exporting into it.
    const Run exported = cli({u"--db"_s, shop, u"export"_s, u"customers"_s, locked + u"/out.csv"_s});
    CHECK(exported.exitCode == 1);
    CHECK(exported.err.contains(u"Cannot write"_s));
    // A database inside it: SQLite cannot write its journal there.
    const Run opened = cli({u"--db"_s, locked + u"/shop.sqlite"_s, u"tiers"_s});
    CHECK(opened.exitCode == 1);
    CHECK(opened.err.contains(u"read-only"_s));
    // Backups into a read-only backups folder.
    const Run backup = cli({u"--db"_s, shop, u"backup"_s});
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.contains(u"backup"_s, Qt::CaseInsensitive));

    makeWritable(locked);
    makeWritable(backups);
    CHECK(QDir(locked).entryList(QDir::Files) == QStringList{u"shop.sqlite"_s});
    CHECK(QDir(backups).entryList(QDir::Files).isEmpty());
    CHECK(cli({u"--db"_s, locked + u"/shop.sqlite"_s, u"check"_s, u"--thorough"_s}).exitCode == 0);
}
#endif
