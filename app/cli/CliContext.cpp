#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clientele::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele-cli", text);
}

CliContext::CliContext(QCommandLineParser& p, QStringList args)
    : parser(p), positional(std::move(args)), m_out(stdout), m_err(stderr)
{
    json = parser.isSet(QStringLiteral("json"));
}

QString CliContext::databasePath() const
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? core::storage::Database::defaultPath() : path;
}

core::Result<std::unique_ptr<core::storage::Database>> CliContext::openDatabase() const
{
    return core::storage::Database::open(databasePath());
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const core::Error& error)
{
    const int code = error.code == core::Error::Code::Usage ? ExitUsage : ExitRefused;
    if (json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.message}});
    } else {
        m_err << tr("Error: ") << error.message << Qt::endl;
    }
    return code;
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl << tr("Run clientele-cli --help for usage.") << Qt::endl;
    return ExitUsage;
}

bool CliContext::intOption(const QString& name, int fallback, int minimum, int* result)
{
    if (!parser.isSet(name)) {
        *result = fallback;
        return true;
    }
    bool ok = false;
    *result = parser.value(name).toInt(&ok);
    if (!ok || *result < minimum) {
        usage(tr("--%1 needs a whole number of at least %2.").arg(name).arg(minimum));
        return false;
    }
    return true;
}

} // namespace clientele::cli
