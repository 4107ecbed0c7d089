#include "s2s/incomingserversession.h"
#include "core/configcache.h"
#include "core/router.h"
#include "log/logger.h"
#include "s2s/certificatecheck.h"
#include "s2s/dialback.h"
#include "s2s/s2smanager.h"
#include "shared/jid.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace confab::s2s {

using xml::Element;
using xml::StreamErrorCondition;
namespace ns = xml::ns;

IncomingServerSession::IncomingServerSession(stream::StreamConnection *connection, S2sManager &manager)
    : m_conn(connection), m_manager(manager)
{
}

IncomingServerSession::~IncomingServerSession()
{
    *m_alive = false;
}

void IncomingServerSession::log(int level, const char *key, const QJsonObject &args) const
{
    m_manager.context().logger->log(log::Level(level), log::tag::XmppS, m_conn->id(), key, args);
}

void IncomingServerSession::streamError(StreamErrorCondition condition, const QString &text)
{
    log(int(log::Level::Problems), "s2s.in.stream_error",
        {{"condition", xml::streamErrorConditionName(condition)},
         {"address", m_conn->peerAddress().toString()},
         {"domain", m_remote},
         {"text", text}});
    m_conn->closeWithError(condition, text, ns::Server);
}

void IncomingServerSession::streamOpened(const xml::StreamHeader &header)
{
    const bool restart = !m_local.isEmpty();
    const auto to = Jid::prepareDomain(header.to);
    if (!to || !m_manager.context().config->isHosted(*to) || (restart && *to != m_local)) {
        streamError(StreamErrorCondition::HostUnknown,
                    QStringLiteral("This server does not serve %1").arg(header.to));
        return;
    }
    m_local = *to;
    m_remote = Jid::prepareDomain(header.from).value_or(QString());
    m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    xml::StreamHeader out = serverStreamHeader(m_local, header.from, m_streamId);
    out.lang = QStringLiteral("en");
    m_conn->write(xml::streamHeaderXml(out));
    m_conn->setHeaderSent();
    if (!restart)
        log(int(log::Level::LowLevel), "s2s.in.connect",
            {{"address", m_conn->peerAddress().toString()}, {"from", m_remote}, {"to", m_local}});
    if (header.version.section(QLatin1Char('.'), 0, 0).toInt() >= 1)
        sendFeatures(); // a pre-1.0 peer gets none and starts dialback at once
}

bool IncomingServerSession::certificateValidFor(const QString &domain) const
{
    if (!m_conn->isEncrypted() || domain.isEmpty())
        return false;
    const PeerCheck check =
        checkPeerCertificate(m_conn->peerCertificateChain(), domain, m_manager.tlsPolicy().trustStore());
    return check.chainValid && check.namesDomain;
}

void IncomingServerSession::sendFeatures()
{
    Element features(QStringLiteral("features"), ns::Streams);
    const bool tls = m_conn->isEncrypted();
    if (!tls && m_manager.context().certificates->configurationFor(m_local)) {
        Element &starttls = features.addChild(QStringLiteral("starttls"), ns::Tls);
        if (m_manager.tlsPolicy().requiresTls(m_remote))
            starttls.addChild(QStringLiteral("required"), ns::Tls);
    }
    // XEP-0178: EXTERNAL only when the certificate will be accepted, so a peer with a certificate
    // we cannot verify goes straight to dialback instead of failing.
    if (tls && !m_saslDone && certificateValidFor(m_remote)) {
        Element &mechanisms = features.addChild(QStringLiteral("mechanisms"), ns::Sasl);
        mechanisms.addChild(QStringLiteral("mechanism"), ns::Sasl).addText(proto::External);
    }
    Element &dialback = features.addChild(QStringLiteral("dialback"), ns::DialbackFeature);
    dialback.addChild(QStringLiteral("errors"), ns::DialbackFeature); // XEP-0220 §2.4 error handling
    m_conn->write(features.toUtf8(ns::Server));
}

void IncomingServerSession::stanzaReceived(std::unique_ptr<Element> stanza)
{
    const Element &el = *stanza;
    if (el.ns() == ns::Tls && el.name() == u"starttls")
        return handleStartTls();
    if (el.ns() == ns::Sasl && el.name() == u"auth")
        return handleSaslAuth(el);
    if (el.ns() == ns::Dialback && el.name() == proto::Result)
        return handleDialbackResult(el);
    if (el.ns() == ns::Dialback && el.name() == proto::Verify)
        return handleDialbackVerify(el);
    if (el.ns() == ns::Server && (el.name() == u"message" || el.name() == u"presence" || el.name() == u"iq"))
        return handleStanza(std::move(stanza));
    if (m_pairs.isEmpty())
        return streamError(StreamErrorCondition::NotAuthorized, {});
    streamError(StreamErrorCondition::UnsupportedStanzaType, {});
}

