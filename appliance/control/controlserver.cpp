#include "control/controlserver.h"

#include "control/controlconnection.h"
#include "control/handlers.h"
#include "control/params.h"
#include "log/logger.h"
#include "storage/adminstore.h"
#include "storage/domainstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

namespace confab::control {

namespace {

constexpr int FirstFailureDelayMs = 250;
constexpr int MaxFailureDelayMs = 8000;

int failureDelay(int failures)
{
    qint64 delay = FirstFailureDelayMs;
    for (int i = 1; i < failures && delay < MaxFailureDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, MaxFailureDelayMs));
}

// Only the directory's mode protects the socket on every Unix (macOS ignores socket file modes).
Status prepareSocketDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("control.socket_dir"),
                         QT_TRANSLATE_NOOP("Errors", "Cannot create the control socket directory {path}."),
                         {{"path", dir}});
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup);
#ifdef Q_OS_UNIX
    // Admins in group "confab" may reach the socket; without that group only confabd's user can.
    if (const struct group *g = ::getgrnam("confab")) {
        const QByteArray path = QFile::encodeName(dir);
        if (::chown(path.constData(), uid_t(-1), g->gr_gid) != 0) {
            // Not fatal: the directory stays reachable by its owner only.
        }
    }
#endif
    return ok();
}

} // namespace

ControlServer::ControlServer(ControlContext ctx, QObject *parent)
    : QObject(parent), m_ctx(std::move(ctx)), m_methods(std::make_unique<MethodTable>())
{
    addServerMethods(*m_methods);
    addDomainMethods(*m_methods);
    addUserMethods(*m_methods);
    addSettingsMethods(*m_methods);
    addRouteMethods(*m_methods);
    addTlsMethods(*m_methods);
    addCertificateMethods(*m_methods);
    addLogMethods(*m_methods);
    addSessionMethods(*m_methods);
    if (m_ctx.logger)
        connect(m_ctx.logger, &log::Logger::recorded, this, &ControlServer::onRecord);
}

ControlServer::~ControlServer()
{
    close();
}

Status ControlServer::listen(const QString &socketPath)
{
    close();
    const Status dir = prepareSocketDir(QFileInfo(socketPath).absolutePath());
    if (!dir)
        return dir;
    if (QFileInfo::exists(socketPath)) {
        // A socket file nobody answers on is left over from a crash; one that answers is in use.
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return makeError(QStringLiteral("control.socket_in_use"),
                             QT_TRANSLATE_NOOP("Errors", "Another confabd is already listening on {path}."),
                             {{"path", socketPath}});
        }
        QLocalServer::removeServer(socketPath);
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
    if (!m_server->listen(socketPath)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return makeError(QStringLiteral("control.listen_failed"),
                         QT_TRANSLATE_NOOP("Errors", "Cannot listen on the control socket {path}: {reason}"),
                         {{"path", socketPath}, {"reason", reason}});
    }
    if (m_ctx.logger)
        m_ctx.logger->log(log::Level::LowLevel, log::tag::Ctrl, 0, "ctrl.listening", {{"path", socketPath}});
    return ok();
}

void ControlServer::close()
{
    for (const auto &c : std::as_const(m_connections)) {
        if (c)
            c->deleteLater();
    }
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

QString ControlServer::socketPath() const
{
    return m_server ? m_server->fullServerName() : QString();
}

bool ControlServer::isListening() const
{
    return m_server && m_server->isListening();
}

QJsonObject ControlServer::helloData() const
{
    return {{"protocol", ProtocolVersion},
            {"maxLineLength", m_maxLineLength},
            {"server", QStringLiteral("confabd ") + m_ctx.version},
            {"setup", storage::AdminStore(*m_ctx.db).isSetUp()}};
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new ControlConnection(socket, m_nextConnectionId++, m_maxLineLength, this);
        m_connections.append(connection);
        connect(connection, &ControlConnection::requestReceived, this, &ControlServer::onRequest);
        connect(connection, &ControlConnection::closed, this, [this](ControlConnection *c) {
            m_connections.removeAll(c);
            if (m_ctx.logger)
                m_ctx.logger->log(log::Level::LowLevel, log::tag::Ctrl, c->id(), "ctrl.disconnect");
            c->deleteLater();
        });
        if (m_ctx.logger)
            m_ctx.logger->log(log::Level::LowLevel, log::tag::Ctrl, connection->id(), "ctrl.connect");
        connection->sendEvent(Event{QStringLiteral("hello"), helloData()});
    }
}

void ControlServer::onRequest(ControlConnection *connection, const Request &request)
{
    if (request.method == QLatin1String("auth"))
        return authenticate(connection, request);
    if (request.method == QLatin1String("setup.init"))
        return setupInit(connection, request);
    if (request.method == QLatin1String("setup.status"))
        return connection->reply(request.id,
                                 QJsonObject{{"setup", storage::AdminStore(*m_ctx.db).isSetUp()}});
    if (!connection->isAuthenticated())
        return connection->replyError(
            request.id,
            makeError(QString::fromLatin1(errc::AuthRequired),
                      QT_TRANSLATE_NOOP("Errors", "Authenticate with the admin password first.")));
    dispatch(connection, request);
}

