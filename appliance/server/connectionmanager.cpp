#include "server/connectionmanager.h"
#include "stream/fdtransport.h"
#include "stream/iothreadpool.h"
#include "c2s/clientsession.h"
#include "core/configcache.h"
#include "log/logger.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"
#include <QJsonObject>

namespace confab::server {

using stream::StreamConnection;

ConnectionManager::ConnectionManager(const c2s::C2sContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    // Read once: the threads live as long as the listener (a change applies at the next start).
    const int threads = stream::IoThreadPool::threadsFor(int(m_ctx.config->globalInt("server.io_threads")),
                                                         stream::IoThreadPool::usableCpus());
    if (threads > 0)
        m_io = std::make_unique<stream::IoThreadPool>(threads);
    m_sweep.setInterval(2000);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionManager::sweep);
    m_sweep.start();
}

ConnectionManager::~ConnectionManager()
{
    closeAll();
    // The connections' transports talk to the I/O threads: they go first.
    qDeleteAll(m_connections);
    m_connections.clear();
    m_io.reset();
}

std::unique_ptr<stream::Transport> ConnectionManager::adopt(qintptr descriptor)
{
    if (m_io)
        return m_io->adopt(descriptor);
    return std::make_unique<stream::FdTransport>(descriptor);
}

void ConnectionManager::accept(qintptr descriptor, bool directTls)
{
    std::unique_ptr<stream::Transport> socket = adopt(descriptor);
    const qint64 limit = m_ctx.config->globalInt("server.channels");
    if (m_connections.size() >= limit) {
        // The seed's Channels setting: refuse politely and keep serving the others.
        m_ctx.logger->log(log::Level::Problems, log::tag::XmppI, 0, "c2s.channel_limit",
                          {{"address", socket->peerAddress().toString()}, {"limit", double(limit)}});
        refuse(std::move(socket), directTls, QStringLiteral("Too many connections; try again later"));
        return;
    }
    const qint64 perMinute = m_ctx.config->globalInt("server.max_connections_per_address_per_minute");
    if (!m_addressRate.admit(socket->peerAddress(), perMinute)) {
        m_ctx.logger->log(log::Level::Problems, log::tag::XmppI, 0, "c2s.rate_limit",
                          {{"address", socket->peerAddress().toString()}, {"limit", double(perMinute)}});
        refuse(std::move(socket), directTls, QStringLiteral("Too many connections from your address; try again later"));
        return;
    }
    stream::Limits limits;
    limits.maxStanzaBytes = int(m_ctx.config->globalInt("xml.max_stanza_bytes"));
    limits.maxDepth = int(m_ctx.config->globalInt("xml.max_depth"));
    limits.maxAttributes = int(m_ctx.config->globalInt("xml.max_attributes"));
    limits.maxAttributeBytes = int(m_ctx.config->globalInt("xml.max_attribute_bytes"));
    limits.maxSendBufferBytes = m_ctx.config->globalInt("c2s.max_send_buffer_bytes");
    const quint64 id = m_nextId++;
    auto *conn = new StreamConnection(id, std::move(socket), directTls, limits, this);
    conn->setHandlerFactory(
        [this](StreamConnection *c, const QString &ns) { return makeHandler(c, ns); });
    connect(conn, &StreamConnection::closed, this, &ConnectionManager::onClosed, Qt::QueuedConnection);
    connect(conn, &StreamConnection::sendBufferOverflow, this, [this, conn](quint64, qint64 queued) {
        m_ctx.logger->log(log::Level::Problems, log::tag::XmppI, 0, "c2s.send_buffer_overflow",
                          {{"address", conn->peerAddress().toString()}, {"bytes", double(queued)}});
    });
    m_connections.insert(id, conn);
    conn->start(m_ctx.certificates->configurationFor(QString()).value_or(QSslConfiguration()));
    emit sessionEvent({{"type", "opened"}, {"session", describe(conn)}});
}

