#include "stream/fdtransport.h"
#include "tls/recordtakeover.h"
#include "tls/servertlscontext.h"
#include <QMetaObject>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace confab::stream {

namespace {

// One SSL_write hands OpenSSL at most this much; with partial writes it returns after each record.
constexpr int MaxWriteChunk = 256 * 1024;

// Taken-over TLS 1.3 records: received bytes land in a per-thread buffer (a session keeps none of
// its own unless a record is cut in two), and plaintext is sealed a few records at a time into
// another before one send().
using tls::Tls13Records;
constexpr qsizetype ReceiveChunk = 32 * 1024;
constexpr qsizetype SealChunk = 4 * Tls13Records::MaxPlaintext;
thread_local char t_received[ReceiveChunk];
thread_local char t_sealed[SealChunk + 4 * Tls13Records::Overhead];

// The batch being handled on this thread: its depth (readable events may nest through a nested
// event loop) and the transports written to meanwhile.
thread_local int t_batchDepth = 0;
thread_local std::vector<FdTransport *> t_batch;

bool wouldBlock(int err)
{
    return err == EAGAIN || err == EWOULDBLOCK || err == EINTR;
}

quint16 portOf(const sockaddr_storage &addr)
{
    return addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&addr)->sin6_port)
                                      : ntohs(reinterpret_cast<const sockaddr_in *>(&addr)->sin_port);
}

QSslCertificate toQt(X509 *x509)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(x509, &der);
    if (len <= 0)
        return QSslCertificate();
    QSslCertificate cert(QByteArray(reinterpret_cast<const char *>(der), len), QSsl::Der);
    OPENSSL_free(der);
    return cert;
}

QList<QSslCertificate> peerChainOf(SSL *ssl)
{
    QList<QSslCertificate> chain;
    // On the server side OpenSSL's chain leaves the leaf out; Qt's (and our callers') starts with it.
    if (X509 *leaf = SSL_get0_peer_certificate(ssl))
        chain.append(toQt(leaf));
    if (STACK_OF(X509) *rest = SSL_get_peer_cert_chain(ssl))
        for (int i = 0; i < sk_X509_num(rest); ++i)
            chain.append(toQt(sk_X509_value(rest, i)));
    return chain;
}

} // namespace

FdTransport::FdTransport(qintptr descriptor, QObject *parent)
    : Transport(parent), m_fd(int(descriptor)), m_readNotifier(descriptor, QSocketNotifier::Read, this),
      m_writeNotifier(descriptor, QSocketNotifier::Write, this)
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    // Small stanzas must not wait for Nagle/delayed-ACK (a 40 ms stall per exchange otherwise).
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(m_fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0) {
        m_peer = QHostAddress(reinterpret_cast<const sockaddr *>(&addr));
        m_peerPort = portOf(addr);
    }
    len = sizeof addr;
    if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        m_localPort = portOf(addr);
    m_writeNotifier.setEnabled(false);
    connect(&m_readNotifier, &QSocketNotifier::activated, this, &FdTransport::onReadable);
    connect(&m_writeNotifier, &QSocketNotifier::activated, this, &FdTransport::onWritable);
}

