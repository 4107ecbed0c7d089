#pragma once
// Server-to-server federation: one OutgoingQueue per (local domain, remote domain), one outgoing
// stream per remote domain (shared by several local domains through dialback), the handler for
// incoming jabber:server streams, the dialback secret, and the policy objects (routing rules, TLS
// policy, resolver) reloaded when the admin changes them.
#include "s2s/outgoingqueue.h"
#include "s2s/outgoingserversession.h"
#include "s2s/resolver.h"
#include "s2s/routingrules.h"
#include "s2s/s2scommon.h"
#include "s2s/tlspolicy.h"
#include "stream/streamconnection.h"
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

namespace confab::storage {
class Database;
}

namespace confab::s2s {

class IncomingServerSession;

class S2sManager : public QObject
{
    Q_OBJECT
public:
    explicit S2sManager(const S2sContext &ctx, QObject *parent = nullptr);
    ~S2sManager() override;

    // Installs the router's remote handler.
    void install();
    // Reads routing rules, TLS policy, trusted CAs and dns.server from the database.
    void reloadPolicy(storage::Database &db);
    // For ConnectionManager::setServerStreamFactory.
    std::unique_ptr<stream::StreamHandler> createIncoming(stream::StreamConnection *conn);
    QJsonArray sessionsJson() const; // outgoing streams (incoming ones are in the connection list)
    bool disconnect(quint64 connectionId);
    void closeAll();

    // For the sessions.
    const S2sContext &context() const { return m_ctx; }
    const QByteArray &secret() const { return m_secret; }
    RoutingRules &rules() { return m_rules; }
    TlsPolicy &tlsPolicy() { return m_tlsPolicy; }
    Resolver &resolver() { return m_resolver; }
    quint64 allocateConnectionId();
    void verifyDialback(const QString &receiving, const QString &originating, const QString &streamId,
                        const QString &key, std::function<void(VerifyResult)> done);
    void pairAuthenticated(const QString &from, const QString &to);
    void pairFailed(const QString &from, const QString &to, xml::StanzaErrorCondition condition,
                    const QString &reason);
    void pairProgress(const QString &from, const QString &to, OutgoingQueue::State state);
    void sessionFinished(OutgoingServerSession *session, bool wasOpen);
    bool externalFailed(const QString &remote) const { return m_externalFailed.contains(remote); }
    void markExternalFailed(const QString &remote) { m_externalFailed.insert(remote); }
    int queueLength(const QString &to) const;
    QStringList readyPairs(const QString &to) const;

private:
    void routeRemote(xml::Element stanza);
    OutgoingQueue &queueFor(const QString &from, const QString &to);
    void connectPair(const QString &from, const QString &to);
    void releasePair(const QString &from, const QString &to);
    OutgoingServerSession *sessionFor(const QString &remote, const QString &from);
    void tick();
    OutgoingQueue::Limits limits() const;

    S2sContext m_ctx;
    QByteArray m_secret;
    RoutingRules m_rules;
    TlsPolicy m_tlsPolicy;
    Resolver m_resolver;
    std::map<std::pair<QString, QString>, std::unique_ptr<OutgoingQueue>> m_queues;
    QHash<QString, OutgoingServerSession *> m_outgoing; // by remote domain; children of this
    QSet<QString> m_externalFailed;
    bool m_closing = false;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace confab::s2s
