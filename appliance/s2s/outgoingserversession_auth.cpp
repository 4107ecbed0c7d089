// OutgoingServerSession, part two: what happens once the peer's features arrive — STARTTLS, SASL
// EXTERNAL (XEP-0178) or Server Dialback (XEP-0220) per local domain, db:verify requests.
#include "log/logger.h"
#include "s2s/certificatecheck.h"
#include "s2s/dialback.h"
#include "s2s/outgoingserversession.h"
#include "s2s/s2smanager.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"

namespace confab::s2s {

using xml::Element;
using xml::StanzaErrorCondition;
namespace ns = xml::ns;

void OutgoingServerSession::handleFeatures(const Element &features)
{
    if (!m_conn->isEncrypted()) {
        if (features.firstChild(u"starttls", ns::Tls)) {
            m_stage = Stage::TlsHandshake;
            m_conn->writeStanza(Element(QStringLiteral("starttls"), ns::Tls), ns::Server);
            return;
        }
        if (m_manager.tlsPolicy().requiresTls(m_remote)) {
            fail(StanzaErrorCondition::RemoteServerNotFound,
                 QStringLiteral("%1 does not offer TLS, which is required for it; nothing was sent")
                     .arg(m_remote));
            return;
        }
    }
    m_stage = Stage::Open;
    m_everOpen = true;
    if (features.firstChild(u"dialback", ns::DialbackFeature))
        m_dialbackOffered = true;
    if (m_externalDone) {
        m_externalDone = false;
        domainValid(m_externalFor, proto::External);
    }
    sendVerifies();
    authenticate(features);
}

bool OutgoingServerSession::ourCertificateUsable(const QString &from) const
{
    // Only a certificate the peer can verify is worth offering: one that chains to a CA we trust
    // ourselves and names the domain (a generated self-signed one does not: dialback instead).
    const QList<QSslCertificate> chain = m_manager.context().certificates->chainFor(from);
    if (chain.isEmpty())
        return false;
    const PeerCheck check = checkPeerCertificate(chain, from, m_manager.tlsPolicy().trustStore());
    return check.chainValid && check.namesDomain;
}

void OutgoingServerSession::authenticate(const Element &features)
{
    const Element *mechanisms = features.firstChild(u"mechanisms", ns::Sasl);
    bool external = false;
    if (mechanisms)
        for (const Element *m : mechanisms->childElements())
            external = external || m->text().trimmed() == proto::External;
    for (auto it = m_domains.begin(); it != m_domains.end(); ++it) {
        if (it.value() != Auth::Pending)
            continue;
        if (external && m_conn->isEncrypted() && m_externalFor.isEmpty() &&
            !m_manager.externalFailed(m_remote) && ourCertificateUsable(it.key())) {
            m_externalFor = it.key();
            it.value() = Auth::Sent;
            m_stage = Stage::Sasl;
            Element auth(QStringLiteral("auth"), ns::Sasl);
            auth.setAttr(QStringLiteral("mechanism"), proto::External);
            auth.addText(QString::fromLatin1(it.key().toUtf8().toBase64()));
            m_conn->writeStanza(auth, ns::Server);
            return; // other domains follow once the stream has restarted
        }
        sendDialback(it.key());
    }
}

void OutgoingServerSession::sendDialback(const QString &from)
{
    m_domains[from] = Auth::Sent;
    const QString key = dialbackKey(m_manager.secret(), m_remote, from, m_streamId);
    m_conn->writeStanza(dialbackElement(proto::Result, from, m_remote, {}, {}, key), ns::Server);
}

void OutgoingServerSession::handleSaslFailure()
{
    log(int(log::Level::Problems), "s2s.out.external_failed", {{"from", m_externalFor}, {"to", m_remote}});
    m_manager.markExternalFailed(m_remote);
    m_stage = Stage::Open;
    const QString from = m_externalFor;
    m_externalFor.clear();
    // XEP-0178 §3: fall back to dialback; should the peer close instead, the next attempt goes
    // straight to dialback (externalFailed).
    sendDialback(from);
    for (auto it = m_domains.begin(); it != m_domains.end(); ++it)
        if (it.value() == Auth::Pending)
            sendDialback(it.key());
}

void OutgoingServerSession::sendVerifies()
{
    for (PendingVerify &v : m_verifies) {
        if (v.sent)
            continue;
        v.sent = true;
        m_conn->writeStanza(dialbackElement(proto::Verify, v.receiving, m_remote, {}, v.streamId, v.key),
                            ns::Server);
    }
}

void OutgoingServerSession::handleDialbackResult(const Element &el)
{
    const QString from = el.attr(u"to");
    if (!m_domains.contains(from) || m_domains.value(from) != Auth::Sent)
        return;
    const QString type = el.attr(u"type");
    if (type == u"valid")
        return domainValid(from, proto::Dialback);
    m_domains.remove(from);
    log(int(log::Level::Problems), "s2s.out.dialback_refused",
        {{"from", from}, {"to", m_remote}, {"type", type}});
    m_manager.pairFailed(from, m_remote, StanzaErrorCondition::RemoteServerNotFound,
                         QStringLiteral("%1 did not accept %2 (dialback %3)").arg(m_remote, from, type));
    if (m_domains.isEmpty() && m_verifies.isEmpty())
        closeStream();
}

void OutgoingServerSession::handleDialbackVerify(const Element &el)
{
    for (qsizetype i = 0; i < m_verifies.size(); ++i) {
        const PendingVerify &v = m_verifies.at(i);
        if (!v.sent || v.receiving != el.attr(u"to") || v.streamId != el.attr(u"id"))
            continue;
        const QString type = el.attr(u"type");
        auto done = v.done;
        m_verifies.removeAt(i);
        done(type == u"valid"     ? VerifyResult::Valid
             : type == u"invalid" ? VerifyResult::Invalid
                                  : VerifyResult::Error);
        if (m_domains.isEmpty() && m_verifies.isEmpty())
            closeStream(); // a stream opened only to verify
        return;
    }
}

void OutgoingServerSession::domainValid(const QString &from, const QString &method)
{
    m_domains[from] = Auth::Valid;
    if (m_authMethod.isEmpty() || m_authMethod == method)
        m_authMethod = method;
    else
        m_authMethod = QStringLiteral("EXTERNAL+dialback");
    m_conn->setPhase(stream::StreamConnection::Phase::Authenticated);
    log(int(log::Level::LowLevel), "s2s.out.authenticated",
        {{"from", from}, {"to", m_remote}, {"method", method}});
    m_manager.pairAuthenticated(from, m_remote);
}

} // namespace confab::s2s
