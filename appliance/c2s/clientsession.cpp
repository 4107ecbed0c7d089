#include "c2s/clientsession.h"
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "core/router.h"
#include "core/sessionmanager.h"
#include "log/logger.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"
#include "xml/stanzaerror.h"
#include <QJsonObject>
#include <QUuid>

namespace confab::c2s {

using xml::Element;
using xml::StreamErrorCondition;
namespace ns = xml::ns;

ClientSession::ClientSession(stream::StreamConnection *connection, const C2sContext &ctx)
    : m_conn(connection), m_ctx(ctx)
{
    m_conn->setStanzaRateLimit(int(m_ctx.config->globalInt("c2s.max_stanzas_per_second")));
}

ClientSession::~ClientSession()
{
    *m_alive = false;
    if (m_state == State::Bound)
        m_ctx.sessions->unbind(this);
}

QString ClientSession::id() const
{
    return QString::number(m_conn->id());
}

void ClientSession::logEvent(int level, const char *key, const QJsonObject &args) const
{
    m_ctx.logger->log(log::Level(level), log::tag::XmppI, m_conn->id(), key, args);
}

void ClientSession::send(const Element &el)
{
    m_conn->writeStanza(el, ns::Client);
}

void ClientSession::streamOpened(const xml::StreamHeader &header)
{
    const bool restart = !m_domain.isEmpty();
    if (header.ns != ns::Client) {
        m_conn->closeWithError(StreamErrorCondition::InvalidNamespace);
        return;
    }
    const auto to = Jid::prepareDomain(header.to);
    if (!to || !m_ctx.config->isHosted(*to) || !m_ctx.config->domainBool(*to, "enabled")) {
        m_conn->closeWithError(StreamErrorCondition::HostUnknown,
                               QStringLiteral("This server does not serve %1").arg(header.to));
        return;
    }
    if (restart && *to != m_domain) {
        // The domain may not change across restarts (CVE-2018-10847 in another server).
        m_conn->closeWithError(StreamErrorCondition::HostUnknown);
        return;
    }
    if (!header.version.isEmpty() && header.version.section(QLatin1Char('.'), 0, 0).toInt() < 1) {
        m_conn->closeWithError(StreamErrorCondition::UnsupportedVersion);
        return;
    }
    m_domain = *to;
    m_lang = header.lang.isEmpty() ? QStringLiteral("en") : header.lang;
    m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    xml::StreamHeader out;
    out.ns = ns::Client;
    out.from = m_domain;
    out.to = header.from; // RFC 6120 §4.7.2: echo the initiator's 'from' when it sent one
    out.id = m_streamId;
    out.version = QStringLiteral("1.0");
    out.lang = QStringLiteral("en");
    m_conn->write(xml::streamHeaderXml(out));
    m_conn->setHeaderSent();
    if (m_state == State::AwaitHeader || m_state == State::TlsPending)
        m_state = State::Negotiating;
    if (!restart)
        logEvent(int(log::Level::LowLevel), "c2s.connect",
                 {{"address", m_conn->peerAddress().toString()}, {"domain", m_domain}});
    sendFeatures();
}

void ClientSession::sendFeatures()
{
    if (m_state == State::Authenticated) {
        Element features(QStringLiteral("features"), ns::Streams);
        features.addChild(QStringLiteral("bind"), ns::Bind);
        Element &session = features.addChild(QStringLiteral("session"), ns::Session);
        session.addChild(QStringLiteral("optional"), ns::Session);
        for (Element &extra : m_ctx.modules->streamFeatures(core::FeatureStage::PostAuth,
                                                            {m_domain, m_conn->isEncrypted()}))
            features.addChild(std::move(extra));
        m_conn->write(features.toUtf8(ns::Client));
        return;
    }
    m_conn->write(preAuthFeatures().toUtf8(ns::Client));
}

Element ClientSession::preAuthFeatures() const
{
    Element features(QStringLiteral("features"), ns::Streams);
    const bool tls = m_conn->isEncrypted();
    const bool requireTls = m_ctx.config->globalBool("c2s.require_tls");
    if (!tls) {
        Element &starttls = features.addChild(QStringLiteral("starttls"), ns::Tls);
        if (requireTls)
            starttls.addChild(QStringLiteral("required"), ns::Tls);
    }
    // With TLS mandatory, nothing else is offered before it (RFC 6120 §5.3.1).
    if (tls || !requireTls) {
        const QStringList mechs = offeredMechanisms(saslContext());
        if (!mechs.isEmpty()) {
            Element &m = features.addChild(QStringLiteral("mechanisms"), ns::Sasl);
            for (const QString &name : mechs)
                m.addChild(QStringLiteral("mechanism"), ns::Sasl).addText(name);
        }
        if (m_ctx.config->domainBool(m_domain, "auth.legacy"))
            features.addChild(QStringLiteral("auth"), ns::LegacyAuthFeature);
        for (Element &extra : m_ctx.modules->streamFeatures(core::FeatureStage::PreAuth, {m_domain, tls}))
            features.addChild(std::move(extra));
    }
    return features;
}

void ClientSession::stanzaReceived(std::unique_ptr<Element> stanza)
{
    const Element &el = *stanza;
    switch (m_state) {
    case State::Negotiating:
        if (el.ns() == ns::Tls && el.name() == u"starttls")
            return handleStartTls(el);
        if (el.ns() == ns::Sasl && el.name() == u"auth")
            return handleAuth(el);
        if (el.ns() == ns::Client && el.name() == u"iq" && handlePreAuthIq(el))
            return;
        break;
    case State::Authenticating:
        if (el.ns() == ns::Sasl && (el.name() == u"response" || el.name() == u"abort"))
            return handleResponse(el);
        break;
    case State::Authenticated:
        if (el.ns() == ns::Client && el.name() == u"iq" && el.firstChild(u"bind", ns::Bind))
            return handleBind(el);
        break;
    case State::Bound:
        return handleBoundStanza(std::move(stanza));
    default:
        break;
    }
    if (m_failurePending)
        return; // a delayed SASL failure is on its way; the client must wait for it
    // RFC 6120 §6.4.x/§7: nothing is processed before authentication and binding.
    m_conn->closeWithError(StreamErrorCondition::NotAuthorized);
}

void ClientSession::handleStartTls(const Element &)
{
    if (m_conn->isEncrypted()) {
        m_conn->closeWithError(StreamErrorCondition::PolicyViolation, QStringLiteral("TLS is already active"));
        return;
    }
    const auto tls = m_ctx.certificates->configurationFor(m_domain);
    if (!tls) {
        send(Element(QStringLiteral("failure"), ns::Tls));
        m_conn->closeStream();
        return;
    }
    send(Element(QStringLiteral("proceed"), ns::Tls));
    m_state = State::TlsPending;
    m_conn->startTls(*tls);
}

void ClientSession::tlsEstablished()
{
    logEvent(int(log::Level::LowLevel), "c2s.tls",
             {{"protocol", m_conn->tlsProtocol()}, {"cipher", m_conn->tlsCipher()}});
    if (m_state == State::TlsPending)
        m_state = State::AwaitHeader;
}

void ClientSession::handleBind(const Element &iq)
{
    if (iq.attr(u"type") != u"set") {
        send(xml::makeErrorReply(iq, xml::StanzaErrorCondition::BadRequest));
        return;
    }
    const QString requested = iq.firstChild(u"bind", ns::Bind)->childText(u"resource", ns::Bind).trimmed();
    QString resource;
    if (!requested.isEmpty()) {
        const auto prepared = Jid::prepareResource(requested);
        if (!prepared) {
            send(xml::makeErrorReply(iq, xml::StanzaErrorCondition::BadRequest,
                                     QStringLiteral("The resource is not valid")));
            return;
        }
        resource = *prepared;
    }
    bindResource(resource, iq.attr(u"id"), false);
}

void ClientSession::bindResource(const QString &resource, const QString &iqId, bool legacy)
{
    const auto bare = Jid::fromParts(m_user, m_domain);
    if (!bare) {
        m_conn->closeWithError(StreamErrorCondition::InternalServerError);
        return;
    }
    m_jid = m_ctx.sessions->bind(this, *bare, resource);
    m_jidString = m_jid.toString();
    m_state = State::Bound;
    m_conn->setPhase(stream::StreamConnection::Phase::Authenticated);
    logEvent(int(log::Level::LowLevel), "c2s.bind", {{"jid", m_jid.toString()}});

    Element reply(QStringLiteral("iq"), ns::Client);
    reply.setAttr(QStringLiteral("type"), QStringLiteral("result"));
    reply.setAttr(QStringLiteral("id"), iqId);
    if (!legacy) {
        Element &bind = reply.addChild(QStringLiteral("bind"), ns::Bind);
        bind.addChild(QStringLiteral("jid"), ns::Bind).addText(m_jid.toString());
    }
    send(reply);
}

void ClientSession::handleBoundStanza(std::unique_ptr<Element> stanza)
{
    Element &el = *stanza;
    const QString name = el.name();
    if (el.ns() != ns::Client || (name != u"message" && name != u"presence" && name != u"iq")) {
        m_conn->closeWithError(StreamErrorCondition::UnsupportedStanzaType);
        return;
    }
    // RFC 6120 §8.1.2.1: a 'from' must be the session's full JID (or its bare JID); stamp it.
    if (el.hasAttr(u"from")) {
        const auto from = Jid::parse(el.attr(u"from"));
        if (!from || (*from != m_jid && *from != m_jid.bare())) {
            m_conn->closeWithError(StreamErrorCondition::InvalidFrom);
            return;
        }
    }
    el.setAttr(QStringLiteral("from"), m_jidString);
    if (name == u"iq" && el.attr(u"type") == u"set" && el.firstChild(u"session", ns::Session) &&
        (!el.hasAttr(u"to") || el.attr(u"to") == m_domain)) {
        // RFC 3921 session establishment: a no-op kept for old clients (RFC 6121 Appendix E).
        Element reply(QStringLiteral("iq"), ns::Client);
        reply.setAttr(QStringLiteral("type"), QStringLiteral("result"));
        reply.setAttr(QStringLiteral("id"), el.attr(u"id"));
        send(reply);
        return;
    }
    if (name == u"iq" && el.firstChild(u"bind", ns::Bind)) {
        send(xml::makeErrorReply(el, xml::StanzaErrorCondition::NotAllowed,
                                 QStringLiteral("This stream already has a resource")));
        return;
    }
    m_ctx.router->routeFromClient(std::move(el), this);
}

QJsonObject ClientSession::describe() const
{
    return {{"kind", "c2s"},
            {"domain", m_domain},
            {"jid", m_jid.isValid() ? m_jid.toString() : QString()},
            {"mechanism", m_mechanismName},
            {"state", m_state == State::Bound ? "bound" : "negotiating"}};
}

void ClientSession::deliver(const Element &stanza)
{
    if (m_state != State::Bound)
        return;
    send(stanza);
}

void ClientSession::closeWithError(StreamErrorCondition condition, const QString &text)
{
    logEvent(int(log::Level::Problems), "c2s.stream_error",
             {{"condition", xml::streamErrorConditionName(condition)},
              {"address", m_conn->peerAddress().toString()},
              {"jid", m_jid.toString()},
              {"text", text}});
    // The session stays bound until the connection reports it closed (connectionClosed unbinds;
    // unbinding a session that a newer one already replaced is a no-op).
    m_conn->closeWithError(condition, text);
}

void ClientSession::connectionClosed()
{
    if (m_state == State::Bound) {
        // A session a newer one replaced (resource conflict) must not announce the resource gone.
        const bool replaced = m_ctx.sessions->find(m_jid) != this;
        m_ctx.sessions->unbind(this);
        if (isAvailable() && !replaced) {
            // RFC 6121 §4.5.2: an unavailable presence goes out when a session ends without one.
            Element presence(QStringLiteral("presence"), ns::Client);
            presence.setAttr(QStringLiteral("type"), QStringLiteral("unavailable"));
            presence.setAttr(QStringLiteral("from"), m_jid.toString());
            m_ctx.router->routeFromClient(std::move(presence), this);
        }
    }
    if (m_state != State::Closed)
        logEvent(int(log::Level::LowLevel), "c2s.close",
                 {{"address", m_conn->peerAddress().toString()}, {"jid", m_jid.toString()},
                  {"bytesIn", double(m_conn->bytesIn())}, {"bytesOut", double(m_conn->bytesOut())}});
    m_state = State::Closed;
}

} // namespace confab::c2s
