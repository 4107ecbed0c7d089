#pragma once
// Every live connection: accepting (with the channel limit), choosing the stream handler by
// namespace, the coarse timeout sweep (one timer, not one per connection), and the live list the
// control socket shows.
#include "c2s/c2scontext.h"
#include "server/addressratelimiter.h"
#include "stream/streamconnection.h"
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace confab::stream {
class IoThreadPool;
}

namespace confab::server {

class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(const c2s::C2sContext &ctx, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void accept(qintptr descriptor, bool directTls);
    int count() const { return int(m_connections.size()); }
    QJsonArray sessionsJson() const;
    bool disconnect(quint64 id);
    void closeAll();
    // Handler for incoming jabber:server streams (the s2s layer installs it).
    using ServerStreamFactory = std::function<std::unique_ptr<stream::StreamHandler>(stream::StreamConnection *)>;
    void setServerStreamFactory(ServerStreamFactory f) { m_serverStreams = std::move(f); }
    // Ids for connections owned elsewhere (outgoing server streams) share this id space.
    quint64 allocateId() { return m_nextId++; }

signals:
    void sessionEvent(const QJsonObject &event);

private:
    void sweep();
    // The transport for an accepted descriptor: on an I/O thread when server.io_threads > 0.
    std::unique_ptr<stream::Transport> adopt(qintptr descriptor);
    void onClosed(quint64 id);
    std::unique_ptr<stream::StreamHandler> makeHandler(stream::StreamConnection *conn, const QString &ns);
    QJsonObject describe(const stream::StreamConnection *conn) const;
    // Sends <resource-constraint/> (when the stream can be opened in the clear) and drops the socket.
    void refuse(std::unique_ptr<stream::Transport> socket, bool directTls, const QString &text);

    AddressRateLimiter m_addressRate;
    // Connections whose stream is jabber:server: they idle out by s2s.idle_timeout_seconds.
    QSet<quint64> m_serverConnections;

    c2s::C2sContext m_ctx;
    ServerStreamFactory m_serverStreams;
    QHash<quint64, stream::StreamConnection *> m_connections;
    quint64 m_nextId = 1;
    QTimer m_sweep;
    std::unique_ptr<stream::IoThreadPool> m_io;
};

} // namespace confab::server
