#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::DatabaseLocation", text);
}

Error refuse(const QString& message)
{
    return Error::make(Error::Code::Usage, message);
}

bool validSslMode(const QString& mode)
{
    static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes.contains(mode);
}
} // namespace

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    // A scheme of two letters or more: "C://x" is not a URL anyone means, "C:\x" a Windows path.
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]+://"_s);
    return scheme.match(text.trimmed()).hasMatch();
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text, const QString& passwordFromEnvironment)
{
    DatabaseLocation location;
    if (!looksLikeUrl(text)) {
        if (text.trimmed().isEmpty())
            return refuse(tr("No database given."));
        location.path = text;
        return location;
    }
    const QString trimmed = text.trimmed();
    const QString scheme = trimmed.left(trimmed.indexOf(u':')).toLower();
    if (scheme != u"postgresql" && scheme != u"postgres")
        return refuse(tr("%1 is not a database Clientele can open: give a file path or a server address "
                         "postgresql://USER@HOST[:PORT]/DATABASE.")
                          .arg(scheme + u"://"_s));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(tr("The server address is not valid: %1").arg(url.errorString()));
    location.kind = Kind::Server;
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.host = url.host(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.user.isEmpty())
        return refuse(tr("The server address names no user: postgresql://USER@HOST/DATABASE."));
    if (location.host.isEmpty())
        return refuse(tr("The server address names no host: postgresql://USER@HOST/DATABASE."));
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return refuse(tr("The server address names no database: postgresql://USER@HOST/DATABASE."));
    // QUrl gives -1 for no port and refuses ports beyond 65535 or that are not numbers.
    const int port = url.port(-1);
    if (port == 0)
        return refuse(tr("The port of the server address must be 1 to 65535."));
    if (port > 0)
        location.port = port;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode")
            return refuse(tr("The server address has an option Clientele does not know: %1 (only sslmode).").arg(key));
        if (!validSslMode(value))
            return refuse(tr("sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not %1.")
                              .arg(value));
        location.sslMode = value;
    }
    if (location.password.isEmpty())
        location.password = passwordFromEnvironment;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::fromArgument(const QString& text)
{
    return parse(text, qEnvironmentVariable("CLIENTELE_DB_PASSWORD"));
}

QString DatabaseLocation::display() const
{
    if (!isServer())
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    if (sslMode != u"prefer")
        url.setQuery(u"sslmode="_s + sslMode);
    return url.toString();
}

QString DatabaseLocation::url() const
{
    if (!isServer())
        return path;
    QUrl url(display());
    url.setPassword(password);
    return url.toString();
}

} // namespace clientele::core::storage
