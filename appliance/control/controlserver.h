#pragma once
// confabd's control socket: a QLocalServer speaking the line-delimited JSON protocol of
// shared/controlprotocol.h to the manager and confabctl. Requests are dispatched from a method table
// (one handler file per method group in handlers/); until a connection authenticates with the admin
// password only `auth`, `setup.status` and `setup.init` answer.
#include "shared/controlprotocol.h"
#include "shared/error.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QLocalServer;

namespace confab::storage {
class Database;
}
namespace confab::log {
class Logger;
struct Record;
} // namespace confab::log

namespace confab::control {

struct ControlContext
{
    storage::Database *db = nullptr;
    log::Logger *logger = nullptr;
    QString dataDir;
    QString version;
    std::function<QJsonObject()> status;                      // server.status: ports, uptime, counts
    std::function<QJsonArray()> sessions;                     // sessions.list
    std::function<bool(const QString &sessionId)> disconnect; // sessions.disconnect
    // scope "global" (domain empty) or "domain"
    std::function<void(const QString &scope, const QString &domain, const QString &key)> settingChanged;
    std::function<void()> domainsChanged;
    // An account was removed or disabled: its live sessions must end (bare JID).
    std::function<void(const QString &bareJid)> accountRevoked;
    // Routing rules (routes.*), the TLS policy or trusted CAs (tls.*) changed.
    std::function<void()> policyChanged;
};

class ControlConnection;
struct MethodTable;

class ControlServer : public QObject
{
    Q_OBJECT
public:
    explicit ControlServer(ControlContext ctx, QObject *parent = nullptr);
    ~ControlServer() override;

    // Creates the socket's directory (mode 0750, group "confab" when that group exists), replaces a
    // stale socket file (but not one a running confabd still answers on) and listens.
    Status listen(const QString &socketPath);
    void close();
    QString socketPath() const;
    bool isListening() const;

    // Sends the event to every authenticated connection subscribed to its kind (e.event).
    void publishEvent(const Event &e);

    // Longest request line accepted; announced in hello. Applies to connections made afterwards.
    void setMaxLineLength(int bytes) { m_maxLineLength = bytes; }
    int maxLineLength() const { return m_maxLineLength; }
    int connectionCount() const { return int(m_connections.size()); }

private:
    void onNewConnection();
    void onRequest(ControlConnection *connection, const Request &request);
    void onRecord(const log::Record &record);
    void dispatch(ControlConnection *connection, const Request &request);
    void authenticate(ControlConnection *connection, const Request &request);
    void setupInit(ControlConnection *connection, const Request &request);
    QJsonObject helloData() const;

    ControlContext m_ctx;
    std::unique_ptr<MethodTable> m_methods;
    QLocalServer *m_server = nullptr;
    QList<QPointer<ControlConnection>> m_connections;
    int m_maxLineLength = DefaultMaxLineLength;
    quint64 m_nextConnectionId = 1;
};

} // namespace confab::control
