#include "PostgresConnectError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Database", text);
}

bool mentions(const QString& text, std::initializer_list<QStringView> phrases)
{
    for (QStringView phrase : phrases)
        if (text.contains(phrase, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

Error postgresConnectError(const DatabaseLocation& location, const QString& serverText)
{
    const QString server = location.display();
    // libpq's wording (PostgreSQL 15), which is stable across its versions for these causes.
    if (mentions(serverText, {u"password authentication failed", u"no password supplied", u"authentication failed",
                              u"role \"", u"pg_hba.conf"}) &&
        !mentions(serverText, {u"database \""}))
        return Error::make(Error::Code::Forbidden,
                           tr("The shop server %1 did not accept user %2: the password is wrong, or the server "
                              "does not know this user.")
                               .arg(server, location.user));
    if (mentions(serverText, {u"database \""}) && mentions(serverText, {u"does not exist"}))
        return Error::make(Error::Code::NotFound,
                           tr("The shop server %1 has no database named %2. Check the name, or ask whoever runs "
                              "the server to create it.")
                               .arg(server, location.database));
    if (mentions(serverText, {u"server does not support SSL", u"SSL was required", u"SSL is not enabled"}))
        return Error::make(Error::Code::Io,
                           tr("The shop server %1 does not offer TLS, and this connection requires it.").arg(server));
    if (mentions(serverText, {u"could not connect", u"connection refused", u"timeout expired", u"could not translate host",
                              u"no route to host", u"network is unreachable", u"is the server running",
                              u"the database system is starting up", u"the database system is shutting down"}))
        return Error::make(Error::Code::Io,
                           tr("No shop server answers at %1. Check the host name and the port (%2), and that the "
                              "server is running and reachable from this computer.")
                               .arg(server)
                               .arg(location.port));
    return Error::make(Error::Code::Database,
                       tr("Cannot connect to the shop server %1: %2").arg(server, serverText.trimmed()));
}

} // namespace clientele::core::storage
