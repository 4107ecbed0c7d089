#pragma once
// The main thread's side of a connection whose descriptor and TLS live on an I/O worker thread
// (iothreadpool.h): what StreamConnection reads and writes through. Commands (writes, TLS start,
// close) queue here without a lock and reach the worker together at the end of the batch of
// input being handled (or of the event-loop turn); input and events come back the same way.
#include "stream/ioworker.h"
#include "stream/transport.h"
#include <memory>
#include <vector>

namespace confab::stream {

// The main thread's side of a connection handled by an I/O worker.
class WorkerTransport : public Transport
{
    Q_OBJECT
public:
    WorkerTransport(std::shared_ptr<IoChannel> channel, const QHostAddress &peer, quint16 peerPort,
                    quint16 localPort);
    ~WorkerTransport() override;

    qint64 read(char *buffer, qint64 maxSize) override;
    void write(const QByteArray &bytes) override;
    qint64 queuedBytes() const override;
    bool hasBufferedInput() const override;
    void setReadEnabled(bool enabled) override;
    void startServerTls(const QSslConfiguration &config) override;
    bool isEncrypted() const override { return m_encrypted; }
    QString tlsProtocol() const override { return m_protocol; }
    QString tlsCipher() const override { return m_cipher; }
    QSslCertificate localCertificate() const override { return m_localCertificate; }
    QList<QSslCertificate> peerCertificateChain() const override { return m_peerChain; }
    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return m_peerPort; }
    quint16 localPort() const override { return m_localPort; }
    bool isOpen() const override;
    void disconnectFromHost() override;
    void abort() override;

    // Main thread: writes made while a Batch lives reach the workers when the outermost one ends.
    class Batch
    {
    public:
        Batch();
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
    };

    // Main thread: what a worker reported for this connection (in order: TLS up, input, gone).
    void takeNews();
    // Main thread: hands the commands queued since the last submit to the worker.
    void submit();

private:
    void command(int kind, QByteArray bytes = {});
    // Moves the queued commands into the shared channel (the worker takes them all at once).
    void handOver();

    std::shared_ptr<IoChannel> m_channel;
    // Commands queued since the last hand-over (main thread only; no lock per write).
    std::vector<IoCommand> m_outbox;
    qint64 m_outboxBytes = 0;
    QHostAddress m_peer;
    quint16 m_peerPort;
    quint16 m_localPort;
    bool m_encrypted = false;
    bool m_closedReported = false;
    bool m_listed = false; // in this thread's list of transports with unsubmitted commands
    QString m_protocol;
    QString m_cipher;
    QSslCertificate m_localCertificate;
    QList<QSslCertificate> m_peerChain;
};

} // namespace confab::stream
