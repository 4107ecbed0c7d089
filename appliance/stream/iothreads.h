#pragma once
// I/O worker threads for accepted connections. Each worker runs its own event loop and owns the
// FdTransports (descriptor, socket notifiers, OpenSSL) of the connections given to it: reads,
// decryption, encryption and writes happen there. The main thread keeps everything else (XML,
// sessions, routing, storage) and talks to a connection through a WorkerTransport, which
// exchanges bytes and commands with the worker through a small locked channel.
//
// Handoffs are batched both ways: the main thread hands a worker every connection it wrote to
// while handling one batch of input, with one wake-up; a worker hands the main thread every
// connection that got input in one turn of its loop, with one wake-up.
#include "stream/transport.h"
#include <QObject>
#include <QThread>
#include <memory>
#include <mutex>
#include <vector>

namespace confab::stream {

struct IoChannel;
struct IoCommand;
class IoWorker;

class IoThreadPool : public QObject
{
    Q_OBJECT
public:
    // threads > 0. The threads start at once and stop in the destructor (closing what is left).
    explicit IoThreadPool(int threads, QObject *parent = nullptr);
    ~IoThreadPool() override;

    int size() const { return int(m_workers.size()); }
    // Takes a connected, accepted descriptor: its transport lives on the least busy worker, and
    // the returned proxy on the calling (main) thread.
    std::unique_ptr<Transport> adopt(qintptr descriptor);

private:
    friend class IoWorker;
    // Worker → main: the channels with news are waiting in the worker's list.
    void deliver(IoWorker *worker);

    std::vector<std::shared_ptr<IoWorker>> m_workers; // channels keep theirs alive past the pool
};

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
