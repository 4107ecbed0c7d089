#include "stream/iothreads.h"
#include "stream/fdtransport.h"
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <unordered_map>

namespace confab::stream {

namespace {

// A worker stops reading a connection while this much input waits for the main thread: a fast
// peer's excess then waits in the kernel and in its own buffers, as with a single thread.
constexpr qsizetype InboxLimit = 64 * 1024;
constexpr qint64 ReadChunk = 16 * 1024;

// Main thread: the batch of input being handled and the transports written to meanwhile.
thread_local int t_mainDepth = 0;
thread_local std::vector<WorkerTransport *> t_dirty;
thread_local bool t_submitPosted = false;

void submitDirty()
{
    std::vector<WorkerTransport *> dirty;
    dirty.swap(t_dirty);
    for (WorkerTransport *t : dirty)
        t->submit();
}

} // namespace

struct IoCommand
{
    enum Kind { Write, StartTls, ReadState, Disconnect, Abort, Release };
    Kind kind;
    QByteArray bytes;
};

namespace {
using Kind = IoCommand::Kind;
constexpr Kind Write = IoCommand::Write, StartTls = IoCommand::StartTls, ReadState = IoCommand::ReadState,
               Disconnect = IoCommand::Disconnect, Abort = IoCommand::Abort, Release = IoCommand::Release;
} // namespace

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
    bool started = false; // reads begin with the first command (plain start or TLS)
    bool reading = false;
    // Main thread only.
    WorkerTransport *proxy = nullptr;

    qsizetype inboxSize() const { return inbox.size() - inboxPos; }
};

class IoWorker
{
public:
    IoWorker(IoThreadPool *pool, int index) : m_pool(pool)
    {
        m_thread.setObjectName(QStringLiteral("confab-io-%1").arg(index));
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
    }

    // Main thread: stops the loop after closing every connection still here.
    void stop()
    {
        QMetaObject::invokeMethod(&m_anchor, [this] { drain(); closeAll(); }, Qt::BlockingQueuedConnection);
        {
            std::lock_guard guard(m_lock);
            m_stopped = true;
        }
        m_thread.quit();
        m_thread.wait();
    }

    int load() const { return m_load.load(std::memory_order_relaxed); }

    // Main thread, before the channel is handed over: the transport moves to this thread.
    void attach(const std::shared_ptr<IoChannel> &ch)
    {
        m_load.fetch_add(1, std::memory_order_relaxed);
        FdTransport *fd = ch->fd;
        IoChannel *c = ch.get();
        fd->moveToThread(&m_thread);
        QObject::connect(fd, &Transport::readyRead, fd, [this, c] { pump(*c); });
        QObject::connect(fd, &Transport::encrypted, fd, [this, c] { onEncrypted(*c); });
        QObject::connect(fd, &Transport::disconnected, fd, [this, c] {
            std::lock_guard guard(c->lock);
            c->gone = true;
            tellMainLocked(*c);
        });
        QObject::connect(fd, &Transport::bytesWritten, fd, [c](qint64) {
            std::lock_guard guard(c->lock);
            c->workerQueued = c->fd ? c->fd->queuedBytes() : 0;
        });
        submit(ch);
    }

    // Main thread: the channel has commands (or is new).
    void submit(const std::shared_ptr<IoChannel> &ch)
    {
        bool wake = false;
        {
            std::lock_guard guard(m_lock);
            if (m_stopped)
                return;
            m_todo.push_back(ch);
            wake = !std::exchange(m_wakePending, true);
        }
        if (wake)
            QMetaObject::invokeMethod(&m_anchor, [this] { drain(); }, Qt::QueuedConnection);
    }

    // Main thread: the channels with news since the last call.
    std::vector<std::shared_ptr<IoChannel>> takeForMain()
    {
        std::vector<std::shared_ptr<IoChannel>> list;
        std::lock_guard guard(m_lock);
        list.swap(m_forMain);
        m_mainWakePending = false;
        return list;
    }

private:
    // Worker thread: applies the main thread's commands; writes leave together at the end.
    void drain()
    {
        std::vector<std::shared_ptr<IoChannel>> todo;
        {
            std::lock_guard guard(m_lock);
            todo.swap(m_todo);
            m_wakePending = false;
        }
        {
            FdTransport::Batch batch;
            for (const std::shared_ptr<IoChannel> &ch : todo) {
                if (ch->fd)
                    m_owned.try_emplace(ch.get(), ch);
                apply(*ch);
            }
        }
        for (const std::shared_ptr<IoChannel> &ch : todo) {
            std::lock_guard guard(ch->lock);
            ch->workerQueued = ch->fd ? ch->fd->queuedBytes() : 0;
        }
    }