FdTransport::~FdTransport()
{
    if (m_inBatch)
        std::erase(t_batch, this);
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 FdTransport::read(char *buffer, qint64 maxSize)
{
    if (m_gone)
        return -1;
    if (m_tls == Tls::WaitingForFlush || m_tls == Tls::Handshaking)
        return 0;
    if (m_records)
        return readRecords(buffer, maxSize);
    if (m_ssl) {
        ERR_clear_error();
        const int r = SSL_read(m_ssl, buffer, int(std::min<qint64>(maxSize, INT_MAX)));
        if (r > 0)
            return r;
        const int e = SSL_get_error(m_ssl, r);
        if (e == SSL_ERROR_WANT_READ)
            return 0;
        if (e == SSL_ERROR_WANT_WRITE) {
            m_wantWriteForRead = true;
            updateNotifiers();
            return 0;
        }
        // close_notify, a TLS alert, a reset or a bare EOF: the connection is over either way.
        ERR_clear_error();
        fail();
        return -1;
    }
    if (m_kernelDrained)
        return 0;
    const ssize_t n = ::recv(m_fd, buffer, size_t(maxSize), 0);
    if (n > 0) {
        m_kernelDrained = n < maxSize;
        return n;
    }
    if (n < 0 && wouldBlock(errno))
        return 0;
    fail();
    return -1;
}

void FdTransport::write(const QByteArray &bytes)
{
    if (m_gone || m_closing || bytes.isEmpty())
        return;
    if (m_out.isEmpty())
        m_out = bytes; // shares the caller's buffer: no copy for the common single write
    else
        m_out.append(bytes);
    if (t_batchDepth > 0 && (m_tls == Tls::None || m_tls == Tls::Established)) {
        if (!m_inBatch) {
            m_inBatch = true;
            t_batch.push_back(this);
        }
        return;
    }
    updateNotifiers();
}

void FdTransport::flushBatch()
{
    // flush() may fail a transport (it stays alive until deleteLater) but never destroys one.
    std::vector<FdTransport *> batch;
    batch.swap(t_batch);
    for (FdTransport *t : batch) {
        t->m_inBatch = false;
        if (!t->m_gone && !t->m_shutDown)
            t->flush();
    }
}

FdTransport::Batch::Batch()
{
    ++t_batchDepth;
}

FdTransport::Batch::~Batch()
{
    if (--t_batchDepth == 0 && !t_batch.empty())
        flushBatch();
}

qint64 FdTransport::readRecords(char *buffer, qint64 maxSize)
{
    for (;;) {
        if (m_plainInPos < m_plainIn.size()) {
            const qint64 n = std::min<qint64>(maxSize, m_plainIn.size() - m_plainInPos);
            std::memcpy(buffer, m_plainIn.constData() + m_plainInPos, size_t(n));
            m_plainInPos += n;
            if (m_plainInPos == m_plainIn.size()) {
                m_plainIn = QByteArray();
                m_plainInPos = 0;
            }
            return n;
        }
        if (m_inputEnd != NoEnd) {
            failWithAlert(m_inputEnd == PeerClosed ? Tls13Records::NoAlert : m_inputEnd);
            return -1;
        }
        qint64 got = 0;
        if (m_rawInPos < m_rawIn.size()) {
            const qsizetype used = openRecords(m_rawIn.constData() + m_rawInPos, m_rawIn.size() - m_rawInPos,
                                               buffer, maxSize, got);
            if (used < 0)
                return -1;
            m_rawInPos += used;
            if (m_rawInPos == m_rawIn.size()) {
                m_rawIn = QByteArray();
                m_rawInPos = 0;
            }
            if (got > 0)
                return got;
            if (m_plainInPos < m_plainIn.size() || m_inputEnd != NoEnd)
                continue;
        }
        // Nothing complete is buffered: read from the kernel. The common case (no partial record
        // waiting) reads into the thread's buffer and keeps only what is left of a cut record.
        if (m_kernelDrained)
            return 0;
        if (m_rawIn.isEmpty()) {
            const ssize_t n = ::recv(m_fd, t_received, sizeof t_received, 0);
            m_kernelDrained = n > 0 && n < qsizetype(sizeof t_received);
            if (n <= 0) {
                if (n < 0 && wouldBlock(errno))
                    return 0;
                fail();
                return -1;
            }
            const qsizetype used = openRecords(t_received, qsizetype(n), buffer, maxSize, got);
            if (used < 0)
                return -1;
            if (used < n) {
                m_rawIn = QByteArray(t_received + used, qsizetype(n) - used);
                m_rawInPos = 0;
            }
            if (got > 0)
                return got;
            continue;
        }
        if (m_rawInPos > 0) {
            m_rawIn.remove(0, m_rawInPos);
            m_rawInPos = 0;
        }
        const qsizetype before = m_rawIn.size();
        m_rawIn.resize(before + ReceiveChunk);
        const ssize_t n = ::recv(m_fd, m_rawIn.data() + before, size_t(ReceiveChunk), 0);
        m_kernelDrained = n > 0 && n < ReceiveChunk;
        m_rawIn.resize(before + std::max<qsizetype>(n, 0));
        if (n <= 0) {
            if (n < 0 && wouldBlock(errno))
                return 0;
            fail();
            return -1;
        }
    }
}

qsizetype FdTransport::openRecords(const char *data, qsizetype size, char *buffer, qint64 maxSize,
                                   qint64 &got)
{
    qsizetype used = 0;
    while (m_inputEnd == NoEnd) {
        const qsizetype record = Tls13Records::recordSize(data + used, size - used);
        if (record < 0) {
            failWithAlert(Tls13Records::RecordOverflow);
            return -1;
        }
        if (record == 0 || record > size - used)
            break; // cut: the rest is still coming
        // The most plaintext this record can hold (its body less the tag; the content type and
        // padding come off once it is open).
        const qsizetype room = record - Tls13Records::HeaderSize - 16;
        char *out;
        const bool intoPlain = room > maxSize - got;
        if (intoPlain && got > 0)
            break; // the reader's buffer is full; this record waits for its next call
        if (intoPlain) {
            m_plainIn.resize(std::max<qsizetype>(room, 0));
            m_plainInPos = 0;
            out = m_plainIn.data();
        } else {
            out = buffer + got;
        }
        const Tls13Records::Opened opened = m_records->open(data + used, record, out);
        used += record;
        switch (opened.kind) {
        case Tls13Records::Opened::Data:
            if (intoPlain) {
                m_plainIn.truncate(opened.length);
                if (m_plainIn.isEmpty())
                    m_plainIn = QByteArray();
                return used;
            }
            got += opened.length;
            break;
        case Tls13Records::Opened::Nothing:
            if (intoPlain)
                m_plainIn = QByteArray();
            if (m_records->keyUpdateDue())
                queueKeyUpdate();
            break;
        case Tls13Records::Opened::Closed:
        case Tls13Records::Opened::Error:
            if (intoPlain)
                m_plainIn = QByteArray();
            // What came before the end is delivered first, as OpenSSL would.
            m_inputEnd = opened.kind == Tls13Records::Opened::Closed ? PeerClosed : opened.alert;
            if (got == 0) {
                failWithAlert(m_inputEnd == PeerClosed ? Tls13Records::NoAlert : m_inputEnd);
                return -1;
            }
            return used;
        }
    }
    return used;
}

void FdTransport::queueKeyUpdate()
{
    char sealed[64];
    const qsizetype n = m_records->sealKeyUpdate(sealed);
    if (n < 0) {
        m_inputEnd = Tls13Records::InternalError;
        return;
    }
    if (m_sealedOutPos > 0 && m_sealedOutPos == m_sealedOut.size()) {
        m_sealedOut = QByteArray();
        m_sealedOutPos = 0;
    }
    m_sealedOut.append(sealed, n);
    updateNotifiers();
}

void FdTransport::failWithAlert(int alert)
{
    // Only when no sealed record is half sent: the alert must start a record of its own.
    if (alert != Tls13Records::NoAlert && m_records && !m_gone && m_sealedOutPos == 0 &&
        m_sealedOut.isEmpty()) {
        char sealed[64];
        const qsizetype n = m_records->sealAlert(quint8(alert), sealed);
        if (n > 0)
            (void)::send(m_fd, sealed, size_t(n), MSG_NOSIGNAL | MSG_DONTWAIT);
    }
    fail();
}

bool FdTransport::hasBufferedInput() const
{
    if (m_gone || m_tls != Tls::Established)
        return false;
    if (m_records) {
        if (m_plainInPos < m_plainIn.size() || m_inputEnd != NoEnd)
            return true;
        const qsizetype left = m_rawIn.size() - m_rawInPos;
        const qsizetype record = Tls13Records::recordSize(m_rawIn.constData() + m_rawInPos, left);
        return record < 0 || (record > 0 && record <= left);
    }
    return m_ssl && SSL_has_pending(m_ssl);
}

void FdTransport::setReadEnabled(bool enabled)
{
    m_readEnabled = enabled;
    updateNotifiers();
}

void FdTransport::startServerTls(const QSslConfiguration &config)
{
    if (m_gone || m_ssl || m_records)
        return;
    m_context = tls::ServerTlsContext::forConfiguration(config);
    if (!m_context) {
        fail();
        return;
    }
    // <proceed/> (queued just before) must leave in the clear before the handshake starts.
    if (queuedBytes() > 0) {
        m_tls = Tls::WaitingForFlush;
        updateNotifiers();
        return;
    }
    beginHandshake();
}

void FdTransport::beginHandshake()
{
    m_ssl = SSL_new(m_context->native());
    if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1) {
        ERR_clear_error();
        fail();
        return;
    }
    SSL_set_accept_state(m_ssl);
    tls::tapHandshake(m_ssl);
    m_tls = Tls::Handshaking;
    continueHandshake();
}

