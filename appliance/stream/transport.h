#pragma once
// The byte pipe under a StreamConnection: a TCP socket, optionally with TLS. Two implementations:
// FdTransport (accepted connections: the raw descriptor with OpenSSL, lean enough for tens of
// thousands of idle sessions) and QtSocketTransport (outgoing server streams, which need Qt's host
// name connects and client-side TLS). StreamConnection sees only this interface.
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace confab::stream {

// The owner's direct line to its transport's events. A connection's owner takes them through
// this instead of four signal connections (about 150 bytes each per connection, which adds up
// over tens of thousands of idle sessions). A transport with a sink emits no signals for these.
class TransportSink
{
public:
    virtual void transportReadyRead() = 0;
    virtual void transportEncrypted() = 0;
    virtual void transportDisconnected() = 0;
    virtual void transportBytesWritten(qint64 bytes) = 0;

protected:
    ~TransportSink() = default;
};

class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override = default;

    // Reads decrypted bytes: > 0 bytes read, 0 nothing available now, -1 closed (disconnected follows).
    virtual qint64 read(char *buffer, qint64 maxSize) = 0;
    // Queues bytes; they leave on the next turn of the event loop, coalesced with other writes.
    virtual void write(const QByteArray &bytes) = 0;
    // Bytes accepted by write() that the kernel has not taken yet (plaintext and TLS records).
    virtual qint64 queuedBytes() const = 0;
    // Decrypted bytes already buffered in user space (the descriptor may not signal them again).
    virtual bool hasBufferedInput() const = 0;
    // While disabled, nothing is read and readyRead is not emitted: the peer's excess waits in the
    // kernel and in its own buffers.
    virtual void setReadEnabled(bool enabled) = 0;

    // TLS as the server (STARTTLS after <proceed/> has been queued, or direct TLS at once). Bytes
    // queued before the call leave in the clear first.
    virtual void startServerTls(const QSslConfiguration &config) = 0;

    virtual bool isEncrypted() const = 0;
    virtual QString tlsProtocol() const = 0; // "TLSv1.3", empty before TLS
    virtual QString tlsCipher() const = 0;   // "TLS_AES_256_GCM_SHA384"
    virtual QSslCertificate localCertificate() const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0; // leaf first
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual quint16 localPort() const = 0;
    // False once the connection is gone (or not connected yet, in client mode).
    virtual bool isOpen() const = 0;

    // Flushes what is queued, ends TLS and our side of the TCP stream; disconnected follows once the
    // peer closes too (the caller bounds the wait).
    virtual void disconnectFromHost() = 0;
    // Drops the connection at once, queued bytes included; disconnected follows (queued).
    virtual void abort() = 0;

    void setSink(TransportSink *sink) { m_sink = sink; }

signals:
    void readyRead();
    void encrypted();
    void connected(); // client mode (QtSocketTransport) only
    // Emitted once, whatever the cause (peer closed, error, handshake failure, abort).
    void disconnected();
    void bytesWritten(qint64 bytes);

protected:
    // What implementations call: the sink when there is one, else the signal.
    void signalReadyRead() { m_sink ? m_sink->transportReadyRead() : emit readyRead(); }
    void signalEncrypted() { m_sink ? m_sink->transportEncrypted() : emit encrypted(); }
    void signalDisconnected() { m_sink ? m_sink->transportDisconnected() : emit disconnected(); }
    void signalBytesWritten(qint64 n) { m_sink ? m_sink->transportBytesWritten(n) : emit bytesWritten(n); }

private:
    TransportSink *m_sink = nullptr;
};

} // namespace confab::stream
