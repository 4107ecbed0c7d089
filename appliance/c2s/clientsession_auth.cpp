// SASL (RFC 6120 §6) and legacy jabber:iq:auth (XEP-0078) for ClientSession.
#include "c2s/auththrottle.h"
#include "c2s/clientsession.h"
#include "core/configcache.h"
#include "core/moduleregistry.h"
#include "log/logger.h"
#include "storage/accountstore.h"
#include "tls/certificatestore.h"
#include "xml/namespaces.h"
#include "xml/stanzaerror.h"
#include <QCryptographicHash>
#include <QJsonObject>
#include <QTimer>

namespace confab::c2s {

using xml::Element;
using xml::StreamErrorCondition;
namespace ns = xml::ns;

static constexpr int MaxSaslAttempts = 3; // RFC 6120 §6.4.5: at least 2, at most 5 retries

sasl::Context ClientSession::saslContext() const
{
    sasl::Context c;
    c.domain = m_domain;
    c.realm = m_domain;
    c.tlsActive = m_conn->isEncrypted();
    if (c.tlsActive)
        c.tlsServerEndPoint = tls::tlsServerEndPointHash(m_conn->localCertificate());
    c.channelBindingOffered = c.tlsActive && !c.tlsServerEndPoint.isEmpty();
    c.tolerateBindingTypeMismatch = true; // see sasl::Context and docs/security.md
    return c;
}

QStringList ClientSession::offeredMechanisms(const sasl::Context &context) const
{
    // The domain's list, plus what its switches turn on: ANONYMOUS, and the legacy digests.
    QStringList allowed = m_ctx.config->domainList(m_domain, "auth.mechanisms");
    const bool anonymous = m_ctx.config->domainBool(m_domain, "auth.anonymous");
    const bool legacy = m_ctx.config->domainBool(m_domain, "auth.legacy");
    if (anonymous)
        allowed << QString::fromLatin1(sasl::mech::Anonymous);
    if (legacy)
        allowed << QString::fromLatin1(sasl::mech::DigestMd5) << QString::fromLatin1(sasl::mech::CramMd5);
    return sasl::availableMechanisms(allowed, context, anonymous, legacy);
}

sasl::Backend ClientSession::saslBackend() const
{
    sasl::Backend b;
    storage::AccountStore *accounts = m_ctx.accounts;
    const QString domain = m_domain;
    // SASL hands over SASLprep'ed names; accounts are keyed by the nodeprep'ed local part.
    auto account = [accounts, domain](const QString &user) -> std::optional<QString> {
        const auto node = Jid::prepareNode(user);
        if (!node || node->isEmpty())
            return std::nullopt;
        const auto info = accounts->info(*node, domain);
        if (!info || info->disabled)
            return std::nullopt;
        return *node;
    };
    b.scramCredentials = [accounts, domain, account](const QString &user, auth::ScramHash hash) {
        const auto node = account(user);
        return node ? accounts->scram(*node, domain, hash) : std::nullopt;
    };
    b.checkPassword = [accounts, domain, account](const QString &user, const QString &password) {
        const auto node = account(user);
        return node && accounts->checkPassword(*node, domain, password);
    };
    b.reversiblePassword = [accounts, domain, account](const QString &user) -> std::optional<QString> {
        const auto node = account(user);
        return node ? accounts->reversiblePassword(*node, domain) : std::nullopt;
    };
    return b;
}

void ClientSession::handleAuth(const Element &el)
{
    const bool requireTls = m_ctx.config->globalBool("c2s.require_tls");
    if (requireTls && !m_conn->isEncrypted()) {
        sendSaslFailure(sasl::Failure::EncryptionRequired, {});
        return;
    }
    const QString name = el.attr(u"mechanism");
    const sasl::Context context = saslContext();
    if (!offeredMechanisms(context).contains(name)) {
        sendSaslFailure(sasl::Failure::InvalidMechanism, {});
        return;
    }
    m_mechanism = sasl::createMechanism(name, saslBackend(), context);
    if (!m_mechanism) {
        sendSaslFailure(sasl::Failure::InvalidMechanism, {});
        return;
    }
    m_mechanismName = name;
    m_state = State::Authenticating;
    const QString text = el.text().trimmed();
    QByteArray initial;
    if (!text.isEmpty() && text != u"=") {
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            saslFailure(sasl::Failure::IncorrectEncoding, {}, {});
            return;
        }
        initial = *decoded;
    }
    handleSaslStep(m_mechanism->start(initial, !text.isEmpty()));
}

