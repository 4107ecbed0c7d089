#include "s2s/s2smanager.h"
#include "core/configcache.h"
#include "core/router.h"
#include "log/logger.h"
#include "s2s/dialback.h"
#include "s2s/incomingserversession.h"
#include "storage/routingrulestore.h"
#include "storage/tlspolicystore.h"
#include "xml/namespaces.h"

namespace confab::s2s {

using xml::StanzaErrorCondition;

S2sManager::S2sManager(const S2sContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_secret(newDialbackSecret())
{
    m_clock.start();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &S2sManager::tick);
    m_tick.start();
}

S2sManager::~S2sManager()
{
    closeAll();
}

void S2sManager::install()
{
    m_ctx.router->setRemoteHandler([this](xml::Element stanza) { routeRemote(std::move(stanza)); });
}

void S2sManager::reloadPolicy(storage::Database &db)
{
    m_rules.setRules(storage::RoutingRuleStore(db).list());
    storage::TlsPolicyStore tls(db);
    m_tlsPolicy.setRequiredPatterns(tls.requiredPatterns());
    QList<QByteArray> pems;
    for (const storage::TrustedCa &ca : tls.trustedCas())
        pems.append(ca.pem);
    m_tlsPolicy.setTrustedCaPems(pems);
    m_resolver.setNameserver(QHostAddress(m_ctx.config->global("dns.server").toString()));
    // A stream set up under the old policy must not carry stanzas the new one refuses.
    const auto sessions = m_outgoing.values();
    for (OutgoingServerSession *session : sessions)
        if (m_tlsPolicy.requiresTls(session->remote()) && !session->certificateValid())
            session->closeStream();
}

quint64 S2sManager::allocateConnectionId()
{
    static quint64 fallback = quint64(1) << 40;
    return m_ctx.allocateConnectionId ? m_ctx.allocateConnectionId() : fallback++;
}

std::unique_ptr<stream::StreamHandler> S2sManager::createIncoming(stream::StreamConnection *conn)
{
    return std::make_unique<IncomingServerSession>(conn, *this);
}

OutgoingQueue::Limits S2sManager::limits() const
{
    OutgoingQueue::Limits l;
    l.maxStanzas = int(m_ctx.config->globalInt("s2s.max_queue"));
    l.timeoutMs = m_ctx.config->globalInt("s2s.queue_timeout_seconds") * 1000;
    l.idleMs = m_ctx.config->globalInt("s2s.idle_timeout_seconds") * 1000;
    return l;
}

void S2sManager::routeRemote(xml::Element stanza)
{
    const QString from = domainOf(stanza.attr(u"from"));
    const QString to = domainOf(stanza.attr(u"to"));
    if (from.isEmpty() || to.isEmpty() || !m_ctx.config->isHosted(from) || m_closing) {
        m_ctx.router->bounce(stanza, StanzaErrorCondition::RemoteServerNotFound);
        return;
    }
    OutgoingQueue &queue = queueFor(from, to);
    queue.setLimits(limits());
    queue.enqueue(std::move(stanza), m_clock.elapsed());
}

OutgoingQueue &S2sManager::queueFor(const QString &from, const QString &to)
{
    auto &slot = m_queues[{from, to}];
    if (!slot) {
        OutgoingQueue::Hooks hooks;
        hooks.connect = [this, from, to] { connectPair(from, to); };
        hooks.send = [this, to](const xml::Element &stanza) {
            if (OutgoingServerSession *s = m_outgoing.value(to))
                s->send(stanza);
        };
        hooks.bounce = [this, from, to](const xml::Element &stanza, StanzaErrorCondition condition,
                                        const QString &text) {
            m_ctx.logger->log(log::Level::Problems, log::tag::XmppO, 0, "s2s.bounce",
                              {{"from", from},
                               {"to", to},
                               {"condition", xml::stanzaErrorConditionName(condition)},
                               {"reason", text}});
            m_ctx.router->bounce(stanza, condition, text);
        };
        hooks.release = [this, from, to] { releasePair(from, to); };
        slot = std::make_unique<OutgoingQueue>(from, to, std::move(hooks));
    }
    return *slot;
}

OutgoingServerSession *S2sManager::sessionFor(const QString &remote, const QString &from)
{
    OutgoingServerSession *session = m_outgoing.value(remote);
    if (session && !session->isFinished())
        return session;
    session = new OutgoingServerSession(*this, remote, this);
    m_outgoing.insert(remote, session);
    if (!from.isEmpty())
        session->addDomain(from);
    return session;
}

void S2sManager::connectPair(const QString &from, const QString &to)
{
    const bool existed = m_outgoing.value(to) && !m_outgoing.value(to)->isFinished();
    OutgoingServerSession *session = sessionFor(to, from);
    if (existed)
        session->addDomain(from);
    else
        session->start();
}

void S2sManager::verifyDialback(const QString &receiving, const QString &originating, const QString &streamId,
                                const QString &key, std::function<void(VerifyResult)> done)
{
    const bool existed = m_outgoing.value(originating) && !m_outgoing.value(originating)->isFinished();
    OutgoingServerSession *session = sessionFor(originating, {});
    session->addVerify(receiving, streamId, key, std::move(done));
    if (!existed)
        session->start();
}

void S2sManager::pairAuthenticated(const QString &from, const QString &to)
{
    auto it = m_queues.find({from, to});
    if (it != m_queues.end())
        it->second->ready(m_clock.elapsed());
}

void S2sManager::pairFailed(const QString &from, const QString &to, StanzaErrorCondition condition,
                            const QString &reason)
{
    auto it = m_queues.find({from, to});
    if (it != m_queues.end())
        it->second->fail(condition, reason);
}

void S2sManager::pairProgress(const QString &from, const QString &to, OutgoingQueue::State state)
{
    auto it = m_queues.find({from, to});
    if (it != m_queues.end())
        it->second->progress(state);
}

void S2sManager::sessionFinished(OutgoingServerSession *session, bool wasOpen)
{
    const QString remote = session->remote();
    if (m_outgoing.value(remote) == session)
        m_outgoing.remove(remote);
    session->deleteLater();
    if (m_closing)
        return;
    for (auto &[pair, queue] : m_queues) {
        if (pair.second != remote)
            continue;
        const auto state = queue->state();
        if (state == OutgoingQueue::State::Idle || state == OutgoingQueue::State::Failed)
            continue;
        if (wasOpen)
            queue->connectionLost(m_clock.elapsed());
        else
            queue->fail(StanzaErrorCondition::RemoteServerNotFound,
                        QStringLiteral("The connection to %1 could not be set up").arg(remote));
    }
}

void S2sManager::releasePair(const QString &, const QString &to)
{
    // The stream goes once no pair for its remote domain needs it any more.
    for (const auto &[pair, queue] : m_queues)
        if (pair.second == to && queue->state() != OutgoingQueue::State::Idle &&
            queue->state() != OutgoingQueue::State::Failed)
            return;
    if (OutgoingServerSession *session = m_outgoing.value(to); session && !session->hasWork()) {
        if (session->connectionId() && session->isFinished() == false)
            session->closeStream();
    }
}

void S2sManager::tick()
{
    const qint64 now = m_clock.elapsed();
    const OutgoingQueue::Limits l = limits();
    std::vector<OutgoingQueue *> queues;
    for (auto &[pair, queue] : m_queues)
        queues.push_back(queue.get());
    for (OutgoingQueue *q : queues) {
        q->setLimits(l);
        q->tick(now);
    }
}

int S2sManager::queueLength(const QString &to) const
{
    int n = 0;
    for (const auto &[pair, queue] : m_queues)
        if (pair.second == to)
            n += queue->length();
    return n;
}

QStringList S2sManager::readyPairs(const QString &to) const
{
    QStringList out;
    for (const auto &[pair, queue] : m_queues)
        if (pair.second == to && queue->state() == OutgoingQueue::State::Ready)
            out.append(pair.first + QStringLiteral(" → ") + pair.second);
    return out;
}

QJsonArray S2sManager::sessionsJson() const
{
    QJsonArray out;
    for (const OutgoingServerSession *session : m_outgoing) {
        QJsonObject o{{"id", QString::number(session->connectionId())}, {"kind", "s2s-out"}};
        for (auto *c : session->findChildren<stream::StreamConnection *>()) {
            if (c->isClosed())
                continue;
            o.insert("address", c->peerAddress().toString());
            o.insert("port", c->peerPort());
            o.insert("localPort", c->localPort());
            o.insert("tls", c->isEncrypted());
            o.insert("tlsInfo", c->tlsDescription());
            o.insert("since", c->since().toString(Qt::ISODateWithMs));
            o.insert("bytesIn", double(c->bytesIn()));
            o.insert("bytesOut", double(c->bytesOut()));
        }
        const QJsonObject more = session->describe();
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
        out.append(o);
    }
    return out;
}

bool S2sManager::disconnect(quint64 connectionId)
{
    for (OutgoingServerSession *session : std::as_const(m_outgoing))
        if (session->connectionId() == connectionId) {
            session->closeStream();
            return true;
        }
    return false;
}

void S2sManager::closeAll()
{
    m_closing = true;
    const auto sessions = m_outgoing.values();
    for (OutgoingServerSession *session : sessions)
        session->closeStream();
}

} // namespace confab::s2s