void FdTransport::continueHandshake()
{
    ERR_clear_error();
    const int r = SSL_do_handshake(m_ssl);
    if (r == 1) {
        m_kernelDrained = false;
        takeOverRecords();
        m_tls = Tls::Established;
        m_handshakeWantsWrite = false;
        updateNotifiers();
        signalEncrypted();
        return;
    }
    const int e = SSL_get_error(m_ssl, r);
    if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
        ERR_clear_error();
        fail(); // a failed handshake ends the connection, as RFC 6120 §5.4.3.2 expects
        return;
    }
    m_handshakeWantsWrite = e == SSL_ERROR_WANT_WRITE;
    updateNotifiers();
}

void FdTransport::takeOverRecords()
{
    m_records = tls::takeOverRecords(m_ssl);
    if (!m_records)
        return;
    m_peerChain = peerChainOf(m_ssl);
    SSL_free(m_ssl);
    m_ssl = nullptr;
}

void FdTransport::onReadable()
{
    if (m_gone)
        return;
    if (m_tls == Tls::Handshaking) {
        continueHandshake();
        return;
    }
    m_kernelDrained = false;
    Batch batch;
    signalReadyRead();
}

void FdTransport::onWritable()
{
    if (m_gone)
        return;
    if (m_tls == Tls::Handshaking) {
        continueHandshake();
        return;
    }
    if (m_wantWriteForRead) {
        m_wantWriteForRead = false;
        signalReadyRead();
        if (m_gone)
            return;
    }
    flush();
}

