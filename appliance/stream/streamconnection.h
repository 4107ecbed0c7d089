#pragma once
// One XMPP connection's transport: the socket (plain, STARTTLS or direct TLS), the incremental
// parser, writes, byte counters and activity times. It knows nothing of c2s or s2s: what to do with
// headers and stanzas is the StreamHandler's job, chosen by the first stream header's namespace.
#include "stream/transport.h"
#include "xml/element.h"
#include "xml/streamerror.h"
#include "xml/xmlstream.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <functional>
#include <list>
#include <memory>

namespace confab::stream {

class StreamConnection;

class StreamHandler
{
public:
    virtual ~StreamHandler() = default;
    virtual void streamOpened(const xml::StreamHeader &header) = 0;
    virtual void stanzaReceived(std::unique_ptr<xml::Element> stanza) = 0;
    virtual void tlsEstablished() {}
    // The connection is going away (peer closed, error, or we closed); called once.
    virtual void connectionClosed() = 0;
    // What the live connection list shows beyond the transport (kind, jid/domains, state...).
    virtual QJsonObject describe() const { return {}; }
};

struct Limits
{
    int maxStanzaBytes = 256 * 1024;
    int maxDepth = 64;
    int maxAttributes = 64;
    int maxAttributeBytes = 16384;
    // Bytes queued for a peer that does not read; beyond it the connection is aborted. 0 = unbounded.
    qint64 maxSendBufferBytes = 0;
};

class StreamConnection : public QObject, private TransportSink
{
    Q_OBJECT
public:
    enum class Phase { New, Open, Authenticated, Closing, Closed };

    // Accepted connections get an FdTransport; outgoing server streams a QtSocketTransport.
    StreamConnection(quint64 id, std::unique_ptr<Transport> transport, bool directTls, const Limits &limits,
                     QObject *parent = nullptr);
    ~StreamConnection() override;

    quint64 id() const { return m_id; }
    QHostAddress peerAddress() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }
    quint16 localPort() const { return m_localPort; }
    bool isEncrypted() const;
    bool isDirectTls() const { return m_directTls; }
    QString tlsDescription() const; // "TLSv1.3 TLS_AES_256_GCM_SHA384" or empty
    QString tlsProtocol() const;
    QString tlsCipher() const;
    QSslCertificate localCertificate() const;
    QDateTime since() const { return m_since; }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    qint64 ageMs() const { return m_age.elapsed(); }
    Phase phase() const { return m_phase; }
    void setPhase(Phase p) { m_phase = p; }
    bool isClosed() const { return m_phase == Phase::Closed; }

    // The first header's handler: the factory is asked once, with the header's namespace.
    using HandlerFactory =
        std::function<std::unique_ptr<StreamHandler>(StreamConnection *, const QString &ns)>;
    void setHandlerFactory(HandlerFactory f) { m_factory = std::move(f); }
    StreamHandler *handler() const { return m_handler.get(); }
    // Client mode (outgoing server streams): the handler is known before any header arrives.
    void setHandler(std::unique_ptr<StreamHandler> handler) { m_handler = std::move(handler); }

    // Starts reading; for direct TLS, first the handshake with `tls`.
    void start(const QSslConfiguration &tls);
    void write(const QByteArray &bytes);
    void writeStanza(const xml::Element &stanza, QStringView streamNs);
    // After <proceed/>: the handshake, then a fresh parser for the new stream.
    void startTls(const QSslConfiguration &tls);
    // Client mode: connect the (unconnected) socket; `connected` follows, or connectionClosed().
    void connectToHost(const QString &host, quint16 port);
    // Client mode, after <proceed/> (or at once for direct TLS): the handshake as the TLS client. The
    // peer's certificate is not judged here (the caller checks peerCertificateChain()).
    void startClientTls(const QSslConfiguration &tls, const QString &peerName);
    bool isClientMode() const { return m_clientMode; }
    QList<QSslCertificate> peerCertificateChain() const;
    // After SASL success: a fresh parser; the peer sends a new header.
    void restartStream();
    // Sends <stream:error/> (opening the stream first when it was not yet opened) and closes.
    void closeWithError(xml::StreamErrorCondition condition, const QString &text = {},
                        const QString &streamNs = QStringLiteral("jabber:client"));
    // Sends </stream:stream> and closes once flushed (or after a grace period).
    void closeStream();
    bool headerSent() const { return m_headerSent; }
    void setHeaderSent() { m_headerSent = true; }
    // Token bucket on incoming stanzas (burst: two seconds' worth). Over the rate, reading pauses, so
    // the excess waits in the peer's and the kernel's buffers, not ours. 0 = no limit.
    void setStanzaRateLimit(int perSecond);
    bool isReadPaused() const { return m_readPaused; }

signals:
    void closed(quint64 id);
    void connected();
    // The peer stopped reading and more than Limits::maxSendBufferBytes piled up; it is being aborted.
    void sendBufferOverflow(quint64 id, qint64 queuedBytes);

private:
    void transportReadyRead() override { onReadyRead(); }
    void transportEncrypted() override { onEncrypted(); }
    void transportDisconnected() override { onDisconnected(); }
    void transportBytesWritten(qint64 bytes) override { m_bytesOut += bytes; }
    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void finish();
    void setupParser();
    void abortOverflowed();
    bool takeStanzaToken();
    void pauseReading();
    void resumeReading();
    void deliver(std::unique_ptr<xml::Element> stanza);

    quint64 m_id;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<xml::XmlStream> m_parser;
    std::unique_ptr<StreamHandler> m_handler;
    HandlerFactory m_factory;
    Limits m_limits;
    bool m_directTls;
    bool m_tlsPending = false;
    bool m_clientMode = false;
    bool m_headerSent = false;
    bool m_finished = false;
    Phase m_phase = Phase::New;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    QDateTime m_since;
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_age;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    bool m_overflowed = false;
    int m_ratePerSecond = 0;
    double m_tokens = 0;
    QElapsedTimer m_refill;
    bool m_readPaused = false;
    bool m_closeAfterPending = false;
    // Parsed while over the rate. A list: an empty std::deque already holds ~0.7 KiB.
    std::list<std::unique_ptr<xml::Element>> m_pending;
};

} // namespace confab::stream