void ConnectionManager::refuse(std::unique_ptr<stream::Transport> socket, bool directTls, const QString &text)
{
    if (!directTls) {
        xml::StreamHeader h;
        h.ns = xml::ns::Client;
        h.version = QStringLiteral("1.0");
        socket->write(xml::streamHeaderXml(h));
        socket->write(xml::streamErrorXml(xml::StreamErrorCondition::ResourceConstraint, text));
        socket->write(QByteArrayLiteral("</stream:stream>"));
    }
    socket->disconnectFromHost(); // after the queued error has left
    stream::Transport *raw = socket.release();
    // Whatever the refused peer still sends is read and dropped until it closes (an unread
    // descriptor would keep signalling).
    connect(raw, &stream::Transport::readyRead, raw, [raw] {
        char sink[512];
        while (raw->read(sink, sizeof sink) > 0) {
        }
    });
    raw->setParent(this);
    connect(raw, &stream::Transport::disconnected, raw, &QObject::deleteLater);
    QTimer::singleShot(2000, raw, &QObject::deleteLater);
}

std::unique_ptr<stream::StreamHandler> ConnectionManager::makeHandler(StreamConnection *conn, const QString &ns)
{
    if (ns == xml::ns::Client)
        return std::make_unique<c2s::ClientSession>(conn, m_ctx);
    if (ns == xml::ns::Server && m_serverStreams) {
        m_serverConnections.insert(conn->id());
        return m_serverStreams(conn);
    }
    if (ns == xml::ns::Server)
        conn->closeWithError(xml::StreamErrorCondition::PolicyViolation,
                             QStringLiteral("This server does not accept server-to-server streams"),
                             xml::ns::Server);
    return nullptr;
}

void ConnectionManager::onClosed(quint64 id)
{
    StreamConnection *conn = m_connections.take(id);
    m_serverConnections.remove(id);
    if (!conn)
        return;
    emit sessionEvent({{"type", "closed"}, {"id", QString::number(id)}});
    conn->deleteLater();
}

void ConnectionManager::sweep()
{
    // Authentication has one deadline for both kinds of stream; idleness has one per kind, since a
    // peer server's stream is expected to be quiet for longer than a client's (or shorter).
    const qint64 authTimeout = m_ctx.config->globalInt("c2s.auth_timeout_seconds") * 1000;
    const qint64 clientIdle = m_ctx.config->globalInt("c2s.idle_timeout_seconds") * 1000;
    const qint64 serverIdle = m_ctx.config->globalInt("s2s.idle_timeout_seconds") * 1000;
    m_addressRate.prune();
    for (StreamConnection *conn : std::as_const(m_connections)) {
        using P = StreamConnection::Phase;
        const bool server = m_serverConnections.contains(conn->id());
        const QString ns = server ? xml::ns::Server : xml::ns::Client;
        if ((conn->phase() == P::New || conn->phase() == P::Open) && conn->ageMs() > authTimeout)
            conn->closeWithError(xml::StreamErrorCondition::ConnectionTimeout,
                                 QStringLiteral("Authentication took too long"), ns);
        else if (conn->phase() == P::Authenticated && conn->idleMs() > (server ? serverIdle : clientIdle))
            conn->closeWithError(xml::StreamErrorCondition::ConnectionTimeout, {}, ns);
    }
}

QJsonObject ConnectionManager::describe(const StreamConnection *conn) const
{
    QJsonObject o{{"id", QString::number(conn->id())},
                  {"address", conn->peerAddress().toString()},
                  {"port", conn->peerPort()},
                  {"localPort", conn->localPort()},
                  {"tls", conn->isEncrypted()},
                  {"tlsInfo", conn->tlsDescription()},
                  {"since", conn->since().toString(Qt::ISODateWithMs)},
                  {"bytesIn", double(conn->bytesIn())},
                  {"bytesOut", double(conn->bytesOut())},
                  {"kind", "unknown"}};
    if (const stream::StreamHandler *handler = conn->handler()) {
        const QJsonObject more = handler->describe();
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

QJsonArray ConnectionManager::sessionsJson() const
{
    QJsonArray out;
    for (const StreamConnection *conn : m_connections)
        if (!conn->isClosed())
            out.append(describe(conn));
    return out;
}

bool ConnectionManager::disconnect(quint64 id)
{
    StreamConnection *conn = m_connections.value(id);
    if (!conn)
        return false;
    conn->closeWithError(xml::StreamErrorCondition::PolicyViolation,
                         QStringLiteral("Disconnected by the administrator"));
    return true;
}

void ConnectionManager::closeAll()
{
    for (StreamConnection *conn : std::as_const(m_connections))
        conn->closeWithError(xml::StreamErrorCondition::SystemShutdown);
}

} // namespace confab::server
