#pragma once
// Transport for accepted connections: the raw descriptor, two socket notifiers, and OpenSSL driven
// directly over the descriptor (no memory BIOs, no copies). Writes are queued and leave together on
// the next turn of the event loop; an idle session holds no buffers: the queue is freed when it
// drains and OpenSSL releases its record buffers (SSL_MODE_RELEASE_BUFFERS). After a TLS 1.3
// handshake the transport protects records itself (tls::Tls13Records) and frees the SSL object,
// most of what an idle TLS session cost.
#include "stream/transport.h"
#include <QSocketNotifier>
#include <memory>

using SSL = struct ssl_st;

namespace confab::tls {
class ServerTlsContext;
class Tls13Records;
} // namespace confab::tls

namespace confab::stream {

class FdTransport : public Transport
{
    Q_OBJECT
public:
    // Takes ownership of a connected, accepted descriptor (made non-blocking here).
    explicit FdTransport(qintptr descriptor, QObject *parent = nullptr);
    ~FdTransport() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    void write(const QByteArray &bytes) override;
    qint64 queuedBytes() const override
    {
        return m_out.size() - m_outPos + m_sealedOut.size() - m_sealedOutPos;
    }
    bool hasBufferedInput() const override;
    void setReadEnabled(bool enabled) override;
    void startServerTls(const QSslConfiguration &config) override;
    bool isEncrypted() const override { return m_tls == Tls::Established; }
    QString tlsProtocol() const override;
    QString tlsCipher() const override;
    QSslCertificate localCertificate() const override;
    QList<QSslCertificate> peerCertificateChain() const override;
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }
    quint16 localPort() const override { return m_localPort; }
    bool isOpen() const override { return m_fd >= 0 && !m_gone; }
    void disconnectFromHost() override;
    void abort() override;
    // True once a TLS 1.3 connection's records are protected by confab rather than OpenSSL.
    bool recordsTakenOver() const { return m_records != nullptr; }

    // Writes made on this thread while a Batch lives are flushed when the outermost one ends (one
    // write per connection). An I/O worker thread holds one while it applies the main thread's writes.
    class Batch
    {
    public:
        Batch();
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
    };

private:
    enum class Tls { None, WaitingForFlush, Handshaking, Established };

    void takeOverRecords();
    qint64 readRecords(char *buffer, qint64 maxSize);
    // Opens the complete records at `data` into the caller's buffer (`got` bytes so far) or, for
    // a record larger than its room, into m_plainIn. Returns the bytes used, -1 once failed.
    qsizetype openRecords(const char *data, qsizetype size, char *buffer, qint64 maxSize, qint64 &got);
    bool flushRecords(qint64 &written);
    void queueKeyUpdate();
    // Ends the connection after a record-layer error, telling the peer why when we can.
    void failWithAlert(int alert);
    void onReadable();
    void onWritable();
    void flush();
    void beginHandshake();
    void continueHandshake();
    void finishClose();
    // The connection is over: stop watching the descriptor and tell the owner (queued, once).
    void fail();
    void updateNotifiers();
    // Writes made while a readable event is being handled (routing a stanza to other sessions)
    // are flushed when that handling ends, not one poll later: one write per connection per
    // batch, and no extra turn of the event loop in a message's latency.
    static void flushBatch();

    int m_fd;
    QSocketNotifier m_readNotifier;
    QSocketNotifier m_writeNotifier;
    SSL *m_ssl = nullptr;
    std::shared_ptr<tls::ServerTlsContext> m_context;
    Tls m_tls = Tls::None;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_readEnabled = true;
    // The last recv() returned less than it asked for: the kernel had no more at that moment, so
    // the next read of this readable event returns 0 without another recv() (the one that would
    // only say EAGAIN). Anything that arrives later raises a new (level-triggered) readable event,
    // which clears this.
    bool m_kernelDrained = false;
    bool m_handshakeWantsWrite = false;
    int m_sslRetryLength = 0;        // OpenSSL wants a write retried with the same length
    bool m_wantWriteForRead = false; // SSL_read needs the socket writable (rare: TLS key updates)
    bool m_closing = false;          // disconnectFromHost(): close once the queue drains
    bool m_shutDown = false;         // our side is closed; waiting for the peer's end
    bool m_gone = false;
    bool m_inBatch = false; // listed for the flush at the end of the current batch
    // TLS 1.3 records after the handshake (m_ssl is then null): bytes received and not yet opened
    // (a partial record, or records the reader had no room for), opened plaintext the reader had no
    // room for, sealed records the kernel has not taken. Each is freed when it empties.
    std::unique_ptr<tls::Tls13Records> m_records;
    QByteArray m_rawIn;
    qsizetype m_rawInPos = 0;
    QByteArray m_plainIn;
    qsizetype m_plainInPos = 0;
    QByteArray m_sealedOut;
    qsizetype m_sealedOutPos = 0;
    // The end of the input found behind data still being delivered: NoEnd, PeerClosed, or the
    // alert to send (Tls13Records::NoAlert: none).
    static constexpr int NoEnd = -1;
    static constexpr int PeerClosed = -2;
    int m_inputEnd = NoEnd;
    QList<QSslCertificate> m_peerChain;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
};

} // namespace confab::stream