void ClientSession::handleResponse(const Element &el)
{
    if (el.name() == u"abort") {
        saslFailure(sasl::Failure::Aborted, {}, {});
        return;
    }
    const QString text = el.text().trimmed();
    QByteArray data;
    if (!text.isEmpty() && text != u"=") {
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            saslFailure(sasl::Failure::IncorrectEncoding, {}, m_mechanism->attemptedUser());
            return;
        }
        data = *decoded;
    }
    handleSaslStep(m_mechanism->step(data));
}

void ClientSession::handleSaslStep(const sasl::Step &step)
{
    switch (step.kind) {
    case sasl::Step::Challenge: {
        Element challenge(QStringLiteral("challenge"), ns::Sasl);
        challenge.addText(step.data.isEmpty() ? QStringLiteral("=") : QString::fromLatin1(step.data.toBase64()));
        send(challenge);
        return;
    }
    case sasl::Step::Success: {
        Element success(QStringLiteral("success"), ns::Sasl);
        if (!step.data.isEmpty())
            success.addText(QString::fromLatin1(step.data.toBase64()));
        send(success);
        authenticated(Jid::prepareNode(m_mechanism->authenticatedUser()).value_or(QString()), m_mechanismName);
        m_conn->restartStream();
        return;
    }
    case sasl::Step::Failure:
        saslFailure(step.failure, step.text, m_mechanism ? m_mechanism->attemptedUser() : QString());
        return;
    }
}

void ClientSession::authenticated(const QString &user, const QString &mechanism)
{
    m_user = user;
    m_anonymous = mechanism == u"ANONYMOUS";
    m_mechanism.reset();
    m_state = State::Authenticated;
    m_ctx.throttle->recordSuccess(m_conn->peerAddress().toString());
    logEvent(int(log::Level::Major), "c2s.auth_success",
             {{"jid", user + QLatin1Char('@') + m_domain}, {"mechanism", mechanism},
              {"address", m_conn->peerAddress().toString()}});
}

void ClientSession::saslFailure(sasl::Failure failure, const QString &text, const QString &user)
{
    m_mechanism.reset();
    m_state = State::Negotiating;
    const QString address = m_conn->peerAddress().toString();
    const QString account = user.isEmpty() ? QString() : user + QLatin1Char('@') + m_domain;
    logEvent(int(log::Level::Problems), "c2s.auth_failure",
             {{"user", account.isEmpty() ? QStringLiteral("?") : account},
              {"address", address},
              {"reason", sasl::failureConditionName(failure)}});
    if (failure == sasl::Failure::Aborted) {
        sendSaslFailure(failure, text);
        return;
    }
    // Each failure within the window doubles the wait before the client hears about it.
    const int delay = m_ctx.throttle->recordFailure(address, account);
    ++m_saslFailures;
    m_failurePending = true;
    auto alive = m_alive;
    QTimer::singleShot(delay, m_conn, [this, alive, failure, text] {
        if (!*alive || m_state == State::Closed)
            return;
        m_failurePending = false;
        sendSaslFailure(failure, text);
        if (m_saslFailures >= MaxSaslAttempts)
            m_conn->closeWithError(StreamErrorCondition::PolicyViolation,
                                   QStringLiteral("Too many failed authentication attempts"));
    });
}

void ClientSession::sendSaslFailure(sasl::Failure failure, const QString &text)
{
    Element el(QStringLiteral("failure"), ns::Sasl);
    el.addChild(sasl::failureConditionName(failure), ns::Sasl);
    if (!text.isEmpty())
        el.addChild(QStringLiteral("text"), ns::Sasl).addText(text);
    send(el);
}

