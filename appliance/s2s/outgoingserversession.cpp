#include "s2s/outgoingserversession.h"
#include "log/logger.h"
#include "s2s/certificatecheck.h"
#include "s2s/dialback.h"
#include "s2s/s2smanager.h"
#include "stream/qtsockettransport.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"
#include <QJsonArray>
#include <QTimer>
#include <utility>

namespace confab::s2s {

using xml::Element;
using xml::StanzaErrorCondition;
namespace ns = xml::ns;

namespace {

constexpr int ConnectTimeoutMs = 10000;

// The connection owns its handler; this one forwards to the session, which outlives attempts.
class Forwarder : public stream::StreamHandler
{
public:
    explicit Forwarder(OutgoingServerSession *session) : m_session(session) {}
    void streamOpened(const xml::StreamHeader &header) override
    {
        if (m_session)
            m_session->onStreamOpened(header);
    }
    void stanzaReceived(std::unique_ptr<Element> stanza) override
    {
        if (m_session)
            m_session->onStanza(std::move(stanza));
    }
    void tlsEstablished() override
    {
        if (m_session)
            m_session->onTlsEstablished();
    }
    void connectionClosed() override
    {
        if (m_session)
            m_session->onConnectionClosed();
    }
    QJsonObject describe() const override { return m_session ? m_session->describe() : QJsonObject(); }

private:
    QPointer<OutgoingServerSession> m_session;
};

} // namespace

OutgoingServerSession::OutgoingServerSession(S2sManager &manager, QString remote, QObject *parent)
    : QObject(parent), m_manager(manager), m_remote(std::move(remote))
{
}

OutgoingServerSession::~OutgoingServerSession()
{
    *m_alive = false;
    m_finished = true; // the connection's last callbacks must not reach the manager
    if (m_conn) {
        m_conn->disconnect(this);
        m_conn->closeStream();
    }
}

quint64 OutgoingServerSession::connectionId() const
{
    return m_conn ? m_conn->id() : 0;
}

void OutgoingServerSession::log(int level, const char *key, const QJsonObject &args) const
{
    m_manager.context().logger->log(log::Level(level), log::tag::XmppO, connectionId(), key, args);
}

QString OutgoingServerSession::headerFrom() const
{
    if (!m_domains.isEmpty())
        return m_domains.firstKey();
    return m_verifies.isEmpty() ? QString() : m_verifies.first().receiving;
}

void OutgoingServerSession::start()
{
    m_route = m_manager.rules().route(m_remote);
    if (m_route.kind == Route::Refuse) {
        fail(StanzaErrorCondition::RemoteServerNotFound,
             QStringLiteral("Server-to-server traffic to %1 is refused by routing rule %2")
                 .arg(m_remote)
                 .arg(m_route.ruleId));
        return;
    }
    if (m_route.kind == Route::Relay) {
        targetsResolved({Target{m_route.host, m_route.port, false}});
        return;
    }
    m_stage = Stage::Resolving;
    for (const QString &from : m_domains.keys())
        m_manager.pairProgress(from, m_remote, OutgoingQueue::State::Resolving);
    std::weak_ptr<bool> alive = m_alive;
    m_manager.resolver().resolve(m_remote, [this, alive](QList<Target> targets) {
        if (!alive.expired() && !m_finished)
            targetsResolved(targets);
    });
}

void OutgoingServerSession::targetsResolved(const QList<Target> &targets)
{
    m_targets = targets;
    m_targetIndex = -1;
    if (m_targets.isEmpty()) {
        fail(StanzaErrorCondition::RemoteServerNotFound,
             QStringLiteral("No XMPP server was found for %1").arg(m_remote));
        return;
    }
    connectNext();
}

void OutgoingServerSession::connectNext()
{
    if (++m_targetIndex >= m_targets.size()) {
        fail(StanzaErrorCondition::RemoteServerNotFound,
             QStringLiteral("Could not connect to any server of %1").arg(m_remote));
        return;
    }
    m_stage = Stage::Connecting;
    for (const QString &from : m_domains.keys())
        m_manager.pairProgress(from, m_remote, OutgoingQueue::State::Connecting);
    // Host names go through the same DNS server as the SRV lookup (dns.server).
    std::weak_ptr<bool> alive = m_alive;
    m_manager.resolver().resolveAddresses(m_targets.at(m_targetIndex).host,
                                          [this, alive](QList<QHostAddress> addresses) {
                                              if (alive.expired() || m_finished)
                                                  return;
                                              m_addresses = addresses;
                                              m_addressIndex = -1;
                                              connectNextAddress();
                                          });
}

void OutgoingServerSession::connectNextAddress()
{
    if (++m_addressIndex >= m_addresses.size()) {
        connectNext();
        return;
    }
    const Target &t = m_targets.at(m_targetIndex);
    const QHostAddress address = m_addresses.at(m_addressIndex);
    auto *conn =
        new stream::StreamConnection(m_manager.allocateConnectionId(), std::make_unique<stream::QtSocketTransport>(),
                                     t.directTls, stream::Limits{}, this);
    conn->setHandler(std::make_unique<Forwarder>(this));
    connect(conn, &stream::StreamConnection::closed, conn, &QObject::deleteLater, Qt::QueuedConnection);
    connect(conn, &stream::StreamConnection::connected, this, &OutgoingServerSession::onConnected);
    m_conn = conn;
    log(int(log::Level::LowLevel), "s2s.out.connect",
        {{"domain", m_remote}, {"host", t.host}, {"address", address.toString()}, {"port", int(t.port)}});
    conn->connectToHost(address.toString(), t.port);
    QPointer<stream::StreamConnection> attempt = conn;
    QTimer::singleShot(ConnectTimeoutMs, this, [this, attempt] {
        if (attempt && attempt == m_conn && m_stage == Stage::Connecting)
            attempt->closeStream(); // reports connectionClosed: the next address
    });
}

void OutgoingServerSession::onConnected()
{
    if (!m_conn || m_finished)
        return;
    for (const QString &from : m_domains.keys())
        m_manager.pairProgress(from, m_remote, OutgoingQueue::State::Negotiating);
    if (m_targets.value(m_targetIndex).directTls) { // XEP-0368
        m_stage = Stage::TlsHandshake;
        auto tls = m_manager.context()
                       .certificates->configurationFor(headerFrom())
                       .value_or(QSslConfiguration::defaultConfiguration());
        m_conn->startClientTls(tls, m_remote);
        return;
    }
    sendHeader();
}

void OutgoingServerSession::sendHeader()
{
    m_stage = Stage::AwaitHeader;
    m_conn->write(xml::streamHeaderXml(serverStreamHeader(headerFrom(), m_remote, {})));
    m_conn->setHeaderSent();
}

void OutgoingServerSession::onStreamOpened(const xml::StreamHeader &header)
{
    m_streamId = header.id;
    for (const auto &[prefix, uri] : header.prefixes)
        if (uri == ns::Dialback)
            m_dialbackOffered = true;
    if (header.version.section(QLatin1Char('.'), 0, 0).toInt() >= 1) {
        m_stage = Stage::AwaitFeatures;
        return;
    }
    // A pre-1.0 peer sends no features: no TLS, dialback at once.
    handleFeatures(Element(QStringLiteral("features"), ns::Streams));
}

void OutgoingServerSession::onStanza(std::unique_ptr<Element> stanza)
{
    const Element &el = *stanza;
    if (el.ns() == ns::Streams && el.name() == u"features")
        return handleFeatures(el);
    if (el.ns() == ns::Streams && el.name() == u"error") {
        const xml::StreamError e = xml::parseStreamError(el);
        return fail(StanzaErrorCondition::RemoteServerNotFound,
                    QStringLiteral("%1 ended the stream: %2 %3")
                        .arg(m_remote, xml::streamErrorConditionName(e.condition), e.text));
    }
    if (el.ns() == ns::Tls && el.name() == u"proceed" && m_stage == Stage::TlsHandshake) {
        auto tls = m_manager.context()
                       .certificates->configurationFor(headerFrom())
                       .value_or(QSslConfiguration::defaultConfiguration());
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_conn->startClientTls(tls, m_remote);
        return;
    }
    if (el.ns() == ns::Tls && el.name() == u"failure")
        return fail(StanzaErrorCondition::RemoteServerNotFound,
                    QStringLiteral("%1 refused TLS").arg(m_remote));
    if (el.ns() == ns::Sasl && el.name() == u"success" && m_stage == Stage::Sasl) {
        m_externalDone = true;
        m_conn->restartStream();
        sendHeader();
        return;
    }
    if (el.ns() == ns::Sasl && el.name() == u"failure" && m_stage == Stage::Sasl)
        return handleSaslFailure();
    if (el.ns() == ns::Dialback && el.name() == proto::Result)
        return handleDialbackResult(el);
    if (el.ns() == ns::Dialback && el.name() == proto::Verify)
        return handleDialbackVerify(el);
    // Nothing else is expected on an outgoing stream (the peer sends stanzas on its own stream).
}

void OutgoingServerSession::onTlsEstablished()
{
    const QList<QSslCertificate> chain = m_conn->peerCertificateChain();
    const QList<QSslCertificate> trust = m_manager.tlsPolicy().trustStore();
    PeerCheck check = checkPeerCertificate(chain, m_remote, trust);
    if (!(check.chainValid && check.namesDomain) && m_route.kind == Route::Relay) {
        // A relay rule names the host we dial; its certificate may name the relay instead.
        const PeerCheck relay = checkPeerCertificate(chain, m_route.host, trust);
        if (relay.chainValid && relay.namesDomain)
            check = relay;
    }
    m_certValid = check.chainValid && check.namesDomain;
    m_certDetail = check.detail;
    log(int(log::Level::LowLevel), "s2s.out.tls",
        {{"domain", m_remote},
         {"protocol", m_conn->tlsProtocol()},
         {"cipher", m_conn->tlsCipher()},
         {"certificate", m_certValid ? QStringLiteral("valid") : check.detail}});
    if (!m_certValid && m_manager.tlsPolicy().requiresTls(m_remote)) {
        fail(StanzaErrorCondition::RemoteServerNotFound,
             QStringLiteral(
                 "The certificate of %1 is not valid (%2); TLS with a valid certificate is required for "
                 "it, so nothing was sent")
                 .arg(m_remote, check.detail));
        return;
    }
    sendHeader();
}

void OutgoingServerSession::addDomain(const QString &from)
{
    if (m_domains.contains(from)) {
        if (m_domains.value(from) == Auth::Valid)
            m_manager.pairAuthenticated(from, m_remote);
        return;
    }
    m_domains.insert(from, Auth::Pending);
    if (m_stage == Stage::Open)
        sendDialback(from); // piggybacking (XEP-0220 §2.5)
}

bool OutgoingServerSession::isAuthenticated(const QString &from) const
{
    return m_domains.value(from, Auth::Pending) == Auth::Valid;
}

void OutgoingServerSession::addVerify(const QString &receiving, const QString &streamId, const QString &key,
                                      std::function<void(VerifyResult)> done)
{
    m_verifies.append({receiving, streamId, key, std::move(done), false});
    if (m_stage == Stage::Open)
        sendVerifies();
}

void OutgoingServerSession::send(const Element &stanza)
{
    if (!m_conn || m_stage != Stage::Open)
        return;
    m_conn->writeStanza(withContentNamespace(stanza, ns::Client, ns::Server), ns::Server);
}

void OutgoingServerSession::closeStream()
{
    if (m_finished)
        return;
    m_finished = true;
    log(int(log::Level::LowLevel), "s2s.out.close", {{"domain", m_remote}});
    for (const PendingVerify &v : std::exchange(m_verifies, {}))
        v.done(VerifyResult::Error);
    if (m_conn)
        m_conn->closeStream();
    m_manager.sessionFinished(this, m_everOpen);
}

void OutgoingServerSession::abort(const QString &reason)
{
    fail(StanzaErrorCondition::RemoteServerTimeout, reason);
}

void OutgoingServerSession::fail(StanzaErrorCondition condition, const QString &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    log(int(log::Level::Problems), "s2s.out.failed", {{"domain", m_remote}, {"reason", reason}});
    const QMap<QString, Auth> domains = m_domains;
    for (auto it = domains.begin(); it != domains.end(); ++it)
        if (it.value() != Auth::Valid)
            m_manager.pairFailed(it.key(), m_remote, condition, reason);
    for (const PendingVerify &v : std::exchange(m_verifies, {}))
        v.done(VerifyResult::Error);
    if (m_conn)
        m_conn->closeStream();
    m_manager.sessionFinished(this, false);
}

void OutgoingServerSession::onConnectionClosed()
{
    if (m_finished)
        return;
    if (m_stage == Stage::Connecting) {
        log(int(log::Level::Problems), "s2s.out.connect_failed",
            {{"domain", m_remote},
             {"host", m_targets.value(m_targetIndex).host},
             {"port", int(m_targets.value(m_targetIndex).port)}});
        m_conn = nullptr;
        connectNextAddress();
        return;
    }
    if (m_everOpen || m_manager.externalFailed(m_remote)) {
        // Was up (or closed after a failed EXTERNAL): the queues start a new stream if they need one.
        m_finished = true;
        log(int(log::Level::LowLevel), "s2s.out.close", {{"domain", m_remote}});
        for (const PendingVerify &v : std::exchange(m_verifies, {}))
            v.done(VerifyResult::Error);
        m_manager.sessionFinished(this, true);
        return;
    }
    fail(StanzaErrorCondition::RemoteServerNotFound,
         QStringLiteral("The connection to %1 closed during negotiation").arg(m_remote));
}

QJsonObject OutgoingServerSession::describe() const
{
    static const char *const stages[] = {
        "idle", "resolving", "connecting", "awaiting-header", "awaiting-features", "tls", "sasl", "open"};
    QJsonArray pairs;
    for (auto it = m_domains.begin(); it != m_domains.end(); ++it)
        pairs.append(
            QJsonObject{{"from", it.key()}, {"to", m_remote}, {"authenticated", it.value() == Auth::Valid}});
    return {{"kind", "s2s-out"},
            {"domain", m_remote},
            {"pairs", pairs},
            {"domains", QJsonArray::fromStringList(m_manager.readyPairs(m_remote))},
            {"auth", m_authMethod},
            {"certificateValid", m_certValid},
            {"queue", m_manager.queueLength(m_remote)},
            {"state", QString::fromLatin1(stages[int(m_stage)])}};
}

} // namespace confab::s2s
