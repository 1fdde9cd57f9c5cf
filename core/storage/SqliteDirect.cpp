#include "SqliteDirect.h"

#include "Database.h"
#include "dialect/SqlDialect.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <QSet>

#include <atomic>
#include <mutex>

namespace clientele::core::storage {

namespace {
std::atomic_bool g_directAllowed{true};

// The connections this program's SQLite library opened. Qt's driver may run on a copy of SQLite
// built into it (Qt's Windows and macOS packages): its handles never pass through our library's
// auto-extension, so they are never taken for ours, whatever their version.
std::mutex g_oursMutex;
QSet<sqlite3*> g_ours;

int noteConnection(sqlite3* handle, const char**, const void*)
{
    const std::lock_guard lock(g_oursMutex);
    g_ours.insert(handle);
    return SQLITE_OK;
}
} // namespace

void SqliteStatement::prepareLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Before the library starts (it refuses afterwards, harmlessly): no global allocation
        // counter, which takes a mutex around every allocation (about 10% of a bulk import).
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(&noteConnection));
    });
}

void SqliteStatement::setDirectAllowed(bool allowed)
{
    g_directAllowed = allowed;
}

sqlite3* SqliteStatement::handleOf(const Database& database)
{
    if (database.isServer() || !g_directAllowed)
        return nullptr;
    const QSqlDatabase connection = database.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* const handleOfDriver = *static_cast<sqlite3* const*>(handle.constData());
    const std::lock_guard lock(g_oursMutex);
    return g_ours.contains(handleOfDriver) ? handleOfDriver : nullptr;
}

SqliteStatement::SqliteStatement(sqlite3* handle, const QString& sql) : m_handle(handle)
{
    m_status = sqlite3_prepare16_v3(handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                                    &m_statement, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    rewind();
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    rewind();
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& value)
{
    rewind();
    if (value.isNull())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    rewind();
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    default:
        return bind(index, value.toString());
    }
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_handle);
}

void SqliteStatement::rewind()
{
    if (m_stepped) { // the previous run's rows are done with: new values start a new run
        sqlite3_reset(m_statement);
        m_stepped = false;
    }
}

int SqliteStatement::parameterIndex(const QString& name) const
{
    if (const auto it = m_parameterIndexes.constFind(name); it != m_parameterIndexes.cend())
        return it.value();
    const int index = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    m_parameterIndexes.insert(name, index);
    return index;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    m_stepped = true;
    m_status = sqlite3_step(m_statement);
    return m_status == SQLITE_ROW;
}

bool SqliteStatement::failed() const
{
    return m_status != SQLITE_OK && m_status != SQLITE_ROW && m_status != SQLITE_DONE;
}

bool SqliteStatement::execute()
{
    while (next()) {
    }
    const bool ok = !failed();
    if (!ok) // kept for error(): the reset that readies the statement again clears SQLite's own
        remember();
    sqlite3_reset(m_statement);
    m_stepped = false;
    if (ok) {
        m_status = SQLITE_OK;
        m_errorCode = 0;
    }
    return ok;
}

void SqliteStatement::remember()
{
    m_errorCode = m_statement ? sqlite3_extended_errcode(m_handle) : m_status;
    m_errorText = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_stepped = false;
    m_status = SQLITE_OK;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / int(sizeof(char16_t)))
                : QString();
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return {};
    }
}

Error SqliteStatement::error(const QString& context) const
{
    int code = m_errorCode;
    QString text = m_errorText;
    if (code == 0) { // not from execute(): the statement's state is still SQLite's
        code = m_statement ? sqlite3_extended_errcode(m_handle) : m_status;
        text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    const QSqlError error(QString(), text, QSqlError::StatementError, QString::number(code));
    return sqlError(error, SqlDialect::sqlite(), context);
}

} // namespace clientele::core::storage
