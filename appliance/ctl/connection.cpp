#include "ctl/connection.h"

#include "ctl/passwords.h"

namespace confab::ctl {

namespace {
constexpr int ConnectTimeoutMs = 10000;
// Generous: a large import or a slowed-down auth failure (up to 8 s) must not look like a hang.
constexpr int CallTimeoutMs = 120000;
} // namespace

int Connection::open()
{
    QObject::connect(&m_client, &control::ControlClient::errorOccurred, [this](const QString &code) {
        if (m_socketError.isEmpty())
            m_socketError = code;
    });
    m_client.connectToServer(m_options.socketPath);
    if (m_client.waitForHello(ConnectTimeoutMs))
        return ExitOk;
    QString text = tr("confabd is not running or the socket %1 is not reachable").arg(m_options.socketPath);
    if (m_socketError == QLatin1String("connection.access_denied"))
        text += tr(" (permission denied: is this user in the group confab?)");
    printError(text);
    return m_exit = ExitNoConnection;
}

int Connection::authenticate()
{
    QString error;
    const auto password = adminPassword(m_options.adminPasswordFile, error);
    if (!password) {
        printError(error);
        return m_exit = ExitUsage;
    }
    const control::Response r =
        m_client.callSync(QStringLiteral("auth"), {{"password", *password}}, CallTimeoutMs);
    if (!r.error)
        return ExitOk;
    fail(r);
    if (r.error->code == QLatin1String(control::errc::AuthFailed))
        m_exit = ExitAuthFailed;
    return m_exit;
}

std::optional<QJsonValue> Connection::call(const QString &method, const QJsonObject &params)
{
    const control::Response r = m_client.callSync(method, params, CallTimeoutMs);
    if (!r.error)
        return r.result;
    fail(r);
    return std::nullopt;
}

void Connection::fail(const control::Response &response)
{
    const Error &e = *response.error;
    printError(QStringLiteral("%1 (%2)").arg(e.message, e.code));
    if (e.code == QLatin1String(control::errc::ConnectionLost) ||
        e.code.startsWith(QLatin1String("connection.")))
        m_exit = ExitNoConnection;
    else if (e.code == QLatin1String(control::errc::AuthFailed) ||
             e.code == QLatin1String(control::errc::AuthRequired))
        m_exit = ExitAuthFailed;
    else
        m_exit = ExitServerError;
}

} // namespace confab::ctl