bool FdTransport::flushRecords(qint64 &written)
{
    for (;;) {
        if (m_sealedOutPos < m_sealedOut.size()) {
            const ssize_t n = ::send(m_fd, m_sealedOut.constData() + m_sealedOutPos,
                                     size_t(m_sealedOut.size() - m_sealedOutPos), MSG_NOSIGNAL);
            if (n < 0 && !wouldBlock(errno)) {
                fail();
                return false;
            }
            if (n <= 0)
                return true;
            m_sealedOutPos += n;
            if (m_sealedOutPos < m_sealedOut.size())
                return true;
            m_sealedOut = QByteArray();
            m_sealedOutPos = 0;
        }
        if (m_outPos >= m_out.size())
            return true;
        const qsizetype chunk = std::min<qsizetype>(m_out.size() - m_outPos, SealChunk);
        const qsizetype sealed = m_records->seal(m_out.constData() + m_outPos, chunk, t_sealed);
        if (sealed < 0) {
            fail();
            return false;
        }
        m_outPos += chunk;
        written += chunk;
        ssize_t n = ::send(m_fd, t_sealed, size_t(sealed), MSG_NOSIGNAL);
        if (n < 0 && !wouldBlock(errno)) {
            fail();
            return false;
        }
        n = std::max<ssize_t>(n, 0);
        if (n < sealed) {
            m_sealedOut = QByteArray(t_sealed + n, sealed - n);
            m_sealedOutPos = 0;
            return true;
        }
    }
}

void FdTransport::flush()
{
    qint64 written = 0;
    bool blocked = false;
    if (m_records && !flushRecords(written))
        return;
    while (!m_records && m_outPos < m_out.size() && !blocked) {
        const char *p = m_out.constData() + m_outPos;
        const qsizetype left = m_out.size() - m_outPos;
        if (m_ssl) {
            const int len =
                m_sslRetryLength ? m_sslRetryLength : int(std::min<qsizetype>(left, MaxWriteChunk));
            ERR_clear_error();
            const int r = SSL_write(m_ssl, p, len);
            if (r > 0) {
                m_sslRetryLength = 0;
                m_outPos += r;
                written += r;
                continue;
            }
            const int e = SSL_get_error(m_ssl, r);
            if (e != SSL_ERROR_WANT_WRITE && e != SSL_ERROR_WANT_READ) {
                ERR_clear_error();
                fail();
                return;
            }
            m_sslRetryLength = len;
            blocked = true;
        } else {
            const ssize_t n = ::send(m_fd, p, size_t(left), MSG_NOSIGNAL);
            if (n < 0 && !wouldBlock(errno)) {
                fail();
                return;
            }
            if (n <= 0) {
                blocked = true;
                continue;
            }
            m_outPos += n;
            written += n;
        }
    }
    if (m_outPos >= m_out.size()) {
        m_out = QByteArray(); // an idle session keeps no send buffer
        m_outPos = 0;
    } else if (m_outPos > 65536 && m_outPos > m_out.size() / 2) {
        m_out.remove(0, m_outPos); // keep a slow reader's queue from growing by what already left
        m_outPos = 0;
    }
    if (written > 0)
        signalBytesWritten(written);
    if (m_gone)
        return;
    if (m_out.isEmpty() && m_tls == Tls::WaitingForFlush)
        beginHandshake();
    else if (queuedBytes() == 0 && m_closing && !m_shutDown)
        finishClose();
    else
        updateNotifiers();
}