void IncomingServerSession::handleStartTls()
{
    const auto tls = m_manager.context().certificates->configurationFor(m_local);
    if (m_conn->isEncrypted() || !tls) {
        m_conn->write(Element(QStringLiteral("failure"), ns::Tls).toUtf8(ns::Server));
        m_conn->closeStream();
        return;
    }
    m_conn->write(Element(QStringLiteral("proceed"), ns::Tls).toUtf8(ns::Server));
    m_conn->startTls(*tls);
}

void IncomingServerSession::tlsEstablished()
{
    log(int(log::Level::LowLevel), "s2s.in.tls",
        {{"from", m_remote}, {"protocol", m_conn->tlsProtocol()}, {"cipher", m_conn->tlsCipher()}});
}

void IncomingServerSession::handleSaslAuth(const Element &auth)
{
    auto failure = [this](const char *condition) {
        Element f(QStringLiteral("failure"), ns::Sasl);
        f.addChild(QString::fromLatin1(condition), ns::Sasl);
        m_conn->write(f.toUtf8(ns::Server));
    };
    if (auth.attr(u"mechanism") != proto::External || !m_conn->isEncrypted() || m_saslDone)
        return failure("invalid-mechanism");
    const QString text = auth.text().trimmed();
    QString authzid = m_remote;
    if (!text.isEmpty() && text != u"=")
        authzid = Jid::prepareDomain(QString::fromUtf8(QByteArray::fromBase64(text.toLatin1())))
                      .value_or(QString());
    const bool ok = !authzid.isEmpty() && (m_remote.isEmpty() || authzid == m_remote) &&
                    !m_manager.context().config->isHosted(authzid) && certificateValidFor(authzid);
    if (!ok) {
        log(int(log::Level::Problems), "s2s.in.rejected",
            {{"from", authzid},
             {"to", m_local},
             {"reason", QStringLiteral("SASL EXTERNAL: certificate not valid")}});
        return failure("not-authorized");
    }
    m_conn->write(Element(QStringLiteral("success"), ns::Sasl).toUtf8(ns::Server));
    m_saslDone = true;
    accept(authzid, m_local, proto::External);
    m_conn->restartStream();
}

void IncomingServerSession::answerResult(const QString &local, const QString &remote, const QString &type,
                                         const QString &errorCondition)
{
    Element result = dialbackElement(proto::Result, local, remote, type);
    if (!errorCondition.isEmpty()) {
        Element &error = result.addChild(QStringLiteral("error"), ns::Dialback);
        error.setAttr(QStringLiteral("type"), QStringLiteral("cancel"));
        error.addChild(errorCondition, ns::Stanzas);
    }
    m_conn->writeStanza(result, ns::Server);
}

void IncomingServerSession::handleDialbackResult(const Element &el)
{
    if (el.hasAttr(u"type"))
        return; // answers travel on outgoing streams, not here
    const QString local = Jid::prepareDomain(el.attr(u"to")).value_or(QString());
    const QString remote = Jid::prepareDomain(el.attr(u"from")).value_or(QString());
    const core::ConfigCache &config = *m_manager.context().config;
    if (local.isEmpty() || !config.isHosted(local))
        return answerResult(el.attr(u"to"), el.attr(u"from"), QStringLiteral("error"),
                            QStringLiteral("item-not-found"));
    auto reject = [&](const QString &reason) {
        log(int(log::Level::Problems), "s2s.in.rejected",
            {{"from", remote}, {"to", local}, {"reason", reason}});
        answerResult(local, el.attr(u"from"), QStringLiteral("invalid"));
    };
    if (remote.isEmpty() || config.isHosted(remote))
        return reject(QStringLiteral("a peer claimed a domain hosted here"));
    const bool certOk = certificateValidFor(remote);
    if (m_manager.tlsPolicy().requiresTls(remote) && !certOk)
        return reject(QStringLiteral("TLS with a valid certificate is required for this domain"));
    if (certOk) {
        // XEP-0344 §2.4: the certificate already proves the domain; no need to dial back.
        accept(remote, local, proto::Dialback);
        return answerResult(local, remote, QStringLiteral("valid"));
    }
    const QPair<QString, QString> pair{remote, local};
    if (m_pendingResults.contains(pair))
        return;
    m_pendingResults.insert(pair);
    std::weak_ptr<bool> alive = m_alive;
    m_manager.verifyDialback(local, remote, m_streamId, el.text().trimmed(),
                             [this, alive, pair](VerifyResult result) {
                                 if (alive.expired() || m_conn->isClosed())
                                     return;
                                 m_pendingResults.remove(pair);
                                 if (result == VerifyResult::Valid) {
                                     accept(pair.first, pair.second, proto::Dialback);
                                     answerResult(pair.second, pair.first, QStringLiteral("valid"));
                                 } else if (result == VerifyResult::Invalid) {
                                     log(int(log::Level::Problems), "s2s.in.rejected",
                                         {{"from", pair.first},
                                          {"to", pair.second},
                                          {"reason", QStringLiteral("dialback key not confirmed")}});
                                     answerResult(pair.second, pair.first, QStringLiteral("invalid"));
                                 } else {
                                     answerResult(pair.second, pair.first, QStringLiteral("error"),
                                                  QStringLiteral("remote-connection-failed"));
                                 }
                             });
}

