#include "stream/ioworker.h"
#ifdef CONFAB_HAVE_EPOLL
#include "stream/epolldispatcher.h"
#endif
#include "stream/fdtransport.h"
#include "stream/iothreadpool.h"
#include <QMetaObject>
#include <algorithm>

namespace confab::stream {

namespace {

// A worker stops reading a connection while this much input waits for the main thread: a fast
// peer's excess then waits in the kernel and in its own buffers, as with a single thread.
constexpr qsizetype InboxLimit = 64 * 1024;
constexpr qint64 ReadChunk = 16 * 1024;

} // namespace

IoWorker::IoWorker(IoThreadPool *pool, int index) : m_pool(pool)
{
    m_thread.setObjectName(QStringLiteral("confab-io-%1").arg(index));
#ifdef CONFAB_HAVE_EPOLL
    if (QAbstractEventDispatcher *dispatcher = EpollDispatcher::create())
        m_thread.setEventDispatcher(dispatcher);
#endif
    m_anchor.moveToThread(&m_thread);
    m_thread.start();
}

void IoWorker::stop()
{
    QMetaObject::invokeMethod(
        &m_anchor,
        [this] {
            drain();
            closeAll();
        },
        Qt::BlockingQueuedConnection);
    {
        std::lock_guard guard(m_lock);
        m_stopped = true;
    }
    m_thread.quit();
    m_thread.wait();
}

void IoWorker::attach(const std::shared_ptr<IoChannel> &ch)
{
    m_load.fetch_add(1, std::memory_order_relaxed);
    FdTransport *fd = ch->fd;
    IoChannel *c = ch.get();
    fd->moveToThread(&m_thread);
    ch->sink.worker = this;
    ch->sink.channel = c;
    fd->setSink(&ch->sink);
    submit(ch);
}

void IoWorker::submit(const std::shared_ptr<IoChannel> &ch)
{
    bool wake = false;
    {
        std::lock_guard guard(m_lock);
        if (m_stopped)
            return;
        m_submitted.push_back(ch);
        wake = !std::exchange(m_wakePending, true);
    }
    if (wake)
        QMetaObject::invokeMethod(
            &m_anchor, [this] { drain(); }, Qt::QueuedConnection);
}

std::vector<std::shared_ptr<IoChannel>> IoWorker::takeForMain()
{
    std::vector<std::shared_ptr<IoChannel>> list;
    std::lock_guard guard(m_lock);
    list.swap(m_forMain);
    m_mainWakePending = false;
    return list;
}

void IoWorker::drain()
{
    std::vector<std::shared_ptr<IoChannel>> submitted;
    {
        std::lock_guard guard(m_lock);
        submitted.swap(m_submitted);
        m_wakePending = false;
    }
    {
        FdTransport::Batch batch;
        for (const std::shared_ptr<IoChannel> &ch : submitted) {
            if (ch->fd)
                m_owned.try_emplace(ch.get(), ch);
            apply(*ch);
        }
    }
    for (const std::shared_ptr<IoChannel> &ch : submitted) {
        std::lock_guard guard(ch->lock);
        ch->workerQueued = ch->fd ? ch->fd->queuedBytes() : 0;
    }
}

void IoWorker::apply(IoChannel &ch)
{
    std::vector<IoCommand> commands;
    QSslConfiguration tls;
    {
        std::lock_guard guard(ch.lock);
        commands.swap(ch.commands);
        ch.commandBytes = 0;
        if (std::any_of(commands.begin(), commands.end(),
                        [](const IoCommand &c) { return c.kind == IoCommand::StartTls; }))
            tls = std::exchange(ch.tlsConfig, QSslConfiguration()); // needed once
    }
    for (IoCommand &c : commands) {
        if (!ch.fd)
            return;
        switch (c.kind) {
        case IoCommand::Write:
            ch.fd->write(c.bytes);
            break;
        case IoCommand::StartTls: {
            // Whatever arrived in the clear after <starttls/> is void (RFC 6120 §5.4.3.3).
            std::lock_guard guard(ch.lock);
            ch.inbox = QByteArray();
            ch.inboxPos = 0;
            ch.inboxFull = false;
        }
            ch.started = true;
            ch.fd->startServerTls(tls);
            break;
        case IoCommand::ReadState:
            ch.started = true;
            break;
        case IoCommand::Disconnect:
            ch.fd->disconnectFromHost();
            break;
        case IoCommand::Abort:
            ch.fd->abort();
            break;
        case IoCommand::Release:
            release(ch);
            return;
        }
    }
    updateReading(ch);
}

void IoWorker::release(IoChannel &ch)
{
    delete ch.fd; // closes the descriptor; queued bytes not yet taken by the kernel are dropped
    ch.fd = nullptr;
    m_load.fetch_sub(1, std::memory_order_relaxed);
    m_owned.erase(&ch); // may free the channel: nothing touches it after this
}

void IoWorker::updateReading(IoChannel &ch)
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

void IoWorker::pump(IoChannel &ch)
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

void IoWorker::onEncrypted(IoChannel &ch)
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

void IoWorker::tellMainLocked(IoChannel &ch)
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
        QMetaObject::invokeMethod(
            m_pool, [pool = m_pool, this] { pool->deliver(this); }, Qt::QueuedConnection);
}

void IoWorker::closeAll()
{
    for (auto &[raw, ch] : m_owned) {
        delete ch->fd;
        ch->fd = nullptr;
    }
    m_owned.clear();
}

void IoWorker::onGone(IoChannel &ch)
{
    std::lock_guard guard(ch.lock);
    ch.gone = true;
    tellMainLocked(ch);
}

void ChannelSink::transportReadyRead()
{
    worker->pump(*channel);
}

void ChannelSink::transportEncrypted()
{
    worker->onEncrypted(*channel);
}

void ChannelSink::transportDisconnected()
{
    worker->onGone(*channel);
}

void ChannelSink::transportBytesWritten(qint64)
{
    std::lock_guard guard(channel->lock);
    channel->workerQueued = channel->fd ? channel->fd->queuedBytes() : 0;
}

} // namespace confab::stream