    void apply(IoChannel &ch)
    {
        std::vector<IoCommand> commands;
        QSslConfiguration tls;
        {
            std::lock_guard guard(ch.lock);
            commands.swap(ch.commands);
            ch.commandBytes = 0;
            if (std::any_of(commands.begin(), commands.end(), [](const IoCommand &c) { return c.kind == StartTls; }))
                tls = ch.tlsConfig;
        }
        for (IoCommand &c : commands) {
            if (!ch.fd)
                return;
            switch (c.kind) {
            case Write:
                ch.fd->write(c.bytes);
                break;
            case StartTls: {
                // Whatever arrived in the clear after <starttls/> is void (RFC 6120 §5.4.3.3).
                std::lock_guard guard(ch.lock);
                ch.inbox = QByteArray();
                ch.inboxPos = 0;
                ch.inboxFull = false;
            }
                ch.started = true;
                ch.fd->startServerTls(tls);
                break;
            case ReadState:
                ch.started = true;
                break;
            case Disconnect:
                ch.fd->disconnectFromHost();
                break;
            case Abort:
                ch.fd->abort();
                break;
            case Release:
                release(ch);
                return;
            }
        }
        updateReading(ch);
    }

    void release(IoChannel &ch)
    {
        delete ch.fd; // closes the descriptor; queued bytes not yet taken by the kernel are dropped
        ch.fd = nullptr;
        m_load.fetch_sub(1, std::memory_order_relaxed);
        m_owned.erase(&ch); // may free the channel: nothing touches it after this
    }

    void updateReading(IoChannel &ch)
    {
        if (!ch.fd)
            return;
        bool want;
        {
            std::lock_guard guard(ch.lock);
            want = ch.started && ch.readWanted && ch.inboxSize() < InboxLimit;
        }
        if (want == ch.reading)
            return;
        ch.reading = want;
        ch.fd->setReadEnabled(want);
        if (want && ch.fd->hasBufferedInput())
            pump(ch);
    }

    // Worker thread: reads what the transport has (decrypted) into the channel's inbox.
    void pump(IoChannel &ch)
    {
        if (!ch.fd)
            return;
        if (!ch.started) {
            // Only a refused connection reads before it starts: it waits for the peer's close.
            char sink[512];
            while (ch.fd->read(sink, sizeof sink) > 0) {
            }
            return;
        }
        qsizetype room;
        {
            std::lock_guard guard(ch.lock);
            room = InboxLimit - ch.inboxSize();
        }
        QByteArray got;
        char buf[ReadChunk];
        while (got.size() < room) {
            const qint64 n = ch.fd->read(buf, std::min<qint64>(sizeof buf, room - got.size()));
            if (n <= 0)
                break; // -1: the transport reports disconnected (queued)
            got.append(buf, qsizetype(n));
        }
        bool full;
        {
            std::lock_guard guard(ch.lock);
            if (!got.isEmpty()) {
                if (ch.inboxSize() == 0) {
                    ch.inbox = std::move(got);
                    ch.inboxPos = 0;
                } else {
                    ch.inbox.append(got);
                }
                tellMainLocked(ch);
            }
            full = ch.inboxSize() >= InboxLimit;
            ch.inboxFull = full;
        }
        if (full)
            updateReading(ch);
    }

    void onEncrypted(IoChannel &ch)
    {
        {
            std::lock_guard guard(ch.lock);
            ch.protocol = ch.fd->tlsProtocol();
            ch.cipher = ch.fd->tlsCipher();
            ch.localCertificate = ch.fd->localCertificate();
            ch.peerChain = ch.fd->peerCertificateChain();
            ch.encryptedNews = true;
            tellMainLocked(ch);
        }
        // Stream data that came with the client's last handshake flight is already decrypted and
        // buffered: the descriptor will not signal it again.
        if (ch.fd->hasBufferedInput())
            pump(ch);
    }