void FdTransport::disconnectFromHost()
{
    if (m_gone || m_closing)
        return;
    m_closing = true;
    if (m_tls == Tls::Handshaking || m_tls == Tls::WaitingForFlush) {
        fail(); // nothing can be said to a peer in the middle of a handshake
        return;
    }
    if (queuedBytes() == 0)
        finishClose();
    else
        updateNotifiers();
}

void FdTransport::finishClose()
{
    if (m_ssl && m_tls == Tls::Established) {
        ERR_clear_error();
        SSL_shutdown(m_ssl); // our close_notify; the peer's is not waited for here
        ERR_clear_error();
    } else if (m_records) {
        char sealed[64];
        const qsizetype n = m_records->sealAlert(Tls13Records::CloseNotify, sealed);
        if (n > 0)
            (void)::send(m_fd, sealed, size_t(n), MSG_NOSIGNAL);
    }
    ::shutdown(m_fd, SHUT_WR);
    m_shutDown = true;
    updateNotifiers(); // keep reading until the peer closes its side too
}

void FdTransport::abort()
{
    fail();
}

void FdTransport::fail()
{
    if (m_gone)
        return;
    m_gone = true;
    // Notifiers go quiet before the descriptor closes (its number may be reused at once).
    m_readNotifier.setEnabled(false);
    m_writeNotifier.setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_out = QByteArray();
    m_outPos = 0;
    m_sealedOut = QByteArray();
    m_sealedOutPos = 0;
    m_rawIn = QByteArray();
    m_rawInPos = 0;
    QMetaObject::invokeMethod(
        this, [this] { signalDisconnected(); }, Qt::QueuedConnection);
}

void FdTransport::updateNotifiers()
{
    if (m_gone)
        return;
    bool wantRead = false;
    bool wantWrite = false;
    switch (m_tls) {
    case Tls::WaitingForFlush:
        wantWrite = true; // the peer's ClientHello stays in the kernel until <proceed/> has left
        break;
    case Tls::Handshaking:
        wantRead = !m_handshakeWantsWrite;
        wantWrite = m_handshakeWantsWrite;
        break;
    case Tls::None:
    case Tls::Established:
        wantRead = m_readEnabled || m_shutDown;
        wantWrite = (queuedBytes() > 0 && !m_shutDown) || m_wantWriteForRead;
        break;
    }
    m_readNotifier.setEnabled(wantRead);
    m_writeNotifier.setEnabled(wantWrite);
}

QString FdTransport::tlsProtocol() const
{
    if (m_tls != Tls::Established)
        return QString();
    if (m_records)
        return QStringLiteral("TLSv1.3"); // only TLS 1.3 is taken over
    return m_ssl ? QString::fromLatin1(SSL_get_version(m_ssl)) : QString();
}

QString FdTransport::tlsCipher() const
{
    if (m_tls != Tls::Established)
        return QString();
    if (m_records)
        return QString::fromLatin1(m_records->suiteName());
    return m_ssl ? QString::fromLatin1(SSL_get_cipher_name(m_ssl)) : QString();
}

QSslCertificate FdTransport::localCertificate() const
{
    return m_context ? m_context->leaf() : QSslCertificate();
}

QList<QSslCertificate> FdTransport::peerCertificateChain() const
{
    if (m_tls != Tls::Established)
        return {};
    if (m_records)
        return m_peerChain;
    return m_ssl ? peerChainOf(m_ssl) : QList<QSslCertificate>();
}

} // namespace confab::stream
