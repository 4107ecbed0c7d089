#include "stream/workertransport.h"
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <algorithm>
#include <cstring>
#include <iterator>

namespace confab::stream {

namespace {

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

constexpr IoCommand::Kind Write = IoCommand::Write, StartTls = IoCommand::StartTls,
                          ReadState = IoCommand::ReadState, Disconnect = IoCommand::Disconnect,
                          Abort = IoCommand::Abort, Release = IoCommand::Release;
using Kind = IoCommand::Kind;

} // namespace

WorkerTransport::Batch::Batch()
{
    ++t_mainDepth;
}

WorkerTransport::Batch::~Batch()
{
    if (--t_mainDepth == 0)
        submitDirty();
}

WorkerTransport::WorkerTransport(std::shared_ptr<IoChannel> channel, const QHostAddress &peer,
                                 quint16 peerPort, quint16 localPort)
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
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                t_submitPosted = false;
                submitDirty();
            },
            Qt::QueuedConnection);
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
        QMetaObject::invokeMethod(this, [this] { signalDisconnected(); }, Qt::QueuedConnection);
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
        signalEncrypted();
        if (!self)
            return;
    }
    if (data) {
        signalReadyRead();
        if (!self)
            return;
    }
    if (gone && !std::exchange(m_closedReported, true))
        signalDisconnected();
}

void WorkerTransport::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_closedReported)
        return;
    signalBytesWritten(bytes.size()); // counted when handed over: the worker sends them in order
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