// Before authentication only two kinds of iq are allowed: XEP-0078 (jabber:iq:auth, when the
// domain enables legacy authentication) and what modules register (XEP-0077 registration).
bool ClientSession::handlePreAuthIq(const Element &iq)
{
    if (m_ctx.config->globalBool("c2s.require_tls") && !m_conn->isEncrypted())
        return false;
    const QList<const Element *> payloads = iq.childElements();
    if (payloads.size() != 1)
        return false;
    if (payloads.first()->ns() == ns::LegacyAuth) {
        if (!m_ctx.config->domainBool(m_domain, "auth.legacy"))
            return false;
        handleLegacyAuth(iq);
        return true;
    }
    const core::PreAuthIq request{iq, *payloads.first(), m_domain, m_conn->peerAddress().toString(),
                                  m_conn->isEncrypted()};
    auto alive = m_alive;
    const core::IqResponder responder(iq, [this, alive](Element reply) {
        if (*alive && m_state != State::Closed)
            send(reply);
    });
    return m_ctx.modules->dispatchPreAuthIq(request, responder);
}

void ClientSession::handleLegacyAuth(const Element &iq)
{
    const QString ns = QStringLiteral("jabber:iq:auth");
    const Element *query = iq.firstChild(u"query", ns);
    const QString type = iq.attr(u"type");
    if (type == u"get") {
        Element reply(QStringLiteral("iq"), xml::ns::Client);
        reply.setAttr(QStringLiteral("type"), QStringLiteral("result"));
        reply.setAttr(QStringLiteral("id"), iq.attr(u"id"));
        Element &q = reply.addChild(QStringLiteral("query"), ns);
        q.addChild(QStringLiteral("username"), ns).addText(query->childText(u"username", ns));
        q.addChild(QStringLiteral("password"), ns);
        q.addChild(QStringLiteral("digest"), ns);
        q.addChild(QStringLiteral("resource"), ns);
        send(reply);
        return;
    }
    const auto user = Jid::prepareNode(query->childText(u"username", ns));
    const auto resource = Jid::prepareResource(query->childText(u"resource", ns));
    if (type != u"set" || !user || user->isEmpty() || !resource || resource->isEmpty()) {
        send(xml::makeErrorReply(iq, xml::StanzaErrorCondition::NotAcceptable,
                                 QStringLiteral("Username and resource are required")));
        return;
    }
    const QString password = query->childText(u"password", ns);
    const QString digest = query->childText(u"digest", ns).toLower();
    const auto info = m_ctx.accounts->info(*user, m_domain);
    bool ok = false;
    if (info && !info->disabled) {
        if (!digest.isEmpty()) {
            // digest = hex(SHA1(stream id + password)), which needs the reversible password.
            if (const auto plain = m_ctx.accounts->reversiblePassword(*user, m_domain)) {
                const QByteArray expected =
                    QCryptographicHash::hash((m_streamId + *plain).toUtf8(), QCryptographicHash::Sha1).toHex();
                ok = auth::constantTimeEquals(expected, digest.toLatin1());
            }
        } else if (!password.isEmpty()) {
            ok = m_ctx.accounts->checkPassword(*user, m_domain, password);
        }
    }
    if (!ok) {
        const QString address = m_conn->peerAddress().toString();
        const QString account = *user + QLatin1Char('@') + m_domain;
        logEvent(int(log::Level::Problems), "c2s.auth_failure",
                 {{"user", account}, {"address", address}, {"reason", QStringLiteral("not-authorized")}});
        const int delay = m_ctx.throttle->recordFailure(address, account);
        auto alive = m_alive;
        const Element reply = xml::makeErrorReply(iq, xml::StanzaErrorCondition::NotAuthorized);
        m_failurePending = true;
        QTimer::singleShot(delay, m_conn, [this, alive, reply] {
            if (!*alive || m_state == State::Closed)
                return;
            m_failurePending = false;
            send(reply);
            if (++m_saslFailures >= MaxSaslAttempts)
                m_conn->closeWithError(StreamErrorCondition::PolicyViolation);
        });
        return;
    }
    authenticated(*user, QStringLiteral("jabber:iq:auth"));
    bindResource(*resource, iq.attr(u"id"), true);
}

} // namespace confab::c2s