    // Worker thread, with ch.lock held: lists the channel for the main thread (once until taken).
    void tellMainLocked(IoChannel &ch)
    {
        if (std::exchange(ch.listedForMain, true))
            return;
        std::shared_ptr<IoChannel> keep = m_owned.count(&ch) ? m_owned.at(&ch) : nullptr;
        if (!keep)
            return; // released: nobody is listening any more
        bool wake = false;
        {
            std::lock_guard guard(m_lock);
            m_forMain.push_back(std::move(keep));
            wake = !std::exchange(m_mainWakePending, true);
        }
        if (wake)
            QMetaObject::invokeMethod(m_pool, [pool = m_pool, this] { pool->deliver(this); }, Qt::QueuedConnection);
    }

    void closeAll()
    {
        for (auto &[raw, ch] : m_owned) {
            delete ch->fd;
            ch->fd = nullptr;
        }
        m_owned.clear();
    }

    IoThreadPool *m_pool;
    QThread m_thread;
    QObject m_anchor; // lives on m_thread: queued calls to it run there
    std::atomic<int> m_load{0};
    std::mutex m_lock;
    bool m_stopped = false;
    std::vector<std::shared_ptr<IoChannel>> m_todo;
    bool m_wakePending = false;
    std::vector<std::shared_ptr<IoChannel>> m_forMain;
    bool m_mainWakePending = false;
    // Worker thread only: the connections this worker holds.
    std::unordered_map<IoChannel *, std::shared_ptr<IoChannel>> m_owned;
};

// ---- IoThreadPool ----

IoThreadPool::IoThreadPool(int threads, QObject *parent) : QObject(parent)
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_workers.push_back(std::make_shared<IoWorker>(this, i));
}

IoThreadPool::~IoThreadPool()
{
    for (const std::shared_ptr<IoWorker> &w : m_workers)
        w->stop();
}

std::unique_ptr<Transport> IoThreadPool::adopt(qintptr descriptor)
{
    auto *fd = new FdTransport(descriptor);
    fd->setReadEnabled(false); // until the owner says plain or TLS (a ClientHello is not stream data)
    auto least = std::min_element(m_workers.begin(), m_workers.end(),
                                  [](const auto &a, const auto &b) { return a->load() < b->load(); });
    auto ch = std::make_shared<IoChannel>();
    ch->worker = *least;
    ch->fd = fd;
    auto proxy = std::make_unique<WorkerTransport>(ch, fd->peerAddress(), fd->peerPort(), fd->localPort());
    (*least)->attach(ch);
    return proxy;
}

void IoThreadPool::deliver(IoWorker *worker)
{
    ++t_mainDepth;
    for (const std::shared_ptr<IoChannel> &ch : worker->takeForMain())
        if (ch->proxy)
            ch->proxy->takeNews();
    if (--t_mainDepth == 0)
        submitDirty();
}

// ---- WorkerTransport ----

WorkerTransport::WorkerTransport(std::shared_ptr<IoChannel> channel, const QHostAddress &peer, quint16 peerPort,
                                 quint16 localPort)
    : m_channel(std::move(channel)), m_peer(peer), m_peerPort(peerPort), m_localPort(localPort)
{
    m_channel->proxy = this;
}

WorkerTransport::~WorkerTransport()
{
    m_channel->proxy = nullptr;
    command(Release);
    if (m_listed)
        std::erase(t_dirty, this);
    handOver();
    m_channel->worker->submit(m_channel);
}

void WorkerTransport::command(int kind, QByteArray bytes)
{
    m_outboxBytes += bytes.size();
    m_outbox.push_back({Kind(kind), std::move(bytes)});
    if (!m_listed) {
        m_listed = true;
        t_dirty.push_back(this);
    }
    // Outside a batch of input (a timer, an outgoing server stream, resumed reading): what this
    // turn of the event loop queues is handed over when it ends. Either way a worker receives
    // everything one piece of work queued at once: <proceed/> never leaves without the TLS start
    // that must follow it, so the worker never reads a ClientHello as stream data.
    if (t_mainDepth == 0 && !std::exchange(t_submitPosted, true))
        QMetaObject::invokeMethod(QCoreApplication::instance(), [] {
            t_submitPosted = false;
            submitDirty();
        }, Qt::QueuedConnection);
}

