#pragma once
// A client stream (RFC 6120 §4–7): stream header checks, STARTTLS, SASL, legacy jabber:iq:auth
// (XEP-0078, when the domain opts in), resource binding, the session element, then from-stamping
// and handing every stanza to the router. One object per connection, owned by the connection.
#include "c2s/c2scontext.h"
#include "core/session.h"
#include "sasl/mechanisms.h"
#include "stream/streamconnection.h"
#include <QPointer>
#include <memory>

namespace confab::c2s {

class ClientSession : public stream::StreamHandler, public core::Session
{
public:
    enum class State { AwaitHeader, Negotiating, TlsPending, Authenticating, Authenticated, Bound, Closed };

    ClientSession(stream::StreamConnection *connection, const C2sContext &ctx);
    ~ClientSession() override;

    // StreamHandler
    void streamOpened(const xml::StreamHeader &header) override;
    void stanzaReceived(std::unique_ptr<xml::Element> stanza) override;
    void tlsEstablished() override;
    void connectionClosed() override;
    QJsonObject describe() const override;

    // core::Session
    const Jid &jid() const override { return m_jid; }
    QString id() const override;
    void deliver(const xml::Element &stanza) override;
    void closeWithError(xml::StreamErrorCondition condition, const QString &text = {}) override;

    State state() const { return m_state; }
    const QString &domain() const { return m_domain; }
    QString authMechanism() const { return m_mechanismName; }
    stream::StreamConnection *connection() const { return m_conn; }

private:
    void sendFeatures();
    xml::Element preAuthFeatures() const;
    void handleStartTls(const xml::Element &el);
    void handleAuth(const xml::Element &el);
    void handleResponse(const xml::Element &el);
    void handleSaslStep(const sasl::Step &step);
    void saslFailure(sasl::Failure failure, const QString &text, const QString &user);
    void sendSaslFailure(sasl::Failure failure, const QString &text);
    void authenticated(const QString &user, const QString &mechanism);
    void handleLegacyAuth(const xml::Element &iq);
    void handleBind(const xml::Element &iq);
    void handleBoundStanza(std::unique_ptr<xml::Element> stanza);
    bool handlePreAuthIq(const xml::Element &iq);
    void bindResource(const QString &resource, const QString &iqId, bool legacy);
    sasl::Backend saslBackend() const;
    QStringList offeredMechanisms(const sasl::Context &context) const;
    sasl::Context saslContext() const;
    void send(const xml::Element &el);
    void logEvent(int level, const char *key, const QJsonObject &args) const;

    stream::StreamConnection *m_conn;
    C2sContext m_ctx;
    State m_state = State::AwaitHeader;
    QString m_domain;
    QString m_streamId;
    QString m_lang;
    Jid m_jid;       // full JID once bound
    QString m_jidString; // m_jid.toString(), the 'from' stamped on every stanza it sends
    QString m_user;  // authenticated local part
    QString m_mechanismName;
    std::unique_ptr<sasl::Mechanism> m_mechanism;
    int m_saslFailures = 0;
    bool m_anonymous = false;
    bool m_failurePending = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace confab::c2s