void IncomingServerSession::handleDialbackVerify(const Element &el)
{
    if (el.hasAttr(u"type"))
        return;
    const QString local = el.attr(u"to");    // the originating domain: ours
    const QString remote = el.attr(u"from"); // the receiving server asking
    const QString id = el.attr(u"id");
    Element answer = dialbackElement(proto::Verify, local, remote, {}, id);
    if (!m_manager.context().config->isHosted(local)) {
        answer.setAttr(QStringLiteral("type"), QStringLiteral("error"));
        Element &error = answer.addChild(QStringLiteral("error"), ns::Dialback);
        error.setAttr(QStringLiteral("type"), QStringLiteral("cancel"));
        error.addChild(QStringLiteral("item-not-found"), ns::Stanzas);
    } else {
        const bool valid = dialbackKeyMatches(m_manager.secret(), remote, local, id, el.text());
        answer.setAttr(QStringLiteral("type"), valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
        log(int(log::Level::LowLevel), "s2s.in.verify", {{"from", remote}, {"to", local}, {"valid", valid}});
    }
    m_conn->writeStanza(answer, ns::Server);
}

void IncomingServerSession::accept(const QString &remote, const QString &local, const QString &method)
{
    m_pairs.insert({remote, local});
    m_authMethod =
        m_authMethod.isEmpty() || m_authMethod == method ? method : QStringLiteral("EXTERNAL+dialback");
    m_conn->setPhase(stream::StreamConnection::Phase::Authenticated);
    log(int(log::Level::LowLevel), "s2s.in.authenticated",
        {{"from", remote}, {"to", local}, {"method", method}});
}

void IncomingServerSession::handleStanza(std::unique_ptr<Element> stanza)
{
    if (m_pairs.isEmpty())
        return streamError(StreamErrorCondition::NotAuthorized, {});
    const auto from = Jid::parse(stanza->attr(u"from"));
    const auto to = Jid::parse(stanza->attr(u"to"));
    if (!to)
        return streamError(StreamErrorCondition::ImproperAddressing,
                           QStringLiteral("A stanza without a valid 'to'"));
    // RFC 6120 §4.9.3.9/§13.1: only domains authenticated on this stream, never one hosted here.
    if (!from || m_manager.context().config->isHosted(from->domain()))
        return streamError(StreamErrorCondition::InvalidFrom, stanza->attr(u"from"));
    if (!m_pairs.contains({from->domain(), to->domain()})) {
        if (!m_manager.context().config->isHosted(to->domain()))
            return streamError(StreamErrorCondition::HostUnknown, to->domain());
        return streamError(StreamErrorCondition::InvalidFrom,
                           QStringLiteral("%1 is not authenticated on this stream").arg(from->domain()));
    }
    m_manager.context().router->route(withContentNamespace(*stanza, ns::Server, ns::Client));
}

void IncomingServerSession::connectionClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    log(int(log::Level::LowLevel), "s2s.in.close",
        {{"address", m_conn->peerAddress().toString()},
         {"from", m_remote},
         {"bytesIn", double(m_conn->bytesIn())},
         {"bytesOut", double(m_conn->bytesOut())}});
}

QJsonObject IncomingServerSession::describe() const
{
    QJsonArray domains;
    for (const auto &[remote, local] : m_pairs)
        domains.append(remote + QStringLiteral(" → ") + local);
    return {{"kind", "s2s-in"},     {"domain", m_local},
            {"remote", m_remote},   {"domains", domains},
            {"auth", m_authMethod}, {"state", m_pairs.isEmpty() ? "negotiating" : "authenticated"}};
}

} // namespace confab::s2s