void ControlServer::dispatch(ControlConnection *connection, const Request &request)
{
    const auto it = m_methods->methods.constFind(request.method);
    if (it == m_methods->methods.constEnd())
        return connection->replyError(request.id,
                                      makeError(QString::fromLatin1(errc::UnknownMethod),
                                                QT_TRANSLATE_NOOP("Errors", "There is no method {method}."),
                                                {{"method", request.method}}));
    Call call{m_ctx, *connection, request.params};
    const Result<QJsonValue> result = (*it)(call);
    if (result)
        connection->reply(request.id, *result);
    else
        connection->replyError(request.id, result.error());
}

void ControlServer::authenticate(ControlConnection *connection, const Request &request)
{
    QElapsedTimer checking;
    checking.start();
    const auto password = params::requiredString(request.params, "password");
    if (!password)
        return connection->replyError(request.id, password.error());
    storage::AdminStore admin(*m_ctx.db);
    if (!admin.isSetUp())
        return connection->replyError(
            request.id,
            makeError(QStringLiteral("setup.required"),
                      QT_TRANSLATE_NOOP("Errors", "No admin password is set yet; run the setup first.")));
    if (admin.checkPassword(*password)) {
        connection->setAuthenticated(true);
        connection->setFailures(0);
        if (m_ctx.logger)
            m_ctx.logger->log(log::Level::LowLevel, log::tag::Ctrl, connection->id(), "ctrl.auth_success");
        return connection->reply(request.id, QJsonObject{{"authenticated", true}});
    }
    connection->setAuthenticated(false);
    connection->setFailures(connection->failures() + 1);
    // The delay counts from the request, so the answer's timing tells nothing about the check itself.
    const int delay = int(qMax<qint64>(0, failureDelay(connection->failures()) - checking.elapsed()));
    if (m_ctx.logger)
        m_ctx.logger->log(log::Level::Problems, log::tag::Ctrl, connection->id(), "ctrl.auth_failure",
                          {{"failures", connection->failures()}});
    // Answer later without blocking the loop; the connection's next requests wait for this answer.
    connection->hold();
    const qint64 id = request.id;
    QTimer::singleShot(delay, connection, [connection, id] {
        connection->replyError(id, makeError(QString::fromLatin1(errc::AuthFailed),
                                             QT_TRANSLATE_NOOP("Errors", "The admin password is wrong.")));
        connection->finish();
    });
}

// setup.init {adminPassword, domain?}: the first-run wizard's one call. The optional domain is
// validated before anything is written, so a failed setup leaves the server as it was.
void ControlServer::setupInit(ControlConnection *connection, const Request &request)
{
    storage::AdminStore admin(*m_ctx.db);
    if (admin.isSetUp())
        return connection->replyError(
            request.id, makeError(QString::fromLatin1(errc::SetupDone),
                                  QT_TRANSLATE_NOOP("Errors", "The server is already set up.")));
    const auto password = params::requiredString(request.params, "adminPassword");
    if (!password)
        return connection->replyError(request.id, password.error());
    QString domain;
    if (!request.params.value("domain").isUndefined() && !request.params.value("domain").isNull()) {
        const auto d = params::domain(request.params, "domain");
        if (!d)
            return connection->replyError(request.id, d.error());
        domain = *d;
    }
    const Status st = admin.setPassword(*password);
    if (!st)
        return connection->replyError(request.id, st.error());
    // Whoever just chose the password needs no second round trip to use it.
    connection->setAuthenticated(true);
    QJsonObject result{{"setup", true}};
    if (!domain.isEmpty()) {
        storage::DomainStore domains(*m_ctx.db);
        if (!domains.exists(domain)) {
            const Status added = domains.add(domain);
            if (!added)
                return connection->replyError(request.id, added.error());
            if (m_ctx.domainsChanged)
                m_ctx.domainsChanged();
        }
        result.insert("domain", domain);
    }
    if (m_ctx.logger) {
        if (domain.isEmpty())
            m_ctx.logger->log(log::Level::Major, log::tag::Ctrl, connection->id(), "ctrl.setup_admin");
        else
            m_ctx.logger->log(log::Level::Major, log::tag::Ctrl, connection->id(), "ctrl.setup",
                              {{"domain", domain}});
    }
    connection->reply(request.id, result);
}

void ControlServer::publishEvent(const Event &e)
{
    for (const auto &c : std::as_const(m_connections)) {
        if (c && c->isAuthenticated() && c->isSubscribed(e.event))
            c->sendEvent(e);
    }
}

void ControlServer::onRecord(const log::Record &record)
{
    publishEvent(Event{QStringLiteral("log"), record.toJson()});
}

void logChange(const Call &call, const char *key, const QJsonObject &args)
{
    if (call.ctx.logger)
        call.ctx.logger->log(log::Level::Major, log::tag::Ctrl, call.connection.id(), key, args);
}

} // namespace confab::control
