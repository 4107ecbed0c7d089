#pragma once
// One I/O worker thread (see iothreadpool.h) and what it shares with the main thread per
// connection. Internal to the stream layer: only IoThreadPool and WorkerTransport use it.
#include "stream/transport.h"
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace confab::stream {

class FdTransport;
struct IoChannel;
class IoThreadPool;
class IoWorker;
class WorkerTransport;

struct IoCommand
{
    enum Kind { Write, StartTls, ReadState, Disconnect, Abort, Release };
    Kind kind;
    QByteArray bytes;
};

// Worker thread: the FdTransport's events, handed straight to the worker (cheaper per connection
// than signal connections).
class ChannelSink final : public TransportSink
{
public:
    IoWorker *worker = nullptr;
    IoChannel *channel = nullptr;
    void transportReadyRead() override;
    void transportEncrypted() override;
    void transportDisconnected() override;
    void transportBytesWritten(qint64 bytes) override;
};

// What both sides of one connection share. Fields are grouped by who writes them; `lock` guards
// every field both threads touch.
struct IoChannel
{
    std::shared_ptr<IoWorker> worker;
    std::mutex lock;
    // Main → worker.
    std::vector<IoCommand> commands;
    QSslConfiguration tlsConfig;
    qint64 commandBytes = 0;
    bool readWanted = true;
    // Worker → main.
    QByteArray inbox;
    qsizetype inboxPos = 0;
    bool inboxFull = false;
    bool encryptedNews = false;
    QString protocol;
    QString cipher;
    QSslCertificate localCertificate;
    QList<QSslCertificate> peerChain;
    bool gone = false;
    qint64 workerQueued = 0;
    bool listedForMain = false;
    // Worker thread only.
    FdTransport *fd = nullptr;
    ChannelSink sink;
    bool started = false; // reads begin with the first command (plain start or TLS)
    bool reading = false;
    // Main thread only.
    WorkerTransport *proxy = nullptr;

    qsizetype inboxSize() const { return inbox.size() - inboxPos; }
};

class IoWorker
{
public:
    IoWorker(IoThreadPool *pool, int index);

    // Main thread: stops the loop after closing every connection still here.
    void stop();

    int load() const { return m_load.load(std::memory_order_relaxed); }

    // Main thread, before the channel is handed over: the transport moves to this thread.
    void attach(const std::shared_ptr<IoChannel> &ch);

    // Main thread: the channel has commands (or is new).
    void submit(const std::shared_ptr<IoChannel> &ch);

    // Main thread: the channels with news since the last call.
    std::vector<std::shared_ptr<IoChannel>> takeForMain();

private:
    // Worker thread: applies the main thread's commands; writes leave together at the end.
    void drain();

    // Worker thread: one connection's commands, in the order the main thread queued them.
    void apply(IoChannel &ch);
    // Worker thread: the proxy is gone; the descriptor closes and the channel is forgotten.
    void release(IoChannel &ch);
    // Worker thread: reads while started, wanted by the main thread and the inbox has room.
    void updateReading(IoChannel &ch);

    // Worker thread: reads what the transport has (decrypted) into the channel's inbox.
    void pump(IoChannel &ch);

    // Worker thread: the TLS facts the main thread asks for later are copied once, here.
    void onEncrypted(IoChannel &ch);

    // Worker thread, with ch.lock held: lists the channel for the main thread (once until taken).
    void tellMainLocked(IoChannel &ch);

    // Worker thread, at stop: closes every connection still held.
    void closeAll();
    // Worker thread: the transport is gone (peer closed, error, abort).
    void onGone(IoChannel &ch);

    friend class ChannelSink;

    IoThreadPool *m_pool;
    QThread m_thread;
    QObject m_anchor; // lives on m_thread: queued calls to it run there
    std::atomic<int> m_load{0};
    std::mutex m_lock;
    bool m_stopped = false;
    std::vector<std::shared_ptr<IoChannel>> m_submitted;
    bool m_wakePending = false;
    std::vector<std::shared_ptr<IoChannel>> m_forMain;
    bool m_mainWakePending = false;
    // Worker thread only: the connections this worker holds.
    std::unordered_map<IoChannel *, std::shared_ptr<IoChannel>> m_owned;
};

} // namespace confab::stream