void WorkerTransport::submit()
{
    m_listed = false;
    handOver();
    m_channel->worker->submit(m_channel);
}

void WorkerTransport::handOver()
{
    std::lock_guard guard(m_channel->lock);
    if (m_channel->commands.empty())
        m_channel->commands.swap(m_outbox);
    else
        std::move(m_outbox.begin(), m_outbox.end(), std::back_inserter(m_channel->commands));
    m_channel->commandBytes += m_outboxBytes;
    m_outbox.clear();
    m_outboxBytes = 0;
}

qint64 WorkerTransport::read(char *buffer, qint64 maxSize)
{
    bool resume = false;
    qint64 n = 0;
    bool gone;
    {
        std::lock_guard guard(m_channel->lock);
        IoChannel &ch = *m_channel;
        n = std::min<qint64>(maxSize, ch.inboxSize());
        if (n > 0) {
            std::memcpy(buffer, ch.inbox.constData() + ch.inboxPos, size_t(n));
            ch.inboxPos += n;
            if (ch.inboxSize() == 0) {
                ch.inbox = QByteArray(); // an idle session keeps no input buffer
                ch.inboxPos = 0;
                resume = std::exchange(ch.inboxFull, false);
            }
        }
        gone = ch.gone && ch.inboxSize() == 0;
    }
    if (resume)
        command(ReadState);
    if (n > 0)
        return n;
    if (!gone)
        return 0;
    if (!std::exchange(m_closedReported, true))
        QMetaObject::invokeMethod(this, &Transport::disconnected, Qt::QueuedConnection);
    return -1;
}

void WorkerTransport::takeNews()
{
    bool encrypted = false;
    bool data = false;
    bool gone = false;
    {
        std::lock_guard guard(m_channel->lock);
        IoChannel &ch = *m_channel;
        ch.listedForMain = false;
        if (std::exchange(ch.encryptedNews, false)) {
            encrypted = true;
            m_protocol = ch.protocol;
            m_cipher = ch.cipher;
            m_localCertificate = ch.localCertificate;
            m_peerChain = ch.peerChain;
        }
        data = ch.inboxSize() > 0;
        gone = ch.gone && !data;
    }
    QPointer<WorkerTransport> self(this);
    if (encrypted) {
        m_encrypted = true;
        emit this->encrypted();
        if (!self)
            return;
    }
    if (data) {
        emit readyRead();
        if (!self)
            return;
    }
    if (gone && !std::exchange(m_closedReported, true))
        emit disconnected();
}

void WorkerTransport::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_closedReported)
        return;
    emit bytesWritten(bytes.size()); // counted when handed over: the worker sends them in order
    command(Write, bytes);
}

qint64 WorkerTransport::queuedBytes() const
{
    std::lock_guard guard(m_channel->lock);
    return m_outboxBytes + m_channel->commandBytes + m_channel->workerQueued;
}

bool WorkerTransport::hasBufferedInput() const
{
    std::lock_guard guard(m_channel->lock);
    return m_channel->inboxSize() > 0;
}

void WorkerTransport::setReadEnabled(bool enabled)
{
    {
        std::lock_guard guard(m_channel->lock);
        m_channel->readWanted = enabled;
    }
    command(ReadState);
}

void WorkerTransport::startServerTls(const QSslConfiguration &config)
{
    {
        std::lock_guard guard(m_channel->lock);
        m_channel->tlsConfig = config;
        m_channel->inbox = QByteArray(); // bytes after <starttls/> are never stream data
        m_channel->inboxPos = 0;
        m_channel->inboxFull = false;
    }
    command(StartTls);
}

bool WorkerTransport::isOpen() const
{
    std::lock_guard guard(m_channel->lock);
    return !m_channel->gone && !m_closedReported;
}

void WorkerTransport::disconnectFromHost()
{
    command(Disconnect);
}

void WorkerTransport::abort()
{
    command(Abort);
}

} // namespace confab::stream
