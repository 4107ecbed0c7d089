#pragma once
// The handler for an incoming jabber:server stream (log tag XMPPS): header checks ('to' must be
// hosted here), features (STARTTLS; after TLS, SASL EXTERNAL only when the peer's certificate is
// valid for the domain it names in 'from'; the dialback feature), db:result checked by dialing back
// to the originating domain's authoritative server (or accepted at once when the TLS certificate
// already proves the domain, XEP-0344), db:verify answered for keys this server made. Stanzas are
// accepted only for domain pairs authenticated on this stream; a peer can never claim a domain
// hosted here.
#include "s2s/s2scommon.h"
#include "stream/streamconnection.h"
#include <QPair>
#include <QSet>
#include <memory>

namespace confab::s2s {

class S2sManager;

class IncomingServerSession : public stream::StreamHandler
{
public:
    IncomingServerSession(stream::StreamConnection *connection, S2sManager &manager);
    ~IncomingServerSession() override;

    void streamOpened(const xml::StreamHeader &header) override;
    void stanzaReceived(std::unique_ptr<xml::Element> stanza) override;
    void tlsEstablished() override;
    void connectionClosed() override;
    QJsonObject describe() const override;

private:
    void sendFeatures();
    void handleStartTls();
    void handleSaslAuth(const xml::Element &auth);
    void handleDialbackResult(const xml::Element &el);
    void handleDialbackVerify(const xml::Element &el);
    void handleStanza(std::unique_ptr<xml::Element> stanza);
    void answerResult(const QString &local, const QString &remote, const QString &type,
                      const QString &errorCondition = {});
    void accept(const QString &remote, const QString &local, const QString &method);
    bool certificateValidFor(const QString &domain) const;
    void streamError(xml::StreamErrorCondition condition, const QString &text);
    void log(int level, const char *key, const QJsonObject &args) const;

    stream::StreamConnection *m_conn;
    S2sManager &m_manager;
    QString m_local;  // the 'to' of the header: our domain
    QString m_remote; // the 'from' of the header (may be empty)
    QString m_streamId;
    bool m_saslDone = false;
    QString m_authMethod;
    QSet<QPair<QString, QString>> m_pairs; // (remote, local) authenticated on this stream
    QSet<QPair<QString, QString>> m_pendingResults;
    bool m_closed = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace confab::s2s
