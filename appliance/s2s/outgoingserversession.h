#pragma once
// One outgoing server stream to a remote domain (log tag XMPPO): route (relay rule or DNS targets),
// TCP connect, stream header, STARTTLS whenever offered (and required, with a valid certificate,
// for "send encrypted" domains), then SASL EXTERNAL when offered and our certificate is one the peer
// can verify, else Server Dialback. Several local domains may be authenticated on the one stream
// (dialback piggybacking); db:verify requests for incoming streams travel on it too.
#include "s2s/outgoingqueue.h"
#include "s2s/resolver.h"
#include "s2s/routingrules.h"
#include "stream/streamconnection.h"
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>

namespace confab::s2s {

class S2sManager;

enum class VerifyResult { Valid, Invalid, Error };

class OutgoingServerSession : public QObject
{
    Q_OBJECT
public:
    OutgoingServerSession(S2sManager &manager, QString remote, QObject *parent = nullptr);
    ~OutgoingServerSession() override;

    const QString &remote() const { return m_remote; }
    quint64 connectionId() const;
    bool isFinished() const { return m_finished; }
    bool certificateValid() const { return m_certValid; }

    void start();
    // Authenticate `from` on this stream too (dialback piggybacking); the manager hears back through
    // pairAuthenticated / pairFailed.
    void addDomain(const QString &from);
    bool isAuthenticated(const QString &from) const;
    // Ask the remote (authoritative) server whether `key` is one it generated (XEP-0220 §2.3).
    void addVerify(const QString &receiving, const QString &streamId, const QString &key,
                   std::function<void(VerifyResult)> done);
    bool hasWork() const { return !m_verifies.isEmpty(); }
    void send(const xml::Element &stanza); // a jabber:client stanza from the router
    void closeStream();                    // polite close (idle)
    void abort(const QString &reason);     // give up (queue timeout)
    QJsonObject describe() const;

    // Stream callbacks (forwarded from the connection's handler).
    void onStreamOpened(const xml::StreamHeader &header);
    void onStanza(std::unique_ptr<xml::Element> stanza);
    void onTlsEstablished();
    void onConnectionClosed();

private:
    enum class Stage { Idle, Resolving, Connecting, AwaitHeader, AwaitFeatures, TlsHandshake, Sasl, Open };
    enum class Auth { Pending, Sent, Valid };
    struct PendingVerify
    {
        QString receiving;
        QString streamId;
        QString key;
        std::function<void(VerifyResult)> done;
        bool sent = false;
    };

    void targetsResolved(const QList<Target> &targets);
    void connectNext();
    void connectNextAddress();
    void onConnected();
    void sendHeader();
    void handleFeatures(const xml::Element &features);
    void authenticate(const xml::Element &features);
    void sendDialback(const QString &from);
    void sendVerifies();
    void handleDialbackResult(const xml::Element &el);
    void handleDialbackVerify(const xml::Element &el);
    void handleSaslFailure();
    void domainValid(const QString &from, const QString &method);
    void fail(xml::StanzaErrorCondition condition, const QString &reason);
    bool ourCertificateUsable(const QString &from) const;
    QString headerFrom() const;
    void log(int level, const char *key, const QJsonObject &args) const;

    S2sManager &m_manager;
    QString m_remote;
    Route m_route;
    QList<Target> m_targets;
    int m_targetIndex = -1;
    QList<QHostAddress> m_addresses;
    int m_addressIndex = -1;
    QPointer<stream::StreamConnection> m_conn;
    Stage m_stage = Stage::Idle;
    QString m_streamId;
    QMap<QString, Auth> m_domains;
    QList<PendingVerify> m_verifies;
    bool m_certValid = false;
    QString m_certDetail;
    bool m_dialbackOffered = false;
    QString m_externalFor; // the domain SASL EXTERNAL is being tried for
    bool m_externalDone = false;
    QString m_authMethod;
    bool m_everOpen = false;
    bool m_finished = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace confab::s2s
